"""How `accord extract` reads a sentence against the same sentence put another way that means the same: metamorphic
probes of how well its reading generalises, on the development split only.

A sample of the development split's annotated sentences (those that hold or lie inside an undertaking) is drafted
sentence by sentence, as it is and transformed by each of PROBES: a spelling ("co-operation"), a name for the parties
("the two leaders"), a tense ("have agreed to"), a title ("H.E."), a mark ("• ") that no document chooses for what it
says. A sentence reads the same when the quotes of its transformed form are those of its own form transformed alike
(after the probe's `strip`, for a mark put before it). Each probe reports how many sampled sentences it changed and how
many of those were drafted differently; `--show` prints them. No annotation is read but to choose the sample, and no
figure of the corpus comes from here: a probe finds where the rules read the form of a sentence rather than what it
says, for a round to mend the mechanism (docs/extract-history.md, "The fortieth round" and "The forty-first round").

    python bench/extract_probe.py [--sample N] [--seed S] [--only NAME …] [--show K] [--check]

--check exits with 1 when a probe draws more sentences drafted differently than its CEILINGS (what 0.41.0 drew on the
default sample): a change that makes extract read the form of a sentence more fails CI; lower them when a round mends
a probe, never raise them to let a change through.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "src"))

import extract_eval  # noqa: E402

SAMPLE, SEED = 1500, 7


@dataclass(frozen=True)
class Probe:
    """A transformation that changes no meaning: ``substitutions`` (pattern, replacement) applied in turn, or ``per``
    (of a document's parties); what ``strip`` finds is no word of either draft (a mark put before the sentence)."""

    name: str
    substitutions: tuple[tuple[str, str | Callable[[re.Match], str]], ...] = ()
    strip: str | None = None
    per: Callable[[list[str], str], str] | None = None

    def of(self, parties: list[str], text: str) -> str:
        if self.per is not None:
            return self.per(parties, text)
        for pattern, replacement in self.substitutions:
            text = re.sub(pattern, replacement, text)
        return text

    def unmarked(self, quote: str) -> str:
        return re.sub(self.strip, "", quote) if self.strip else quote


def _by_their_names(parties: list[str], text: str) -> str:
    """"The two sides" (and its like, opening a sentence) as a bilateral document's two parties by name."""
    from accord.domain.parties import party_name

    if len(parties) != 2:
        return text
    names = " and ".join(party_name(code) for code in parties)
    return _THE_SIDES.sub(names, text)


_THE_SIDES = re.compile(r"^(?:The two sides|Both sides|The two countries|Both countries|The sides|The parties)\b")
_SUBJECT_PARTIES = r"^(?:The two sides|Both sides)\b"
_COUNTRY_WILL = r"\b(China|Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Russia) will\b"
PROBES = (
    # spellings and typography
    Probe("co-operation", ((r"\bcooperat", "co-operat"), (r"\bCooperat", "Co-operat"), (r"\bcoordinat", "co-ordinat"),
                           (r"\bCoordinat", "Co-ordinat"))),
    Probe("British -ise, -our", ((r"\b(\w{3,})iz(e|ed|es|ing|ation|ations)\b", r"\1is\2"),
                                 (r"\b(endeav|fav|lab|neighb|hon|harb)or", r"\1our"))),
    Probe("curly apostrophe", (("'", "’"),)),
    Probe("straight quotes", (("“|”", '"'),)),
    Probe("no Oxford comma", ((r", and\b", " and"),)),
    Probe("the Parties, the Sides", ((r"\bthe parties\b", "the Parties"), (r"\bthe sides\b", "the Sides"))),
    Probe("H.E. before a president", ((r"\bPresident\b", "H.E. President"),)),
    Probe("Mr. after a minister", ((r"\bMinister\b", "Minister Mr."),)),
    Probe("abbreviated month", ((r"\b(?:January|February|March|April|June|July|August|September|October|November|"
                                 r"December)\b", "Jan."),)),
    Probe("the U.S.", ((r"\bthe United States\b", "the U.S."),)),
    # marks before the sentence
    Probe("bullet", ((r"^", "• "),), strip=r"^• "),
    Probe("number", ((r"^", "1. "),), strip=r"^1\. "),
    Probe("connective", ((r"^([A-Z])", r"In addition, \1"),), strip=r"^In addition, "),
    # the parties by another name
    Probe("the parties by name", per=_by_their_names),
    Probe("the two leaders", ((_SUBJECT_PARTIES, "The two leaders"),)),
    Probe("the two foreign ministers", ((_SUBJECT_PARTIES, "The two foreign ministers"),)),
    Probe("the sides by their adjectives", ((_SUBJECT_PARTIES, "The Chinese and Kazakh sides"),)),
    Probe("a capital for its country", ((r"(^|that |, )China (will|is|would|should)\b", r"\1Beijing \2"),)),
    Probe("we, the leaders", ((r"^We\b", "We, the leaders,"),)),
    # the same word of undertaking in another form
    Probe("stand ready", ((r"\b(are|is) ready to\b", lambda m: ("stands" if m.group(1) == "is" else "stand")
                           + " ready to"),)),
    Probe("must for should", ((r"\bshould\b", "must"),)),
    Probe("agree in the present", ((r"\bagreed to\b", "agree to"),)),
    Probe("have agreed", ((r"\bagreed to\b", "have agreed to"),)),
    Probe("is going to", ((_COUNTRY_WILL, r"\1 is going to"),)),
    Probe("intends to", ((_COUNTRY_WILL, r"\1 intends to"),)),
    Probe("decided for agreed", ((r"\bagreed to\b", "decided to"),)),
    Probe("willing for ready", ((r"\bis ready to\b", "is willing to"), (r"\bare ready to\b", "are willing to"))),
    # the same speaker with another verb
    Probe("pointed out that", ((r"\bsaid that\b", "pointed out that"),)),
    Probe("underlined for said", ((r"\bsaid\b", "underlined"),)),
)
# What 0.41.0 drew, on the default sample: sentences drafted differently, of those each probe changed.
CEILINGS = {
    "co-operation": 12, "British -ise, -our": 0, "curly apostrophe": 0, "straight quotes": 0,
    "no Oxford comma": 34, "the Parties, the Sides": 2, "H.E. before a president": 43, "Mr. after a minister": 0,
    "abbreviated month": 1, "the U.S.": 4, "bullet": 0, "number": 0, "connective": 82, "the parties by name": 2,
    "the two leaders": 1, "the two foreign ministers": 4, "the sides by their adjectives": 1,
    "a capital for its country": 1, "we, the leaders": 47, "stand ready": 2, "must for should": 4,
    "agree in the present": 2, "have agreed": 12, "is going to": 29, "intends to": 1, "decided for agreed": 0,
    "willing for ready": 0, "pointed out that": 0, "underlined for said": 98,
}


Sentence = tuple[list[str], str, str]  # (the document's parties, its id, the sentence)


def sample(size: int, seed: int) -> list[Sentence]:
    """``size`` annotated sentences of the development split, drawn with ``seed``: (the document's parties, its id,
    the sentence whitespace-normalised)."""
    from accord.extract.segment import sentences

    found = []
    for document in extract_eval.corpus_documents(extract_eval.CORPUS, "dev"):
        spans = [extract_eval.normalised(span) for span in document["spans"]]
        for _, span in sentences(document["text"]):
            sentence = extract_eval.normalised(span.of(document["text"]))
            if any(s in sentence or sentence in s for s in spans):
                found.append((document["parties"], document["id"], sentence))
    random.Random(seed).shuffle(found)
    return found[:size]


def _quotes(job: tuple[list[str], str]) -> list[str]:
    from accord.extract import Metadata, draft

    parties, sentence = job
    meta = Metadata(id="probe", title="probe", date="2024-01-01", place="", parties=parties, kind="readout")
    return [c.quote for c in draft(sentence, meta, model=False).commitments]


def drafted(sentences: list[Sentence], pool) -> list[list[str]]:
    """The quotes each of ``sentences`` is drafted into, as it is: read once, for every probe."""
    return list(pool.map(_quotes, [(parties, sentence) for parties, _, sentence in sentences], chunksize=16))


def run(probe: Probe, sentences: list[Sentence], quotes: list[list[str]],
        pool) -> tuple[int, list[tuple[str, str, list, list]]]:
    """How many of ``sentences`` (drafted into ``quotes``) ``probe`` changes, and each it changes that is drafted
    differently: (document, transformed sentence, the sentence's quotes transformed alike, the transformed sentence's
    quotes)."""
    put = [(parties, key, sentence, probe.of(parties, sentence), own)
           for (parties, key, sentence), own in zip(sentences, quotes)]
    changed = [(parties, key, other, own) for parties, key, sentence, other, own in put if other != sentence]
    after = list(pool.map(_quotes, [(parties, other) for parties, _, other, _ in changed], chunksize=16))
    differ = []
    for (parties, key, other, own), theirs in zip(changed, after):
        expected = [probe.unmarked(probe.of(parties, quote)) for quote in own]
        if expected != [probe.unmarked(quote) for quote in theirs]:
            differ.append((key, other, expected, theirs))
    return len(changed), differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=SAMPLE, help="annotated development sentences drawn")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run these probes only")
    parser.add_argument("--show", type=int, default=0, metavar="K", help="print K sentences each probe reads otherwise")
    parser.add_argument("--check", action="store_true", help="exit 1 where a probe draws more than its ceiling")
    args = parser.parse_args(argv)
    if args.check and ((args.sample, args.seed) != (SAMPLE, SEED) or args.only):
        parser.error("--check compares every probe on the default sample with its ceiling")
    probes = [p for p in PROBES if not args.only or p.name in args.only]
    sentences = sample(args.sample, args.seed)
    over = []
    print(f"{'probe':32} {'changed':>8} {'differ':>7} {'ceiling':>8}")
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        quotes = drafted(sentences, pool)
        for probe in probes:
            changed, differ = run(probe, sentences, quotes, pool)
            ceiling = CEILINGS[probe.name]
            print(f"{probe.name:32} {changed:8} {len(differ):7} {ceiling:8}")
            for key, other, expected, theirs in differ[:args.show]:
                print(f"    {key}\n      {other}\n      as it is:    {expected}\n      put so:      {theirs}")
            if args.check and len(differ) > ceiling:
                over.append(f"{probe.name}: {len(differ)} sentences drafted differently, over its ceiling {ceiling}")
    for line in over:
        print(f"extract_probe: {line}", file=sys.stderr)
    if args.check and not over:
        print("every probe within its ceiling")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
