"""The annotated corpus (bench/corpus) and how bench/extract_eval.py scores it."""

from __future__ import annotations

import re
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import REPO
from accord.domain.parties import is_party
from accord.extract import Metadata, draft

sys.path.insert(0, str(REPO / "bench"))
import extract_eval  # noqa: E402
import extract_figures  # noqa: E402
import extract_probe  # noqa: E402

STATEMENT = """China and Utopia issued a joint statement.
The two sides will build the Northern Railway
before the end of 2027, and will maintain close contacts.
The two sides spoke highly of the visit.
"""
SIDECAR = """title = "Joint statement"
date = 2024-06-06
parties = ["CN", "KZ"]
kind = "joint-statement"
url = "https://example.org/statement"

[[undertakings]]
text = "The two sides will build the Northern Railway before the end of 2027"

[[undertakings]]
text = "will maintain close contacts."
"""


def write_corpus(root, split="dev", text=STATEMENT, sidecar=SIDECAR):
    folder = root / split
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "statement.txt").write_text(text, encoding="utf-8")
    (folder / "statement.toml").write_text(sidecar, encoding="utf-8")
    return root


def test_the_corpus_readme_lists_each_document_once_in_order_and_keeps_each_batch_its_own_paragraph():
    """Batches made in parallel are merged with git's union driver, which keeps both sides' lines but runs
    paragraphs together and leaves table rows out of order: this says where to tidy."""
    readme = (extract_eval.CORPUS / "README.md").read_text(encoding="utf-8")
    rows = [m.groups() for m in re.finditer(r"^\| (dev|test) \| `([^`]+)` \| ([^|]*?) \|", readme, re.M)]
    documents = [(d["split"], d["id"], d["date"]) for d in extract_eval.corpus_documents(extract_eval.CORPUS, "all")]
    assert rows == documents
    run_together = [p[:60] for p in readme.split("\n\n") if len(re.findall(r"\bbatch of \d+ documents\b", p)) > 1]
    assert run_together == []


def test_the_lenient_matching_also_pairs_a_quote_inside_an_undertaking():
    short, long = "build the railway", "the two sides will build the railway before 2027"
    assert extract_eval.match([short], [long]) == {}  # Jaccard 3/9
    assert extract_eval.match([short], [long], lenient=True) == {0: 0}
    assert extract_eval.match([long], [short], lenient=True) == {0: 0}
    assert extract_eval.match([short, long], [long], lenient=True) in ({0: 0}, {1: 0})


def test_every_corpus_undertaking_is_in_its_text_and_a_third_of_the_documents_are_test():
    documents = extract_eval.corpus_documents(extract_eval.CORPUS, "all")
    splits = [d["split"] for d in documents]
    assert (splits.count("dev"), splits.count("test")) == (1437, 792)
    assert all(d["date"] and d["parties"] for d in documents)
    # eight openings state no undertaking at all (each sidecar's extent says so): every candidate is an extra
    assert [d["id"] for d in documents if not d["spans"]] == [
        "c5plus1-2023-astana-afghanistan-special-session-joint-statement", "gcc-ca-2023-jeddah-joint-statement",
        "mn-tm-2024-ashgabat-state-visit-joint-statement", "ots-2024-garabagh-declaration",
        "sco-2007-bishkek-declaration", "sco-2019-bishkek-declaration",
        "tj-uz-2018-dushanbe-joint-statement", "ru-ca-2021-tashkent-fm-afghanistan-joint-statement"]


def test_every_party_the_corpus_names_is_a_party_accord_accepts():
    named = []
    for sidecar in sorted(extract_eval.CORPUS.glob("*/*.toml")):
        meta = tomllib.loads(sidecar.read_text(encoding="utf-8"))
        parties = list(meta["parties"]) + [p for u in meta.get("undertakings", []) for p in u.get("parties", [])]
        named += [f"{sidecar.parent.name}/{sidecar.stem}: {party}" for party in parties if not is_party(party)]
    assert named == []


def test_the_second_annotation_is_of_development_statements_and_verbatim():
    second = sorted((REPO / "bench" / "agreement").glob("*.toml"))
    assert len(second) == 20
    for sidecar in second:
        text = extract_eval.normalised((extract_eval.CORPUS / "dev" / sidecar.with_suffix(".txt").name).read_text())
        spans = [u["text"] for u in tomllib.loads(sidecar.read_text(encoding="utf-8"))["undertakings"]]
        assert spans and all(extract_eval.normalised(span) in text for span in spans), sidecar.stem


def test_a_span_across_a_line_break_is_found_and_scored(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus")
    assert extract_eval.main(["--corpus", str(corpus), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "dev/statement " in out
    assert "dev (all 1 documents)" in out
    assert "kg-2023-joint-statement" not in out  # --corpus scores the corpus only


def test_the_development_split_is_also_scored_by_kind_of_document_and_the_test_split_only_whole(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus")
    write_corpus(corpus, "test", sidecar=SIDECAR.replace('kind = "joint-statement"', 'kind = "readout"'))
    assert extract_eval.main(["--corpus", str(corpus), "--split", "all"]) == 0
    labels = [line[:46].rstrip() for line in capsys.readouterr().out.splitlines()[2:] if "guesses" not in line]
    assert labels == ["dev/statement", "dev, joint-statement (1 documents)", "dev (all 1 documents)",
                      "test (all 1 documents)"]


def test_each_split_says_how_often_the_guesses_agree_with_the_annotation_and_verbose_lists_each_that_does_not(
        tmp_path, capsys):
    sidecar = SIDECAR.replace('end of 2027"', 'end of 2027"\narea = "connectivity"\ndeadline = "2027-12"').replace(
        'close contacts."', 'close contacts."\narea = "culture"\nparties = ["KZ"]')
    corpus = write_corpus(tmp_path / "corpus", sidecar=sidecar)
    assert extract_eval.main(["--corpus", str(corpus), "--split", "dev", "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == ("dev: the guesses agree with the annotation on matched pairs: area 50.0% of 2, parties 50.0% of 2, "
                       "deadline 0.0% of 1")
    assert [line for line in out if line.startswith("    guess")] == [
        "    guess    deadline '2027'≠'2027-12': The two sides will build the Northern Railway before the end of 2027",
        "    guess    area 'politics'≠'culture': will maintain close contacts.",
        "    guess    parties ['CN', 'KZ']≠['KZ']: will maintain close contacts.",
    ]


def test_a_span_not_in_its_text_stops_the_evaluation(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", sidecar=SIDECAR.replace("Northern Railway", "Southern Railway"))
    assert extract_eval.main(["--corpus", str(corpus)]) == 2
    sidecar = corpus / "dev" / "statement.toml"
    assert capsys.readouterr().err == (f"extract_eval: {sidecar}: undertaking not found in statement.txt: "
                                       "'The two sides will build the Southern Railway before the end of 2027'\n")


def test_a_sidecar_without_its_text_stops_the_evaluation(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", split="test")
    (corpus / "test" / "statement.txt").unlink()
    assert extract_eval.main(["--corpus", str(corpus), "--split", "test"]) == 2
    sidecar = corpus / "test" / "statement.toml"
    assert capsys.readouterr().err == f"extract_eval: {sidecar}: no text statement.txt beside it\n"


@pytest.mark.parametrize("split, shown", [("dev", True), ("test", False)])
def test_verbose_lists_the_misses_of_the_dev_split_only(tmp_path, capsys, split, shown):
    sidecar = SIDECAR + '\n[[undertakings]]\ntext = "The two sides spoke highly of the visit."\n'
    corpus = write_corpus(tmp_path / "corpus", split=split, sidecar=sidecar)
    assert extract_eval.main(["--corpus", str(corpus), "--split", split, "--verbose"]) == 0
    assert ("missed   The two sides spoke highly of the visit." in capsys.readouterr().out) is shown


def test_the_figures_of_a_split_add_up_its_documents():
    row = {"spans": ["a", "b", "c", "d"], "candidates": [object()] * 2, "pairs": {0: 1}, "strict": 0,
           "default_area": 1, "not_verbatim": 0}
    other = {"spans": ["e"], "candidates": [object()] * 2, "pairs": {0: 0, 1: 0}, "strict": 1,
             "default_area": 0, "not_verbatim": 1}
    figures = extract_eval.corpus_figures([row, other])
    assert (figures["recall"], figures["precision"]) == (3 / 5, 3 / 4)
    assert (figures["strict_recall"], figures["strict_precision"]) == (1 / 5, 1 / 4)
    assert (figures["default_area"], figures["not_verbatim"]) == (1 / 4, 1)


def test_an_area_that_fell_to_the_default_is_recognised_in_the_draft():
    meta = Metadata(id="x", title="x", date="2024-06-06", place="", parties=["CN", "KZ"], kind="joint-statement")
    guessed = draft("The two sides will build the Northern Railway and open a new border crossing.\n", meta).commitments
    unnamed = "The two sides will maintain close contacts at all levels.\n"
    assert guessed and not any(extract_eval.fell_to_default(c) for c in guessed)
    assert all(extract_eval.fell_to_default(c) for c in draft(unnamed, meta, model=False).commitments)
    read_by_the_model = draft(unnamed, meta).commitments  # the area model reads its words: no default
    assert read_by_the_model and not any(extract_eval.fell_to_default(c) for c in read_by_the_model)


def test_the_strict_check_of_the_shipped_texts_prints_no_split_of_the_corpus(tmp_path, capsys):
    sources = tmp_path / "sources"
    sources.mkdir()
    assert extract_eval.main(["--strict", "--sources", str(sources)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("document ") and "targets: recall >= 90%" in out
    assert "corpus" not in out and "(all " not in out  # neither split's totals: CI's check shows no test figures


# -- the figures the README and docs/extract.md state (bench/extract_figures.py) ----------------

STATED_README = f"""# accord

Measured:

{extract_figures.FIGURES_START}
| test split | 1 | 2 |
{extract_figures.FIGURES_END}

After.
"""
STATED_ROWS = """| batch | candidates |
| **test split** (1 statements; totals only) | 9 |
| dev, all 1 statements | 9 |
"""


def test_the_stated_figures_are_rewritten_with_the_measured_ones_and_then_agree(tmp_path):
    corpus = write_corpus(write_corpus(tmp_path / "corpus"), split="test")
    readme, doc = tmp_path / "README.md", tmp_path / "extract.md"
    readme.write_text(STATED_README, encoding="utf-8")
    doc.write_text(STATED_ROWS, encoding="utf-8")
    measured = extract_figures.measure(corpus)
    (old_readme, new_readme), (old_doc, new_doc) = extract_figures.rewritten(measured, readme, doc).values()
    assert (old_readme, old_doc) == (STATED_README, STATED_ROWS)
    assert new_readme.startswith("# accord\n\nMeasured:\n\n<!-- figures") and new_readme.endswith("-->\n\nAfter.\n")
    assert ("| development split (rules and model in sample) | 1 | 2 | default | 2 | 2 | 100.0 % | 100.0 % | 100.0 % |"
            in new_readme.splitlines())
    assert new_doc.splitlines() == [
        "| batch | candidates |",
        "| **test split** (1 statements, 2 undertakings; totals only) | 2 | 100.0 % | 100.0 % | 100.0 % "
        "| 2 | 100.0 % | 100.0 % | 100.0 % |",
        "| dev, all 1 statements (2 undertakings, rules and model in sample) | 2 | 100.0 % | 100.0 % | 100.0 % "
        "| 2 | 100.0 % | 100.0 % | 100.0 % |"]
    readme.write_text(new_readme, encoding="utf-8")
    doc.write_text(new_doc, encoding="utf-8")
    assert all(old == new for old, new in extract_figures.rewritten(measured, readme, doc).values())


def test_a_document_without_the_place_of_its_figures_is_refused():
    with pytest.raises(extract_figures.FiguresError, match="README.md has no block from"):
        extract_figures.with_block("# accord\n", "block")
    twice = "| dev, all 1 |\n| dev, all 2 |\n"
    with pytest.raises(extract_figures.FiguresError, match="docs/extract.md has 2 rows opening '| dev, all ', not one"):
        extract_figures.with_rows(twice, {"| dev, all ": "| dev, all 3 |"})


def _probe_run(probe, sentences):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return extract_probe.run(probe, sentences, extract_probe.drafted(sentences, pool), pool)


def test_a_probe_counts_the_sentences_it_changes_and_those_drafted_otherwise():
    sentences = [(["DE", "MN"], "doc", "The two sides will open a joint geology centre in Darkhan in 2026."),
                 (["DE", "MN"], "doc", "The forum was held in Darkhan.")]
    no_cue = extract_probe.Probe("no cue", ((r"\bwill open\b", "opened"),))
    assert _probe_run(no_cue, sentences) == (1, [(
        "doc", "The two sides opened a joint geology centre in Darkhan in 2026.",
        ["The two sides opened a joint geology centre in Darkhan in 2026."], [])])
    assert _probe_run(extract_probe.Probe("bullet", ((r"^", "• "),), strip=r"^• "), sentences) == (2, [])


def test_every_probe_has_its_ceiling_and_each_name_is_its_own():
    names = [probe.name for probe in extract_probe.PROBES]
    assert len(names) == len(set(names)) and set(names) == set(extract_probe.CEILINGS)


def test_the_parties_by_name_put_a_bilateral_documents_two_names_for_the_two_sides():
    probe = next(p for p in extract_probe.PROBES if p.name == "the parties by name")
    assert probe.of(["DE", "MN"], "The two sides agreed to open a centre.") == (
        "Germany and Mongolia agreed to open a centre.")
    assert probe.of(["DE", "MN", "KZ"], "The two sides agreed.") == "The two sides agreed."
