"""Which stretches of a text are undertakings: the candidates of a draft.

A sentence is cut into its coordinated predicates (`conjuncts.conjuncts`); they are
grouped into units that each state one undertaking (`units`); a unit that lists
several projects becomes one candidate per project, or per run of projects of one area
(`projects`). A unit is proposed when it holds a strong cue ("will", "are willing to",
"agreed to", "supports" …), or a weak cue ("the importance of signing", "projects such
as") together with a named agreement or project, and no veto cue (praise, thanks,
protocol) (`detect`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from accord.extract.detect import names_project, strong_cue, vetoed, weak_cue
from accord.extract.grammar import FRONTED, LEAD, OPENING_SUBJECT, PARTIES_TOGETHER, SPEAKER_LEAD
from accord.extract.lists import announces_fields, decision_lead, item_pieces, opens_as_item, subheading, waits_for_verb
from accord.extract.subjects import FINITE_VERB, clause_subject, predicts
from accord.extract.projects import project_groups
from accord.extract.conjuncts import ENUMERATOR
from accord.extract.segment import DATELINE, Span, has_words, sentences, words
from accord.extract.units import Unit, units, words_of

SHORT_TOPIC = 10  # a topic sentence this short opens the undertaking of the sentence after it
MIN_QUOTE = 4  # words; anything shorter cannot stand alone as a commitment
MIN_ITEM = 2  # words: an item of a list has its lead for context ("We commit to: … Protect biodiversity.")


@dataclass
class Candidate:
    """One proposed commitment: its quote is ``span`` of the source text."""

    span: Span
    sentence: Span
    cue: str  # the words that made it an undertaking
    reason: str  # why it was proposed, for the draft's comment
    item: Span | None = None  # the project (or run of projects) of a list this candidate stands for
    opens_list: bool = False  # it ends with a colon: the items that follow it are the undertakings
    listed: bool = False  # an item of the list such a candidate opened
    lead: Span | None = None  # … and the sentence of the lead that opened it, whose subject is the item's
    strong: tuple[Span, str | None] | None = None  # the `strong_cue` of a span's words, if read already
    learned: bool = False  # proposed by the sentence model beside the rules, not by a cue of theirs

    def quote(self, text: str) -> str:
        return self.span.of(text)


def propose(text: str) -> list[Candidate]:
    """Every candidate undertaking of ``text``, in the order of the text."""
    return propose_sentences(text, sentences(text))


def propose_sentences(text: str, spans: list[tuple[int, Span]],
                      read: dict[Span, list[Unit]] | None = None) -> list[Candidate]:
    """The candidates of ``spans``, sentences of ``text`` in order (from `sentences`); `propose` reads
    them all, a piece of a long text those from one `fresh_starts` to the next. ``read``, if given, keeps
    the units of each sentence read (for the sentence model, `sentence_model.unread_clauses`)."""
    found: list[Candidate] = []
    previous: tuple[int, Candidate | None] = (-1, None)
    before_it: tuple[int, Candidate | None] = (-1, None)  # the last candidate of the sentence just before, if any
    lead = _ListLead()
    for paragraph, sentence in spans:
        body = sentence.of(text)
        if is_heading(body):
            continue
        grouped = units(text, sentence)
        if read is not None:
            read[sentence] = grouped
        sentence_candidates: list[Candidate] = []
        for index, unit in enumerate(grouped):
            before = grouped[index - 1] if index else None
            sentence_candidates.extend(_from_unit(text, sentence, unit, before, sentence_candidates))
        sentence_candidates = lead.follow(text, paragraph, sentence, sentence_candidates, found)
        if not sentence_candidates and (elaborated := _elaborated(body, paragraph, before_it)):
            sentence_candidates = [Candidate(_trim(text, sentence), sentence, elaborated.cue,
                                             f"what the undertaking before it includes (“{elaborated.cue}”)")]
        before_it = (paragraph, sentence_candidates[-1] if sentence_candidates else None)
        last_paragraph, topic = previous
        if (topic is not None and sentence_candidates and last_paragraph == paragraph
                and topic.sentence == topic.span and len(words(topic.quote(text))) < SHORT_TOPIC
                and _HEADS_A_FIELD.search(topic.quote(text))
                and _subject_words(topic.quote(text))
                and _subject_words(topic.quote(text)) == _subject_words(sentence_candidates[0].quote(text))):
            found.pop()  # the topic, the last found: a short topic sentence opens the undertaking that details it
            first = sentence_candidates[0]
            first.span = Span(topic.span.start, first.span.end)
            first.reason += "; with the topic sentence before it"
        sentence_candidates = [c for c in sentence_candidates
                               if has_words(c.quote(text), MIN_ITEM if c.listed else MIN_QUOTE)]
        found.extend(sentence_candidates)
        previous = (paragraph, sentence_candidates[-1] if len(sentence_candidates) == 1 else None)
    return _without_pieces(found)


def _elaborated(sentence: str, paragraph: int, before_it: tuple[int, Candidate | None]) -> Candidate | None:
    """The undertaking of the sentence just before, in the same paragraph, that ``sentence`` says what it includes
    ("… will promote gender equality. This includes the development of programmes …"), if any."""
    last_paragraph, undertaking = before_it
    return undertaking if last_paragraph == paragraph and _INCLUDES.match(sentence) else None


_INCLUDES = re.compile(r"(?:This|It) (?:also )?(?:includes|involves|will (?:also )?(?:include|involve))\b")


# A topic sentence names a field of cooperation and no more ("… agreed to deepen security cooperation."): a
# short sentence that names anything else ("We oppose any use of force.") is an undertaking of its own.
_HEADS_A_FIELD = re.compile(r"\b(?:cooperation|ties|relations|exchanges|partnership|interaction|coordination)\W*$")


def _without_pieces(found: list[Candidate]) -> list[Candidate]:
    """No candidate that is a piece of another (in the text's order, a piece can only lie inside
    the one before it or be followed by the one it lies in)."""
    kept: list[Candidate] = []
    for candidate in found:
        if kept and kept[-1].span.start <= candidate.span.start and candidate.span.end <= kept[-1].span.end:
            continue
        while kept and candidate.span.start <= kept[-1].span.start and kept[-1].span.end <= candidate.span.end:
            kept.pop()
        kept.append(candidate)
    return kept


@dataclass
class _ListLead:
    """A paragraph that ends with a colon and holds a strong cue opens a list ("… in the following
    areas:", "We are determined to:"): the paragraphs after it that open with a gerund or a verb are
    its items, each an undertaking under that cue (an item's clauses after a semicolon each one),
    and the opening clause itself is dropped. After a lead that ends on its infinitive or modal
    ("… to:", "We will:") every item that opens in lower case completes it."""

    paragraph: int = -1
    cue: str | None = None
    infinitive: bool = False
    fields: bool = False  # the lead announces fields ("… in the following areas:"): an item may name one alone
    sentence: Span | None = None  # the lead's sentence: only its own candidate is dropped when items follow

    def follow(self, text: str, paragraph: int, sentence: Span, candidates: list[Candidate],
               found: list[Candidate]) -> list[Candidate]:
        if self.cue and paragraph > self.paragraph:
            items = _list_items(text, sentence, self.cue, self.infinitive, self.fields, self.sentence)
            if not items and subheading(sentence.of(text)):
                return []  # "In the transport sector:": the list goes on under it
            if not items:
                self.cue = None
            else:
                if found and found[-1].opens_list and found[-1].sentence == self.sentence:
                    found.pop()  # the lead only announces the list (a lead before it that no item followed stays)
                candidates = items
        body = sentence.of(text)
        if body.endswith(":") and (cue := strong_cue(body) or decision_lead(body)):
            self.paragraph, self.cue, self.sentence = paragraph, cue, sentence
            self.infinitive, self.fields = waits_for_verb(body), announces_fields(body)
            for candidate in candidates:
                candidate.opens_list = True
            if _ANNOUNCES.search(body) and len(words(body)) <= _SHORT_LEAD:
                return []  # "We have agreed on the following:": what follows is undertaken, the lead names nothing
        return candidates


# (an agreement or a decision on "the following" names no act; "We will cooperate on the following:" does)
_ANNOUNCES = re.compile(r"\b(?:agreed|agree|agrees|decided|declared?|reached)\b[^.;:]*\b(?:the following|as follows)"
                        r"(?: [\w-]+){0,3}:$")
_SHORT_LEAD = 12  # words: a treaty's preamble ends on "agreed as follows:" too, and holds its own undertakings


def _list_items(text: str, sentence: Span, cue: str, infinitive: bool, fields: bool = False,
                lead: Span | None = None) -> list[Candidate]:
    """The undertakings of an item of a list that a clause with an undertaking cue opened (`lists.item_pieces`), each
    under the lead's cue; [] when the sentence is no item."""
    return [Candidate(_trim(text, piece), sentence, cue, f"an item of a list opened by “{cue}”", listed=True, lead=lead)
            for piece in item_pieces(text, sentence, infinitive, fields)]


def fresh_starts(text: str, spans: list[tuple[int, Span]]):
    """Each index k of ``spans`` (sentences of ``text``) from which `propose_sentences` reads the same
    whether or not it read those before: nothing it carries from one sentence to the next reaches the
    k-th. Into a paragraph only a list opened before is carried (`_ListLead`), to the items that open
    it: the paragraph must open with neither a heading (skipped: what is carried goes on) nor an
    item (a gerund, an imperative, or a word in lower case). Within a paragraph a short topic
    sentence is carried to the next (SHORT_TOPIC) and a list's lead to the next paragraph: the
    sentence before must be long, and the paragraph before the k-th hold no heading and no sentence
    ending with a colon."""
    paragraph, clean = None, False  # clean: nothing in the paragraph so far is carried past it
    for k, (number, sentence) in enumerate(spans):
        body = sentence.of(text)
        if number != paragraph:
            paragraph, clean = number, opens_afresh(text, sentence)
            if clean:
                yield k
        elif clean and has_words(spans[k - 1][1].of(text), SHORT_TOPIC):
            yield k
        clean = clean and not is_heading(body) and not body.endswith(":")


def opens_afresh(text: str, sentence: Span) -> bool:
    """Whether a paragraph that opens with ``sentence`` (of ``text``) is read afresh (`fresh_starts`): the
    sentence is neither a heading nor an item (a gerund, an imperative, a word in lower case, a field marked as
    an item)."""
    body = sentence.of(text)
    return not is_heading(body) and not opens_as_item(text, sentence)


END_MARKS = (".", "!", "?", ";", ":", "”", '"')  # what ends a sentence, and no headline
_SMALL_WORDS = frozenset("a an the of and or to in on for with by at as from its their between".split())


def is_heading(sentence: str) -> bool:
    """A headline ("China and Tajikistan Signed Joint Statement"): no end mark, and every word that
    is not a small word capitalised, or the parties named with a comma for "and"."""
    if sentence.rstrip().endswith(END_MARKS):
        return False
    if _NEWS_HEADLINE.match(sentence) or _MEETING_HEADLINE.match(sentence):
        return True
    tokens = [w for w in words(sentence) if w.lower() not in _SMALL_WORDS]
    return len(tokens) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in tokens)


# A news headline in sentence case names its parties with a comma for "and" ("China, Uzbekistan elevate ties to …",
# after a slug: "2nd LD Writethru: China, …"): no sentence of a statement opens so ("Kazakhstan, Kyrgyzstan and
# Uzbekistan agreed …" is a list of names).
_NEWS_HEADLINE = re.compile(r"(?:[^:.;]{1,30}: )?[A-Z][\w-]+(?:, [A-Z][\w-]+)+ (?!and\b|or\b)[a-z]")


# … or tells who met whom in the present, as no sentence of a report does ("Chinese premier meets Kazakh PM, calling for
# enhanced cooperation", "Xi holds talks with Tokayev").
_MEETING_HEADLINE = re.compile(r"[A-Z][^.;:,]{0,60}? (?:meets(?: with)?|holds talks with|hosts|receives) [A-Z]")


def _subject_words(quote: str) -> str:
    """The words before the first cue, the subject of an undertaking ("the two sides")."""
    cue = strong_cue(quote)
    return quote[:quote.find(cue)].strip().lower() if cue and quote.find(cue) > 0 else ""


def _from_unit(text: str, sentence: Span, unit: Unit, before: Unit | None,
               so_far: list[Candidate]) -> list[Candidate]:
    body = unit.span.of(text)
    cue = unit.cue
    weak = None if cue else weak_cue(body)  # a unit with a strong cue is read under it alone
    if not cue and not weak or vetoed(body) or predicts(body, cue) or _foretold_before(text, sentence, unit, cue):
        return []  # no cue (not even for a list of projects): nothing to veto
    if weak and _SIGNING.match(weak) and not _PARTIES_TOGETHER.match(text, sentence.start, sentence.end):
        return []  # a signing told of others (named leaders, ministers, "they"): a fact of the visit
    items = project_groups(text, unit.span, words_of(unit, text), cue_end(text, unit.span, cue))
    if items and len(items) >= 2:
        start = unit.span.start
        if unit.lead is not None and before is not None and so_far and so_far[-1].span == before.span:
            so_far.pop()  # the clause that introduces the list opens its first item
            start = before.span.start
        return _list_candidates(text, sentence, unit, items, start, cue or weak or "named projects")
    if cue:
        reason = f"undertaking cue “{cue}”"
    elif weak and unit.named and (not weak.endswith(" of") or names_project(body, words_of(unit, text))):
        # "the importance of X" binds only where X is an agreement, a project or a mechanism
        reason = f"“{weak}” with a named agreement or project"
        cue = weak
    else:
        return []
    span = _past_speaker(text, unit.span) if unit.span.start == sentence.start and unit.cue else unit.span
    return [Candidate(_trim(text, span), sentence, cue, reason, listed=unit.listed, strong=unit.strong)]


_SPEAKER_LEAD = re.compile(SPEAKER_LEAD)
_SUBJECTLESS = re.compile(r"(?:(?:also|further|then)\s+)?(?P<modal>will|shall|would)\b")


def past_first_predicate(text: str, candidate: Candidate) -> Candidate:
    """``candidate`` from the predicate that holds its cue, where one that undertakes nothing comes first ("China highly
    values the partnership and is ready to …", "… praised their warm relations and reaffirmed plans to …"): as a report's
    undertakings are annotated (who undertakes it is the sentence's subject, which the draft's comment names)."""
    at = text.find(candidate.cue, candidate.span.start, candidate.span.end) if candidate.cue else -1
    if at < 0 or candidate.item is not None or candidate.learned or not _PREDICATE_CUE.match(candidate.cue):
        return candidate
    at += len("and ") if candidate.cue.startswith("and ") else 0  # the cue's own "and": "… and wants to …"
    joint = _FIRST_PREDICATE.search(text, candidate.span.start, at)  # (the cue may follow its verb: "and reaffirmed plans to")
    if joint is None:
        return candidate
    start = joint.end("and") + 1
    before, after = text[candidate.span.start:joint.start("and")], text[start:candidate.span.end]
    if (len(before.split()) < MIN_FIRST_PREDICATE or strong_cue(before) or _TAKES_A_STAND.search(before)
            or len(after.split()) < MIN_FIRST_PREDICATE or _PASSIVE.match(after) or _POINTS_BACK.search(after)):
        return candidate  # (nor where the cue's own predicate says only what is done to the first's object, or to it)
    return replace(candidate, span=Span(start, candidate.span.end))


def past_first_clause(text: str, candidate: Candidate) -> Candidate:
    """``candidate`` from the clause that holds its cue, where a clause of another subject that undertakes nothing comes
    first, joined by "and" ("The EU attaches great importance to the region, and we continue to strengthen …",
    "Kazakhstan is an important country along the Belt and Road and our company intends to …"): as a report's
    undertakings are annotated."""
    at = text.find(candidate.cue, candidate.span.start, candidate.span.end) if candidate.cue else -1
    if at < 0 or candidate.item is not None or candidate.learned:
        return candidate
    joint = None
    for joint in _CLAUSE_JOINT.finditer(text, candidate.span.start, at + 1):
        pass  # the last "and" before the cue that a subject follows
    if joint is None or not 0 <= at - joint.end() <= _SUBJECT_TO_CUE:
        return candidate
    before = text[candidate.span.start:joint.start()]
    first = before.split()
    if (len(first) < MIN_FIRST_PREDICATE or not first[-1].islower() or first[-1] in _OBJECTS
            or not FINITE_VERB.search(before) or strong_cue(before) or _TAKES_A_STAND.search(before)):
        return candidate
    return replace(candidate, span=Span(joint.end("and") + 1, candidate.span.end))


_OBJECTS = frozenset(("him", "her", "them", "us", "me", "it"))  # "… saw him and President X reaffirm …": one subject
_SUBJECT_TO_CUE = 40  # characters: the clause's subject stands just before its cue ("our company intends to")
# "and" after what ends a clause (not after a name: "Kyrgyzstan and Kazakhstan intend …" is one subject), before the
# subject of the next: "we", "they", "our company", a name.
_CLAUSE_JOINT = re.compile(r",?\s+(?P<and>and)\s+(?=(?:we|they|our\s+[a-z]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
                           r"\s)")


def past_fronted_phrase(text: str, candidate: Candidate) -> Candidate:
    """``candidate`` from the subject that undertakes it, where the sentence opens with its occasion, purpose or grounds
    ("During the talks, the two sides agreed to …", "In line with the Strategy, the participants agreed to …"): as a
    report's undertakings are annotated."""
    fronted = _FRONTED.match(text, candidate.span.start, candidate.span.end)
    at = text.find(candidate.cue, candidate.span.start, candidate.span.end) if candidate.cue else -1
    if fronted is None or candidate.item is not None or at < fronted.end() or not has_words(
            text[fronted.end():candidate.span.end], MIN_QUOTE):
        return candidate
    return replace(candidate, span=Span(fronted.end(), candidate.span.end))


# The phrase a report's sentence opens with, where a subject follows it: a name or a party ("During the visit, China
# and Kazakhstan …"), a pronoun, "it was agreed", "an agreement was reached".
_FRONTED = re.compile(rf"{FRONTED}(?=(?:{OPENING_SUBJECT})\s+(?:\w+ly\s+)?[a-z]|(?:we|he|she|they|it|the|an? agreement|"
                      r"agreement|both|all|each)\b)")


MIN_FIRST_PREDICATE = 5  # words: a shorter lead is a subject and a word or two ("China and")
# A cue that opens with a verb, not with a subject ("Kazakhstan and Uzbekistan agreed to …", "the two sides will …").
_PREDICATE_CUE = re.compile(r"(?:and\s+)?(?!(?:the|both|all|each|we|they|it|he|she)\b)[a-z]")
# A first predicate that takes a stand or acts of its own, an undertaking as the annotation reads one: "China respects the
# Uzbek people's choice and supports …", "… approved the schedule and agreed upon …", "… underscored the U.S.
# commitment to … and highlighted …".
_TAKES_A_STAND = re.compile(r"\b(?:respects?|respected|supports?|supported|approved|announced|stands? by|underscored|"
                            r"stressed|reiterated|commitment|readiness)\b")
# An object that points back to the first predicate's: "… has a huge experience in battling floods and is ready to share
# it with …".
_POINTS_BACK = re.compile(r"^(?:\S+\s+){1,5}?(?:it|them|this|these|those|that)\b(?!\s+(?:is|are|was|were)\b)")
# A predicate in the passive: "… and is to be implemented at national level", "… and must be stopped".
_PASSIVE = re.compile(r"(?:is|are|was|were|must|should|will|shall|would|can)\s+(?:\w+\s+)?(?:to\s+)?be\s")
# What ends a first predicate: its "and" after a lower-case word of its own ("… values the partnership and"), and a
# verb of saying at most before the cue ("… and reaffirmed plans to …").
_FIRST_PREDICATE = re.compile(r"\s[a-z][\w’'-]*\s.*\b(?P<and>and)\s+(?:(?:reaffirmed|reiterated|confirmed|expressed|"
                              r"stated|voiced|declared)\s+)?\Z")


def _foretold_before(text: str, sentence: Span, unit: Unit, cue: str | None) -> bool:
    """Whether a predicate with no subject of its own ("…, and will also forge closer ties") goes on from a clause whose
    subject is a thing, foretold ("The document will provide an opportunity …, but will also strengthen …"), or whose
    subject a belief opens ("I am confident that …, the relations, which …, will continue to strengthen")."""
    subjectless = _SUBJECTLESS.match(text, unit.span.start, unit.span.end)
    if unit.span.start == sentence.start or not subjectless:
        return False
    lead = text[sentence.start:unit.span.start]
    if _MODAL_VERB.search(lead):  # the clause it goes on from, with its own modal
        return predicts(lead, cue) is not None
    subject = clause_subject(lead)  # … or with none, a thing's: "The pipeline is expected … and will run …"
    if subject and predicts(f"{subject} {unit.span.of(text)}", subjectless.group("modal")) is not None:
        return True
    veto = vetoed(lead)  # … or a belief's: its subject is before the predicate, its verb here
    return veto is not None and veto.endswith("that")


_MODAL_VERB = re.compile(r"\b(?:will|shall|would)\s+(?!and\b|or\b|of\b|to\b)(?:\w+ly\s+)?[a-z]+")
_SIGNING = re.compile(r"sign(?:ed|ing)\b", re.IGNORECASE)
_PARTIES_TOGETHER = re.compile(PARTIES_TOGETHER)


def _past_speaker(text: str, span: Span) -> Span:
    """A readout's speaker and what led to his words ("Calling X a partner, Xi said …") are no part of the undertaking
    when what he said has its subject and its cue of its own: it starts at that subject."""
    lead = _SPEAKER_LEAD.match(text, span.start, span.end)
    if not lead or strong_cue(text[span.start:lead.end()]) or not strong_cue(text[lead.end():span.end]):
        return span
    return Span(lead.end(), span.end)


def _list_candidates(text, sentence, unit, groups, start, cue) -> list[Candidate]:
    found = []
    for index, group in enumerate(groups):
        begin = start if index == 0 else groups[index - 1].start
        end = group.end if index < len(groups) - 1 else unit.span.end
        found.append(Candidate(_trim(text, Span(begin, end)), sentence, cue,
                               f"one of {len(groups)} projects listed (“{cue}”)", item=group))
    return found


def cue_end(text: str, span: Span, cue: str | None) -> int | None:
    """Where ``cue`` ends in ``span`` of ``text`` (None without a cue, or where its words are not the text's)."""
    at = text.find(cue, span.start, span.end) if cue else -1
    return at + len(cue) if cue and at >= 0 else None


def _trim(text: str, span: Span) -> Span:
    """No dangling comma, conjunction or opening quote mark at either end."""
    start, end = span.start, span.end
    while start < end and (text[start] in " ,;:–—" or text.startswith(("and ", "but "), start)):
        start += 4 if text.startswith("and ", start) or text.startswith("but ", start) else 1
    while end > start and text[end - 1] in " ,;:–—“(":
        end -= 1
    enumerator = _ENUMERATOR.match(text, start, end)
    start = enumerator.end() if enumerator else start
    dateline = DATELINE.match(text, start, end)
    start = dateline.end() if dateline else start
    lead = _LEAD.match(text, start, end)
    if lead and has_words(text[lead.end():end], MIN_QUOTE):
        return _trim(text, Span(lead.end(), end))  # (what follows the lead may open with its own "and")
    return Span(start, end)


_ENUMERATOR = re.compile(ENUMERATOR + r"\s*")
_LEAD = re.compile(LEAD)  # "According to the ministry, …", "In addition, …": none of the undertaking's words
