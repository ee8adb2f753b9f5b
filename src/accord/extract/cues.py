"""The cue words `accord extract` reads a text by: what makes a clause an undertaking, and
what marks a named project or agreement (the words of the guesses are in `guess_cues`).

The lists are general diplomatic vocabulary, read off the shipped seeds (their quotes,
titles and tags) and widened to the words joint statements use for the same things;
none names a phrase of a particular text. docs/extract.md explains each list.
"""

from __future__ import annotations

import re

from accord.extract.grammar import (ADVERBIAL, RESTATING, AGREED, ACTED_ON, ARRANGED, ASIDE, BOTH_PARTIES, CLAUSE_SUBJECTS, MEMBERS, NEGATED,
                                    INSTRUCTIONS_GIVEN, NEWS_WHEN, NOT_RELATIVE, ONE_NAME, ONE_SIDE, OWN_OFFICIALS, PARTY_SUBJECT,
                                    POSSESSIVE, PROVIDES_FOR, READY, SIGNED_TEXT, REPORTED_BY, SAYING, SHORT_NAME,
                                    TEXT_TO_BE_DONE, WOULD, EXERTED)
from accord.extract.grammar import word_list as _words


# -- undertakings ---------------------------------------------------------------

# Action verbs (base forms) of commitments; a comma and one of these begin a new conjunct.
ACTION_VERBS: tuple[str, ...] = _words("""
    accelerate achieve adhere adopt advance advocate assist attract boost broaden build carry
    combat complete conclude conduct consolidate continue contribute cooperate coordinate create
    deepen develop encourage enhance ensure establish expand explore facilitate fight focus
    formulate foster give guarantee help hold host implement improve increase intensify invite
    jointly keep launch maintain make negotiate open optimize optimise oppose participate promote
    protect provide push reduce restore resume safeguard secure share sign simplify speed step
    strengthen strive study support tap uphold upgrade welcome witness work
    respond reject resist refrain prevent pursue pledge vow commit allow
    address join tackle counter deliver mobilise mobilize enable empower reform eliminate eradicate invest
    announce allocate minimise minimize
""")

# What a party reaffirms or stresses when it restates its word: "our commitment", "his resolve".
PLEDGE_NOUNS = (r"(?:commitments?|determination|intentions?|intent|readiness|resolve|willingness|desire|support|"
                r"steadfastness|adherence|dedication|consent|keenness|eagerness|openness|ambitions?|opposition(?= to\b))")

# A will to act that may be named by its owner, whatever the verb before it ("applauded the Kyrgyz Republic's commitment
# to …", "welcomed Uzbekistan's decision to become …"): the owner undertakes it (`draft` reads the party from it).
OWNED_WILL = r"(?:commitment|readiness|determination|willingness|resolve|decision)"

# The acts a proposal may name by their noun ("proposed the creation of …"), and their verbs (its title: "Create …").
ACT_VERBS = {"establishment": "establish", "creation": "create", "development": "develop", "holding": "hold",
             "organization": "organize", "organisation": "organise", "launch": "launch", "introduction": "introduce",
             "construction": "construct", "adoption": "adopt", "formation": "form", "opening": "open",
             "conclusion": "conclude", "signing": "sign", "preparation": "prepare", "drafting": "draft",
             "elaboration": "elaborate", "setting up": "set up", "implementation": "implement"}

# A party restating its word: "…, and emphasised his resolve to …", "reaffirmed their commitment": a conjunct
# may open with it.
RESTATED = (rf"{RESTATING}\w* "
            rf"(?:(?:its|their|our|his|her|{POSSESSIVE}) )?(?:[\w-]+ ){{0,2}}{PLEDGE_NOUNS}\b")

# A verb of undertaking in the past, or the parties instructing their own officials: after "and" it opens a
# predicate of its own ("… welcomed the report and pledged to …", "… and instructed the ministries to …").
VOWED = (r"(?:pledged|vowed|resolved|undertook|committed|intended|promised) (?:not |never )?to\b|"
         r"(?:tasked|instructed|mandated|directed|instruct|task|mandate) (?:the|their|our|its|relevant)\b|"
         r"(?:expressed|confirmed|reaffirmed|reiterated|voiced|showed) (?:(?:its|their|our|his|her|a|the) )?"
         r"(?:[\w-]+ ){0,2}interest (?:in|to)\b")

# A clause of a preamble that acts on a decision or a resolve of its own: "…, deciding to …", "…, and resolved to …";
# after a comma it is a further clause of the chain, not a predicate of the one before.
PARTICIPLE_LEAD = (r"(?:deciding|agreeing|resolving|intending|pledging|committing|undertaking|vowing|promising|resolved|"
                   r"determined) (?:not |never )?to\b")

# A proposal of what to do, by its verb: "… proposed to strengthen cooperation …" (not "proposed to the Council").
PROPOSED = r"(?:\bpropos(?:ed|es)|\b[Ww]e (?:\w+ly )?propose) to (?!the\b|a\b|an\b|its\b|their\b|our\b)"
# … or of what both sides should do: "Xi proposed that the two sides strengthen …"
# (… or "we", or an act in the passive, a subjunctive: "You suggested that we engage …", "He proposed that this momentum
# be maintained through regular visits")
PROPOSED_THAT = (rf"\b(?:propos|suggest)(?:ed|es|ing) that (?:{BOTH_PARTIES}|{MEMBERS}|we\b|"
                 rf"[^.;,]{{1,60}}? be (?:\w+ly )?(?:{ARRANGED}|{ACTED_ON})\b)")
# … or a call for more of the parties' own work, as what is called for is named: "called for deepening ties", "calling for
# enhanced exchanges", "called for joint efforts to …"
CALLED_FOR = (r"for (?:the )?(?:further )?(?:\w+ly )?(?:[a-z]+ing|stronger|closer|greater|more|deeper|enhanced|expanded|"
              r"accelerated|intensified|(?:joint |concerted )?efforts to)\b")
# … or a call on both sides, by its verb or its participle: "Xi called on both sides to …", "…, urging the two sides to …"
# (or on a grouping's own members: "the declaration urged the member countries to …")
CALLED_ON = (rf"\b(?:call(?:s|ed|ing)? (?:on|upon|for)|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)) "
             rf"(?:{BOTH_PARTIES}|{MEMBERS}) to\b")

# One who speaks for a party in a readout, as the subject of what he calls for or stresses: "He", "We", a name
# ("President Mirziyoyev", "Li"), an office ("the Chinese president", "the head of Turkmenistan"); not "They" (a call on
# others, reported).
SPEAKER = (rf"(?:\b(?:He|She|[Ww]e)|\b(?:[A-Z][\w.’'-]+ ){{1,3}}[A-Z][a-z][\w’'-]*|(?!They\b){SHORT_NAME}|"
           r"\b[Tt]he (?:[A-Z][\w-]+ ){0,2}(?:[Hh]ead of [Ss]tate|[Hh]ead of [A-Z][\w-]+|[Pp]resident|[Pp]rime [Mm]inister|"
           r"[Pp]remier|[Mm]inister|[Ll]eader|[Aa]mbassador|[Cc]hairman|[Ss]peaker))")

# The verbs a treaty's obligations take in the present tense ("The Parties cooperate in …"): the action verbs but those
# that say what the parties think or witness ("The Parties share the view", "welcome").
TREATY_VERBS = tuple(v for v in ACTION_VERBS if v not in ("share", "welcome", "witness", "focus", "invite", "jointly"))
TREATY_VERBS += ("exchange", "take", "render", "assist", "respect", "refrain", "prevent", "prohibit", "undertake", "act",
                 "apply", "notify", "inform", "consult", "settle", "grant", "allow", "permit", "accept", "assume")

# The verbs that state or show a party's pledge ("expressed", "underlined", "demonstrated" …), their stems.
STATED = (r"(?:[Ee]xpress|[Vv]oic|[Cc]onfirm|[Rr]eaffirm|[Rr]eiterat|[Uu]nderlin|[Ss]tress|[Ee]mphasi[sz]|[Hh]ighlight|"
          r"[Dd]eclar|[Ss]how|[Dd]emonstrat|[Dd]isplay|[Ss]ignal|[Nn]ot)")

# Strong cues: a clause holding one of these states an undertaking or a position.
# "plan(s)" as a verb, not the noun after a determiner, a modifier or a verb of its own ("signed an action plan to
# create …", "welcomed plans to launch …", "his Government's plan to make …")
_PLAN_AS_VERB = "".join(rf"(?<!\b{word} )" for word in (
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "action", "work", "with", "on", "of", "for",
    "’s", "'s", "-term", "comprehensive", "welcomed", "welcome", "welcomes", "describing", "Describing", "detailed",
    "concrete", "specific", "national", "joint", "new", "ambitious", "such", "these", "those", "any", "no"))

# What a speaker says he must or would like to say, an aside of his speech: "I must say that …", "I would like to
# note that …", "We would like to thank …".
SPEAKERS_ASIDE = (r"(?:say|state|note|admit|stress|emphasi[sz]e|mention|underline|point out|thank|express|congratulate|"
                  r"recall|highlight)\b")

STRONG_CUES = [
    # (not the noun: "my political will, that we are ready …", "the will of the peoples", "their common will"; but
    # their will to act is: "their strong will to further strengthen …")
    r"(?<!which )(?<!that )(?<!who )"
    r"(?:(?<!\bpolitical )(?<!\bthe )(?<!\bmy )(?<!\bour )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    r"(?<!\bits )(?<!\bgood )(?<!\bstrong )(?<!\bcommon )(?<!\bcollective )(?<!\bfirm )|(?=will to\b))"
    r"\bwill\b(?! of\b)", r"\bshall\b",
    # not a writer's or speaker's aside: "It should be noted that the minister paid a visit …", "I must say that …";
    # nor a condition put first ("should it be exhausted", "Should the need arise"), nor a courtesy ("We should be
    # grateful if you would have this letter circulated")
    r"\bshould\b(?! be (?:noted|mentioned|recalled|stressed|emphasi[sz]ed|underlined|pointed out) that\b)"
    r"(?! be (?:grateful|glad|pleased|happy|delighted|obliged)\b)"
    r"(?! (?:it|they|there|the|a|an|any|either|such|we|he|she)\b)",
    rf"\bmust\b(?! {SPEAKERS_ASIDE})",
    # reported speech, its tail after it: "China would continue to …, Xi said" (units read it without the tail); not a
    # speaker's courtesy, "I would like to note that …, the President said"
    rf"{WOULD}(?! (?:also |\w+ly )?like to {SPEAKERS_ASIDE})(?=[^.;]*(?:{REPORTED_BY}|,\s+according to\b))",
    # "is ready, together with X, to …", "is more than willing to …"; not a relative clause's "… who are ready to …"
    rf"(?<!that )(?<!which )(?<!who )\b(?:is|are|was|were|remain|remains) (?:more than |\w+ )?{READY}{ASIDE} to\b",
    r"\b(?:stands?|stood) (?:ready|prepared)\b", r"\b[Ww]illingness to\b", rf"{NOT_RELATIVE}\b[Dd]etermined to\b",
    rf"{NOT_RELATIVE}\b[Cc]ommitted to\b",
    r"\bResolved to\b",  # a preamble's "Determined to …", "Resolved to …"
    r"^Aiming (?:at [a-z]+ing|to)\b",  # … or "Aiming at strengthening the security of the Member States …"
    # … or a desire to act opening a clause of it: "Wishing to promote the establishment of long-term cooperation …",
    # "…, desiring to strengthen …" (a desire to act is an undertaking, as stated by its noun)
    r"(?:^|(?<=, ))(?:[Ww]ishing|[Dd]esiring|[Dd]esirous) to (?!see\b)(?:\w+ly )?[a-z]+\b",
    # … or a principle a preamble's clause holds to: "Respecting the sovereignty of all Member States", "Upholding the
    # principles of the Charter", "being loyal to the objectives of …", "Seeking to establish …"
    # (not a principle's own words after a comma: "… featuring mutual trust, respecting diverse civilizations")
    r"(?:^(?:[Rr]especting|[Gg]iving (?:due|special|particular|priority) attention to)|(?:^|(?<=, ))(?:[Uu]pholding|"
    r"[Bb]eing (?:loyal|faithful) to|[Ss]eeking to (?:\w+ly )?[a-z]+))\b",
    # a commitment the speakers say holds: "Our commitment to the goals of the 2030 Agenda … remains strong."
    r"\b(?:Our|Their) (?:[\w-]+ )?commitment to\b(?=[^.;]{0,240}\bremains? (?:\w+ )?(?:strong|firm|unwavering|unchanged|"
    r"steadfast|resolute|undiminished)\b)",
    # a preamble's resolve or desire as the ground it acts on: "Guided by the desire to …", "Driven by their
    # determination to …"
    rf"\b(?:[Gg]uided|[Dd]riven|[Mm]otivated|[Ii]nspired|[Pp]rompted) by (?:(?:the|their|our|its|a) )?(?:[\w-]+ ){{0,2}}"
    rf"(?:{PLEDGE_NOUNS}|aspiration)s? to\b",
    # (not an agreement told in the passive, "the projects, which were agreed upon in August", nor one on what went
    # before, "the points that the participants agreed upon.", "agreed on that")
    # (… or agreed with a partner named: "agreed with Uzbek President Karimov to closely cooperate …")
    rf"\b{AGREED}(?: in principle)?(?: with(?: (?!to\b)[\w.’'-]+){{1,6}}?)?{ASIDE}{NEWS_WHEN} {NEGATED}to\b", rf"\bagrees? {NEGATED}to\b",
    rf"(?<!was )(?<!were )(?<!been )\b{AGREED}{ASIDE}{NEWS_WHEN} (?:on|upon)\b(?! that\b|\s*[.;:])",
    rf"\bdecided{ASIDE}{NEWS_WHEN} {NEGATED}to\b",
    rf"\bdecides? {NEGATED}to\b",
    rf"\bmoved to (?:\w+ly )?(?:{'|'.join(ACTION_VERBS)})\b",  # as reports put a decision: "the leaders moved to establish …"
    # "agreed that" reports a shared view unless what follows it binds: a modal or a need to act (not "… play an
    # important role", "… marked an important milestone": a view)
    r"\bagree[sd]? that\b(?=[^.;]*\b(?:will|would|shall|should|must|need to|necessary|important(?= to| that)|imperative|"
    r"essential|continue)\b)",
    rf"\b(?:pledg(?:e|es|ed)|undert(?:ake|akes|ook|aken)"
    r"(?: within (?:their|its|the limits of their) (?:competences?|competencies|powers|mandates?))?|"  # a treaty's
    rf"vow(?:ed|s)?|resolv(?:e|es|ed)|intends?|{_PLAN_AS_VERB}plans?|planned|(?<=is )planning|(?<=are )planning|(?<=am )planning|"
    r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )intended)"
    rf"{NEWS_WHEN} {NEGATED}to\b",
    # … or efforts or support pledged to an end: "pledged efforts to enhance cooperation"
    r"\bpledg(?:e|es|ed) (?:(?:its|their|his|her|full|every|further|joint|greater) )?(?:efforts?|support) to\b",
    # an offer or a plan to act ("Japan offered to host …", "The parties envisage holding …"), not an object offered
    # to someone ("offered to the region its …")
    r"\boffer(?:s|ed)? (?:not )?to (?!the\b|a\b|an\b|its\b|their\b|our\b|his\b|her\b|[A-Z])",
    r"\benvisag(?:e|es|ed) (?:[a-z]+ing|to)\b",
    # what a signed text provides for or aims at, as a report gives it: "The document foresees the construction of a
    # pipeline", "a Roadmap, which aims to implement …", "The agreement is aimed at updating …"
    rf"\b(?i:{SIGNED_TEXT})s?(?<![Pp]rojects)(?:, which)?{ASIDE} {ADVERBIAL}"
    rf"(?:{PROVIDES_FOR}|calls for|(?:will )?aims? (?:to|at)|(?:is|are) aimed at|(?:is|are) (?:designed|intended|purposed) to)\b",
    # … or what its purpose is: "The purpose of the memorandum is to improve …", "the primary objective of the MoU is
    # to …" (not a visit's, an event's, a meeting's or a dialogue's goal: what brought them together)
    r"\b(?:[Tt]he|[Ii]ts) (?:\w+ )?(?:purpose|goal|objective|aim) of (?:the|this|these) (?:[\w-]+ ){0,4}?"
    r"(?:[Dd]ocument|[Aa]greement|[Mm]emorandum|MoU|MOU|[Pp]rogram(?:me)?|[Ss]trategy|[Cc]ooperation|[Ii]nitiative|"
    r"[Pp]roject|[Rr]oadmap|[Pp]lan|[Pp]rotocol|[Tt]reaty) (?:is|will be) to\b",
    # … or what it focuses on doing: "The agreement focuses on boosting …", "Our new program is focused on achieving …"
    r"\b(?:[Dd]ocuments?|[Aa]greements?|[Dd]eclaration|[Mm]emorand(?:um|a)|[Pp]lan|[Pp]rogram(?:me)?|[Rr]oadmap|"
    r"[Ss]trategy|[Ii]nitiative) (?:also |mainly |primarily )?(?:focus(?:es|ed)?|(?:is|are) focused|(?:will|would) focus) "
    r"on [a-z]+ing\b",
    r"\b[Ii]nitiative (?:also )?seeks to [a-z]+\b",  # "This initiative seeks to enhance educational collaborations …"
    # a party's intention or plans its speaker told of: "Tokayev informed his counterpart about Kazakhstan's intention
    # to dispatch a trade mission", "… informed of the intention of Afghanistan to purchase …"
    r"\binformed (?:[\w-]+ ){0,4}?(?:about|of) (?:the )?(?:[\w-]+[’']s )?(?:\w+ )?(?:intentions?|plans?|readiness|"
    r"decision|desire)\b",
    # an act the parties hold needed: "… it is very important to sign …" (not "to discover the potential of …"); a
    # sentence that opens with it states a need, not an importance nobody holds ("It is important to support …")
    rf"(?:\bit is (?:\w+ )?(?:important|necessary|essential|imperative)|\bIt is (?:\w+ )?(?:necessary|imperative)) to "
    rf"(?:\w+ly )?(?:{'|'.join(ACTION_VERBS)}|proceed)\b",
    # one of the points a readout numbers, each what both should do: "The first is to increase strategic mutual trust."
    r"^The (?:first|second|third|fourth|fifth|sixth|seventh|eighth|last) (?:one )?is to(?= (?!be\b)[a-z])",
    # money announced or pledged: "The United States announced an additional $25 million to …"
    r"(?<!has )(?<!have )(?<!had )\b(?:announced|announces|pledged|pledges|committed|commits|allocated|allocates) "
    r"(?:an? )?(?:additional |further |new )?"
    r"(?:(?:US)?\$|USD |EUR |€)?\d[\d.,]*\s*(?:million|billion|bn)\b",
    # an arrangement in the present tense: "The summit is held every two years", "The Council meets annually"
    r"\b(?:is|are) (?:to be )?(?:held|convened) (?:every|annually|regularly|periodically|once|twice|alternately|in turn)\b",
    rf"\b(?:is|are) to be (?:\w+ly )?{ARRANGED}\b",  # an arrangement decided: "The next meeting is to be held in …"
    r"\b(?:is|are) (?:also )?planned\b(?! to\b)",  # … or planned: "Joint seminars and conferences are planned."
    # … or scheduled, a meeting or a work (not a person's travel: "He is scheduled to return home …"): "The conference is
    # scheduled for October 2024", "The next edition has been planned for the first quarter of next year"
    r"(?<![Hh]e )(?<![Ss]he )\b(?:is|are|has been|have been) (?:now |also )?(?:scheduled|slated) (?:for|to)\b|"
    r"\b(?:has|have) been planned for\b",
    # … or scheduled, as reports give it: "Further talks are set to take place before …", "is set to be opened"
    rf"\b(?:is|are) (?:now )?set to (?:take place|be (?:\w+ly )?{ARRANGED}\b)",
    r"\b(?:meets?|convenes?) (?:every|annually|regularly|periodically|once a|twice a|alternately|in turn)\b",
    rf"\bwould be (?:\w+ly )?{ARRANGED}\b",  # a decision reported: "a joint working group would be set up"
    # what the speakers are doing from now on ("We are taking concrete steps to …"; what others report of a party, "the
    # authorities of X are taking measures to …", is a report)
    r"\b[Ww]e are (?:now |also )?taking (?:\w+ ){0,2}(?:steps|action|actions|measures) to\b",
    # … or are at work on: "We are working towards …", "the two governments are working closely together to …"
    rf"\b{PARTY_SUBJECT} (?:are|is) (?:now |also |already )?(?:\w+ly )?"
    r"(?:working|striving|endeavou?ring|launching|establishing|creating|setting up)\b",
    # a position, by either verb of the class: "supports", "backs"
    r"\b(?:supports|backs|endorses)\b",
    # "spoke in favour of …", "are in favour of …" (a position, as translations state it)
    r"\b(?:spoke|speaks?|came out|comes? out|are|is) (?:\w+ly )?in favou?r of\b",
    rf"\b(?:{PARTY_SUBJECT}|[A-Z][\w-]+ and [A-Z][\w-]+|will|and|[a-z]+ly|also|further|again|still) (?:support|back)\b"
    r"(?! for\b| of\b| to\b|,)",
    # a party endorsing, as supporting; a communiqué's "We endorse the report …" adopts a text (not an undertaking)
    rf"\b(?:{PARTY_SUBJECT}|I)(?<![Ww]e) (?:\w+ly )?endorse\b",
    # a position reported in the past: "The participants supported closer coordination …" (not "have supported")
    rf"(?:\b{PARTY_SUBJECT}|{ONE_SIDE}|{ONE_NAME}) {ADVERBIAL}(?:supported|backed|opposed|rejected)\b(?! by\b)",
    # a position as translations state it: "The Member States stand for …", "They are against …"
    rf"\b{PARTY_SUBJECT} (?:\w+ly )?(?:stand for|stand against|are for|are against)\b"
    r"(?! (?:the (?:first|second|third|last)|a (?:long|short)|example|instance)\b)",
    r"\b[A-Z]\w+ (?:\w+ly )?(?:stands for|stands against)\b",
    # … or as what their grouping or partnership is not aimed at: "is not directed against any third country", "the
    # SCO does not target other countries"
    r"\b(?:is|are|was|were|be) not (?:\w+ly )?(?:directed|aimed|targeted) (?:at|against)\b|\b(?:does|do|did) not target\b",
    r"\b(?:opposes?|rejects?)\b", r"\badvocat(?:e|es|ed)\b", r"(?<!need to )(?<!that )(?<!which )\bupholds?\b",
    # the parties' course reported in the past: "The two sides would continue to strengthen their cooperation …"
    rf"\b{BOTH_PARTIES} would (?:\w+ly )?(?:continue|further|jointly)\b",
    # a partner held a priority: "China views Vietnam as a priority direction for its neighbourhood diplomacy",
    # "Kazakhstan regards the development of relations with China as a diplomatic priority"
    rf"(?:\b{PARTY_SUBJECT}|{ONE_NAME}|{ONE_SIDE}) (?:\w+ly )?(?:regards?|views?|considers?|sees?|treats?) [^.;]{{3,90}}? "
    r"as (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}(?:priority|priorities|strategic choice)\b"
    r"(?! (?:partners?|countr(?:y|ies)|markets?)\b)",  # (a partner so held is the sentence's setting, not its course)
    # an openness kept: "the SCO is open to accession by interested states", "Rosatom is open to collaboration"
    r"\b(?:is|are|remains?|was|were) (?:\w+ly )?open to (?:further |new |closer )?(?:cooperation|collaboration|accession|"
    r"membership|new members|dialogue|partnership|investment|the outside|the world)\b",
    # a party encouraging its own enterprises to act: "China encourages more Chinese enterprises to invest in …", "…
    # the enterprises of the two countries to continue …"
    r"\bencourag(?:e|es|ed) (?:(?:more|its|their|our|capable|competent|qualified|eligible|the) )*(?:[A-Z][\w-]+ )?"
    r"(?:enterprises|companies|businesses|firms|"
    r"investors)\b(?: of (?:the two|both) (?:countries|sides))?(?= (?:\w+ ){0,3}?to\b)",
    # respect for a state's sovereignty or its chosen course, by one party: "China respects the independence and
    # sovereignty of …" (the cue is the verb, so that "… respects X and supports Y" still reads "supports" again)
    rf"\b(?:respects|respected)\b(?= (?!for\b)(?:the |its |each other'?s? |{POSSESSIVE} )?(?:[\w-]+ (?:and )?){{0,3}}"
    r"(?:sovereignty|independence|territorial integrity|choice|development paths?|social systems?)\b)",
    # a recognition of a state's territory or government: "recognizes that Taiwan is an inalienable part of …"
    r"\brecogni[sz](?:es|ed) that\b(?=[^.;]{0,160}\b(?:inalienable|sole (?:legal|legitimate|lawful))\b)",
    r"\badheres? to\b",
    r"\breaffirm(?:s|ed)? (?:its|their|the(?! (?:importance|need|significance|role)\b))\b",
    r"\b(?:[Rr]eiterat(?:e|es|ed)|(?:[Rr]e)?confirm(?:s|ed)?|[Rr]estate[sd]?) (?:its|their)\b",  # "reaffirm"'s synonyms
    # first-person plural and reported commitments: "We reaffirm our commitment to", "reiterated
    # their determination to", "expressed their support for", "We commit to", "they would continue"; the
    # same verbs as a preamble's or a summary's participles: "confirming our commitment to …", "Reiterating
    # their resolve to …", "expressing determination to …"
    r"\b(?:(?:[Rr]eaffirm|[Rr]econfirm|[Cc]onfirm|[Aa]ffirm|[Rr]enew|[Ee]xpress|[Rr]ecall)(?:s|es|ed|ing)?|"
    r"(?:[Vv]oic|[Pp]ledg|[Dd]eclar|stat|[Aa]nnounc|[Rr]einforc)(?:e|es|ed|ing)|[Cc]onvey(?:s|ed|ing)?) (?:(?:its|their|our|his|her|a|the) |"
    # … or a party's, by its name ("expressed the Kyrgyz side's firm support", "reaffirmed unwavering U.S. support")
    r"(?:the )?(?:[\w.-]+ ){0,2}[\w.-]+[’']s? )?"
    rf"(?:[\w.’'-]+ ){{0,3}}(?:{PLEDGE_NOUNS}|(?:continued |close )?(?:collaboration|cooperation)(?= to [a-z]+\b))\b",
    # … or after an aside: "Both parties reaffirm, on the basis of equality and mutual respect, their joint commitment to …"
    rf"\b(?:[Rr]eaffirm|[Rr]eiterat|[Cc]onfirm|[Ee]xpress|[Rr]enew)\w*, [^,;.]{{1,80}}, (?:their|its|our|his|her) "
    rf"(?:[\w-]+ ){{0,2}}{PLEDGE_NOUNS}\b",
    # … or joined to a respect ("reaffirmed mutual respect and unconditional support for the sovereignty of …")
    r"\b(?:[Rr]eaffirm|[Rr]econfirm|[Cc]onfirm|[Rr]eiterat|[Ee]xpress)\w* (?:(?:their|its|our) )?(?:mutual |full )?respect "
    r"(?:and (?:[\w-]+ )?support\b|for\b)",  # … or a respect alone: "They reaffirmed mutual respect for each other's …"
    # … or shown as theirs: "demonstrated their readiness to …", "showed a strong commitment to …" (not "The pandemic
    # showed the importance of preparedness")
    # (what a thing shows, in the present, is a reading of it: "This step demonstrates Turkmenistan's desire to …")
    r"\b(?:[Ss]how(?:ed|n|ing)?|[Dd]emonstrat(?:e|ed|ing)|[Dd]isplay(?:ed|ing)?|[Ss]ignal(?:led|ed|ling|ing)?) "
    rf"(?:its|their|our|his|her|a|{POSSESSIVE}) (?:[\w’'-]+ ){{0,2}}{PLEDGE_NOUNS}\b",
    # … or a party's commitment or readiness to act, named as its own whatever the verb before it ("highlighted both
    # leaders' commitment to enhance …", "applauded the Kyrgyz Republic's commitment to developing …", "extended Iran's
    # readiness to support …", "reflecting the shared commitment to fostering …"), not to a thing ("the EU's commitment
    # to the region")
    r"(?:\b[A-Z][\w.-]+[’']s?|\b(?:both|the two) (?:sides|leaders|countries|nations|parties|governments)[’']|"
    rf"\b(?:[Ss]hared|[Cc]ollective|[Mm]utual|[Jj]oint)) (?:[\w-]+ ){{0,2}}{OWNED_WILL} (?:to|for) (?:\w+ly )?"
    rf"(?:[a-z]+ing\b|(?:{'|'.join(ACTION_VERBS)})\b)",
    # an interest or a hope that is the speakers' own, after any verb that states or shows it ("highlighted their
    # interest in expanding …", "declared Kazakhstan's hope to …")
    rf"\b{STATED}\w{{0,4}} (?:its|their|our|his|her|{POSSESSIVE}|the (?:country|side|government)[’']s) (?:[\w’'-]+ ){{0,2}}"
    r"(?:interest (?:in (?:further |\w+ly )?[a-z]+ing|to|"
    r"in the (?:deeper |further |closer )?(?:development|expansion|strengthening|deepening) of)|hopes? to)\b",
    rf"\b[Rr]eiterat(?:e|es|ed|ing){NEWS_WHEN} (?:(?:its|their|our|his|her|the) )?(?:[\w.’'-]+ ){{0,3}}(?:{PLEDGE_NOUNS}|position)\b",
    rf"(?:\b{PARTY_SUBJECT} (?:also )?shared?|\b[Ss]haring) (?:a|the|their) (?:[\w-]+ ){{0,2}}"
    r"(?:commitment|responsibility|determination|intention|desire)\b",
    # what is stressed is the speakers' own commitment ("We underline our commitment to …", "emphasized
    # Kazakhstan's readiness to …", "articulated China's strategic commitment to …")
    r"\b(?:[Rr]estat|[Rr]ecommit|[Uu]nderlin|[Uu]nderscor|[Ee]mphasi[sz]|[Ss]tress|[Hh]ighlight|[Pp]ointed out|"
    r"[Pp]oint(?:s|ing)? out|[Nn]ot(?:ed|es|ing)|[Aa]rticulat)\w{0,4} "
    rf"(?:(?:its|their|our|his|her|(?:the )?(?:[A-Z][\w.-]+ ){{0,2}}{POSSESSIVE}) "
    rf"(?:[\w-]+ ){{0,2}}(?:{PLEDGE_NOUNS}\b(?: to\b)?|goal to [a-z]+)|"
    # … or with no possessive, when what it is to follows ("stressed the strong commitment to …"): not an interest
    # nor a support, which may be anyone's ("noted the support for the plan among donors")
    rf"(?:(?:the|a) )?(?:[\w-]+ )?(?!interest\b|support\b){PLEDGE_NOUNS} to\b)",
    # a party's support or commitment, by its adjective or its initials ("underscored U.S. support for …")
    r"\b(?:[Rr]estat|[Uu]nderlin|[Uu]nderscor|[Ee]mphasi[sz]|[Ss]tress|[Hh]ighlight|[Rr]eaffirm|[Rr]eiterat|[Ee]xpress|"
    r"[Cc]onfirm)\w{0,4} (?-i:(?:U\.S\.|EU|[A-Z][a-z]+(?:an|ese|ish|ic|i))) (?:(?:firm|full|strong|continued|unwavering|steadfast) )?"
    # (not the subject of a clause of its own: "stressed Afghan support for the group is waning")
    r"(?:support|commitment)\b(?![^,.;]*\b(?:is|was|are|were|has|had|remains)\b)",
    # … or a support or respect for a state's sovereignty or a principle, whoever's: "emphasized respect for Afghan
    # sovereignty", "stressing support for the territorial integrity of …"
    r"\b(?:[Ee]mphasi[sz]|[Ss]tress|[Uu]nderlin|[Uu]nderscor|[Hh]ighlight|[Rr]eaffirm|[Rr]eiterat|[Cc]onfirm)\w{0,4} "
    r"(?:once again |again )?(?:(?:the|a) )?(?:(?:firm|full|strong|continued|unwavering|steadfast|mutual) )?"
    r"(?:support|respect) for (?:the )?(?:[\w’'-]+ ){0,3}(?:sovereignty|independence|territorial integrity|unity|"
    r"principles?)\b",
    # an interest in acting, stated as a noun: "expressed their interest in expanding …", "… interest to join …", "noted
    # the country’s interest in increasing …", "confirmed the mutual interest of the parties in further strengthening …"
    # (not an interest that grows, a trend of others': "noted the growing interest in investing in …")
    r"\b(?:[Ee]xpress|[Cc]onfirm|[Rr]eaffirm|[Rr]eiterat|[Ee]mphasi[sz]|[Ss]tress|[Uu]nderlin|[Vv]oic|show|[Ss]har|"
    r"[Nn]ot|[Hh]ighlight)\w{0,4} "
    rf"(?:(?:its|their|our|his|her|an?|the|{POSSESSIVE}) )?"
    r"(?:(?!(?:growing|increasing|rising|widening|widespread|renewed) )[\w’'-]+ ){0,2}interest "
    r"(?:of (?:the |his |her |its |their |both )?(?:[\w-]+ ){0,2}(?:side|sides|parties|countr(?:y|ies)|company|government) )?"
    r"(?:in (?:further |\w+ly )?[a-z]+ing|to)\b",
    # … or in a noun of acting, or in more of the parties' own work: "the parties expressed interest in the development
    # of multifaceted cooperation", "expressed interest in further close cooperation within the UN", "reiterated U.S.
    # interest in increased partnership"
    r"\b(?:[Ee]xpress|[Cc]onfirm|[Rr]eaffirm|[Rr]eiterat|[Ee]mphasi[sz]|[Ss]tress|[Uu]nderlin|[Vv]oic|[Nn]ot|[Ss]tat|"
    r"show)\w{0,4} "
    r"(?:(?:its|their|our|his|her|a|the) )?(?:[\w.-]+ ){0,2}interest in (?:(?:the )?(?:further |deeper |closer |joint )?"
    r"(?:development|expansion|strengthening|deepening|enhancement|implementation|intensification|construction|"
    r"creation|establishment|launch|organi[sz]ation|holding|supply|opening|modernis?z?ation|introduction|"
    r"conclusion) of\b|"
    r"(?:further|closer|deeper|continued|broader|increased|greater|expanded|enhanced) (?:[\w-]+ ){0,2}?"
    r"(?:cooperation|interaction|partnership|dialogue|ties)\b)",
    # … or assured to the partner: "The German Side assures the Uzbek Side of its intention to support …"
    rf"\bassur(?:es|ed|ing|e) (?:[\w-]+ ){{1,4}}of (?:its|their|his|her|our|(?:the )?(?:[A-Z][\w-]+ )?{POSSESSIVE}) (?:[\w-]+ )?{PLEDGE_NOUNS}\b",
    # … or with no partner named: "the Ministers assured of continued support for their integration into …"
    r"\bassur(?:es|ed|ing|e) of (?:(?:its|their|his|her|our|continued|further|full|firm|unwavering|strong) )+support\b",
    # … noted as the speakers' own, as their commitment is: "The sides noted their mutual interest in expanding …"
    r"\b[Nn]ot(?:ed|es|ing) (?:its|their|our|his|her) (?:[\w-]+ ){0,2}interest (?:in (?:further |\w+ly )?[a-z]+ing|to)\b",
    # a desire to act stated as a hope: "expressed the hope to expand …" (not "the hope that …", a view)
    r"\b(?:[Ee]xpress|[Vv]oic|[Rr]eaffirm|[Rr]eiterat|[Cc]onfirm|[Uu]nderlin|[Ss]tress|[Ee]mphasi[sz])\w* "
    r"(?:(?:its|their|our|his|her|a|the) )?(?:[\w’'-]+ ){0,2}"
    r"hopes? (?:to|of [a-z]+ing)\b",
    # … or as a hope for the parties' own work, named by its noun: "expressed his hope for the further expansion of …"
    rf"\b{STATED}\w{{0,4}} (?:(?:its|their|our|his|her|the|a) )?(?:[\w-]+ )?hopes? for (?:the )?"
    r"(?:further |continued |early |steady )?(?:expansion|development|strengthening|deepening|growth|enhancement|"
    r"implementation|promotion|synergy|alignment|cooperation)\b",
    # … or a pledge of the speaker's own government or side: "stressed the determination of his government to …"
    rf"\b{STATED}\w{{0,4}} (?:the|a) (?:[\w-]+ )?(?!support\b){PLEDGE_NOUNS} of (?:(?:his|her|its|their|our|the|both) )?"
    r"(?:[\w-]+ )?(?:government|governments|country|countries|side|sides|leadership|administration|state|states|parties) to\b",
    # a policy the speakers hold: "it is a policy of the Chinese government to develop …", "it is China's firm policy to …"
    rf"\b[Ii]t (?:is|was|has (?:always )?been|remains) (?:(?:a|the) (?:[\w-]+ ){{0,2}}policy of (?:the )?(?:[\w-]+ ){{1,3}}?|"
    rf"{POSSESSIVE} (?:[\w-]+ ){{0,2}}policy )to [a-z]+\b",
    # … or as looking forward to acting together: "looked forward to working together to identify …" (not "look
    # forward to the opening of …", a wait for what others do)
    r"\blook(?:s|ed|ing)? forward to (?:working|cooperating) (?:together|closely|jointly|with [^,.;]{1,60}?) to [a-z]+\b",
    # an intention affirmed with what is important, as a further object of the same verb: "affirmed the importance of
    # the Dialogue and the intention to hold the next meeting in 2023"
    r"\band the (?:intention|readiness|willingness|determination|resolve) to [a-z]+\b",
    # "We remain steadfast in our commitment to …", "They are united in their determination to …"
    rf"\b(?:remains?|are|is|stands?|stood) (?:\w+ ){{0,2}}in (?:our|their|its) (?:[\w-]+ ){{0,2}}{PLEDGE_NOUNS}\b",
    r"\b(?:re)?commit(?:s)? to\b", r"\b[Rr]ecommitted to\b", r"\b(?:re)?commit(?:s|ted)? ourselves to\b",
    # the noun of a verb of undertaking, after a light verb: "reached an agreement to …", "made a commitment to …",
    # "took a decision to …", "came to an understanding on …"
    # (not a perfect: "have reached agreements on …" reports; an understanding "on" issues describes talks)
    r"(?<!have )(?<!has )(?<!had )\b(?:reach(?:ed|es)?|ma(?:de|kes?)|t(?:ook|akes?)|c(?:ame|omes?) to|arrived at|"
    r"includ(?:e|es|ed)|contain(?:s|ed)?) "  # … or a text that holds it: "The declaration included an agreement to …"
    r"(?:an |a |the )?(?:[\w-]+ )?(?:(?:agreement|understanding|decision|commitment|pledge|promise|consensus|deal)s? to|"
    r"(?:agreement|deal) on)\b",
    # … in the perfect too when what was agreed is an act: "have reached an agreement to create a joint fund"
    r"\b(?:have|has) (?:also |now |already )?(?:reached|taken|made) (?:an |a )?(?:[\w-]+ )?"
    r"(?:agreement|understanding|decision|commitment)s? to [a-z]",
    # the same in the passive: "A decision was taken to …", "Agreement was reached on …"
    r"\b(?:[Aa]greement|[Uu]nderstanding|[Dd]ecision|[Cc]ommitment) (?:was|has been) (?:also )?"
    r"(?:reached|taken|made) (?:with (?:[A-Z][\w-]* ){1,4})?(?:to|on)\b",
    # … several at once, or what the talks ended in: "decisions were made to create …", "the talks resulted in a decision
    # to set up …"
    r"\b[Dd]ecisions (?:were|have been) (?:also )?(?:taken|made) to [a-z]",
    r"\bresulted in (?:a|the) decision (?:being (?:made|taken) )?to [a-z]",
    # a will to act that is the parties' own, named by whose it is: "the intention of the parties to organise …"
    rf"\b(?:[Tt]he|[Aa]) (?:[\w-]+ )?(?!support\b){PLEDGE_NOUNS} of (?:the|both|all) (?:two |three |[\w-]+ )?"
    r"(?:parties|sides|countries|governments|states|leaders) to (?!be\b)[a-z]+\b",
    # "Agreements were reached to enhance …", "… on increasing the diversification of trade" (not "on many issues")
    r"\b[Aa]greements (?:were|have been) (?:also )?(?:reached|made) (?:to [a-z]|on (?:further |\w+ly )?[a-z]+ing\b)",
    # a text signed for an act, as a report of the occasion gives it: "A separate agreement was signed to study …"
    r"\b(?:[Aa]greement|[Mm]emorandum|[Pp]rotocol|[Cc]ontract|[Dd]eal|Mo[Uu])s? (?:was|were) (?:also )?signed to "
    r"(?!(?:the|a|an|be)\b)[a-z]+\b",
    # a will to act stated in the passive, as Central Asian readouts put it: "Readiness was expressed to expand …"
    r"\b(?:[Ww]illingness|[Rr]eadiness|[Dd]etermination|[Ii]ntention|[Dd]esire|[Aa]ttitude|[Rr]esolve) (?:was|were|has been) "
    r"(?:also )?(?:expressed|confirmed|reaffirmed|stated|noted) to (?!(?:be|the|a|an|its|their|his|her)\b)[a-z]+\b",
    # an interest in acting, stated as an adjective: "Both sides are interested in expanding …"
    # (not the parties' businesses: "Russia's major companies are interested in launching …" is a report)
    r"(?<!companies )(?<!enterprises )(?<!businesses )(?<!firms )(?<!investors )"
    r"\b(?:is|are|was|were|remain) (?:\w+ )?(?:interested in|keen on|eager for|open to) (?:\w+ly )?(?:further )?(?:[a-z]+ing\b|"
    r"(?:the )?(?:further )?(?:development|expansion|strengthening|deepening|enhancement|implementation|introduction|"
    r"creation|establishment|construction|holding|launch|intensification) of\b|"
    # … or in more of their own work: "are interested in closer cooperation in …"
    r"(?:closer|deeper|further|broader|expanded|enhanced|mutually beneficial) (?:[\w-]+ ){0,2}?"
    r"(?:cooperation|interaction|partnership|dialogue|ties)\b)",
    rf"\b{PARTY_SUBJECT}{ASIDE} {ADVERBIAL}(?:aim|seek|strive|aspire|endeavou?r|continue|"
    r"(?:are|is) (?:\w+ly )?(?:seeking|striving|aiming|endeavou?ring|planning|targeting)) to\b",
    rf"\b{PARTY_SUBJECT} {ADVERBIAL}aim at (?:\w+ly )?[a-z]+ing\b",  # "We aim at progressively developing BRICS into …"
    # … and a grouping by its acronym, or a party's further predicate, in the singular: "The C5+1 endeavors to …",
    # "ASEAN seeks to …", "China values the partnership and aims to …"
    rf"(?:\b[A-Z][A-Z\d]+(?:\+\d)?|\band|{ONE_NAME}|{ONE_SIDE}) {ADVERBIAL}(?:aims|seeks|strives|aspires|endeavou?rs) to\b",
    # … or a speaker's country, what it seeks or aims at ("Our nation seeks cooperative energy … projects", "his
    # country is seeking a new form of cooperation with …", "Our country is aiming at meeting international standards")
    rf"\b(?:[Oo]ur|[Hh]is|[Hh]er|[Ii]ts) (?:country|nation|government|republic) {ADVERBIAL}"
    r"(?:seeks|aims|strives|is (?:\w+ly )?(?:seeking|aiming|striving))\b",
    # … or one who acts for them, a lender or a body of theirs ("The bank aims to support …", "The secretariat aims to
    # provide …", "the two entities aim to conduct …"; not a forum, a format or a platform, where they meet)
    rf"\b(?:[Bb]ank|[Ss]tate|entities|[Pp]artnership|[Ss]ecretariat|[Dd]ialog(?:ue)?|group of countries) {ADVERBIAL}"
    r"(?:will )?aims? to\b",
    # a wish to act, the parties' own: "Tajikistan and Russia both wish to continue …", "we want to support …", "…
    # and desired to further expand its cooperation …"
    # (a leader's own, in a readout, is his country's: "he wishes to further strengthen relations …"; a party's second
    # predicate too: "Vietnam treasures the partnership and wants to …", "his country wanted to enhance …")
    *(rf"(?:\b{PARTY_SUBJECT}|\b[A-Z][\w-]+ and [A-Z][\w-]+|{ONE_NAME}|{ONE_SIDE}|\b[Hh]e|\b[Ss]he|\band|"
      rf"\b(?:his|her|its|their|our) (?:country|government|side)) (?:both |all )?{ADVERBIAL}"
      rf"{verb} to\b(?! (?:\w+ly )?(?:emphasi[sz]e|stress|note|say|thank|mention|underline|express|congratulate|"
      r"welcome|point out|assure|inform|remind|recall|highlight)\b)"  # "I want to emphasize …": a word said
      # one cue a verb: each is looked for only where its word is (a hope to see is a view)
      # (a wish to someone is a greeting: "… his best greetings and wishes to the President")
      for verb in ("wish(?:es)?(?= to (?!(?:the|his|her|their|its|our|all|you)\\b))",
                   "(?:wants?|(?<!as if they )(?<!as if he )wanted)", "hope[sd]?(?= to (?!see\\b|witness\\b))",
                   "desire[sd]?(?= to (?:\\w+ly )?[a-z]+\\b)")),
    rf"\b{PARTY_SUBJECT} announced (?:that|the)\b",
    # … or by anyone who speaks for them, the launch of their own work: "he and Foreign Minister Saidov announced the
    # launch of a new format …", "Mirziyoyev announced the upcoming opening of a trade house …"
    # (not what was announced before, in a clause of time: "since we jointly announced the establishment of …")
    r"(?<![Ss]ince )(?<![Ss]ince we )(?<![Ss]ince they )(?<![Ss]ince we jointly )(?<![Ss]ince they jointly )"
    r"(?<![Aa]fter )(?<![Ww]hen )"
    r"\bannounc(?:ed|ing) the (?:upcoming |forthcoming |planned )?(?:launch|establishment|creation|opening) of\b",
    # a position held as its supporters: "Turkmenistan and India are firm supporters of building a fair system …"
    rf"(?:\b{PARTY_SUBJECT}|\b[A-Z][\w-]+ and [A-Z][\w-]+|{ONE_NAME}|{ONE_SIDE}) (?:is|are|remains?) (?:(?:a|an) )?"
    r"(?:(?:firm|strong|consistent|staunch|active|steadfast) )?(?:supporters?|advocates?|proponents?) of\b",
    # an interest stated in the passive: "The mutual interest was expressed in increasing …", "The interest in further
    # advancing interaction … was also confirmed"
    r"\b[Ii]nterest(?: of (?:both|the two) (?:countries|sides|parties))? (?:was|were|has been) (?:also )?"
    r"(?:expressed|confirmed|noted|reaffirmed|stated) in (?:[a-z]+ing\b|"
    r"the (?:further )?(?:development|expansion|strengthening|deepening|implementation|creation|establishment) of\b)",
    # a will to act reported in the passive after its object: "Mutual readiness for continuation of dialogue on
    # Afghan issues had been expressed"
    r"\b(?:[Rr]eadiness|[Ww]illingness|[Ii]ntention|[Dd]esire|[Dd]etermination) (?:for|to) [^.;]{1,100}? "
    r"(?:was|were|has been|had been|have been) (?:also )?(?:expressed|confirmed|reaffirmed|stated)\b",
    # a plan of the speakers in the plain future, contracted: "we're going to work together to …"
    r"\b(?:[Ww]e|[Tt]hey)(?:’re|'re) (?:\w+ly )?going to (?!be\b)(?:\w+ly )?[a-z]+\b",
    r"\b[Ii]nterest in (?:further |\w+ly )?[a-z]+ing\b[^.;]{0,200}? (?:was|were|has been) (?:also )?"
    r"(?:expressed|confirmed|reaffirmed|stated)\b",
    # the need for both sides to act, a proposal as "both sides should" is ("noted the need for the two sides to …")
    rf"\bneed for {BOTH_PARTIES} to\b",
    # a hope that both sides act, as a call on them is: "expressed his hope that the two sides, in accordance with …,
    # could work together to build …" (not a hope of what others or things will do)
    rf"\bhop(?:e|es|ed|ing) that {BOTH_PARTIES}\b[^.;]{{0,100}}?\b(?:could|would|will|can|should) (?:\w+ly )?[a-z]+",
    # an intent in the plain future: "Russia and Kyrgyzstan are going to continue …" (the parties; a capitalised
    # word alone may be anything's name: "Trade is going to grow …"; not the object of a preposition: "Trade between the
    # two countries is set to grow")
    rf"(?<!between )(?<!among )(?<!of )(?<!with )(?:\b{PARTY_SUBJECT}|\b[A-Z][\w-]+ and [A-Z][\w-]+|{ONE_SIDE}) "
    rf"{ADVERBIAL}(?:is|are) (?:going|set|about) to (?!be\b)",
    # … or what a party or a donor is doing now for the other, its work begun: "JICA is providing grant funding …", "We
    # are also planning a number of initiatives …", "The EBRD is continuing to finance …" (not "is implementing …", a
    # work reported)
    rf"(?<!of )(?:\b{PARTY_SUBJECT}|\b[A-Z][\w-]+ and [A-Z][\w-]+|{ONE_NAME}|{ONE_SIDE}|\b[A-Z]{{3,}}) (?:is|are) "
    rf"{ADVERBIAL}(?:providing|preparing|planning|offering|continuing to|launching)\b",
    # … or as news tells it, of the parties or of what is arranged: "President Trump is set to pay a state visit to
    # China", "Chinese-funded businesses are set to be encouraged to create more local workplaces"
    rf"\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Mm]inister) [A-Z][\w-]+ (?:is|was) set to (?!be\b)[a-z]+\b",
    rf"\b(?:is|are) (?:also )?set to be (?:{ARRANGED}|encouraged|supported|expanded|increased)\b",
    # the parties' work going on towards an end: "work is currently underway to expand the pipeline's capacity" (not
    # "negotiations are underway on …", nor "the projects underway")
    r"\b(?:[Ee]fforts|[Ww]ork) (?:is|are|was|were) (?:currently |already |now )?under ?way to [a-z]+\b",
    # looking forward to the parties' own new work: "We look forward to developing new initiatives …" (not "to the
    # opening of …", a wait for what others do)
    rf"(?:\b[Ww]e|\b[Tt]hey|\b{PARTY_SUBJECT}|\band|{ONE_SIDE}) (?:\w+ )?look(?:s|ed|ing)? forward to (?:\w+ly )?"
    # (any act of theirs, not what they will witness or be given: "to seeing", "to receiving", "to welcoming")
    r"(?:(?!(?:seeing|hearing|receiving|meeting|welcoming|visiting|reading|learning|attending|having)\b)[a-z]{3,}ing|"
    r"(?:continued|further|closer|deeper|enhanced) (?:cooperation|collaboration|engagement|partnership)|"
    # … or to their own next meeting, or their project carried out: "We are looking forward to the next round of
    # consultations", "… to the successful implementation of the project"
    r"(?:the )?next (?:round|meeting|session)|negotiations with|the (?:successful |full |early )?implementation of)\b",
    # standing with a partner, a position kept: "We stand together with Ukraine …", "his country stands with the Afghan
    # government …", "Standing in solidarity to support …"
    rf"(?:\b{PARTY_SUBJECT}|{ONE_NAME}|{ONE_SIDE}|\b(?:his|her|its|their|our) (?:country|government|side)) "
    r"(?:(?:\w+ly|also|will|continue to|together) )*stands? (?:(?:together|firmly|united|shoulder to shoulder) )*(?:with|behind)\b"
    r"(?= (?:the|its|their|our|all|each) |(?-i: [A-Z]))",
    r"\b[Ss]tanding (?:firmly )?in solidarity (?:with|to)\b",
    # the priorities the meeting set for the parties' work, a decision: "the heads of state identified priority areas of
    # cooperation: …", "defined the main directions of further cooperation"
    r"\b(?:identified|defined|determined|outlined|set out|agreed on) (?:the )?(?:[\w-]+ )?(?:priority|key|main|promising) "
    r"(?:areas|directions|sectors|fields|vectors)\b(?=:| (?:of|for) (?:[\w-]+ ){0,2}(?:cooperation|interaction|partnership)\b)",
    # a priority accorded: "we accord the highest priority to this region", "China attaches top priority to …"
    r"\b(?:accord(?:s|ed|ing)?|giv(?:e|es|ing)|attach(?:es|ed|ing)?|assign(?:s|ed|ing)?) (?:the )?"
    r"(?:highest |top |high |special |particular )?priority "
    r"(?:attention )?to\b",
    # … or a focus: "We focus on cooperation in the cultural and educational sphere", "The focus of our attention is on
    # strengthening interregional ties"
    rf"\b(?:[Ww]e|{PARTY_SUBJECT}) (?:\w+ly |also )?(?:focus|concentrate) on\b",
    r"\b[Tt]he focus of our (?:attention|work|efforts) (?:is|will be) on\b",
    # … or a duty: "As foreign ministers, we are responsible for coordinating the efforts of …"
    r"\b[Ww]e are (?:\w+ly )?responsible for [a-z]+ing\b",
    # … or attention paid: "we pay constant attention to the expansion of …"
    rf"\b(?:[Ww]e|{PARTY_SUBJECT}) (?:\w+ )?pay (?:constant|special|great|particular|close|priority) attention to\b",
    # a policy a party pursues towards an end: "Kyrgyzstan pursues a foreign policy aimed at deepening relations …"
    r"\bpursu(?:es|e|ed|ing) (?:a|an|the|its|their|our) (?:[\w-]+ ){0,3}polic(?:y|ies) (?:aimed at|of) [a-z]+ing\b",
    # … or one it holds to, in the present: "Uzbekistan firmly pursues the one-China policy"
    # (not one a party is called on "to pursue")
    r"(?<!to )(?<!to further )\b(?:pursu(?:es|e)|(?:is|are) pursuing) (?:a|an|the|its|their|our) (?:[\w-]+ ){0,3}"
    r"polic(?:y|ies)\b",
    # … or followed: "the Turkmen side strictly follows the one-China policy"
    r"\b(?:strictly|firmly|consistently|unswervingly|steadfastly) follows? (?:the|its|their|a) (?:[\w-]+ ){0,3}"
    r"(?:polic(?:y|ies)|principles?|course)\b",
    # a restraint kept in the present tense: "Uzbekistan … does not participate in military and political blocs"
    rf"\b(?:{PARTY_SUBJECT}|{ONE_NAME}|{ONE_SIDE}|\band|\b[Ii]t) (?:does|do) not (?:participate|join|allow|permit|"
    r"interfere)\b",
    # a course the speakers set themselves: "our common task is to …", "have no choice but to …", "The G7's top
    # priority is to raise …"
    rf"\b(?:[Oo]ur|[Tt]heir|{POSSESSIVE}) (?:top |main |first |key )?priority (?:goal |task )?(?:is|remains|will be) to "
    r"(?:\w+ly )?[a-z]+\b",
    r"\b(?:[Oo]ur|[Tt]heir) (?:common |joint |main |shared )?(?:tasks?|goals?|objectives?) (?:is|are|will be|remains?) to\b",
    r"\b(?:[Oo]ur|[Tt]heir) (?:common |joint |shared )(?:goal|objective) to\b",  # "… as well as our shared goal to …"
    # … or set in the present: "We're setting a goal to bring the volume of mutual trade to …"
    r"\b(?:[Ww]e(?:'re|’re| are)?|[Ww]e have) (?:also )?(?:set|setting) (?:ourselves )?(?:a|the|an) (?:[\w-]+ )?"
    r"(?:goal|target|task|objective) (?:of|to)\b",
    # … or unowned, as a leader lists them: "another priority is to expand cooperation …", "The priority is the construction
    # of highways …", "The priorities include maintaining …" (not "the aim of the Joint Vision is to …", a text's)
    r"\b(?:[Tt]he|[Aa]nother|[Oo]ne|[Aa]n?) (?:[\w-]+ )?(?:priorit(?:y|ies)|goal|task|objective|aim)s? "
    r"(?:is|are|remains?|include|includes) "
    r"(?:to (?!be\b)(?:\w+ly )?[a-z]+|the [a-z]+(?:tion|ment|sion|ing) of|[a-z]+ing)\b",
    # … or named in the passive: "Multilateral economic cooperation was named as a priority area …", "A number of
    # priority areas have been identified – innovative technologies, agriculture …"
    r"\b(?:was|were) (?:named|identified|defined|designated) as (?:a |the )?(?:key |main |top )?priorit(?:y|ies)\b",
    r"\b[Pp]riority (?:areas|directions|sectors|fields)(?: (?:of|for) [\w ]{1,30}?)? (?:have|has|were|was) (?:been )?"
    r"(?:identified|defined|determined|"
    r"named|agreed)\b",
    r"\bhave no (?:other )?choice but to\b",
    # what the parties themselves are told to do, in a readout: "Xi called on both sides to …", "the two
    # countries need to …" (a proposal, as "both sides should")
    CALLED_ON, rf"\b{BOTH_PARTIES} {ADVERBIAL}need to\b",
    # … or by a speaker to all the members in the first person plural, as "we should": "First, we need to build up the
    # strength of unity and mutual trust" (not "We agree that we need to …", which its own cue reads)
    r"(?<!that )\b[Ww]e (?:\w+ly |also |still |further |all )*need to (?!be\b)",
    # … or what the speaker called for as more of the parties' own work: "He called for deepening people-to-people
    # exchanges", "The United States called for deepening ties" (not "They called for the early adoption of …", a call
    # on others; not a headline's "calls for"), or both sides for it: "Both sides called for closer coordination …"
    # … or urged with no one named, as translations give it: "He also urged to become active in creation of … funds"
    rf"{SPEAKER} (?:also |further )?urged to (?:\w+ly )?[a-z]+\b",
    # (… or by its participle after what the speaker did: "Zhao held talks with X, calling for enhanced exchanges …")
    rf"(?:(?:{SPEAKER}|\b{BOTH_PARTIES}|\band) (?:also |further )?called|(?:^|, )(?:also )?calling) {CALLED_FOR}",
    # … or stressed as a thing to do: "Li also stressed tapping into cooperation potential in …", "the Chinese
    # president stressed making further efforts in …" (not "stressed that …", a view)
    rf"{SPEAKER} (?:also |further )?(?:stressed|emphasi[sz]ed|underlined|underscored) (?:the need for )?(?:further )?"
    r"(?!being\b|having\b)[a-z]{3,}ing\b(?! that\b)",
    # … or what the parties' own text calls for: "The statement … calls for completing the drafting of a program …"
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:[\w-]+ ){0,3}(?:statement|declaration|communiqu[eé]|initiative|plan|document|"
    r"roadmap|programme|program) (?:also )?(?:calls|called) for (?:the )?(?:further )?(?:\w+ly )?[a-z]+ing\b",
    # a partner's proposal taken up: "China also agrees with Elbegdorj's initiative to host a dialogue …", "…, while
    # also supporting the proposal to open direct flights …"
    r"\b(?:agree[sd]? with|support(?:s|ed|ing)?) (?:the |his |her |their |its |[A-Z][\w-]*[’'](?:s )?)?(?:\w+ )?"
    r"(?:initiative|proposal)s? to (?!be\b)[a-z]+\b",
    # ready for more of the work itself: "We are ready for further development of cooperation with China"
    r"\bready for (?:the |their |its )?(?:further )?(?:development|implementation|expansion|strengthening|deepening)\b",
    r"\bready for (?:new|further|concrete|practical) steps\b",  # "Kyrgyzstan is ready for new steps aimed at …"
    # … or for the cooperation itself, however qualified: "Turkmenistan is always ready for effective cooperation with …"
    r"\bready for (?:(?:[a-z-]+,? |and ){0,4})(?:cooperation|interaction|dialogue|partnership)\b",
    # an offer, gladly made: "… and would be glad to host its meeting in Chongqing next year"
    r"\bwould be (?:glad|happy|pleased|delighted) to (?:host|hold|organi[sz]e|provide|receive|share|assist|help|support)\b",
    # … or open to it, or standing for it: "Uzbekistan is open for a constructive dialogue in the area of …", "both
    # countries stand for establishment of strong and efficient mechanisms …"
    r"\b(?:is|are|remains?) open (?:for|to) (?:a |an )?(?:[\w-]+ )?(?:dialogue|cooperation|talks|consultations)\b",
    r"\bstands? for (?:the )?(?:[a-z]+ing|establishment|creation|development|strengthening|expansion)\b",
    # a partner's decision or candidacy welcomed or supported: "Rubio welcomed Uzbekistan's decision to become a full
    # member of …", "… and supported Türkiye's candidacy to host COP31 in 2026"
    r"\b[A-Z][\w-]*[’']s? decision to (?!be\b)[a-z]+\b",
    r"\bsupport(?:s|ed|ing)? (?:for )?(?:[A-Z][\w-]*[’']s |the |its |their )candidacy\b",
    # a text the speaker needs done: "Ghani stressed the need for the long-term cooperation agreement to be finalized …"
    rf"\bthe need {TEXT_TO_BE_DONE}",
    # the speakers' own wish in their own words: "… upon which we would like to continue to build", "I want to work
    # hand-in-hand with …", "I wish to continue the close contact with you" (not "I would like to thank …", a courtesy)
    rf"\b(?:[Ww]e|I) (?:would (?:\w+ly )?like|want|wish) to (?:\w+ly )?(?:{'|'.join(TREATY_VERBS)})\b",
    # what the speakers' cooperation is for: "Our cooperation is aimed at strengthening these relations …"
    r"\b(?:[Oo]ur|[Tt]heir) (?:[\w-]+ )?(?:cooperation|partnership|relations|interaction|policy|efforts) (?:is|are) "
    r"(?:\w+ly )?aimed at [a-z]+ing\b",
    # an intention, as translations of readouts state it: "China looks to enhance coordination with …"
    rf"\b(?:{PARTY_SUBJECT}|{ONE_NAME}|{ONE_SIDE}) (?:\w+ly )?looks to(?= (?:further )?(?:{'|'.join(ACTION_VERBS)})\b)",
    rf"\b{BOTH_PARTIES} {ADVERBIAL}can (?!be\b)",  # "The two sides can deepen …": a leader's proposal, as "should"
    r"\b[Ww]e can (?:also |further )?(?:assist|help|provide|offer|share)\b",  # an offer: "We can also assist in …"
    # a speaker encouraging more of the parties' own work, by its noun: "the President encouraged the expansion of
    # bilateral cooperation in …", "Xi encouraged the alignment of Uzbekistan's development priorities with …"
    r"\b(?:encourag|urg)(?:ed|es|e) (?:the )?(?:further )?(?:expansion|alignment|development|strengthening|deepening|"
    r"enhancement|implementation|acceleration) of\b",
    # a speaker's proposal that the moment has come: "I think it is time to give a new impetus to our relations"
    r"\b(?:[Ii]t (?:is|was) (?:high )?time(?: now)?|[Tt]he time has come) to (?!be\b)(?:\w+ly )?[a-z]+\b",
    # … or a need in his own words, the speakers acting: "it is critical more than ever that we consolidate …"
    r"\b[Ii]t is (?:\w+ )?(?:critical|essential|vital|imperative|necessary|important|crucial)(?: more than ever| now)? "
    r"that we (?:\w+ly )?(?!are\b|were\b|have\b|had\b)[a-z]+\b",
    r"\b[Ii]t is (?:\w+ )?(?:critical|essential|vital|imperative|necessary|important|crucial)(?: more than ever| now)? "
    r"for us to (?!be\b)(?:\w+ly )?[a-z]+\b",  # "it is necessary for us to prevent a recurrence …"
    # … or what the speakers ought to do, as "should": "We ought to be united to achieve these objectives"
    rf"\b(?:[Ww]e|{BOTH_PARTIES}) (?:\w+ly |all |also )*ought to\b",
    PROPOSED,  # a party's proposal of what to do: "… proposed to strengthen cooperation by establishing …"
    # … with an aside before its verb, or in the speaker's own words: "he proposed, along with the work carried out
    # within the CIS, to take more effective measures …", "I would like to propose to adopt a special resolution …"
    # (not "I would like to propose a toast")
    r"\bpropos(?:ed|es), [^,;.]{3,80}, to (?!the\b|a\b|an\b)[a-z]+\b",
    r"\bwould like to propose (?:to (?!you\b|the\b)[a-z]+|that|[a-z]+ing)\b",
    # … or by the noun of the act proposed: "proposed the establishment of a group of mountain countries", "the Tajik
    # side proposed the development and adoption of a Cooperation Program"
    rf"\b(?:propos(?:ed|es|ing)|suggest(?:ed|s|ing)|put forward) (?:the )?(?:{'|'.join(ACT_VERBS)})(?: and [a-z]+)? of\b",
    # … or by a noun of it: "The Uzbek representatives put forward the initiative to hold a visiting session …", "The
    # Speaker took the initiative to start preparing a new agreement"
    r"\b(?:put(?:s|ting)? forward|t(?:ook|akes?|aking)) (?:a|an|the) (?:\w+ )?(?:proposal|initiative) to [a-z]+\b",
    # a body's creation announced or decided in the passive: "the creation of an international coalition was announced",
    # "the establishment of the Business Council was considered appropriate"
    r"\b(?:[Tt]he )?(?:creation|establishment|launch|holding|opening|formation|setting up) of [^.;]{3,120}? "
    r"(?:was|were|has been|have been) (?:also )?(?:announced|decided|agreed|approved|endorsed|considered appropriate)\b",
    # an assurance given, a pledge: "All the participants gave assurances to continue providing assistance"
    r"\b(?:gave|give|gives|giving) (?:\w+ )?(?:assurances?|pledges?|guarantees?|an undertaking|a promise) to "
    r"(?!the\b|a\b|an\b|its\b|their\b|our\b|his\b|her\b)[a-z]+\b",
    # an agreement or a proposal stated as there being one: "There is an agreement to set up a Kyrgyz-Indian fund …",
    # "There are also proposals to build logistics facilities"
    r"\b[Tt]here (?:is|was|are|were) (?:also )?(?:an agreement|(?:a )?proposals?) (?:to|on) (?!the\b)[a-z]+\b",
    # a task a government sets its members: "The government has set a task for the ministers to update …"
    r"\bset (?:a|the) (?:\w+ )?task (?:for [^,.;]{1,60}? )?to (?!be\b)[a-z]+\b",
    PROPOSED_THAT,
    # … by its gerund, or put to the partner by his title: "Tokayev proposed organizing the Culture Days …", "I suggest
    # holding the Decade of Culture …", "We propose making the Forum a regular event", "proposed to the Emir of Qatar
    # to join efforts in …" (not "proposed following:")
    # … or with its "we": "I suggest we assign this to the Intergovernmental Commission"
    r"(?<=I )(?:suggest|propose) (?:that )?we (?:\w+ly )?(?!are\b|have\b)[a-z]+\b",
    r"(?:\bpropos(?:ed|es|ing)|\bsuggest(?:s|ed|ing)|(?<=I )(?:suggest|propose)|(?<=[Ww]e )(?:suggest|propose)) (?:\w+ly |further |also )?"
    r"(?!following\b|during\b|according\b|including\b)[a-z]+ing\b",
    r"\bpropos(?:ed|es) to (?:the |his |her )?(?:[A-Z][\w’'-]+ ){1,3}(?:of (?:the )?(?:[A-Z][\w’'-]+ ){1,2})?to "
    r"(?!the\b|a\b|an\b)[a-z]+\b",
    # effort the speakers said would be spent, in the passive: "They said the necessary measures would be taken to …"
    rf"\b{SAYING}(?: that)? [^.;]{{0,80}}?\bwould (?:also )?be (?:\w+ly )?{EXERTED}",
    # what the parties instruct their own officials to do: "We task our Ministers to …"
    rf"\b(?:task|instruct|mandate|direct|ask|request|charge|encourage|look(?:s|ed)? to)(?:s|ed|d)? "
    r"(?:(?:our|their|its|the|relevant) )?"
    rf"(?:[\w-]+ ){{0,3}}{OWN_OFFICIALS}(?: \w+){{0,8}}? (?:to|with [a-z]+ing)\b",
    r"\b(?:upgrad|elevat|rais|lift)(?:ed|e|es|s)? (?:their |the |our |its |bilateral )?(?:[\w-]+ ){0,2}?"
    r"(?:ties|relations(?:hip)?|partnership)(?:, [^,.;]{1,40},)? to\b",  # "… partnership, established in 2011, to …"
    # what the parties are to do, as arranged ("The two governments are to sign …"; "is to be held" is above)
    # (not what a thing "of" them is for: "the aim of the Joint Vision is to …")
    rf"(?<!of )\b{PARTY_SUBJECT} (?:is to|are to) (?!be\b)(?:\w+ly )?[a-z]+\b",  # written so that "are to" is its literal
    # an activity the parties hold their priority, or a duty they state as theirs: "Supporting growth and jobs remains
    # our top priority", "We have a special responsibility to foster …"
    r"^[A-Z][a-z]+ing\b[^.;]{0,100}? (?:is|remains) (?:our|their) (?:[\w]+[ -])?priorit(?:y|ies)\b",
    # … or one of the tasks of their own body: "increasing the trade volume is one of the major tasks of the
    # Intergovernmental Cooperation Committee"
    r"^[A-Za-z]+ing\b[^.;]{0,100}? (?:is|remains) one of the (?:[\w-]+ )?(?:tasks|priorities|goals|objectives) of\b",
    rf"\b(?:{PARTY_SUBJECT}) (?:have|bear|share) (?:a |the )?(?:[\w-]+ )?(?:responsibility|duty|obligation) to\b",
    # a target the parties set themselves ("The leaders set a target of doubling …"), as a verb of intent
    rf"\b(?:{PARTY_SUBJECT}|[A-Z][\w+-]+) {ADVERBIAL}set (?:themselves |ourselves |itself )?(?:(?:a|the|an) )?"
    r"(?:[\w-]+ ){0,2}(?:target|goal|objective|task)s? (?:of|to)\b",
    # relations or cooperation held a priority or a pillar, a standing position: "developing the partnership is the
    # priority of the foreign policies of both countries", "cooperation in natural gas is always the top priority of …"
    r"\b(?:[Rr]elations?(?:hip)?|[Pp]artnership|[Cc]ooperation|[Tt]ies)\b[^.;]{0,60}?\b(?:is|are|remains?) (?:always |also |still )?"
    r"(?:the |a |an )?[“\"]?(?:[\w-]+ ){0,5}?(?:priorit(?:y|ies)|pillars?)\b",
    # … or with no object named, as translations give it: "The presidents instructed to accelerate …"
    rf"\b{PARTY_SUBJECT} {ADVERBIAL}(?:instructed|tasked|charged|ordered) to (?:\w+ly )?[a-z]+\b",
    # instructions given in the passive, by the parties to their own bodies: "The relevant authorities were instructed
    # to …", "the Secretariat was tasked to …"
    # (a deadline may stand before the "to": "was charged by March 1, 2003 to develop …")
    r"\b(?:were|was|are|is|have been|has been|will be) (?:\w+ly |also )?(?:instructed|tasked|mandated|charged|entrusted|"
    r"ordered|commissioned) "
    r"(?:(?:by|before|until) [^.;]{1,30}? )?(?:to|with)\b",
    # a proposal in the passive, the speaking side's: "… have been proposed for this purpose"
    r"\b(?:has|have) (?:also )?been proposed\b(?! by\b)",
    # a course reaffirmed with its verb, as a commitment is: "they reaffirmed to continue working closely …"
    rf"\b[Rr]eaffirm(?:s|ed)? to (?:\w+ly )?(?:{'|'.join(ACTION_VERBS)}|abide|comply|observe|respect|honou?r)\b",
    # a priority the meeting gave, as a target it set: "priority was given to the implementation of joint projects"
    r"\b[Pp]riority (?:was|were|will be|is to be) (?:given|accorded) to\b",
    # instructions given to one's own officials, as instructing them ("gave instructions to the governments to …")
    rf"\b{INSTRUCTIONS_GIVEN}\b",
    # … or in the passive: "Instructions were also given to prepare a roadmap"
    r"\b[Ii]nstructions? (?:was|were|has been|have been) (?:also )?(?:given|issued) to (?!the\b|a\b|an\b)[a-z]+\b",
    # a duty the parties state as theirs: "it is incumbent on us to continue to strengthen …"
    r"\b[Ii]t is incumbent (?:up)?on (?:us|them|both sides|the two sides|all parties|the parties) to\b",
    # aid pledged or offered as a noun ("China pledged assistance of …"), as money pledged is
    r"\b(?:pledged?|pledges|promised?|promises|offered|offers) (?:(?:an?|the|its|their|further|additional|new|continued|"
    r"more|greater|financial|technical|humanitarian|economic) )*(?:assistance|aid|support|grants?|loans?|help|funding|"
    r"financing|investments?)\b",
    # standing by one's word ("The EU stands by its commitment to …"), as remaining steadfast in it
    rf"\b(?:stands?|stood|remains?|remained) (?:firmly )?by (?:its|their|our|his|her|the) (?:[\w-]+ ){{0,2}}"
    rf"(?:{PLEDGE_NOUNS}|pledges?|promises?|word|obligations?)\b",
    # a guarantee a party gives ("The Kyrgyz side guaranteed the safety of …"), a position it keeps
    rf"\b(?:{PARTY_SUBJECT}|[Tt]he [A-Z]\w+ side|[A-Z]\w+) {ADVERBIAL}guarantee[sd]?\b",
    rf"\b(?:promis(?:e|es|ed)|[Pp]ledging|[Ii]ntending|[Vv]owing|[Pp]romising|[Cc]ommitting|[Dd]eciding|[Rr]esolving|"
    rf"[Uu]ndertaking|[Aa]greeing){NEWS_WHEN} {NEGATED}to\b", r"\bhereby\b",
    # (not a hope that another will: "expressed hope that it would also join the Corridor")
    # (… a time before the subject, an aside after it: "announced that in 2026, Kyrgyzstan would host …", "said Pakistan
    # on its part would pursue …")
    rf"(?<!hope )(?<!hoped )(?<!hopes )(?<!hoping )\b(?:that|{SAYING}) "
    r"(?:(?:(?:in|by|from) \d{4}|(?:next|this|later this) (?:year|month|week|spring|summer|autumn|fall|winter)),? )?"
    r"(?:they|it|we|he|she|both sides|the two sides|the (?:\w+ )?sides?|(?:both|the two) (?:countries|nations)|"
    r"(?:neither|each|either) (?:side|party|country)|"
    r"[A-Z]\w+(?: and [A-Z]\w+)?|(?:his|her|its|their|our) (?:countr(?:y|ies)|governments?|nations?|side))"
    r"(?:,? (?:on|for) (?:its|his|her|their|our) (?:own )?part,?| also| in turn,?)? would\b",
    # a party welcoming what it will join or host ("the two sides welcomed the establishment of …"); a
    # communiqué's "We welcome …" only welcomes, and a signing welcomed is history (what binds is the text signed)
    r"(?<![Ww]e )(?<![Ww]e also )(?<![Ww]e further )(?<![Ww]e warmly )(?<![Ww]e strongly )(?<![Ww]e greatly )"
    r"(?<![Ww]e therefore )(?<![Ww]e particularly )(?<![Ww]e fully )"
    r"\bwelcome[sd]? (?:the )?(?:establishment|launch|early|opening|creation)\b",
    r"\bwelcomes [A-Z]\w+ (?:\w+ ){0,3}to\b", r"\bwelcomes the \w+ (?:\w+ )?to\b",
    r"\binvited? \w+(?: \w+){0,3} to (?:pay (?:a|an) (?:\w+ )?)?visit\b",
    # a proposal by its object, its proposer named before it ("Minister Ahn proposed a swift conclusion of the final
    # agreement …", "we suggested joint actions to …", "He proposed the idea of expanding the port …"), not a thing
    # proposed before ("The proposed transformation …", "the initiative proposed by …")
    r"(?:\b(?!The\b|A\b|An\b|This\b|These\b)[A-Z][\w-]+,?|\b[Hh]e|\b[Ss]he|\b[Ww]e|\bThey|\bside|\b[Pp]roposal) "
    r"(?:also |further |then )?(?:proposed|suggested) (?!by\b|to\b|that\b|here\b|on\b|in\b|during\b|at\b)"
    # ("proposed the creation of …", "proposed convening …" have cues of their own)
    rf"(?!(?:further |\w+ly )?[a-z]+ing\b)(?:a |an |the )?(?!(?:[\w-]+ )?(?:{'|'.join(ACT_VERBS)})(?: and [a-z]+)? of\b)"
    r"(?:[\w-]+ ){0,3}?(?:[a-z]+ion|[a-z]+ment|[a-z]+ing|actions?|idea|agreement|participation)\b",
    # … or a partner's businesses invited to work on its ground ("He invited Japanese businesses to actively participate in
    # key projects …", "inviting Kazakh companies to invest in …"), not to an event ("… invited investors to join the event")
    r"\binvit(?:ed|es|ing|e) (?:the )?(?:[\w-]+ ){0,3}(?:companies|businesses|firms|investors|business circles) to "
    r"(?:\w+ly )?(?!visit\b|attend\b|take part\b|join the (?:event|forum|exhibition)\b)[a-z]+",
    r"\bcommit(?:s|ted)? (?:themselves|itself) to\b",
    r"\b[Rr]ecommit(?:s|ted)? (?:(?:themselves|itself|ourselves) )?to\b",  # "The SCO also recommitted itself to …"
    # a treaty's obligation in the present tense: "The Parties cooperate in …", "Each Party takes the measures …"
    rf"(?:\b(?:The|Both|the|both) (?:High Contracting )?Parties|\b(?:(?:The|the) )?(?:High|high|Contracting) "
    rf"(?:[Cc]ontracting )?[Pp]arties) {ADVERBIAL}(?:{'|'.join(TREATY_VERBS)})\b",
    rf"\b(?:Each|each|Either|either) (?:High Contracting )?Party {ADVERBIAL}(?:{'|'.join(v + 's' for v in TREATY_VERBS)})\b",
    # the speakers exhorting themselves: "Let us join hands to …" (not "Let us recall …", a memory)
    r"\b[Ll]et us (?!recall|remember|note|recogni[sz]e|acknowledge|not\b)[a-z]+",
]
# A clause that begins with one of these (after adverbs) is a new undertaking, not a further
# predicate of the one before: a modal, or a subject and a modal.
MODAL_OPENERS = [
    r"(?:will|shall|should|must|would)\b", rf"(?:is|are|remain) (?:\w+ )?{READY} to\b",
    r"stands? (?:ready|prepared)\b", rf"(?:{AGREED}|decided|undertook|resolved|vowed) (?:not |never )?to\b",
    RESTATED, PARTICIPLE_LEAD,
    CLAUSE_SUBJECTS + r" (?:will|shall|should|must|agreed|decided|"
    rf"supports?|opposes?|rejects?|welcomes?|(?:is|are) (?:\w+ )?{READY})\b",
]
# Leads that state a purpose ("In order to …,"): they open the undertaking after them.
PURPOSE_LEADS = r"^(?:In order to|To this end|With a view to|For the purpose of|So as to|To )\b"
# An imperative sentence ("Jointly implement …", "Ensure …") is an undertaking.
# Not when a name and a finite verb follow: the first word was part of the subject ("Host President Ana
# Smith said …"), nor when "by" or "of" follows it: the word is a noun ("Address by the President of …").
# An adverb before the verb leaves it in the lower case ("Further deepen …", "Gradually and orderly increase …").
IMPERATIVE = (r"^(?:(?:Jointly|Actively|Further|Continue to|Vigorously|Also|[A-Z][a-z]+ly(?:\s+and\s+[a-z]+ly)?)\s+"
              r"(?:{lower})|(?:{verbs})|(?:Decide|Agree|Resolve|Undertake|Pledge|Commit)\s+to|"
              # a declaration's decisions in the first person, its "We …" said once before the list
              r"(?:Task|Instruct|Mandate)\s+(?:the|our|their|its))\b(?!\s+(?:by|of|has|have|had|is|are|was|were)\b)"
              r"(?!(?:\s+[A-Z][\w.’'-]*)+\s+(?:said|says|told|stated|added|announced|[a-z]+ed)\b)")

# Weak cues: an undertaking only where the clause also names an agreement or a project.
# (Not "the importance of", "the significance of": a statement of importance binds no one, named thing or not.)
# (Not a signing told as a past fact or a scene: "have signed", "signed four agreements", "the signing ceremony",
# "ended with the signing of", "attended the signing of", "welcomed the signing of"; nor the signing of the text itself, unnamed: "signed the communique with his counterpart".)
# (A signing counts only where the statement tells it as the parties' act together, "The two sides signed …", as the
# shipped seeds take it; one told of named leaders, ministers or "they" is a fact of the visit: `candidates`.)
WEAK_CUES = [r"(?<!was )(?<!were )(?<!been )(?<!have )(?<!has )(?<!had )\bsigned\b(?! on\b| in\b| by\b| between\b| since\b|"
             r" over\b| so far\b| previously\b| earlier\b| (?:a|an) (?:[\w-]+ ){0,2}joint\b|"
             r" the (?-i:(?:joint )?(?:communiqu[eé]|statement|declaration))\b(?! (?:on|of)\b)|"
             r" (?:more than |over |some |about |nearly )?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
             r"twelve|a dozen|dozens of|multiple|several|numerous|many|a (?:number|series|package|set|range) of)\b))",
             r"(?<!with )(?<!with the )(?<!attended the )(?<!attend the )(?<!attends the )(?<!welcomed the )"
             r"(?<!welcome the )(?<!welcomes the )(?<!welcoming the )(?<!witnessed the )(?<!witness the )"
             r"(?<!witnesses the )(?<!witnessing the )\bsigning\b(?! ceremony)",
             r"\bprojects? such as\b"]
# A "should", a "need to" or a call on both sides in a readout (one side's account of what was said) is a
# proposal: tag proposal.
PROPOSAL_CUE = rf"{PROPOSED}|{PROPOSED_THAT}|\bshould\b|\b{BOTH_PARTIES} {ADVERBIAL}(?:need to|can)\b|{CALLED_ON}"
# Words that may stand between a conjunction and the verb of a conjunct.
ADVERBS = _words("""
    actively also closely comprehensively continuously effectively firmly fully further jointly
    resolutely steadily timely together vigorously and not never promptly well
""")
