"""A draft seed file from a source text: the document's metadata and one commitment per
candidate, every field guessed and every guess explained."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TypeVar

from accord.domain.model import AREAS
from accord.extract import candidates as found
from accord.extract import cues, grammar, guess_cues, guesses, pieces
from accord.extract.countries import governments_in, name_of, parties_in
from accord.extract.detect import status_of, strong_cue
from accord.extract.literal import alternation
from accord.extract.reaffirms import Index
from accord.extract.reflow import Flow, layout_of, reflow
from accord.extract.segment import sentences, words
from accord.extract.verb_forms import base_form


@dataclass
class Metadata:
    id: str
    title: str
    date: str
    place: str
    parties: list[str]
    kind: str
    source: str | None = None  # file name of the source text kept beside the seed file
    url: str | None = None


@dataclass
class DraftCommitment:
    id: str
    title: str
    quote: str
    area: str
    parties: list[str]
    kind: str
    tags: list[str] = field(default_factory=list)
    deadline: str | None = None
    reaffirms: list[str] = field(default_factory=list)
    status: str = "pledged"
    notes: list[str] = field(default_factory=list)  # why proposed (`notes[0]`), how each guess was made (`notes[1]` …)
    area_why: str = ""  # how its area was guessed (`guesses.NO_AREA_CUE`: its words name none)
    kind_why: str = ""
    by_model: bool = False  # proposed by the sentence model: no cue of the rules vouches for it
    area_words: str = ""  # where its area is read when more than its quote: the predicate a report's was cut after

    def __reduce__(self):
        """Pickled as its fields in order (a worker sends back thousands: loading a class's __dict__ each
        time costs several times more)."""
        return DraftCommitment, _FIELDS_OF(self)

    def table(self) -> dict:
        from accord.tracker.authoring import commitment_table

        return commitment_table(id=self.id, title=self.title, quote=self.quote, area=self.area,
                                parties=self.parties, kind=self.kind, tags=self.tags, deadline=self.deadline,
                                reaffirms=self.reaffirms, status=self.status)


_FIELDS_OF = attrgetter(*(field.name for field in fields(DraftCommitment)))  # a tuple of them, in order


@dataclass
class Draft:
    metadata: Metadata
    commitments: list[DraftCommitment]
    text: str  # the plain source text every quote is taken from
    metadata_notes: list[str] = field(default_factory=list)


def draft(text: str, metadata: Metadata, catalog=None, threshold: float | None = None, grain: str = "aim",
          model: bool = True, drafted_ids: frozenset[str] = frozenset()) -> Draft:
    """Propose the commitments of ``text``; ids are unique against ``catalog`` (the loaded seeds),
    whose earlier documents' commitments are the `reaffirms` suggestions, and against ``drafted_ids`` (those of
    the drafts written before it by the same command). ``grain`` is how finely
    undertakings are cut (`config.schema.EXTRACT_GRAINS`): "aim" keeps predicates that serve one aim together, "action"
    proposes each distinct action. With ``model``, the sentence model also proposes the clauses the rules' cues left
    out that it scores undertakings (`sentence_model`), and the area model files what the area cues leave unsure
    (`area_model`)."""
    taken = (set(catalog.commitments) if catalog is not None else set()) | drafted_ids
    year = metadata.date[:4] if metadata.date else None
    commitments = []
    index = Index(catalog, metadata.date, exclude=metadata.id) if catalog is not None and metadata.date else None
    numbers: dict[str, int] = {}
    layout = layout_of(text)
    ranges = pieces.source_pieces(text, layout)
    if ranges:
        drafted = pieces.map_pieces(_drafted, (text, layout, metadata, index, threshold, grain, model), ranges)
    else:
        flow = reflow(text, layout)
        spans = sentences(flow.text)
        drafted = pieces.map_pieces(_guessed, (flow, spans, metadata, index, threshold, grain, model),
                                    pieces.of(flow.text, spans))
    proposed = without_repeats(_without_restated_headline(text, [c for piece in drafted for c in piece]),
                               attrgetter("quote"))
    for commitment in _with_context_area(_with_area_model(proposed) if model else proposed):
        commitment.id = guesses.unique_id(commitment.id, taken, year, numbers)
        taken.add(commitment.id)
        commitments.append(commitment)
    return Draft(metadata, commitments, text)


def _drafted(shared: tuple, piece: tuple[int, int]) -> list[DraftCommitment]:
    """The commitments of ``piece``, a range of the source text from where a paragraph opens afresh
    (`pieces.source_pieces`), ids not yet made unique: reflowed, cut into sentences and guessed here."""
    text, layout, metadata, index, threshold, grain, model = shared
    flow = reflow(text[piece[0]:piece[1]], layout)
    spans = sentences(flow.text)
    return _guessed((flow, spans, metadata, index, threshold, grain, model), (0, len(spans)))


def _guessed(shared: tuple, piece: tuple[int, int]) -> list[DraftCommitment]:
    """The commitments the candidates of ``piece`` (a range of the reflowed text's sentences) stand
    for, ids not yet made unique."""
    flow, spans, metadata, index, threshold, grain, model = shared
    commitments = []
    for proposed in _proposed(flow.text, spans[piece[0]:piece[1]], model):
        if (kept := as_drafted(flow.text, proposed, metadata.kind, metadata.parties)) is None:
            continue
        candidate, whole, named_in = kept
        for action in _actions(flow.text, candidate, grain):
            subject, cue_at, cue = whole if action is candidate else _subject(flow.text, action)
            # an action cut from a longer stretch has the subject the stretch opens with
            # (… and a candidate without its first predicate the area that predicate's words name, too)
            area_words = named_in.quote(flow.text) if named_in is not candidate and action is candidate else None
            commitments.append(_guess(flow, action, (subject or whole[0], cue_at, cue), metadata, index, threshold,
                                      area_words))
    return commitments


def as_drafted(text: str, proposed: found.Candidate, kind: str, parties: list[str]):
    """A proposed candidate as a draft of a document of ``kind`` keeps it, with its subject, where its cue is and its
    words (`_subject`), and the candidate whose words name its area: a report's from the predicate that holds its cue
    (`candidates.past_first_predicate`), who undertakes it and its area still the sentence's; from the clause that holds
    it (`candidates.past_first_clause`), from its subject (`candidates.past_fronted_phrase`); None for a call on others
    (`_calls_on_others`)."""
    if kind in _WHOLE_SENTENCE_KINDS:
        candidate = first_predicate = proposed
    else:
        first_predicate = found.past_first_predicate(text, proposed)
        candidate = found.past_fronted_phrase(text, found.past_first_clause(text, first_predicate))
    whole = _subject(text, candidate)
    if first_predicate is not proposed:
        whole = (_subject(text, proposed)[0] or whole[0], *whole[1:])
    if _calls_on_others(candidate, whole[0], parties):
        return None
    return candidate, whole, proposed if first_predicate is not proposed else candidate


# The kinds of statement whose sentences the parties speak as one, each predicate theirs: an undertaking keeps what its
# sentence says before its cue ("The two sides pointed out that … and agreed to …"), as the shipped seeds quote it.
_WHOLE_SENTENCE_KINDS = frozenset(("joint-statement", "declaration"))


def _proposed(text: str, spans: list, model: bool) -> list[found.Candidate]:
    """The rules' candidates of ``spans``, with ``model`` and the sentence model's among them in the text's order."""
    if not model:
        return found.propose_sentences(text, spans)
    from accord.extract.sentence_model import proposals

    read: dict = {}  # the units the rules cut, by sentence, for the model not to cut them again
    candidates = found.propose_sentences(text, spans, read)
    return sorted(candidates + proposals(text, spans, candidates, read), key=lambda c: c.span.start)


def _actions(text: str, candidate: found.Candidate, grain: str) -> list[found.Candidate]:
    """The candidate itself, or at the action grain its distinct actions (`grain.actions`)."""
    if grain != "action":
        return [candidate]
    from accord.extract.grain import actions

    return actions(text, candidate)


def _with_area_model(commitments: list[DraftCommitment]) -> list[DraftCommitment]:
    """Each commitment's area as the area model reads its words where the cues are not sure and the model is
    (`area_model.decide`)."""
    from accord.extract import area_model

    model = area_model.shipped()
    for commitment in commitments:
        if decided := area_model.decide(model, commitment.area_words or commitment.quote, commitment.area_why):
            commitment.area, commitment.area_why = decided
            commitment.notes[_GUESS_NOTE] = _guess_note(commitment)
    return commitments


def _with_context_area(commitments: list[DraftCommitment]) -> list[DraftCommitment]:
    """A commitment whose words name no area ("join forces for countering this common threat") takes the
    area most of the document's other commitments are filed under (a statement on the pandemic: health);
    no pass over the text, and the same whether the text was drafted in pieces or not."""
    blind = [c for c in commitments if c.area_why == guesses.NO_AREA_CUE]
    counts = Counter(c.area for c in commitments if blind and c.area_why != guesses.NO_AREA_CUE)
    context = min(counts, key=lambda area: (-counts[area], AREAS.index(area))) if counts else None
    if context is None:
        return commitments
    for commitment in blind:
        commitment.area, commitment.area_why = context, guesses.context_area_why(context)
        commitment.notes[_GUESS_NOTE] = _guess_note(commitment)
    return commitments


_GUESS_NOTE = 1  # the index of the note on a commitment's area and kind


def _guess_note(commitment: DraftCommitment) -> str:
    return f"area {commitment.area}: {commitment.area_why}; kind {commitment.kind}: {commitment.kind_why}"


# Share of a headline's words a commitment of the body must hold to restate it ("SCO leaders pledge to safeguard
# comprehensive security" in "Leaders of the SCO on Friday agreed to jointly address common challenges and safeguard
# comprehensive security"); a body that only names the same thing holds fewer (0.21 of a G7 headline on dev).
RESTATED = 0.4


def _without_restated_headline(text: str, commitments: list[DraftCommitment]) -> list[DraftCommitment]:
    """The commitments without the headline's when the body restates it (`restates_headline`)."""
    return commitments[1:] if restates_headline(text, [c.quote for c in commitments]) else commitments


T = TypeVar("T")


def without_repeats(items: list[T], quote_of: Callable[[T], str]) -> list[T]:
    """``items`` without one whose quote repeats an earlier one's words (a report that gives a sentence twice): the
    same words are one commitment."""
    seen: set[str] = set()
    kept = []
    for item in items:
        words_of = " ".join(quote_of(item).split()).rstrip(" .;,").lower()
        if words_of not in seen:
            seen.add(words_of)
            kept.append(item)
    return kept


def restates_headline(text: str, quotes: list[str]) -> bool:
    """Whether the first of ``quotes`` (in the order of ``text``) is what the headline of ``text`` ends with and
    another holds RESTATED of its words: an undertaking stated twice is proposed once, where it is stated in full
    (a headline the body does not restate is kept)."""
    headline = _headline(text)
    if headline is None or not quotes or not headline.endswith(" ".join(quotes[0].split())):
        return False
    own = _word_set(quotes[0])
    return any(len(own & _word_set(other)) >= RESTATED * len(own) for other in quotes[1:])


def _headline(text: str) -> str | None:
    """The document's first line, whitespace-normalised, when it may be a headline: it has no end mark and the text
    goes on after it (a line of a hard-wrapped paragraph may too, but no commitment ends where it ends)."""
    first, _, rest = text.lstrip().partition("\n")
    first = " ".join(first.split())
    return first if first and rest.strip() and not first.endswith(found.END_MARKS) else None


def _word_set(quote: str) -> set[str]:
    return {word.lower() for word in words(quote)}


def _calls_on_others(candidate: found.Candidate, subject: str, parties: list[str]) -> bool:
    """"Russia must withdraw …" in a statement Russia is no party to: a call on another, no undertaking."""
    named = parties_in(subject) if candidate.cue in ("must", "should") and subject else []
    return bool(named) and bool(parties) and not set(named) & set(parties)


def _parties(text: str, candidate: found.Candidate, subject: str, parties: list[str], kind: str,
             metadata_kind: str) -> tuple[list[str], str]:
    """Who undertakes a candidate (`guesses.guess_parties`); where its subject is "he", "she" or a report's "we", or
    where it has none, the party of the speaker its sentence names before it or after it, or, for a pronoun, that the
    sentences before it name (`guesses.speaker_before`)."""
    quote = candidate.quote(text)
    guessed = guesses.guess_parties(subject, quote, parties, kind)
    pronoun = guesses.personal_subject(subject, quote, reported=metadata_kind == "readout")
    if pronoun is None and (guessed[1] != guesses.NO_SUBJECT or guesses.shared(quote)):
        return guessed  # (what is agreed, shared or put to both is every party's)
    before = text[candidate.sentence.start:candidate.span.start]
    preceding = text[max(0, candidate.sentence.start - _LOOKBACK):candidate.sentence.start] if pronoun else ""
    for where, speaker in (("its sentence names before it", guesses.speaker_before(before, parties)),
                           ("says it", guesses.speaker_after(text[candidate.span.end:candidate.sentence.end], parties)),
                           ("the sentence before names", guesses.speaker_before(preceding, parties))):
        if speaker is not None:
            named, why = guesses.guess_parties(speaker[0], quote, parties, kind)
            who = f"“{pronoun}” is" if pronoun else "no subject of its own:"
            return named, f"{who} {guesses.name_of(speaker[1][0])}'s {speaker[0]}, who {where}; {why}"
    return guessed


_LOOKBACK = 1200  # characters before a sentence in which its speaker is looked for


def _guess(flow: Flow, candidate: found.Candidate, subject_at: tuple[str, int | None, str | None], metadata: Metadata,
           index: Index | None, threshold: float | None, area_words: str | None = None) -> DraftCommitment:
    """The commitment a candidate stands for: its quote the source's own words, every guess read
    in the reflowed text (its area in ``area_words`` where they are given)."""
    text = flow.text
    quote = candidate.quote(text)
    subject, cue_at, cue = subject_at
    kind, kind_why = guesses.guess_kind(quote, cue_at)
    area, area_why = guesses.area_with_confidence(candidate.item.of(text) if candidate.item else area_words or quote)
    parties, parties_why = _parties(text, candidate, subject, metadata.parties, kind, metadata.kind)
    country = _country_name(parties, metadata.parties)
    item = candidate.item.of(text) if candidate.item else None
    said_before = _said_before(text, candidate)
    title = guesses.make_title(quote, cue_at, country, item, cue, said_before, learned=candidate.learned)
    deadline, deadline_why = guesses.guess_deadline(quote, metadata.date)
    if not deadline:
        deadline, deadline_why = guesses.deadline_first(said_before, metadata.date)  # "By 2030, the sides will …"
    if not deadline and candidate.lead is not None:
        deadline, deadline_why = _lead_deadline(candidate.lead.of(text), metadata.date)
    status, status_words = status_of(quote)
    if status == "fulfilled" and deadline and deadline > metadata.date[:len(deadline)]:
        status = "pledged"  # "decided to establish a fund by 2028": the act it records lies ahead
    proposal = _PROPOSAL.leftmost(quote) if metadata.kind == "readout" else None
    tags = (["progress-report"] if status == "in-progress" else []) + (["proposal"] if proposal else [])
    notes = [f"proposed: {candidate.reason}", ""]  # the guess note: once the commitment is made
    notes.append(f"parties: {parties_why}")
    if deadline:
        notes.append(f"deadline {deadline}: {deadline_why}")
    if status != "pledged":
        notes.append(f"status {status}: “{status_words}” (what the document itself records)")
    if proposal:
        start, end = proposal
        notes.append(f"tag proposal: “{quote[start:end]}” in a readout: one side proposed it, not agreed by both")
    reaffirms = []
    if index is not None:
        similar = index.suggestions(quote, parties) if threshold is None else index.suggestions(quote, parties, threshold)
        for suggestion in similar:
            reaffirms.append(suggestion.id)
            notes.append(f"reaffirms {suggestion.id}: a suggestion (text similarity {suggestion.similarity:.2f}); "
                         "keep it only if this restates that commitment")
    verbatim = flow.source_slice(candidate.span.start, candidate.span.end)
    commitment = DraftCommitment(id=guesses.slug(title), title=title, quote=verbatim, area=area, parties=parties,
                                 kind=kind, tags=tags, deadline=deadline, reaffirms=reaffirms, status=status,
                                 notes=notes, area_why=area_why, kind_why=kind_why, by_model=candidate.learned,
                                 area_words=area_words or "")
    notes[_GUESS_NOTE] = _guess_note(commitment)
    return commitment


_PURPOSE_LEAD = re.compile(cues.PURPOSE_LEADS + r"[^,]*,\s*")
_PROPOSAL = alternation(cues.PROPOSAL_CUE)
# Where a clause before the cue ends: the subject is after it ("A press release … said the two premiers pledged …").
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\bthat\s+[“\"]?|\b(?:said|says|stated|added|noted)\s+")
# A name alone between commas, one of a list of parties that is a subject (not a place or a time before it: "In Astana").
_LISTED_NAME = re.compile(r"(?!(?:In|At|On|During|After|Before|From|For|With|By|Under|Within|Since)\b)(?:[Tt]he\s+)?"
                          r"(?:[a-z]+\s+of\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4}")  # "The leaders of Kazakhstan"
# Who acts with the subject, set off by commas: "Kazakhstan, together with the United States, will …" is both.
_WITH_ASIDE = re.compile(r",\s+(?:together|along|jointly)\s+with\s+([^,;:]{1,60}),(?=\s*$)")
# The subject a sentence opens with: the words before its first verb, a word in lower case ("The United States looks
# …"), initials in brackets among them ("The Asian Development Bank (ADB) has …") …
_SUBJECT_HEAD = re.compile(r"^((?:[\w’'().-]+\s+){0,7}?)(?:\w+ly\s+)?(?:will|shall|should|must|is|are|has|have|"
                           r"agreed|decided|expressed|said|noted|[a-z]\w*s|[a-z]\w*ed)\b")
# … or, where it is too long for that, a party that owns it: "Kazakhstan's Deputy Minister of Ecology and Natural
# Resources, Nurken Sharbiyev, suggested …" (not a participle's object: "Acknowledging Saudi Arabia's hosting …")
_OPENING_OWNER = re.compile(r"^(?![A-Z][a-z]+ing\b)((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)[’']s\s")


def _subject(text: str, candidate: found.Candidate) -> tuple[str, int | None, str | None]:
    """Who undertakes it: the words before the cue in the candidate's clause when they name a party,
    else the subject the sentence opens with; where in the quote the cue is, and its words."""
    quote = candidate.quote(text)
    lead = _PURPOSE_LEAD.match(quote)
    skip = lead.end() if lead else 0
    found_cue = _strong_cue(quote, skip, candidate) or candidate.cue
    at = quote.find(found_cue, skip) if found_cue else -1
    cue_at, cue = (at, found_cue) if at >= 0 else (None, None)
    if cue and _OWNED_CUE.match(cue):
        return "", cue_at, cue  # "The United States applauded the Kyrgyz Republic's commitment to …": the owner's
    if cue and (all_parties := guess_cues.ALL_PARTIES.match(cue)) and all_parties[0].lower() not in _SPEAKERS:
        return all_parties[0], cue_at, cue  # "Xi noted that the two countries need to …": the cue names who
    if at > 0:
        clauses = _CLAUSE_BREAK.split(_WITH_ASIDE.sub(r" and \1", _said_before(text, candidate) + quote[skip:at]))
        before = clauses[-1]
        while len(clauses) > 1 and _LISTED_NAME.fullmatch(clauses[-2].strip()) and parties_in(clauses[-2]):
            before = f"{clauses.pop(-2).strip()}, {before}"  # "Kazakhstan, Kyrgyzstan and the United States will …"
        joined = f"{before.rstrip()} and" if cue and cue.startswith("and ") else before  # the cue's own "and desired to …"
        if _SECOND_PREDICATE.search(joined) and (first := _LEADING_SUBJECT.match(before)) and _names_party(first[1]):
            return first[1], cue_at, cue  # "The Central Asian countries appreciate X put forward by China and are …"
        if (own := _own_subject_after_and(before)) is not None:
            return own, cue_at, cue  # "The Chinese side welcomed X and the Kyrgyz side agreed to …": the second's
        if _names_party(before) and not _PRONOUN_SUBJECT.match(before):
            return before, cue_at, cue  # (a pronoun's party is the sentence's subject: "The Chinese side said that it …")
    if candidate.lead is not None and _PUT_TO_OTHERS.search(candidate.lead.of(text)):
        return "", cue_at, cue  # "The Ambassador proposed to TMK: To join …": the items are the others' acts
    sentence = (candidate.lead or candidate.sentence).of(text)  # an item's subject is its lead's
    lead = _PURPOSE_LEAD.match(sentence)
    opening = sentence[lead.end() if lead else 0:]
    head = _SUBJECT_HEAD.match(opening) or _OPENING_OWNER.match(opening)
    if head and _names_party(head.group(1)):
        return head.group(1), cue_at, cue
    return "", cue_at, cue


_SPEAKERS = frozenset(("we", "they"))  # whose "we" is the sentence's subject's: "The Prime Minister said, “We want …"
# A cue that names whose will it is ("Brunei’s commitment to …", "both sides’ commitment to …"): the words before it are
# who praised or reported it, not who undertakes it.
_OWNED_CUE = re.compile(rf"(?:[A-Z][\w.-]+|(?:both|the two) \w+)[’'](?:s\b)?\s+(?:[\w-]+\s+){{0,2}}{cues.OWNED_WILL}\s+(?:to|for)\b")


def _own_subject_after_and(before: str) -> str | None:
    """The subject of a clause of its own after "and", when a verb in the past ends the clause before it ("The Chinese
    side welcomed the meeting and the Kyrgyz side …"; not "China and the Kyrgyz side", one subject of two parties)."""
    after = _AND_SUBJECT.search(before)
    if not after or not _names_party(after[1]):
        return None
    told = before[:after.start()].split()[1:]
    return after[1] if any(word[:1].islower() and word.endswith("ed") and base_form(word) for word in told) else None


_AND_SUBJECT = re.compile(r"\band\s+((?:the|both)\s+(?:[\w’'-]+\s+){0,3}?(?:side|sides|parties|party|countries|country|"
                          r"leaders|government|governments|ministers?|president|delegation)|"
                          r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*$")


# The cue's predicate coordinated with one before it ("… appreciate the Initiative put forward by China and are ready
# to …"): the subject is the clause's opening noun phrase, not the object of the predicate before.
_SECOND_PREDICATE = re.compile(r"\s(?:[a-z]+)\s.*\band\s*$")
_LEADING_SUBJECT = re.compile(rf"[“\"«]?({grammar.OPENING_SUBJECT})(?=\s+(?:\w+ly\s+)?[a-z])")
# A clause whose subject is a pronoun: the names after it are its objects' ("it respects the path chosen by the people
# of Turkmenistan and supports …"), the party the one the sentence opens with.
_PRONOUN_SUBJECT = re.compile(r"(?:it|he|she)\s+(?:\w+ly\s+)?(?!says\b)[a-z]+s\b(?!\s+that\b)", re.IGNORECASE)
# A lead that puts the items to others: a proposal, a call, an invitation.
_PUT_TO_OTHERS = re.compile(r"\b(?:propos|suggest|call|urg|invit|encourag|request|recommend)\w*", re.IGNORECASE)


def _lead_deadline(lead: str, document_date: str | None) -> tuple[str | None, str]:
    """The deadline an item of a list takes from the lead that opened the list ("In 2025, the sides plan to work
    together in the following areas: …"), when the item names none of its own."""
    deadline, why = guesses.guess_deadline(lead, document_date)
    return (deadline, f"{why}, in the lead its list follows") if deadline else (None, "")


def _said_before(text: str, candidate: found.Candidate) -> str:
    """What the candidate's sentence says before its quote ("" when the quote opens the sentence)."""
    return text[candidate.sentence.start:max(candidate.sentence.start, candidate.span.start)]


def _strong_cue(quote: str, skip: int, candidate: found.Candidate) -> str | None:
    """`strong_cue` of ``quote[skip:]``: as read in the conjunct whose words the quote is, if it is one."""
    read = candidate.strong
    return read[1] if read and not skip and read[0] == candidate.span else strong_cue(quote[skip:])


def _names_party(words: str) -> bool:
    """Whether ``words`` name a party as a subject does: not a verb's object ("Support Afghanistan and …", an item
    that opens with its verb, binds the document's parties, not Afghanistan)."""
    words = words.strip()
    if not words or words.split(maxsplit=1)[0].lower() in _VERBS:
        return False
    return bool(guess_cues.ALL_PARTIES.search(words) or parties_in(words) or governments_in(words))


_VERBS = frozenset(cues.ACTION_VERBS)


def _country_name(parties: list[str], document_parties: list[str]) -> str | None:
    """The name of the one party that undertakes it, for the title (none when all do)."""
    if len(parties) != 1 or len(document_parties) < 2:
        return None
    return name_of(parties[0])
