"""The quick matchers of `accord extract` find what the plain ones found: each test holds a
rewritten matcher (cues tried together, patterns opening with their literal, a case-blind cue
on a text's lower case, a pattern tried only where a match can start, a long text drafted in
pieces) to the one-by-one search it replaced, on random texts built from the cue words."""

from __future__ import annotations

import functools
import os
import re
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import REPO, SOURCES
from accord.extract import (Metadata, conjuncts, cues, deadlines, detect, draft, guess_cues, guesses, items, literal,
                            opening, pieces, reaffirms, reflow, segment, shortening)
from accord.extract.candidates import propose
from accord.extract import needles as needles_module
from accord.extract.literal import fold
from accord.extract.seedfile import render

SETS = {"weak": detect._WEAK, "veto": detect._VETO, "done": detect._DONE}
ALL_CUES = [*detect._STRONG, *[cue for cues_ in SETS.values() for cue in cues_], *detect._PERFORMED, *detect._PROGRESS,
            *[cue for _, kind_cues in guesses._KIND_PATTERNS for cue in kind_cues]]
_WORDS = sorted({needle for cue in ALL_CUES for needle in cue.needles} | {cue.needle for cue in ALL_CUES}
                | {literal for cue in ALL_CUES for literals in cue.also for literal in literals}
                | set("will the sides which that who we We also need to of on in , . ; : and it is important "
                      "their its a an jointly over Signed é ’ “ ( ) 2030 within next year October".split()))
_CASES = [str, str.upper, str.title, str.lower, lambda t: t.replace("i", "ı"), lambda t: t.replace("s", "ſ"),
          lambda t: t.replace("k", "\u212a"), lambda t: t.replace("I", "İ")]  # letters a case-blind pattern matches
_PIECES = st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", ", "]), st.text(max_size=3))
TEXTS = st.tuples(st.lists(_PIECES, max_size=30), st.sampled_from(_CASES)).map(lambda pair: pair[1]("".join(pair[0])))
# A hundred examples in the everyday run; .ci/run's deep profile runs 300 (ACCORD_PROPERTY_EXAMPLES).
SLOW = settings(max_examples=int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "100")),
                suppress_health_check=[HealthCheck.too_slow])
# Texts drawn from each of a hundred and more cues' patterns: 12 a cue in the everyday run, 40 in the deep profile.
CUE_EXAMPLES = 40 if "ACCORD_PROPERTY_EXAMPLES" in os.environ else 12


def searched_as_it_was(cue, text):
    """A cue as it was searched: its pattern, where its one longest literal is in the text (case-folded
    for a case-blind cue), whatever other literals it needs (`Cue.also`)."""
    return cue.regex.search(text) if cue.needle in (fold(text) if cue.case_blind else text) else None


@SLOW
@given(TEXTS)
def test_the_strong_cues_tried_together_find_the_first_cue_one_by_one_search_found(text):
    found = [m for cue in detect._STRONG if (m := searched_as_it_was(cue, text))]
    first = min(found, key=lambda m: (m.start(), -len(m.group(0)))).group(0) if found else None
    assert detect.strong_cue(text) == first


@settings(max_examples=CUE_EXAMPLES,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
@pytest.mark.parametrize("cue", [cue for cue in ALL_CUES if cue.also], ids=lambda cue: cue.regex.pattern[:40])
def test_a_cue_skips_no_text_it_matches(cue, data):
    """Every literal a cue looks for first (`needles`, `also`) is in each text its pattern matches."""
    text = data.draw(st.from_regex(cue.regex))
    assert cue.search(text) is not None


@SLOW
@given(TEXTS)
def test_each_cue_set_finds_the_first_of_its_cues_in_their_order(text):
    for name, cue_list in SETS.items():
        first = next((m.group(0) for cue in cue_list if (m := searched_as_it_was(cue, text))), None)
        assert detect._first_found(getattr(detect, f"_{name.upper()}_SET"), text) == first, name


_PROPOSALS = st.lists(st.one_of(st.sampled_from(["proposed to", "proposes that", "suggested that", "should", "need to",
                                                "the two sides", "Both countries", "called on", "urged", "urge", " ",
                                                ", ", "the", "its", "closely", "will", "is ready to", "xy"]),
                                _PIECES), max_size=16)
_ALTERNATIONS = [cues.PROPOSAL_CUE, r"\bready|ready to\b|\bwill\b|\b(?:is|are) ready|x|xy"]


@SLOW
@given(_PROPOSALS.map("".join), st.sampled_from(_ALTERNATIONS))
@example("we are ready to go", r"\bready|ready to\b")  # two alternatives that start at one place: the first one's
def test_an_alternation_searched_as_its_alternatives_matches_where_the_pattern_does(text, pattern):
    found = re.search(pattern, text)
    assert literal.alternation(pattern).leftmost(text) == (found.span() if found else None)


@SLOW
@given(st.one_of(TEXTS, TEXTS.map(lambda text: f"We stress the importance of {text}")))
def test_what_vetoes_a_text_is_what_one_by_one_search_found(text):
    stressed = searched_as_it_was(detect._STRESSED_ONLY, text)
    found = [m for cue in detect._VETO if (m := searched_as_it_was(cue, text))]
    first = min(found, key=lambda m: m.start()) if found else None
    if stressed and not detect.strong_cue(text[stressed.end():]):
        expected = stressed.group(0)
    elif first is None:
        expected = None
    else:
        undertakes = detect._PRAISE.match(text, first.start()) and detect._undertakes_after(text, first.end())
        expected = None if undertakes else first.group(0)
    assert detect.vetoed(text) == expected


@SLOW
@given(TEXTS)
def test_the_status_cues_tried_together_give_the_status_one_by_one_search_gave(text):
    def first(cue_list):
        return next((m.group(0) for cue in cue_list if (m := searched_as_it_was(cue, text))), None)

    if performed := first(detect._PERFORMED):
        expected = ("fulfilled", performed)
    elif progress := first(detect._PROGRESS):
        expected = ("in-progress", progress)
    elif (done := first(detect._DONE)) and not detect.strong_cue(text):
        expected = ("fulfilled", done)
    else:
        expected = ("pledged", None)
    assert detect.status_of(text) == expected


@SLOW
@given(TEXTS, st.integers(0, 20))
def test_the_kind_cues_tried_together_give_the_kind_one_by_one_search_gave(text, cue_at):
    def kind_as_it_was(quote, at):
        for part in ([quote[at:]] if at else []) + [quote]:
            found = [(m.start(), order, kind, m.group(0)) for order, (kind, kind_cues) in enumerate(guesses._KIND_PATTERNS)
                     for cue in kind_cues if (m := searched_as_it_was(cue, part))]
            if found:
                _, _, kind, words = min(found)
                return kind, f"“{words}”"
        return "policy", "no kind cue: policy by default"

    assert guesses.guess_kind(text, cue_at) == kind_as_it_was(text, cue_at)


# Every pattern `opening.quick` compiles, as written.
QUICK_PATTERNS = [(cue.regex.pattern, cue.regex.flags & re.IGNORECASE) for cue in ALL_CUES] + [
    (r"\b(?:will|shall|would|must|should)\b", 0), (r"\b(?:in order|so as|with a view) to\b", 0),
    (r"\b(?:such as|including|namely)\s+", 0), (r"\b(?:the|a|an)\s", 0), (r"\b(?:jointly )?signed\b", 0),
    (r"(?<![\w-])(Chinese|China|Kyrgyz|Kyrgyzstan|Kazakh)(?:’s|'s)?(?![\w])", 0),
    (guesses._AREA_PATTERN.pattern, re.IGNORECASE), (r"(?<!\w)\bfoo|bar", 0), (r"\b[Ww]e will", 0), (r"\bab{2}c", 0), (r"\bwill?\b", 0), (r"\b(?:a|b)+c", 0)]


@functools.cache
def _compiled(pattern: str, flags: int):
    """The pattern as written, as `opening.quick` compiles it, and lowered: compiled once for every example (the
    standard library's cache holds fewer patterns than these three ways of the cues)."""
    return re.compile(pattern, flags), opening.quick(pattern, flags), opening.lowered(pattern, flags)


@SLOW
@given(TEXTS)
def test_a_pattern_opening_with_its_literal_matches_where_the_pattern_did(text):
    for pattern, flags in QUICK_PATTERNS:
        plain, quick, lowered = _compiled(pattern, flags)
        spans = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in quick.finditer(text)] == spans, pattern
        if lowered is not None and opening.case_safe(text):
            assert [(m.span(), m.groups()) for m in lowered.finditer(text.lower())] == spans, pattern


def test_only_assertions_then_a_literal_or_literal_alternatives_are_rewritten():
    assert opening.rewritten(r"\bwill\b") == r"will(?<=\bwill)\b"
    assert opening.rewritten(r"\b(?:is|are) ready") == r"(?:is(?<=\bis)|are(?<=\bare)) ready"
    for unchanged in (r"will\b", r"\bx|y", r"\b[Ww]e", r"\b(?:a|[bc])d", r"\b(?:jointly )?signed", r"(?<=(a))b"):
        assert opening.rewritten(unchanged) is None, unchanged
    assert opening.rewritten(r"\bwill", re.IGNORECASE) is None  # a case-blind literal is searched no faster


_LITERALS = st.sampled_from(["", "will", "willing", "willingness to", " to", "to", "agree", "agreed ", "ill", "w",
                             "commit", "committed to", "ted", "é", "ı", "i"])


@SLOW
@given(st.lists(st.tuples(_LITERALS, st.integers(0, 6)), max_size=12), TEXTS)
def test_literals_looked_for_together_are_those_the_text_holds(pairs, text):
    found = literal.Needles(pairs).found(text)
    assert sorted(set(found)) == sorted({index for needle, index in pairs if needle in text})


_SPACED = st.lists(st.one_of(TEXTS, st.sampled_from(["\u00a0", "\t", "\u2028", "\x1c", "\n", "(", ").", "3-17",
                                                     "2030,"])), max_size=6).map("".join)


@SLOW
@given(st.lists(st.tuples(st.one_of(_LITERALS, st.sampled_from(["2030", "_", "s to", "o w", ").", "it is"])),
                          st.integers(0, 6)), max_size=12), st.lists(_SPACED, min_size=1, max_size=3),
       st.sampled_from([0, 3, 10 ** 6]))
def test_literals_looked_up_by_word_are_those_the_text_holds(pairs, texts, remembered):
    needles, saved = literal.Needles(pairs), (needles_module.BY_WORD_FROM, needles_module._KNOWN_WORDS)
    needles_module.BY_WORD_FROM, needles_module._KNOWN_WORDS = 0, remembered
    try:
        for text in texts:  # words met in an earlier text are remembered
            assert sorted(set(needles.found(text))) == sorted({index for needle, index in pairs if needle in text})
    finally:
        needles_module.BY_WORD_FROM, needles_module._KNOWN_WORDS = saved


@SLOW
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_terms_of_words_met_before_are_the_terms_read_afresh(texts):
    from collections import Counter

    def read_afresh(text):
        return Counter(reaffirms._stem(w) for w in reaffirms._WORD.findall(text.lower().replace("’", "'"))
                       if len(w) > 2 and w not in reaffirms._left_out())

    for text in texts + texts:  # each text twice: its words are met before the second time
        assert list(reaffirms.terms(text).items()) == list(read_afresh(text).items())


_AREA_WORDS = sorted({stem for stems in guess_cues.AREA_CUES.values() for stem in stems if stem.isalpha()})
_AREA_TEXTS = st.tuples(st.lists(st.one_of(st.sampled_from(_AREA_WORDS), _PIECES), max_size=20),
                        st.sampled_from(_CASES)).map(lambda pair: pair[1]("".join(pair[0])))


@SLOW
@given(_AREA_TEXTS)
def test_area_cues_found_in_a_lower_case_text_are_those_found_case_blind(text):
    assert [m.span() for m in guesses._area_matches(text)] == [m.span() for m in guesses._AREA_PATTERN.finditer(text)]


_NAME_PIECES = st.one_of(_PIECES, st.sampled_from(["Belt", "Road", "ASEAN", "Ä", "ℋ", "ǅ", "É", "a", "-", "’", "1",
                                                   "—"]))


@SLOW
@given(st.lists(_NAME_PIECES, max_size=12).map("".join))
def test_capitalised_words_are_those_the_pattern_finds(text):
    first = detect._FIRST_WORD.search(text)
    start = first.end() if first else len(text)
    expected = [m.group(0) for m in detect._CAPITALISED.finditer(text, start) if m.group(0)[:1].isupper()]
    assert list(detect._capitalised_after_first(text)) == expected


@SLOW
@given(st.lists(st.one_of(_NAME_PIECES, st.sampled_from(["“", "plan", "Plan", "Committee", "railway", "China", "x-Ray",
                                                         "Kyrgyz-Chinese", "The", "agreement"])), max_size=12).map("".join))
def test_what_a_clause_names_is_read_off_its_words_as_it_was_off_the_capitalised_ones(text):
    def holds(nouns):
        return bool({w.lower() for w in segment.words(text)} & nouns)

    proper = any(detect._names_a_thing(token) for token in detect._capitalised_after_first(text))
    assert detect.is_named(text) == ("“" in text or holds(detect._NAMED_NOUNS) or proper)
    assert detect.names_distinct(text) == ("“" in text or holds(detect._AGREEMENT_NOUNS) or proper)
    assert detect.names_project(text) == holds(detect._PROJECT_NOUNS)


@SLOW
@given(st.lists(st.sampled_from([" ", ",", ", ", "and", "a", "nd", "or", "; ", ". ", "such as ", "including ",
                                 "namely ", "the ", "The ", "Belt", "Road", "railway", "(a) "]),
                max_size=12).map("".join))
def test_a_clause_without_a_comma_or_and_has_no_list_items(text):
    """What `list_items` skips for want of both finds no item."""
    if "," not in text and "and" not in text:
        assert items._items(text, segment.Span(0, len(text)), text) == []


_CONJUNCT_WORDS = st.sampled_from(["and", " and ", ", ", "; ", ": ", "(a) ", "(b) ", "will", "to", "develop", "deepens",
                                   "strengthened", "carry", "carries", "establishing", "promote", "respect",
                                   "agreed", "as well as", "its commitment", "believes that", "  ", "\t", "\n",
                                   "X", "we", "The two sides", " and other", ".", "other", "the", " "])


PLAIN_CONJUNCT = re.compile(conjuncts.CONJUNCT.pattern.replace(conjuncts._FORMS, "|".join(conjuncts._VERB_FORMS))
                            .replace(conjuncts._VERBS, "|".join(cues.ACTION_VERBS)))  # the verbs not grouped


@SLOW
@given(st.lists(_CONJUNCT_WORDS, max_size=20).map("".join), st.integers(0, 5))
def test_the_conjunct_cuts_tried_where_a_cut_can_start_are_the_pattern_s(text, start):
    expected = [m.span() for m in PLAIN_CONJUNCT.finditer(text, start)]
    assert [m.span() for m in conjuncts.CONJUNCT.finditer(text, start)] == expected
    assert [m.span() for m in conjuncts.conjunct_cuts(text, start, len(text))] == expected
    tail = items._TAIL.search(text)
    assert items._tail_at(text) == (tail.start() if tail else None)


@SLOW
@given(st.lists(st.one_of(_CONJUNCT_WORDS, st.sampled_from(["Developing", "Strengthening ", "and", " and\n", "\u00a0"])),
                max_size=20).map("".join))
def test_where_a_conjunct_cut_can_start_is_found_as_by_the_three_alternatives(text):
    plain = re.compile(r"[:;,]|\s(?=\s*and\s)|\s(?=[A-Z][a-z]+ing\s)")
    assert [m.span() for m in conjuncts._CUT_START.finditer(text)] == [m.span() for m in plain.finditer(text)]


_PURPOSES = r"(?:as well as|while|which|so as to|in order to|in a bid to|in an effort to|with a view to)"
PLAIN_CUTS = re.compile(rf";\s|:\s|\s\(|\s[–—]\s|,\s{_PURPOSES}\s|\s{_PURPOSES}\s|"
                        r"(?P<modal>\sand\s(?=(?:will|shall|would|must)\s))|\s(?:of|in|for|with|to|on|at|by|from|between|"
                        r"among|including|through|within|under|into|towards|against|via|along|across|during|throughout|"
                        r"beyond|alongside|amid|that|who|on|nor|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday))\s|(?:,\s+(?:and\s+)?|\sand\s)(?=(?:\w+ly\s)?(?:to\s)?(?P<verb>\w+)\b)")


@SLOW
@given(st.lists(st.one_of(_CONJUNCT_WORDS, st.sampled_from([";", ":", ",", "(", "–", " as well as ", "in a bid to", "will",
                                                             "of", "in", "Monday", "fully", "would", "\u00a0", "X", "to",
                                                             "and", "nor", "across"])),
                max_size=20).map("".join))
def test_where_a_title_may_be_cut_is_found_as_by_the_plain_alternatives(text):
    def found(pattern):
        return [(m.start(), m.end(), bool(m.group("modal")), m.group("verb")) for m in pattern.finditer(text)]

    assert found(shortening._CUTS) == found(PLAIN_CUTS)


@SLOW
@given(st.lists(st.sampled_from([" ", "  ", "\n", "\t", "\r", "\u00a0", "\u2028", "a", "bc"]), max_size=20).map("".join))
def test_whitespace_runs_are_found_as_before(text):
    from accord.extract.reflow import _BREAKS

    assert [m.span() for m in _BREAKS.finditer(text)] == [m.span() for m in re.finditer(r"\s*[^\S ]\s*| {2,}", text)]


@SLOW
@given(st.lists(st.sampled_from(["within", "in the next", "in the coming", "two", "3", "years", "months", "by",
                                 "the end of", "this year", "next year", "in", "October", "2025", "WİTHİN", "Year",
                                 "this month", "next month", "MONTH", "the second half of the year"]),
                max_size=8).map(" ".join))
def test_a_deadline_guess_skipped_for_want_of_its_words_would_have_found_none(quote):
    for guess in (deadlines._within, deadlines._this_or_next_month, deadlines._this_or_next_year):
        if opening.case_safe(quote) and not any(word in quote.lower() for word in deadlines._WORDS[guess]):
            assert guess(quote, 2024, 5, "2024-05-01") == (None, "")


@settings(max_examples=300)
@given(st.text(max_size=40) | st.lists(st.sampled_from(["a", " ", "\n", "\t", "\x00", "\x1f", "\x7f", "\x85",
                                                      "\u200b", "\u202e", "\u2028", "\ufeff", "’", "é"]),
                                      max_size=20).map("".join))
def test_the_hidden_characters_looked_for_among_the_unusual_are_those_of_the_whole_text(text):
    from accord.domain.sanitize import hidden_character
    from accord.extract import source

    assert sorted(source._hidden_in(text)) == sorted(c for c in set(text) - {"\n", "\t"} if hidden_character(c))


# -- a long text, drafted in pieces ----------------------------------------------------------

PARAGRAPHS = ["The two sides will build a railway.", "Heads of State Met in Bishkek",
              "The two sides agreed to cooperate in the following areas:", "Expanding trade in agricultural products;",
              "Strengthening connectivity, including the China–Kyrgyzstan–Uzbekistan railway.",
              "China supports Kyrgyzstan. It will send experts.", "1. We welcome the signing of the agreement.",
              "- Build roads, ports and bridges;", "Both sides noted the progress. They will meet in October.",
              "The two sides will cooperate.", "The two sides will expand trade and investment in the energy sector.",
              "The two sides will hold talks on the railway and the highway in the coming months."]


def _key(candidates):
    return [(c.span, c.sentence, c.item, c.cue, c.reason, c.opens_list) for c in candidates]


@settings(max_examples=150)
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=25), st.sampled_from(["\n", " ", "\n\n"]),
       st.integers(1, 6))
def test_candidates_proposed_from_a_fresh_start_on_are_those_of_the_whole_text(paragraphs, joint, count):
    from accord.extract.candidates import fresh_starts, propose_sentences

    text = joint.join(paragraphs)
    spans = segment.sentences(text)
    whole = _key(propose(text))
    for k in fresh_starts(text, spans):
        assert _key(propose_sentences(text, spans[:k]) + propose_sentences(text, spans[k:])) == whole, k
    cut = pieces.cut(text, spans, count)
    assert cut[0][0] == 0 and cut[-1][1] == len(spans) and all(a[1] == b[0] for a, b in zip(cut, cut[1:]))


@settings(max_examples=200)
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=40), st.sampled_from(["\n", " ", "\n\n"]),
       st.integers(1, 9), st.integers(1, 400))
def test_pieces_cut_where_the_paragraphs_ahead_are_read_are_those_of_every_fresh_start(paragraphs, joint, count,
                                                                                      smallest):
    from accord.extract.candidates import fresh_starts

    text = joint.join(paragraphs)
    spans = segment.sentences(text)
    size, starts = max(smallest, len(text) // count), [0]
    for k in fresh_starts(text, spans):
        if spans[k][1].start >= spans[starts[-1]][1].start + size if len(starts) > 1 else spans[k][1].start >= size:
            starts.append(k)
    pieces.MIN_PIECE, saved = smallest, pieces.MIN_PIECE
    try:
        assert pieces.cut(text, spans, count) == list(zip(starts, starts[1:] + [len(spans)]))
    finally:
        pieces.MIN_PIECE = saved


_BREAKS = ["\n", "\n\n", " \n  ", "\n- ", "\n\u2028", " "]


_WRAPPED = "Both sides will open a railway from Bishkek to Kashgar in China."  # wrapped at 24: "to\nKashgar"


@settings(max_examples=200)
@given(st.lists(st.tuples(st.sampled_from(PARAGRAPHS + [_WRAPPED]), st.sampled_from(_BREAKS),
                          st.sampled_from([None, 24, 40])), min_size=1, max_size=30), st.integers(20, 400),
       st.sampled_from(["aim", "action"]))
@example([(PARAGRAPHS[-1], "\n\n", None)] * 8 + [(_WRAPPED, "\n\n", 24)] * 4, 300, "aim")
@example([("Heads of State Met in Bishkek", " ", None),
          ("The two sides agreed to cooperate in the following areas:", "\n", None),
          ("The two sides agreed to cooperate in the following areas:", "\n", None),
          ("Expanding trade in agricultural products;", "\n", None)], 59, "aim")  # a lead no item followed stays
@example([("Heads of State Met in Bishkek", " ", None),
          ("The two sides agreed to cooperate in the following areas:", "\n", None),
          ("Heads of State Met in Bishkek", "\n", None),
          ("The two sides agreed to cooperate in the following areas:", "\n", None),
          ("Expanding trade in agricultural products;", "\n", None)], 59, "aim")
@example([("Heads of State Met in Bishkek", " ", None),
          ("The two sides agreed to cooperate in the following areas:", "\n", None),
          ("China supports Kyrgyzstan. It will send experts.", "\n", None),
          ("The two sides agreed to cooperate in the following areas:", "\n", None),
          ("Expanding trade in agricultural products;", "\n", None)], 59, "aim")
def test_a_text_drafted_in_pieces_of_its_source_is_drafted_as_a_whole(paragraphs, size, grain):
    """Some paragraphs hard-wrapped, as in a text copied from a PDF: a piece reads the whole text's layout (the
    example: a piece of short lines alone would be hard-wrapped, and "to\nKashgar" run on)."""
    import textwrap

    draft_module = sys.modules["accord.extract.draft"]
    text = "".join((textwrap.fill(paragraph, wrap) if wrap else paragraph) + joint for paragraph, joint, wrap in paragraphs)
    meta = Metadata(id="x", title="t", date="2024-01-01", place="", parties=["CN", "KG"], kind="joint-statement")
    layout = reflow.layout_of(text)
    flow = reflow.reflow(text, layout)
    spans = segment.sentences(flow.text)
    whole = draft_module._guessed((flow, spans, meta, None, None, grain, True), (0, len(spans)))
    saved = pieces.PARALLEL_FROM, pieces.MIN_PIECE, pieces.workers
    pieces.PARALLEL_FROM, pieces.MIN_PIECE, pieces.workers = 0, size, lambda: 2
    try:
        ranges = pieces.source_pieces(text, layout) or [(0, len(text))]
    finally:
        pieces.PARALLEL_FROM, pieces.MIN_PIECE, pieces.workers = saved
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text) and all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    in_pieces = [c for piece in ranges for c in draft_module._drafted((text, layout, meta, None, None, grain, True), piece)]
    assert [c.__reduce__() for c in in_pieces] == [c.__reduce__() for c in whole]


@pytest.fixture
def small_pieces(monkeypatch):
    """Pieces of a few thousand characters, so that a short text is drafted by forked workers."""
    monkeypatch.setattr(pieces, "PARALLEL_FROM", 0)
    monkeypatch.setattr(pieces, "MIN_PIECE", 2000)


@pytest.mark.parametrize("joint", ["\n", " "])  # lines, and the whole text on one line
def test_a_draft_made_by_workers_is_the_draft_of_one_process(small_pieces, monkeypatch, joint):
    text = joint.join("\n".join(path.read_text(encoding="utf-8") for path in sorted(SOURCES.glob("*.txt"))).split("\n"))
    meta = Metadata(id="x", title="t", date="2024-01-01", place="", parties=["CN", "KG"], kind="joint-statement")
    assert len(pieces.cut(text, segment.sentences(text), 8)) > 2
    source_pieces = pieces.source_pieces(text, reflow.layout_of(text))  # lines: the source cut; one line: its sentences
    assert (len(source_pieces) > 2) if joint == "\n" else source_pieces is None
    in_pieces = render(draft(text, meta))
    monkeypatch.setattr(pieces, "PARALLEL_FROM", 10 ** 12)
    assert render(draft(text, meta)) == in_pieces


def test_extract_drafts_a_long_text_by_workers_under_the_test_runner(small_pieces, run, tmp_path, monkeypatch):
    source = tmp_path / "long.txt"
    source.write_text("\n".join(path.read_text(encoding="utf-8") for path in sorted(SOURCES.glob("*.txt"))),
                      encoding="utf-8")
    argv = ("extract", source, "--date", "2024-01-01", "--party", "CN", "--party", "KG", "-o", "-")
    by_workers = run(*argv)
    monkeypatch.setattr(pieces, "PARALLEL_FROM", 10 ** 12)
    alone = run(*argv)
    assert by_workers.exit_code == alone.exit_code == 0
    assert by_workers.stdout == alone.stdout and by_workers.stdout.count("[[commitments]]") > 50


def test_the_cue_lists_are_the_only_source_of_the_cue_patterns():
    assert [cue.regex.pattern for cue in detect._STRONG] == cues.STRONG_CUES
    assert [cue.regex.pattern for cue in detect._STRONG_SET.cues] == cues.STRONG_CUES


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["a", "U.S.", "e-mail", "’s", " ", ",", "x1", "-", "."]), max_size=12).map("".join),
       st.integers(0, 6))
def test_words_counted_up_to_a_number_and_the_first_word_are_those_words_lists(text, count):
    assert segment.has_words(text, count) == (len(segment.words(text)) >= count)
    assert segment.first_word(text) == (segment.words(text)[:1] or [None])[0]


# -- the draft's tables, written directly ----------------------------------------------------

def as_tomli_w_writes_it(number, commitment, write_table=None):
    """A commitment of a draft as its comments and tomli_w's table (or ``write_table``'s), as drafts were
    written before."""
    import tomli_w

    from accord.extract.seedfile import comment

    write_table = write_table or (lambda table: tomli_w.dumps({"commitments": [table]}))
    notes = "".join(f"# {'' if i else f'{number}. '}{comment(note)}\n" for i, note in enumerate(commitment.notes))
    return "\n" + notes + write_table(commitment.table())


_TOML_TEXT = st.text(st.sampled_from(list('aZé’“ "\\\x00\x01\x08\t\n\x0b\x0c\r\x1f\x7f\x85\u2028\u2029\ud7ff\U0001f600#=[]')) |
                     st.characters(), max_size=12)
_TOML_TEXTS = st.lists(_TOML_TEXT, max_size=3)


def assert_written_as_before(number, commitment):
    """The commitment written directly is what the draft wrote before (its table by `commitment_toml`), what
    tomli_w writes, and reads back as its table. tomli_w writes a table with no party inline when it is short
    ("commitments = [{ id = … }]"), and a tab as it is, where drafts have always written "[[commitments]]" and
    "\\t" (the same values: tomllib reads both)."""
    import tomllib

    from accord.extract.seedfile import commented_table, commitment_toml

    written = commented_table(number, commitment)
    assert written == as_tomli_w_writes_it(number, commitment, commitment_toml)
    table = commitment.table()
    if commitment.parties and "\t" not in "".join(v for value in table.values() for v in
                                                  (value if isinstance(value, list) else [value])):
        assert written == as_tomli_w_writes_it(number, commitment)
    assert tomllib.loads(written) == {"commitments": [table]}


@SLOW
@given(st.integers(1, 10 ** 5), st.tuples(*[_TOML_TEXT] * 5), _TOML_TEXTS, _TOML_TEXTS, st.none() | _TOML_TEXT,
       _TOML_TEXTS, _TOML_TEXT, st.lists(_TOML_TEXT, min_size=1, max_size=4))
def test_a_commitment_written_directly_is_what_tomli_w_writes_and_reads_back(number, scalars, parties, tags, deadline,
                                                                           reaffirms, status, notes):
    from accord.extract import DraftCommitment

    id_, title, quote, area, kind = scalars
    assert_written_as_before(number, DraftCommitment(id=id_, title=title, quote=quote, area=area, parties=parties,
                                                     kind=kind, tags=tags, deadline=deadline, reaffirms=reaffirms,
                                                     status=status, notes=notes))


CORPUS_TEXTS = sorted(REPO.glob("bench/corpus/*/*.txt"))


def test_the_drafts_of_every_fourth_corpus_text_are_written_as_tomli_w_writes_them():
    """Every fourth text of the corpus (the deep profile drafts them all)."""
    assert_drafts_written_as_tomli_w_writes_them(CORPUS_TEXTS[::4])


@pytest.mark.deep
def test_the_corpus_drafts_are_written_as_tomli_w_writes_them():
    assert_drafts_written_as_tomli_w_writes_them(CORPUS_TEXTS)


def assert_drafts_written_as_tomli_w_writes_them(corpus_texts: list) -> None:
    """Every commitment drafted from ``corpus_texts`` and the shipped texts is written as tomli-w writes it."""
    texts = corpus_texts + sorted(SOURCES.glob("*.txt"))
    assert len(texts) > 80
    meta = Metadata(id="x", title="t", date="2024-01-01", place="", parties=["CN", "KG"], kind="joint-statement")
    written = 0
    for path in texts:
        for number, commitment in enumerate(draft(path.read_text(encoding="utf-8"), meta).commitments, 1):
            assert_written_as_before(number, commitment)
            written += 1
    assert written > 300


def _collecting(shared, piece):
    import gc

    return gc.isenabled()


@pytest.mark.parametrize("collecting", [True, False])
def test_workers_never_collect_garbage_and_the_parent_collects_again_after_as_it_did(collecting):
    """Collection is paused while the results arrive (`pieces._collection_paused`), in the workers too:
    drafting makes no reference cycle (tests/test_extract_whole_text.py)."""
    import gc

    (gc.enable if collecting else gc.disable)()
    try:
        assert pieces.map_pieces(_collecting, None, [(0, 1), (1, 2), (2, 3)], processes=2) == [False] * 3
        assert gc.isenabled() == collecting
    finally:
        gc.enable()
