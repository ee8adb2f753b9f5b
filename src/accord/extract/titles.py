"""A commitment's title from its quote: the undertaking from its verb on, its negation kept, at most 80
characters, cut only where a phrase ends (`shortening`).

"The two sides are willing to build X" is titled "Build X"; "China will continue to
supply Y" (one party of several undertakes it) "China to supply Y"; "Neither side shall
allow any third party to …" and "We will not allow …" "Not allow any third party to …";
"… the two sides agreed, Wang said" loses its reporting tail.
"""

from __future__ import annotations

import re

from accord.extract import cues, grammar
from accord.extract.countries import country_words
from accord.extract.deadlines import MONTH_NAMES
from accord.extract.literal import Cue
from accord.extract.segment import FOOTNOTE_MARK
from accord.extract.shortening import shorten
from accord.extract.verb_forms import VERBS_AS_GERUNDS, base_form, from_gerund, gerund_base, gerunds_to_base, reads_as_verb

_COMMITMENT_NOUNS = rf"(?:{cues.PLEDGE_NOUNS}|responsibility|interest|attachment)"
# The words of a cue that a title leaves out: "are willing to build X" is titled "Build X".
_CUE_WORDS = re.compile(
    rf"(?:(?:is|are|was|were|remains?)\s+(?:more\s+than\s+|\w+\s+)?(?P<state>{grammar.READY}|resolved)\s+to{grammar.ASIDE}|"
    r"(?:(?:(?:hoped?|hopes|hoping)\s+)?(?:that|said|stated|added|declared)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:will(?:\s+be\s+committed\s+to)?|would(?:\s+like\s+to)?|could|can)(?=\s)|"
    rf"shall(?:\s+henceforth)?|should|must|stands?\s+(?:ready|prepared)\s+to{grammar.ASIDE}|"
    r"(?:are|is)\s+(?:now\s+)?taking\s+(?:\w+\s+){0,2}(?:steps|action|actions|measures)\s+to|"
    r"(?:remains?|are|is|stands?)\s+(?:\w+\s+){0,2}in\s+(?:our|their|its)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<held>{_COMMITMENT_NOUNS})\s+(?:to|of|for)|"
    # (… in principle, or with a partner: "agreed with the president to …"; not with a partner's initiative)
    r"(?:consented\s+to|agree[sd]?(?:\s+in\s+principle\s+to|"
    r"\s+with\s+(?!(?:[\w.’'-]+\s+){0,3}?(?:initiative|proposal)s?\s)(?:[\w.’'-]+\s+){1,6}?to(?=\s+[a-z]+\b)|"
    rf"\s+that\s+it\s+is\s+(?:\w+\s+)?(?:necessary|important|essential)\s+to|"
    rf"{grammar.NEWS_WHEN}\s+(?:to|that|on|upon))?)|"
    rf"(?:decided?|decides|pledged?|pledges|pledging|vowed|vows?|promised?|intend|intends|plan|plans|resolved?|"
    rf"undertake|wish(?:es|ed)?|wants?|wanted|desire[sd]?){grammar.NEWS_WHEN}\s+to|hereby|"
    # a grouping's aim, or a further predicate's, with its acronym or its "and" (the cue holds them)
    r"(?:(?:(?-i:[A-Z][A-Z\d]+)(?:\+\d)?|(?-i:[A-Z][a-z][\w-]+)|and)\s+)?(?:\w+ly\s+|also\s+|further\s+)?(?:aims?|seeks?|strives?|"
    r"endeavou?rs?)\s+to|"
    r"announced\s+(?:that\s+)?|"
    r"(?:reach|made|make|took|take|came\s+to|come\s+to|arrived\s+at)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:agreement|understanding|decision|commitment|pledge|promise)s?\s+to|agreement\s+on)|"
    r"(?:agreement|understanding|decision|commitment)\s+(?:was|has\s+been)\s+(?:also\s+)?(?:reached|taken|made)\s+"
    r"(?:to|on)|"
    r"(?P<interest>(?:is|are|remains?)\s+(?:\w+\s+)?(?:interested\s+in|keen\s+on|eager\s+for))|"
    r"(?:spoke|speaks?|came\s+out|comes?\s+out|are|is)\s+(?:\w+ly\s+)?in\s+favou?r\s+of|"
    rf"(?:call(?:s|ed)?\s+(?:on|upon|for)|urge[sd]?|encourage[sd]?)\s+(?:{grammar.BOTH_PARTIES}|{grammar.MEMBERS})\s+to|"
    # a proposal by its gerund or put to the partner by his title: "proposed organizing …", "I suggest holding …",
    # "proposed to the Emir of Qatar to join …"
    # (… or by its object: "proposed a joint study of …", "proposed the idea of building …")
    r"(?:[\w.’'-]+\s+){0,4}?(?:also\s+)?(?:propos(?:e|ed|es|ing)|suggest(?:s|ed|ing)?)(?:\s+the\s+idea\s+of)?(?=\s+[a-z]+ing\b)|"
    # … or put to the parties themselves: "proposed that the two sides strengthen …", "I suggest we assign this to …"
    rf"(?:[\w.’'-]+\s+){{0,4}}?(?:also\s+)?(?:propos|suggest)(?:e|ed|es|s|ing)?\s+(?:that\s+)?"
    rf"(?:we|{grammar.BOTH_PARTIES}|{grammar.MEMBERS})(?=\s+(?:\w+ly\s+)?[a-z]+\b(?<!ing\b)(?<!ed\b))|"
    r"(?:[\w.’'-]+\s+){0,4}?(?:also\s+)?(?:propos(?:ed|es)|suggest(?:s|ed)?)\s+(?:a|an|the)(?=\s+(?-i:(?=[a-z]))(?!(?:[\w-]+\s+)?"
    rf"(?:{'|'.join(cues.ACT_VERBS)})(?:\s+and\s+[a-z]+)?\s+of\b))|"
    r"propos(?:ed|es)\s+to\s+(?:the\s+|his\s+|her\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+){1,3}(?:of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+){1,2})?"
    r"to|"
    r"(?:[\w.’'-]+\s+){0,4}?(?:also\s+)?(?:propos|suggest)\w*\s+(?:(?:the|a|an)\s+)?(?:(?:swift|early|speedy|prompt|joint)\s+)?"
    rf"(?P<act>{'|'.join(cues.ACT_VERBS)})(?:\s+and\s+(?P<act2>{'|'.join(cues.ACT_VERBS)}))?\s+of|"
    # what a signed text provides for: "The document foresees the construction of X" -> "Construct X"
    rf"(?P<provision>{grammar.SIGNED_TEXT}s?(?:,\s+which)?(?:,[^,;.]{{1,60}},)?\s+(?:also\s+)?(?:{grammar.PROVIDES_FOR}|calls\s+for)"
    rf"(?:\s+the\s+(?P<provided>{'|'.join(cues.ACT_VERBS)})\s+of)?)|"
    r"need\s+to|(?:we\s+)?propos(?:e|ed|es)\s+to|(?:[\w.’'-]+\s+){0,4}?(?:also\s+|further\s+)?(?:called|calling)\s+for"
    r"(?:\s+(?:joint|concerted)\s+efforts\s+to)?|"
    # a priority or an aim a leader lists: "another priority is to expand …", "The priority is the construction of …"
    r"(?:the|another|one|an?|its|their|our)\s+(?:[\w-]+\s+)?(?:priorit(?:y|ies)|goal|task|objective|aim)s?\s+"
    r"(?:is|are|include|includes)"
    r"(?:\s+to)?|"
    r"(?:(?:reaffirm|reconfirm|confirm|affirm|renew|express|reiterat|share|underline|underscore|emphasi[sz]|stress|"
    r"highlight|restate|recommit|declare)\w*\s+)?(?:(?:its|their|our|his|her|a|the)\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?[“\"]?(?P<noun>{_COMMITMENT_NOUNS})\s+[“\"]?(?:to|of|for|in)|"
    r"(?:expressed\s+(?:their|its)\s+)?willingness\s+to|(?:re)?commit(?:s|ted)?\s+(?:themselves\s+|itself\s+|ourselves\s+)?to|"
    r"undert(?:ake|akes|ook)\s+(?:within\s+their\s+competence\s+)?to|"
    r"it\s+is\s+(?:\w+\s+)?(?:important|necessary|essential|imperative)\s+to|(?:pointed\s+out\s+)?the\s+importance\s+of|"
    r"(?P<committed>committed\s+to)|determined\s+to|aiming\s+(?:at|to))\s+", re.IGNORECASE)
_ARRANGEMENT = re.compile(r"(?:(?:is|are)\s+(?:to\s+be\s+)?(?:held|convened)|meets?|convenes?)\s+"
                          r"(?:every|annually|regularly|once|twice|alternately|in\s+turn)\b|"
                          # in the passive: "A working group will be set up …", "Efforts will be made to …"
                          rf"(?:(?:will|shall|would|must)\s+be|(?:is|are)\s+to\s+be)\s+(?:\w+ly\s+)?"
                          rf"(?:{grammar.ARRANGED}\b|{grammar.EXERTED})", re.IGNORECASE)
_FILLER = re.compile(r"^(?:(?:" + "|".join(a for a in cues.ADVERBS if a not in ("not", "never"))
                     + r"|continue\s+to|continue(?=\s+(?:[a-z]+ing|[a-z]+ly)\b)|able\s+to|work\s+together\s+to"
                     # "be", but not before what the subject will be ("China will be a reliable partner", "… be
                     # Tajikistan's partner")
                     + r"|be(?!\s+(?:a|an|the|(?-i:[A-Z])[\w-]*[’']s)\b)"
                     + r"|make\s+efforts\s+to|as\s+(?:always|before|usual),?"
                     + r"|(?:are|is|am)\s+going\s+to"
                     + r"|(?:have|has)\s+to|(?:are|is)\s+expected\s+to"
                     # "have been tasked with bringing X" -> "Bring X"
                     + r"|(?:have|has)\s+been\s+(?:tasked|charged|entrusted|mandated)\s+with)\s+)*", re.IGNORECASE)
# An occasion taken for the act, before it: "take the 30th anniversary of diplomatic relations as an opportunity to
# deepen cooperation" -> "Deepen cooperation", "… as a new starting point, jointly build …" -> "Jointly build …".
_OCCASION = re.compile(r"^take\s+[^,;]{1,120}?\s+as\s+(?:an?|the)\s+(?:new\s+|good\s+|important\s+)?(?:opportunity|occasion|"
                       r"chance|starting\s+point|main\s*line|main\s+thread|guide)(?:,\s+(?:so\s+as\s+to\s+|in\s+order\s+to\s+)?|\s+and\s+|"
                       r"\s+(?:so\s+as\s+|in\s+order\s+)?to\s+)(?=[a-z])",
                       re.IGNORECASE)
# What is agreed to be needed, before the act: "agreed on the need to increase X" -> "Increase X", "the expediency of
# establishing X" -> "Establish X", "the need for the two sides to continue X" -> "Continue X".
_NEED = re.compile(r"(?:the\s+)?(?:need|necessity|expediency|advisability)\s+(?:to|for|of)\s+"
                   r"(?:(?:the\s+two|both)\s+(?:sides|countries|parties|nations)\s+to\s+)?", re.IGNORECASE)


def _without_need(body: str) -> str:
    need = _NEED.match(body)
    if need is None:
        return body
    act = body[need.end():]
    first = act.partition(" ")[0]
    if gerund_base(first):
        return from_gerund(act)
    return act if first and base_form(first) == first.lower() else body


# "are currently working on X" -> "Work on X" (a known verb's gerund: not "is willing to")
_PROGRESSIVE = re.compile(r"(?:are|is|am)(?:\s+(?:\w+ly|also|now|still))*\s+(\w+ing)\b", re.IGNORECASE)
# A subject that negates the act: "Neither side …", "no third country …", "does not" (intend to …), or, opening its
# clause, in a few words: "Neither Contracting Party …", "None of the Contracting Parties …" (not "The contract which
# has no end date will …").
_NEGATION_BEFORE = re.compile(r"\b(?:neither|none|no|nor)\s+(?:\w+\s+)?$|\b(?:do|does|did)\s+not\s+$|n[’']t\s+$|"
                              r"(?:^|[,;:]\s+|\b(?:that|and)\s+)[“\"«]?(?:neither|none|no)\s+(?:(?:of\s+)?[\w-]+\s+){2,3}$",
                              re.IGNORECASE)
# Whose commitment it is, when the noun names its owner: "the commitment of (the) X to VERB …".
# (Its own side or government is the party itself: "the readiness of its side to supply X".)
_OWNER = re.compile(r"(?:the\s+)?(?:(?P<own>(?:its|his|her|their|our)\s+(?:own\s+)?(?:side|government|country|leadership|"
                    r"countries|governments|states)|"
                    # … or the parties themselves: "the commitment of the six countries to deepen …"
                    r"(?P<parties>parties|sides|republic|(?:two|three|four|five|six|seven|eight|nine|ten|both|all|member)\s+"
                    r"(?:countries|states|nations|sides|parties|governments)))|"
                    r"(?P<owner>(?-i:[A-Z])[^,;:]{0,60}?))\s+to\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
_SPEAKER = re.compile(r"(?:he|she|i|we|it)\s+(?:also\s+|further\s+)?(?=\w)", re.IGNORECASE)
_WISH = re.compile(r"(?:hopes?|wish(?:es)?|wants?|desire[sd]?|aims?|seeks?|intends?|needs?|(?:am|are|is)\s+(?:ready|willing|prepared))"
                   r"\s+to\s+(?=[a-z])", re.IGNORECASE)
# "We're ready for …": a speaker contracted with his verb, left out with it.
_CONTRACTED = re.compile(r"[“\"‘']?(?:we|they|i)[’'](?:re|m)\s+(?=[a-z])", re.IGNORECASE)
# What only leads to the act: "I inform you that …", "It is critical more than ever that we …", "It should be noted
# that …", "Let us …", "I propose that we …".
_LEAD = re.compile(r"[“\"‘']?(?:(?:i|we)\s+(?:also\s+)?(?:inform|assure|tell|remind)\s+you\s+that|let\s+us|"
                   r"(?:(?:i|we)\s+(?:would\s+like\s+to\s+|also\s+)?)?(?:propose|suggest)\s+that\s+we|"
                   r"it\s+is\s+(?:\w+ly\s+)?"
                   r"(?:critical|important|necessary|essential|vital|crucial|imperative|high\s+time)"
                   r"(?:\s+(?:now|today|more\s+than\s+ever))?\s+that|it\s+(?:is|was|should\s+be)\s+(?:also\s+)?"
                   r"(?:worth\s+noting|noted|mentioned|stressed|emphasi[sz]ed|reported)\s+that)\s+", re.IGNORECASE)
# "It is a policy of the Chinese government to develop …": the owner and the act.
_POLICY_OF = re.compile(r"it\s+is\s+(?:a|the)\s+(?:\w+\s+)?(?:policy|position|intention|goal|aim|objective|principle)\s+"
                        r"of\s+(?:the\s+)?(?P<owner>[^,;:]{1,60}?)\s+to\s+(?=[a-z])", re.IGNORECASE)
_COPULA = re.compile(r"(?:is|are|was|were)\s+(?=\S)", re.IGNORECASE)  # a title never opens with one
_NEGATION_AFTER = re.compile(r"^(?:not|never|by\s+no\s+means|in\s+no\s+(?:way|case))\s+", re.IGNORECASE)
_REPORTING_TAIL = Cue(f"(?:{grammar.REPORTING_TAIL}).*$")
# … and the passive that reports a will whose noun opened the sentence ("The readiness of the parties to continue X
# was confirmed" -> "Continue X").
_REPORTED_IN_THE_PASSIVE = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:expressed|"
                                      r"confirmed|reaffirmed|reiterated|noted|stated|stressed|emphasi[sz]ed)\W*$")
# The subject a cue of the party class opens with ("The Member States stand for …"): no part of a title.
_SUBJECT_FIRST = re.compile(r"^(?:(?-i:[A-Z])[\w-]+\s+and\s+)?(?:(?:(?:the|both|all|our|their)\s+"
                            r"(?:(?:two|three|four|five|six|seven|[\w+-]+)\s+){0,2})?"
                            r"(?:sides|parties|countries|nations|states|members|leaders|ministers|governments|"
                            r"presidents|participants|heads\s+of\s+state)|they|we|to|and)\s+", re.IGNORECASE)
# A cue's last "to", before its verb or at its end, and the word before it: no object of the cue ("welcomes
# Tajikistan to take …", "called on the two sides to …", "elevated relations to …": that "to" is not the speaker's).
_INFINITIVE_CUE = re.compile(r"(\S+)\s+to(?=(?:\s[a-z]+)?$)")
_ADVERB = re.compile(r"^(?:\w+ly|always)\s+")  # "is to always conduct …": the verb comes after it
_CUE_OBJECTS = frozenset("side sides countries parties nations states ties relations relationship partnership enterprises "
                          "companies businesses firms investors".split())
_OFFICIALS = re.compile(grammar.OWN_OFFICIALS)  # "tasked their ministers to …": the instruction is the undertaking
_LOWER_WORD = re.compile(r"[a-z]+\b(?![-’'])")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_ARTICLE_ANY_CASE = re.compile(_ARTICLE.pattern, re.IGNORECASE)
_TO_OBJECT = re.compile(r"to\s+(?:the|a|an|its|their|our)\s", re.IGNORECASE)
_AGAINST = re.compile(r"^(?:stand|stands|are|is)\s+against\s+", re.IGNORECASE)
# A partner's initiative or proposal taken up: its infinitive is the partner's act, the undertaking is the support
# ("China supports Mongolia's initiative to host …" is no "China to host …"; "agrees with" it is "support" it).
_PROPOSAL_NOUNS = r"(?:initiative|proposal|idea|suggestion|request)s?"
# … and so is the visit an invitation asks of its guest: "invited X to visit Y" is "Invite X to visit Y".
_PROPOSAL_OF_ANOTHER = re.compile(rf"[’']s\s+(?:[\w-]+\s+)?{_PROPOSAL_NOUNS}\s+to\b|^invit", re.IGNORECASE)
_AGREES_WITH_PROPOSAL = re.compile(rf"^agree[sd]?\s+with\s+(?=(?:[\w.’'-]+\s+){{0,4}}?{_PROPOSAL_NOUNS}\b)",
                                   re.IGNORECASE)
_WORD_CHARACTER = re.compile(r"\w")
# A speaker's pronoun and verb of saying that open a quote ("He said that …", "She added …"): no part of its title.
# (And "It is planned that …": what is planned.)
_SAID_LEAD = re.compile(rf"^(?:(?:he|she|they|we|i|it)\s+(?:also\s+|further\s+)?"
                        r"(?:(?:wish|want|would\s+like|am\s+(?:pleased|glad|happy))\s+to\s+announce|"
                        rf"{grammar.SAID}|says|adds|announced|"
                        r"announces|notes|stresses|states|emphasi[sz]es|underlines|highlights)\s+(?:that\s+)?|"
                        r"(?P<planned>it\s+is\s+(?:also\s+)?(?:planned|expected|envisaged|intended)\s+that\s+))",
                        re.IGNORECASE)
_PASSIVE_AFTER_WILL = re.compile(r"be\b")  # "… will be held": `_passive`'s
_WILL = re.compile(r"([^,;:]{1,60}?)\s+(?:will|would|shall)\s+(?:also\s+)?(?=[a-z])")  # what is planned, and its subject


def make_title(quote: str, cue_at: int | None, country: str | None, item: str | None, cue_words: str | None = None,
               said_before: str = "", learned: bool = False) -> str:
    """A title of at most 80 characters from the clause: the undertaking from its verb on, with the
    name of the one country that undertakes it ("China to …", "Kyrgyzstan supports …"). ``cue_words``, the cue
    found at ``cue_at``: a cue that ends on its infinitive's "to" ("concurred to", "have no choice but to") is left
    out as the listed cue words are. ``said_before``: what its sentence says before the quote (the name an "it" of
    the act may stand for). ``learned``: the sentence model proposed the clause, no cue of the rules."""
    title = _title(quote, cue_at, country, item, cue_words, said_before)
    if item is None and ((learned and not _reads_as_act(title)) or _STATED.match(title)):
        return _from_its_act(_flat(quote), country, said_before) or title
    return title


def _from_its_act(quote: str, country: str | None, said_before: str) -> str | None:
    """The title from the verb the first words that open an act in ``quote`` open (`_act_opening`), when it begins with
    one of the act's words ("work together to deepen X" -> "Deepen X"); None when nothing opens one."""
    opening = _act_opening(quote)
    if opening is None:
        return None
    at = opening.start("not") if opening["not"] else opening.start("verb")  # "would never allow": "Not allow …"
    title = _title(quote, at, country, None, None, said_before, at_verb=True)
    act = _ACT_FIRST.match(title)
    found = act and re.search(rf"\b{re.escape(act['verb'])}\b", quote[opening.start("verb"):], re.IGNORECASE)
    return title if found else None


def _title(quote: str, cue_at: int | None, country: str | None, item: str | None, cue_words: str | None,
           said_before: str, at_verb: bool = False) -> str:
    """`make_title`'s reading of the clause from ``cue_at``; ``at_verb``: the act's verb begins there, whatever cue
    words it has."""
    if item:
        body = _ARTICLE.sub("", _flat(item).strip(" ,.;“”\""))
        return shorten(_first_upper(body))
    quote = _flat(quote)
    before, body = (quote[:cue_at], quote[cue_at:]) if cue_at is not None else ("", quote)
    body = _MODAL_ASIDE.sub(r"\1 ", _DEADLINE_ASIDE.sub(" ", body))
    said = _SAID_LEAD.match(quote)
    if said and (not before or said["planned"] and cue_at is not None and cue_at < said.end()):
        before, body = "", quote[said.end():]  # "He said that the ministry would …": what he said
        cue_words = None  # nor what the cue's own infinitive opens ("I wish to announce that …")
        if planned := _planned_headline(body):
            return planned  # "… that the commission will meet in May" -> "Commission to meet in May"
    negated = bool(_NEGATION_BEFORE.search(before))
    passive = _passive(before, body)
    if passive and not negated:
        return passive
    if _TO_OBJECT.match(body):
        body = "commitment " + body  # ", as well as to the peaceful resolution …" under "commitment to"
    body = _INSTRUCTIONS_GIVEN.sub("instruct ", _SUBJECT_FIRST.sub("", body))
    if _ARRANGEMENT.match(body):  # "The forum is held every three years": the subject is what is arranged
        body = _ARTICLE_ANY_CASE.sub("", quote.strip())
    body = _AGREES_WITH_PROPOSAL.sub("support ", _AGAINST.sub("oppose ", body))
    cue = _CUE_WORDS.match(body)
    if cue:
        body, passive = _reported(body[cue.end():], negated, cue.group(0).rstrip().lower().endswith("that"))
        if passive:
            return passive
        acts = [cues.ACT_VERBS[act.lower()] for act in cue.group("act", "act2", "provided") if act]
        if acts:  # "proposed the development and adoption of X" -> "develop and adopt X"
            body = f"{' and '.join(acts)} {body}"
        if cue.group("provision"):  # what a text provides for, no party's act: "Obligations of the parties to …"
            body, country = _ARTICLE.sub("", body), None
        elif cue.group("interest") and (act := _act_by_its_noun(body)):  # "interested in the implementation of X"
            body = act
    elif (cue_at is not None and cue_words and (infinitive := _INFINITIVE_CUE.search(cue_words))
          and not _PROPOSAL_OF_ANOTHER.search(cue_words)):
        verb_on = _ADVERB.sub("", quote[cue_at + infinitive.end():].lstrip())  # from the verb the cue's "to" opens
        before = infinitive.group(1)
        if (before[:1].islower() and before not in _CUE_OBJECTS and not _OFFICIALS.fullmatch(before)
                and _LOWER_WORD.match(verb_on)
                and reads_as_verb(verb_on.split(maxsplit=1)[0])):  # not "adheres to the …", "to one-China …"
            body = verb_on
    continued = _CONTINUED_GERUND.match(body)
    if continued and gerund_base(continued[1]):  # "continue spurring X" -> "spur X"
        body = from_gerund(body[continued.start(1):])
    while occasion := _OCCASION.match(body):  # "… as an opportunity and take X as a starting point to …"
        body = body[occasion.end():]
    body = _FILLER.sub("", body)
    progressive = _PROGRESSIVE.match(body)
    if progressive and gerund_base(progressive[1]):
        body = body[progressive.start(1):]
    body = _without_need(body)
    if cue and (cue.group("noun") or cue.group("held") or cue.group("committed") or cue.group("state") == "committed"):
        owner = _OWNER.match(body) if cue.group("noun") and cue.group(0).rstrip().lower().endswith(" of") else None
        noun = (cue.group("noun") or cue.group("held") or "commitment").lower()
        if owner and (owned := _owned(body, owner)):
            body, country = owned, country if owner["own"] else None  # a named owner: no party's name before it
        elif owner and owner["parties"]:  # "the commitment of the two countries to friendly relations"
            body = _committed_to(noun, body[owner.start("verb"):])
        else:
            body = _after_commitment_noun(noun, body)
    negation = _NEGATION_AFTER.match(body)
    if negation:
        body, negated = body[negation.end():], True
    body = _REPORTING_TAIL.quick.sub("", body) if _REPORTING_TAIL.possible(body) else body
    body = _REPORTED_IN_THE_PASSIVE.sub("", body)
    body = _with_subject(body, country, bool(cue) or at_verb, negated)  # at_verb: cut where its verb begins
    body = body.strip(" ,.;:")
    body = _without_speaker(body)
    if not country and (copula := _COPULA.match(body)):
        said_of = quote[:cue_at] if cue_at is not None and _COPULA.match(quote, cue_at) else ""
        body = _headline(said_of, body[copula.end():])
    if not _OPENING.search(body):
        body = _UNOPENED_CLOSE.sub("", body).strip(" ,.;:")
    body = _LATER_ACT.split(body, maxsplit=1)[0]
    if cue_at is not None:
        body = _with_antecedent(body, said_before + " " + quote[:cue_at])
    title = shorten(_first_upper(body))
    # nothing left but the cue, or one word once cut: the quote's own words
    if not _WORD_CHARACTER.search(title) or " " not in title.strip(_QUOTE_MARKS) and len(quote.split()) > 3:
        title = shorten(_first_upper(quote.strip(" ,.;:") or "Commitment"))
    return title


# What opens an act inside a clause no cue of the rules was found in: a modal ("… told reporters that the province
# would supply cement …") or a will, a plan or a readiness with its "to" ("announced the full readiness of his country
# to finance …"), then the act's verb.
_LY_VERB = r"(?:supply|apply|comply|rely|reply|multiply)\b"  # verbs that end as an adverb does
_OPENS_ACT = re.compile(
    rf"(?i:(?<![\w’'-])(?:(?:will|would(?:\s+like\s+to)?|shall|should|must)"
    rf"(?:\s+(?:also|further|jointly|continue\s+to|(?!{_LY_VERB})\w+ly))*|"
    rf"(?:{cues.PLEDGE_NOUNS}|decision|plans?|aims?|goals?|tasks?|seeks?|seeking|strives?|efforts?|agreed|decided|"
    rf"intends?|{grammar.READY})(?:\s+(?:of|on|in)\s+[^,;.]{{1,60}}?)?\s+to(?:\s+(?!{_LY_VERB})\w+ly)?|"
    # an aim stated as what is to be done ("My aim is to continue …"), a course kept ("… continues to attract …")
    r"(?:is|are)\s+to|continues?\s+to|requires?\s+(?:us|them|it)\s+to)\s+)(?:(?P<not>not|never)\s+)?"
    r"(?P<verb>[a-z][\w-]*)\b")
# A word no known verb that reads as a noun's or an adjective's ("to rule of law", "to sustainable growth")
_NOT_A_VERB = re.compile(r"[a-z][\w-]*(?:\s+of\b|(?:able|ible|al|ive|ous|ful|ic|ary)\b)")
# A title that opens with the words that state the will, not with the act ("Voiced the two countries’ readiness to
# enhance …", "Expressed their strong commitment on 12 November to work together")
_STATED = re.compile(r"(?:(?:[A-Z][\w’'-]+\s+){1,2})?(?:Expressed|Reiterated|Reaffirmed|Confirmed|Stressed|Emphasi[sz]ed|"
                     r"Underlined|Noted|Voiced|Declared|Pledged|Expressing|Reaffirming|Reiterating)\b")
_NO_ACT = frozenset("be become have remain depend prevail".split())  # "would be the largest …": what a thing is
# A title that reads as an act already: its verb first, or after the name of who acts ("Tajikistan to import …").
_ACT_FIRST = re.compile(r"^(?:[A-Z][\w’'.-]*,?\s+(?:(?:[A-Z][\w’'.-]*|of|and|the|for),?\s+){0,6}(?:ready\s+)?to\s+"
                        r"(?P<after_name>)(?=[a-z])(?:not\s+)?|(?:Not\s+)?)(?P<verb>[\w-]+)")


def _reads_as_act(title: str) -> bool:
    act = _ACT_FIRST.match(title)
    return act is not None and (act["after_name"] is not None or base_form(act["verb"].lower()) is not None)


def _act_opening(quote: str) -> re.Match[str] | None:
    """The first words in ``quote`` that open an act (`_OPENS_ACT`), with its verb and its negation if any; None when
    no such words are in it."""
    for opening in _OPENS_ACT.finditer(quote):
        verb = opening["verb"]
        known = base_form(verb) == verb or verb in VERBS_AS_GERUNDS
        if verb not in _NO_ACT and (known or reads_as_verb(verb) and not _NOT_A_VERB.match(quote, opening.start("verb"))):
            return opening
    return None


# "it" as the object of the act ("… and are ready to implement it", "… participate in it", "… share it with …") …
# (not "support it in hosting …": one helped to act is an actor, seldom the name a sentence gave last)
_IT_OBJECT = re.compile(r"\bit\b(?=\s*$|\s+in\b(?!\s+[a-z]+ing\b)|\s+(?:with|as|on|for|at|by|into)\b|\s+to\s+(?![a-z]+\b))")
# … and what it stands for, the last name the sentence gave before the cue ("appreciate the Global Development
# Initiative put forward by China and …"; not the sentence's own subject: "The …", or the first words).
_NAME_BEFORE = re.compile(r"(?<=\S )the ((?:[A-Z][\w’'-]*)(?:\s+(?:and|of|for|on|in)\s+(?!(?:%s)\b)[A-Z][\w’'-]*|"
                          r"\s+[A-Z][\w’'-]*)*)" % MONTH_NAMES)  # "the SCO in July": a name, then when


def _with_antecedent(body: str, before: str) -> str:
    """``body`` with "it", the act's object, as the name it stands for, when the sentence named one before the cue (not
    a demonym or a country's one-word name: "the Uzbek side" names no thing "it" stands for)."""
    names = [name for name in _NAME_BEFORE.findall(before) if " " in name or name not in country_words()]
    if not names or not _IT_OBJECT.search(body):
        return body
    return _IT_OBJECT.sub(lambda _: f"the {names[-1]}", body, count=1)


# What the subject did next, told in the past after the act undertaken: "is ready to increase the quota … and called
# for …", "agreed to expand trade and signed a memorandum …": no part of the act's title.
_LATER_ACT = re.compile(r",?\s+and\s+(?:also\s+)?(?:signed|witnessed|exchanged|held|adopted|discussed|reviewed|noted|"
                        r"welcomed|expressed|stressed|emphasi[sz]ed|agreed|decided|reaffirmed|praised|visited|attended|"
                        r"met|called|highlighted|underlined|said|announced|pledged|vowed|invited)\b")
_QUOTE_MARKS = "\"“”‘’'"
_OPENING_MARKS = "\"“‘'("  # what may open a subject before its first word


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _reported(body: str, negated: bool, that: bool = False) -> tuple[str, str | None]:
    """What a cue reports, with its clause's own subject and modal left out ("agreed that they will continue to …" ->
    "continue to …"); and, when the cue's object is the subject of a passive, the passive as a headline ("agreed that
    cooperation in X will be stepped up" -> "Cooperation in X to be stepped up"), as is what a body it names will do
    (``that``: the cue ends in "that"; "agreed that the Secretariat will prepare X" -> "Secretariat to prepare X")."""
    subject = _SUBJECT_FIRST.match(body)
    will = _WILL.match(body) if that and not subject and not negated else None
    if will and not _PASSIVE_AFTER_WILL.match(body, will.end()) and (planned := _planned_headline(body)):
        return body, planned
    modal = _MODAL.match(body, subject.end()) if subject else None
    if modal and not modal.group("scheduled"):
        body = body[modal.end():]
    reported = None if negated else _REPORTED_PASSIVE.search(body)
    if reported and not _CLAUSE_START.search(body[:reported.start()]):
        return body, _passive(body[:reported.start()], body[reported.start():])
    return body, None


def _passive(before: str, body: str) -> str | None:
    """A modal's passive titled by what it is said of, as a headline puts it ("Direct flights will be resumed …" ->
    "Direct flights to be resumed …"), when the clause's own words before the modal name it in a few words; and so
    is a schedule, passive or not ("Further talks are set to take place …" -> "Further talks to take place …")."""
    # "Joint seminars are planned in May" -> "Joint seminars planned in May", "The forum is scheduled for October" ->
    # "Forum scheduled for October"
    planned = _PLANNED.match(body)
    modal = planned or _MODAL.match(body)
    verb = planned or (_PASSIVE.match(body, modal.end()) if modal else None)
    if modal and not verb and modal.group("scheduled"):
        verb = _LOWER_WORD.match(body, modal.end())
    if not modal or not verb:
        return None
    whole = _clause_subject(before)
    # the subject whole, else its head: "Cooperation between the two … in energy" -> "Cooperation"
    subjects = [whole] if _ARRANGEMENT.match(body) else [whole, _QUALIFIER.split(whole, maxsplit=1)[0]]
    passive = body[modal.end():].strip(" ,.;:")
    if planned:
        passive = f"{planned['planned']} {passive}".rstrip()
    if not _OPENING.search(passive):
        passive = _UNOPENED_CLOSE.sub("", passive).strip(" ,.;:")  # "… friendly borders.”": a quotation closing
    link = " " if planned else " to "
    titles = (shorten(f"{_first_upper(subject)}{link}{passive}")
              for subject in subjects if _names_a_thing(subject))
    return next((title for title in titles if verb.group(0).split()[-1] in title), None)  # never "… to be" alone


def _planned_headline(body: str) -> str | None:
    """What is planned, as a headline puts it, when its subject names a thing ("the commission will meet in May" ->
    "Commission to meet in May")."""
    planned = _WILL.match(body)
    subject = _ARTICLE_ANY_CASE.sub("", planned[1].lstrip(_OPENING_MARKS)) if planned else ""
    if not planned or not _names_a_thing(subject):
        return None
    act = body[planned.end():].strip(" ,.;:")
    act = act if _OPENING.search(act) else _UNOPENED_CLOSE.sub("", act)  # a quotation the subject opened
    return shorten(f"{_first_upper(subject)} to {act}")


def _owned(body: str, owner: re.Match[str]) -> str | None:
    """What a commitment whose noun names its owner commits to, after the owner (`_OWNER`: "the readiness of the Tajik
    side to develop X" -> "Tajik side to develop X"; of its own side, the act alone), when a verb follows its "to"."""
    acts = body[owner.start("verb"):]
    if owner["parties"]:  # the parties themselves: a known verb only ("… of the two countries to friendly relations")
        first = _FILLER.sub("", acts).partition(" ")[0]
        return acts if base_form(first) == first or gerund_base(first) else None
    verb = owner["verb"]
    if not (reads_as_verb(verb) or verb == "further" or verb.endswith("ly")):
        return None
    acts = from_gerund(acts) if gerund_base(owner["verb"]) else acts
    return acts if owner["own"] else f"{owner['owner'].replace(' and of ', ' and ')} to {acts}"


def _without_speaker(body: str) -> str:
    """No title opens with its speaker: "He urged X to …" -> "Urge X to …" (a known verb after him only), "It aims to
    build X" -> "Build X" (his aim or wish: the act), "We're ready for X" -> "ready for X"; nor with what only leads to
    the act ("It is critical that we consolidate X" -> "Consolidate X"; "It is a policy of the government to develop X" ->
    "government to develop X")."""
    if policy := _POLICY_OF.match(body):
        return f"{policy['owner']} to {body[policy.end():]}"
    if lead := _LEAD.match(body):
        body = body[lead.end():]
        if planned := _planned_headline(body):
            return planned  # "It should be noted that the exhibition will be held in May" -> "Exhibition to be held …"
    if contracted := _CONTRACTED.match(body):
        return body[contracted.end():]
    speaker = _SPEAKER.match(body)
    if speaker and (wish := _WISH.match(body, speaker.end())):
        return body[wish.end():]
    verb, _, rest = body[speaker.end():].partition(" ") if speaker else ("", "", "")
    base = base_form(verb) if verb else None
    return f"{base} {rest}".rstrip() if base else body


def _clause_subject(before: str) -> str:
    """The subject of the clause that ``before`` ends in, without its article: the words since the last clause boundary
    (of a relative clause, its antecedent: "… at the meeting of X, which" -> "meeting of X")."""
    before = _TRAILING_COPULA.sub("", before)  # "The first dialogue is | planned to be held …"
    if antecedent := _antecedent(before):
        return antecedent
    pieces = [piece.strip() for piece in _CLAUSE_START.split(before.strip()) if piece.strip()]
    if len(pieces) > 1 and _ASIDE.match(pieces[-1]):
        pieces.pop()  # "This pipeline, focusing on transport projects, will be …": the aside is no subject
    return _ARTICLE_ANY_CASE.sub("", _LEADING_AND.sub("", pieces[-1].lstrip(_OPENING_MARKS))) if pieces else ""


def _antecedent(before: str) -> str | None:
    """The noun a relative clause's ", which" stands for: the last "the …" before it that is not inside another ("… at
    the meeting of the heads of departments, which is scheduled …" -> "meeting of the heads of departments"); None when
    it is no thing ("the first of its kind, which …") or ``before`` opens no relative clause."""
    starts = [found.end() for found in _THE.finditer(before)]
    if not starts or not _RELATIVE_END.search(before):
        return None
    phrase = _RELATIVE_END.sub("", before[starts[-1]:])
    return phrase if phrase and not _ORDINAL.match(phrase) and not re.search(r"[,;:]", phrase) else None


_TRAILING_COPULA = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been)(?:\s+(?:now|also))?\s*$")
_RELATIVE_END = re.compile(r",\s+which\s*$")
_THE = re.compile(r"(?<!\bof )\b[Tt]he\s+")  # not one inside another ("the heads of the agencies")
_ORDINAL = re.compile(r"(?:first|second|third|last|latest|only|next)\b", re.IGNORECASE)


def _headline(before: str, predicate: str) -> str:
    """A copula's predicate as a headline puts it, after the subject when the words before name it ("The SCO is open
    to …" -> "SCO open to …"), else alone ("It is planned for May" -> "Planned for May")."""
    subject = _clause_subject(before)
    return f"{_first_upper(subject)} {predicate}" if _names_a_thing(subject) else predicate


def _names_a_thing(subject: str) -> bool:
    """Whether a passive's subject names what it is said of, in a few words."""
    return 0 < len(subject) <= _PASSIVE_SUBJECT_LENGTH and not _ASIDE.match(subject) and not _NOT_A_THING.search(subject)


_REPORTED_PASSIVE = re.compile(r"(?<=\s)(?=(?:will|shall|would|should|must)\s+(?:also\s+|further\s+)?be\s)")
_PLANNED = re.compile(r"(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?(?P<planned>planned|scheduled|slated)\b"
                      r"(?!\s+to\b)")
_MODAL = re.compile(r"(?:will|shall|would|should|must|"
                    r"(?P<scheduled>(?:(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?)?"
                    r"(?:set|scheduled|slated|due|planned|expected)\s+to))\s+"
                    r"(?:also\s+|further\s+)?")
_PASSIVE = re.compile(r"be\s+(?:(?:\w+ly|further|also|more)\s+)*(?:[a-z]+ed|[a-z]+en|set|built|held|made|paid|taken|done|"
                      r"sent|laid|brought|put|begun|kept|met|sought|spent|found|run|drawn)\b")
_CLAUSE_START = re.compile(rf"[,;:]\s+|\s(?:that|which|whereby)\s+|\s(?:{grammar.SAID}|announced)\s+(?:that\s+)?|"
                           r"^(?:(?-i:[A-Z])\w+ly|Also|Moreover|Further|Furthermore|"
                           r"In addition|Besides|Meanwhile|In (?:this|that) (?:context|regard|respect)|To (?:this|that) end|"
                           r"In turn|At the same time)\s+", re.IGNORECASE)
_PASSIVE_SUBJECT_LENGTH = 60  # characters: a longer one leaves the title no room for its verb
_QUALIFIER = re.compile(r"\s(?:of|in|between|with|on|for|among|within|under|from|to)\s")  # where a noun's head ends
_LEADING_AND = re.compile(r"^(?:and|but)\s+", re.IGNORECASE)
# a participle with its object opens an aside, not a subject ("focusing on …", "chaired by …"; not "working group")
_ASIDE = re.compile(r"[a-z]+(?:ing|ed)\s+(?:on|by|in|with|to|at|for|from|under|the|a|an|its|their)\b")
# No thing a passive is said of: a pronoun, a party ("the two sides will be …"), a relative pronoun, or a clause with
# a verb of its own ("Such acts are inhumane and …", "… said").
_NOT_A_THING = re.compile(r"^(?:it|this|that|they|we|he|she|there)$|^(?:whose|which|who)\b|\b(?:sides?|parties|countries|"
                          r"states|said|says|noted|stressed|agreed|announced|added|is|are|was|were|has|have|had)\b|"
                          r"\band$", re.IGNORECASE)


def _after_commitment_noun(noun: str, body: str) -> str:
    """What "its support for X" or "their commitment to expanding X" commits to, as a verb phrase:
    "support X", "expand X", "commit to X" ("its opposition to X" is "oppose X", never a commitment to it)."""
    if noun == "opposition":
        return _committed_to(noun, body)
    body = gerunds_to_base(body)
    first = body.partition(" ")[0]
    if gerund_base(first):
        return from_gerund(body)
    if base_form(first) == first.lower() or noun != "support" and reads_as_verb(first):
        return body  # "commitment to realise X" -> "Realise X"
    if noun != "support" and (act := _act_by_its_noun(body)):  # "interest in the construction of X" -> "Construct X"
        return act
    return _committed_to(noun, body)


def _act_by_its_noun(body: str) -> str | None:
    """"the construction of X" as its verb, "construct X"; None when ``body`` opens with no act's noun."""
    act = _ACT_OF.match(body)
    return f"{cues.ACT_VERBS[act['act'].lower()]} {body[act.end():]}" if act else None


def _committed_to(noun: str, thing: str) -> str:
    """A commitment to a thing, as a verb phrase: "oppose X", "support X", else "commit to X"."""
    return f"oppose {thing}" if noun == "opposition" else f"support {thing}" if noun == "support" else f"commit to {thing}"


# An act named by its noun, then what it acts on: "the (joint) construction of …", "the development of …".
_ACT_OF = re.compile(rf"(?:the\s+)?(?:(?:further|joint|early|speedy|swift)\s+)?(?P<act>{'|'.join(cues.ACT_VERBS)})\s+of\s+",
                     re.IGNORECASE)


def _flat(text: str) -> str:
    """The text on one line, without footnote marks ("products.[1]", "products.²")."""
    return " ".join(_FOOTNOTE_MARK.sub("", text).split())


# Instructions given as instructing: "gave instructions to the governments to …" -> "Instruct the governments to …".
_INSTRUCTIONS_GIVEN = re.compile(rf"^{grammar.INSTRUCTIONS_GIVEN}\s+(?=the|their|its|our|(?-i:[A-Z]))", re.IGNORECASE)
# An aside between the modal and its verb: "shall, upon request of the other Party, provide …".
_MODAL_ASIDE = re.compile(r"^((?:will|shall|should|must|would)(?:\s\w+ly)?),\s[^,;]{1,80},\s(?=(?-i:[a-z]))", re.IGNORECASE)
# A deadline set off by commas inside the act ("prepare, by June 2026, a roadmap"): the draft's deadline says when.
_DEADLINE_ASIDE = re.compile(r",\s(?:by|before|until|no later than|not later than|within|in)\s(?:the\s(?:end|middle)\sof\s)?"
                             r"(?:[\w-]+\s){0,3}?(?:(?:19|20)\d\d|year|months|years),(?=\s[a-z])")


_FOOTNOTE_MARK = re.compile(rf"(?<=\S){FOOTNOTE_MARK}")


def _with_subject(body: str, country: str | None, had_cue: bool, negated: bool) -> str:
    """``body`` opened by its verb's base form ("Build …"), "Not" before it when negated, and the
    name of the one party that undertakes it ("China to build …")."""
    body = gerunds_to_base(body.rstrip(" ,.;:"))  # "… be expanded.": the verb, not "expanded."
    body = _AND_TO.sub(lambda joint: joint[1] if _infinitive(joint[2]) else joint[0], body)
    negation = "not " if negated else ""
    if body.startswith("to "):
        body = body[3:]  # "Japan's will to continue …": the cue was the noun, its infinitive follows
    if country and re.match(rf"{re.escape(country)}\b", body, re.IGNORECASE):
        return f"{negation}{body}"  # "Kyrgyzstan will continue …": the party is already its subject
    if country:
        body = _FIRST_PERSON.sub(lambda word: _THIRD_PERSON[word[0]], body)  # a speaker's "our experience" is the party's
    first, _, rest = body.partition(" ")
    base = base_form(first) or gerund_base(first)
    if base and first.lower().endswith("ing") and rest.startswith("of "):
        rest = rest[3:]  # "the signing of X" -> "Sign X"
    elif gerund_base(first):  # "expanding X and promoting Y" -> "… and promote Y"
        as_verbs = from_gerund(body)
        base, rest = (None, rest) if as_verbs == body else (base, as_verbs.partition(" ")[2])  # a pair half known: as is
    no_verb = not base and (first[:1].isupper() or first.endswith("ing") or first.lower() in _NO_VERB)
    if country and no_verb and not negated:
        return body  # "The Chinese side is going to …", "N. Nazarbayev requested …", an unknown gerund: not "China The …"
    if country and (had_cue or base and (base == first.lower() or first.lower().endswith(("ed", "ing")))):
        return f"{country} to {negation}{base or first} {rest}"
    if country:
        return f"{country} {negation}{first.lower() if base else first} {rest}"  # "Kyrgyzstan supports …"
    return f"{negation}{base or first} {rest}"


def _infinitive(word: str) -> bool:
    """A verb's base form after "to" ("… and to ease …"), not a gerund or a noun the "to" governs ("… and to exploring",
    "… and to other documents")."""
    return base_form(word) == word or (reads_as_verb(word) and not word.endswith(("ing", "ed")) and word not in _NOT_BASE)


_AND_TO = re.compile(r"(\s(?:and|or)\s)to\s(?=([a-z]+)\b)")  # "expand X and to simplify Y": "… and simplify Y"
_NO_VERB = frozenset("the a an he she it they we i his her its their our".split())  # "he wishes to …", "the need …"
_NOT_BASE = _NO_VERB | frozenset("other others all each every such this these those".split())
_FIRST_PERSON = re.compile(r"\b(?:our|ourselves)\b")
_THIRD_PERSON = {"our": "its", "ourselves": "itself"}
_OPENING = re.compile(r"(?:^|\s)[“\"]")  # an opening quotation mark in the title …
_UNOPENED_CLOSE = re.compile(r"[”\"]+$")  # … else a closing one at its end closes a quotation the cue opened
_CONTINUED_GERUND = re.compile(r"continue\s+(\w+ing)\b", re.IGNORECASE)
