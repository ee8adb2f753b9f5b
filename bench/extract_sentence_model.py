"""The sentence model `accord extract` runs beside the rules (accord.extract.sentence_model): its training, on
the corpus's development split only (the test split is never read), and how it is measured; docs/extract.md,
"Method: rules, and a sentence model beside them", has its figures.

    python bench/extract_sentence_model.py --write        # train on every dev document, write the shipped weights
    python bench/extract_sentence_model.py --cv folds     # 5 folds of the dev documents
    python bench/extract_sentence_model.py --cv batch     # the fourth batch's dev documents held out
    python bench/extract_sentence_model.py --cv unread    # the six of them the rules' third round did not read
    python bench/extract_sentence_model.py --cv fifth     # the fifth batch's dev documents held out
    ACCORD_RULES=/tmp/r/src python bench/extract_sentence_model.py --batches eighty-sixth:hundredth
        # statements neither the model nor the rules had read: the batches' dev documents, the model trained on
        # the batches before them, the rules of a release before them (git worktree add /tmp/r 6872e899: 0.16.0)

The model is a logistic regression over a clause's words, word pairs, first words, length and five
structural features (`features`). Its examples are the clauses the rules read in each document: every
candidate of the rules, and every unit of a sentence (`extract.units`) with no cue and no veto of the rules
that no candidate overlaps (`clauses`). A clause is positive when it may match an annotated undertaking as
bench/extract_eval.py matches (word-set Jaccard >= 0.5, or one's words contain the other's). Training is
deterministic (a fixed seed and order, weights rounded): the same corpus gives the same weights, byte for
byte (`model_json`). --write adds the threshold `shipped_threshold` chooses: the lowest of SHIPPED_SWEEP at
which the two shipped texts' figures do not fall. For each fold the model is trained on the other dev
documents, and the fold's documents are scored with the rules' candidates alone, and with the units it scores
at least PROPOSE added (and the rules' candidates it scores under VETO dropped), at several thresholds, with
extract_eval's matching.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import math
import os
import random
import sys
from dataclasses import dataclass, replace
from operator import attrgetter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = REPO / "src" / "accord" / "extract" / "sentence_model.json"
# ACCORD_RULES: the src folder of an older release whose rules propose the clauses (see --batches)
RULES = os.environ.get("ACCORD_RULES")
sys.path.insert(0, RULES or str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import extract_eval  # noqa: E402
import extract_generalise  # noqa: E402


def _sentence_model():
    """This checkout's accord.extract.sentence_model, over the rules of ACCORD_RULES when it is set."""
    if not RULES:
        from accord.extract import sentence_model
        return sentence_model
    path = REPO / "src" / "accord" / "extract" / "sentence_model.py"
    spec = importlib.util.spec_from_file_location("sentence_model", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["sentence_model"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


_MODULE = _sentence_model()
Model, features, unread_clauses = _MODULE.Model, _MODULE.features, _MODULE.unread_clauses

SEED, EPOCHS, RATE, L2 = 20, 30, 0.1, 1e-4
MIN_DOCUMENTS = 2  # a feature seen in fewer training documents than this is one document's words
DIGITS = 3  # weights are rounded to this many decimals
FOLDS = 5
PROPOSE_SWEEP = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.92, 0.94, 0.96, 2.0)  # 2.0: never
SHIPPED_SWEEP = tuple(round(0.9 + k / 100, 2) for k in range(10))  # what `shipped_threshold` tries, lowest first
VETO_SWEEP = (-1.0, 0.05, 0.1, 0.2, 0.3)  # -1.0: never
# The fourth batch's development documents: annotated after the rules were last changed on main (b8c0859),
# so that the rules had not been read against them (bench/corpus/README.md, "Figures").
FOURTH_BATCH = frozenset((
    "ca-de-2024-astana-declaration", "ca-jp-2010-fm-joint-press-release", "ca-jp-2022-fm-meeting-report",
    "ca-osce-2023-fm-forum-report", "cis-2025-dushanbe-summit-report", "cn-ca-2024-fm-joint-statement",
    "eaeu-2020-covid-statement", "in-ca-2022-summit-press-release", "kr-ca-2007-cooperation-forum-report",
    "kr-tm-2024-joint-statement", "kz-uz-2023-fm-meeting-readout", "ots-2022-samarkand-declaration-report",
    "ru-ca-2025-dushanbe-communique-report"))
# Six of them, set aside while the rules' third round was written on the other seven (docs/extract-history.md, "The
# third round"): the only dev documents the rules after that round were not written on.
UNREAD = frozenset(("ca-jp-2022-fm-meeting-report", "in-ca-2022-summit-press-release",
                    "kr-ca-2007-cooperation-forum-report", "kr-tm-2024-joint-statement",
                    "ots-2022-samarkand-declaration-report", "ru-ca-2025-dushanbe-communique-report"))

# The fifth batch's development documents: annotated while the fourth round of rules was written and scored
# with main's rules before they were read (docs/extract-history.md, "The fourth round").
FIFTH_BATCH = frozenset((
    "cn-ru-2023-joint-statement", "eu-jp-2011-summit-report", "eu-jp-2023-summit-joint-statement",
    "gcc-ca-2023-jeddah-joint-statement", "in-ca-2019-fm-dialogue-joint-statement", "in-ru-2021-summit-report",
    "kz-kr-2024-talks-briefing-report", "kz-tr-2022-enhanced-partnership-statement", "ots-2024-garabagh-declaration",
    "sco-2016-tashkent-cfm-communique", "sco-2020-moscow-cfm-report", "us-kz-2018-leaders-statement",
    "uz-tr-2022-council-readout"))

@dataclass
class Clause:
    quote: str  # its words as the rules and the model read them, in the reflowed text
    by_rules: bool  # a candidate of the rules, else a unit they left out
    listed: bool = False  # an item of a list (its cue is in the list's lead): never dropped
    at: tuple[int, int] = (0, 0)  # where it is in the reflowed text
    verbatim: str = ""  # its words as a draft quotes them, the source's ("We’ll" where it reads "We will"): matched


def clauses(document: dict) -> list[Clause]:
    """The rules' candidates of a corpus document, as the draft keeps them (a call on others, a headline the body
    restates and a sentence given twice dropped), and the units of its sentences in which the rules found no cue and
    no veto, that no candidate overlaps and that have the words of a quote."""
    from accord.extract.candidates import propose_sentences
    from accord.extract.draft import as_drafted, restates_headline, without_repeats
    from accord.extract.reflow import reflow
    from accord.extract.segment import sentences

    flow = reflow(document["text"])
    text = flow.text
    spans = sentences(text)
    candidates = propose_sentences(text, spans)
    verbatim = [flow.source_slice(c.span.start, c.span.end) for c in candidates]
    if restates_headline(document["text"], verbatim):
        candidates = candidates[1:]
    drafted = [kept[0] for c in candidates if (kept := as_drafted(text, c, document["kind"], document["parties"]))]
    found = [Clause(c.quote(text), True, c.item is not None or c.listed, (c.span.start, c.span.end),
                    flow.source_slice(c.span.start, c.span.end)) for c in drafted]
    found += [Clause(span.of(text), False, at=(span.start, span.end), verbatim=flow.source_slice(span.start, span.end))
              for _, span in unread_clauses(text, spans, candidates)]
    return without_repeats(sorted(found, key=lambda c: c.at), attrgetter("quote"))  # in the text's order, of training


def labelled(document: dict) -> list[tuple[list[str], int, Clause]]:
    """Each clause's features and label (1: it may match an undertaking of the document)."""
    spans = [extract_eval.word_set(s) for s in document["spans"]]
    found = []
    for clause in clauses(document):
        words = extract_eval.word_set(clause.verbatim)
        label = int(any(extract_eval.pairs_with(words, span, lenient=True) for span in spans))
        found.append((features(clause.quote), label, clause))
    return found


def train(examples: list[list[tuple[list[str], int, Clause]]]) -> Model:
    """Logistic regression over the examples of several documents (a list per document)."""
    seen: dict[str, int] = {}
    for document in examples:
        for name in {f for fs, _, _ in document for f in fs}:
            seen[name] = seen.get(name, 0) + 1
    kept = {name for name, count in seen.items() if count >= MIN_DOCUMENTS}
    rows = [([f for f in fs if f in kept], label) for document in examples for fs, label, _ in document]
    keys = [clause.quote for document in examples for _, _, clause in document]
    weights: dict[str, float] = dict.fromkeys(sorted(kept), 0.0)
    bias = 0.0
    for rate, i in schedule(len(rows), SEED, EPOCHS, RATE, keys):
        fs, label = rows[i]
        z = bias + sum(weights[f] for f in fs)
        error = label - (1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0)
        bias += rate * error
        for f in fs:
            weights[f] += rate * (error - L2 * weights[f])
    return Model(round(bias, DIGITS), {f: round(w, DIGITS) for f, w in weights.items() if round(w, DIGITS)})


def schedule(count: int, seed: int, epochs: int, rate: float, keys: list[str] | None = None):
    """The indices of ``count`` examples in the order stochastic gradient descent visits them, each with its learning
    rate: each epoch a fresh shuffle (from a fixed seed, so training is reproducible), the rate falling as 1/(1 + epoch).
    With ``keys`` (each example's own words), the shuffle orders the examples by a hash of their keys: an example more or
    less leaves the others in the order they had, so a rule that changes a few clauses changes the model by as little,
    where a shuffle of positions would deal every example anew."""
    order = list(range(count))
    shuffle = random.Random(seed)
    for epoch in range(epochs):
        if keys is None:
            shuffle.shuffle(order)
        else:
            order.sort(key=lambda i: (_digest(f"{seed}/{epoch}/{keys[i]}"), i))
        for i in order:
            yield rate / (1 + epoch), i


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()


def model_json(model: Model) -> str:
    return model.to_json()


def kept(clause: Clause, score: float, propose: float, veto: float) -> bool:
    """Whether the rules with the model keep a clause: one the rules left out that scores at least
    ``propose``, a candidate of the rules unless it scores under ``veto`` (an item of a list always)."""
    if not clause.by_rules:
        return score >= propose
    return score >= veto or clause.listed


def cross_validate(held_out: str, batches: str | None = None) -> dict[tuple[float, float], list[list[int]]]:
    """For each pair of thresholds (propose, veto), for each fold: undertakings, candidates, lenient and
    strict matches of the fold's documents. ``batches`` ("FIRST:LAST", names of extract_generalise.BATCHES):
    one fold, the dev documents of those batches, the model trained on the batches before them (later ones
    left out)."""
    documents = extract_eval.corpus_documents(extract_eval.CORPUS, "dev")
    if batches:
        held, later = _batch_ids(batches)
        documents = [d for d in documents if d["id"] not in later]
    examples = [labelled(d) for d in documents]
    if batches:
        folds = [[i for i, d in enumerate(documents) if d["id"] in held]]
    elif held_out == "folds":
        folds = [list(range(k, len(documents), FOLDS)) for k in range(FOLDS)]
    else:
        held = {"batch": FOURTH_BATCH, "fifth": FIFTH_BATCH}.get(held_out, UNREAD)
        folds = [[i for i, d in enumerate(documents) if d["id"] in held]]
    results: dict[tuple[float, float], list[list[int]]] = {}
    for number, fold in enumerate(folds):
        model = train([e for i, e in enumerate(examples) if i not in fold])
        for i in fold:
            spans = documents[i]["spans"]
            scored = [(clause, model.score(clause.quote)) for _, _, clause in examples[i]]
            for p in PROPOSE_SWEEP:
                for v in VETO_SWEEP:
                    quotes = [c.verbatim for c, score in scored if kept(c, score, p, v)]
                    counts = results.setdefault((p, v), [[0] * 4 for _ in folds])[number]
                    found = (len(spans), len(quotes), len(extract_eval.match(quotes, spans, lenient=True)),
                             len(extract_eval.match(quotes, spans)))
                    for k, n in enumerate(found):
                        counts[k] += n
    return results


def _batch_ids(batches: str) -> tuple[set[str], set[str]]:
    """The ids of the batches FIRST to LAST, and of every batch after LAST."""
    names = list(extract_generalise.BATCHES)
    first, _, last = batches.partition(":")
    start, end = names.index(first), names.index(last or first) + 1
    ids = [set(extract_generalise.BATCHES[name]) for name in names]
    return set().union(*ids[start:end]), set().union(*ids[end:])


def write_weights(sources: Path) -> Model:
    """Train on every dev document and write the weights the package ships, with the threshold
    `shipped_threshold` chooses."""
    model = train([labelled(d) for d in extract_eval.corpus_documents(extract_eval.CORPUS, "dev")])
    model = replace(model, threshold=shipped_threshold(model, sources))
    WEIGHTS.write_text(model_json(model), encoding="utf-8")
    return model


def shipped_threshold(model: Model, sources: Path) -> float:
    """The lowest of SHIPPED_SWEEP at which no figure of the two shipped texts (recall, precision, each document's)
    falls under what the rules alone reach (1.0, never proposing, if none)."""
    rules = _shipped_figures(sources, None)
    for threshold in SHIPPED_SWEEP:
        drafted = _shipped_figures(sources, replace(model, threshold=threshold))
        if all(d >= r for d, r in zip(drafted, rules)):
            return threshold
    return 1.0


def _shipped_figures(sources: Path, model: Model | None) -> list[float]:
    """Recall and precision of each shipped text, drafted by the rules alone or with ``model`` beside them."""
    original = _MODULE.shipped
    _MODULE.shipped = lambda: model
    try:
        rows = extract_eval.evaluate(sources, model=model is not None)
    finally:
        _MODULE.shipped = original
    return [figure for row in rows for figure in (row["recall"], row["precision"])]


def report(results: dict[tuple[float, float], list[list[int]]]) -> None:
    print(f"{'propose at':>10} {'veto below':>10} {'cand.':>6} {'recall':>7} {'precision':>9} {'strict-R':>8}"
          f"   recall/precision by fold")
    for (p, v), per_fold in sorted(results.items()):
        total = [sum(c[k] for c in per_fold) for k in range(4)]
        by_fold = " ".join(f"{c[2] / c[0]:.2f}/{c[2] / max(c[1], 1):.2f}" for c in per_fold)
        print(f"{'never' if p > 1 else p:>10} {'never' if v <= 0 else v:>10} {total[1]:6} {total[2] / total[0]:7.1%}"
              f" {total[2] / total[1]:9.1%} {total[3] / total[0]:8.1%}   {by_fold}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", choices=("folds", "batch", "unread", "fifth"), default="folds",
                        help=f"hold out {FOLDS} folds of the dev documents in turn, the fourth batch's, the "
                             "six of it the rules' third round did not read, or the fifth batch's")
    parser.add_argument("--batches", metavar="FIRST:LAST",
                        help="hold out the dev documents of these batches (bench/extract_generalise.BATCHES), train on "
                             "the batches before them; with ACCORD_RULES=<an older release's src> the rules that had "
                             "not read them propose")
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources",
                        help="the shipped texts' sources, for --write's threshold")
    parser.add_argument("--write", action="store_true",
                        help=f"train on every dev document and write {WEIGHTS.relative_to(REPO)}, the shipped weights")
    args = parser.parse_args(argv)
    if args.write:
        model = write_weights(args.sources)
        print(f"{WEIGHTS.relative_to(REPO)}: {len(model.weights)} weights, threshold {model.threshold}")
        return 0
    report(cross_validate(args.cv, args.batches))
    return 0


if __name__ == "__main__":
    sys.exit(main())
