"""`accord extract --grain aim|action`: how finely a draft cuts undertakings. The aim grain (the default) keeps
the predicates that serve one aim together, as the shipped seeds do; the action grain proposes each distinct action
(a predicate naming its own work) apart, as the corpus is annotated. The extract_grain setting gives the default."""

from __future__ import annotations

import re
import sys
import tomllib

import pytest

from conftest import REPO, SOURCES

sys.path.insert(0, str(REPO / "bench"))

SHIPPED = ["2014-05-18-xi-atambayev-talks.txt", "2023-05-18-china-kyrgyzstan-joint-statement.txt"]
needs_sources = pytest.mark.skipif(not SOURCES.is_dir(), reason=f"no source texts at {SOURCES}")
# Development statements of the corpus outside its ninth batch (held out when the grain was chosen).
CORPUS_TEXTS = ["cn-kg-2023-partnership-declaration", "c5-xian-2023-declaration", "asean-43-2023-chairmans-statement"]

STATEMENT = """\
Joint Statement of Freedonia and Sylvania
Fredville, 3 March 2025
The two sides agreed to expand trade in farm products, promote the Sylvania Wine Festival in Freedonian cities, \
and encourage more students to study in each other's universities.
The two sides agreed to deepen political trust, expand trade and strengthen friendship between their peoples.
"""

HEAD = """\
# Draft seed file written by `accord extract` from statement.txt.
# Every quote is the source's own words, copied from the source text fs-2025.txt; every other field is a guess
# (the comment above each commitment says how it was made): review them, delete what is
# not a commitment, then load the file (`--seeds`, ACCORD_SEEDS or `accord config set seeds`).
# title: the text's first line; check it
# date 2025-03-03: the dateline “Fredville, 3 March 2025”
# place Fredville: the dateline “Fredville, 3 March 2025”
# kind joint-statement: from the title and opening words
"""
DOCUMENT = """
[document]
id = "fs-2025"
title = "Joint Statement of Freedonia and Sylvania"
date = 2025-03-03
place = "Fredville"
parties = [
    "FR",
    "SY",
]
kind = "joint-statement"
source = "fs-2025.txt"
"""
AIMS = """
# {number}. proposed: undertaking cue “agreed to”
# area politics: area cues point to politics; kind policy: no kind cue: policy by default
# parties: subject “The two sides”
[[commitments]]
id = "deepen-political-trust-expand-trade"
title = "Deepen political trust, expand trade and strengthen friendship"
quote = "The two sides agreed to deepen political trust, expand trade and strengthen friendship between their peoples."
area = "politics"
parties = [
    "FR",
    "SY",
]
kind = "policy"
status = "pledged"
"""
AIM = HEAD + DOCUMENT + """
# 1. proposed: undertaking cue “agreed to”
# area trade: the area model reads trade (0.87; weighing most: “trade”, “products”, “encourage”); unsure: culture (3) \
over education (3); kind policy: no kind cue: policy by default
# parties: subject “The two sides”
[[commitments]]
id = "expand-trade-farm-products-promote"
title = "Expand trade in farm products, promote the Sylvania Wine Festival"
quote = "The two sides agreed to expand trade in farm products, promote the Sylvania Wine Festival in Freedonian \
cities, and encourage more students to study in each other's universities."
area = "trade"
parties = [
    "FR",
    "SY",
]
kind = "policy"
status = "pledged"
""" + AIMS.format(number=2)
CUT = "cut from “The two sides agreed to expand trade in …”"
ACTION = HEAD + """\
# grain action: each distinct action is a commitment of its own; a comment says which longer stretch one was cut \
from (--grain aim keeps the actions that serve one aim together)
""" + DOCUMENT + f"""
# 1. proposed: undertaking cue “agreed to”; action 1 of 3 {CUT}
# area trade: the area model reads trade (0.98; weighing most: “trade”, “products”, “agreed”); unsure: trade (2) \
over agriculture (2); kind policy: no kind cue: policy by default
# parties: subject “The two sides”
[[commitments]]
id = "expand-trade-farm-products"
title = "Expand trade in farm products"
quote = "The two sides agreed to expand trade in farm products"
area = "trade"
parties = [
    "FR",
    "SY",
]
kind = "policy"
status = "pledged"

# 2. proposed: undertaking cue “agreed to”; action 2 of 3 {CUT}
# area culture: area cues point to culture; kind policy: no kind cue: policy by default
# parties: subject “The two sides”
[[commitments]]
id = "promote-sylvania-wine-festival-freedonian"
title = "Promote the Sylvania Wine Festival in Freedonian cities"
quote = "promote the Sylvania Wine Festival in Freedonian cities"
area = "culture"
parties = [
    "FR",
    "SY",
]
kind = "policy"
status = "pledged"

# 3. proposed: undertaking cue “agreed to”; action 3 of 3 {CUT}
# area education: area cues point to education; kind policy: no kind cue: policy by default
# parties: subject “The two sides”
[[commitments]]
id = "encourage-students-study-others-universities"
title = "Encourage more students to study in each other's universities"
quote = "encourage more students to study in each other's universities."
area = "education"
parties = [
    "FR",
    "SY",
]
kind = "policy"
status = "pledged"
""" + AIMS.format(number=4)


def drafted(run, tmp_path, *options):
    source = tmp_path / "statement.txt"
    source.write_text(STATEMENT, encoding="utf-8")
    return run("extract", source, "--id", "fs-2025", "--party", "FR", "--party", "SY", "-o", "-", *options)


def test_the_action_grain_cuts_the_actions_that_name_their_own_work_and_the_aim_grain_keeps_them(run, tmp_path):
    # The first sentence's second action names a festival of its own: at the action grain each of its three
    # actions is a commitment; the second sentence's list of aims names nothing and stays one at either grain.
    for options, expected in (((), AIM), (("--grain", "aim"), AIM), (("--grain", "action"), ACTION)):
        result = drafted(run, tmp_path, *options)
        assert result.exit_code == 0, result.output
        assert result.stdout == expected


def test_the_extract_grain_setting_is_the_default_and_the_option_overrides_it(run, tmp_path):
    set_ = run("config", "set", "extract_grain", "action")
    assert set_.exit_code == 0, set_.output
    assert run("config", "get", "extract_grain").stdout == "action\n"
    assert drafted(run, tmp_path).stdout == ACTION
    assert drafted(run, tmp_path, "--grain", "aim").stdout == AIM
    assert run("config", "unset", "extract_grain").exit_code == 0
    assert run("config", "get", "extract_grain").stdout == "aim\n"
    assert drafted(run, tmp_path).stdout == AIM


def test_a_grain_accord_does_not_know_is_refused_with_the_grains_it_does(run, tmp_path, accord_home):
    result = run("config", "set", "extract_grain", "fine")
    assert result.exit_code == 10
    assert result.stderr == "accord: error: unknown extract_grain 'fine'; one of: aim, action\n"
    assert not (accord_home / "config.toml").exists()
    option = drafted(run, tmp_path, "--grain", "fine")
    assert option.exit_code == 5
    assert option.stderr == "accord: error: unknown --grain 'fine'; one of: aim, action\n"
    (accord_home / "config.toml").write_text('extract_grain = "fine"\n', encoding="utf-8")
    configured = drafted(run, tmp_path)
    assert configured.exit_code == 10
    assert configured.stderr == (f"accord: error: unknown extract_grain 'fine' (config {accord_home / 'config.toml'});"
                                 " one of: aim, action\n")


def test_review_walks_the_actions_of_the_action_grain(run, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text(STATEMENT, encoding="utf-8")
    out = tmp_path / "drafts" / "fs.toml"
    result = run("extract", source, "--id", "fs-2025", "--party", "FR", "--party", "SY", "--grain", "action",
                 "--review", "-o", out, input="y\nn\ny\nn\n")
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}: document fs-2025, 2 commitments (of 4 proposed)" in result.stderr
    written = tomllib.loads(out.read_text(encoding="utf-8"))["commitments"]
    assert [c["id"] for c in written] == ["expand-trade-farm-products", "encourage-students-study-others-universities"]


def _checks_clean(run, tmp_path, source, *options):
    """Draft ``source`` at the action grain, run the check the draft suggests, and return the commitments."""
    out = tmp_path / "drafts" / f"{source.stem}.toml"
    result = run("extract", source, "--grain", "action", "-o", out, *options)
    assert result.exit_code == 0, result.output
    suggested = re.search(r"Check the quotes with: accord (.*)$", result.stderr, re.M).group(1).split()
    check = run(*suggested)
    assert check.exit_code == 0, check.output
    text = source.read_text(encoding="utf-8")
    commitments = tomllib.loads(out.read_text(encoding="utf-8"))["commitments"]
    for commitment in commitments:
        assert commitment["quote"] in text
        assert len(commitment["title"]) <= 80
    assert len({c["id"] for c in commitments}) == len(commitments)
    return commitments


@needs_sources
@pytest.mark.parametrize("name", SHIPPED)
def test_an_action_grain_draft_of_a_shipped_text_loads_and_checks_clean(run, tmp_path, name):
    source = tmp_path / name
    source.write_text((SOURCES / name).read_text(encoding="utf-8"), encoding="utf-8")
    commitments = _checks_clean(run, tmp_path, source)
    assert len(commitments) >= 15


@pytest.mark.parametrize("name", CORPUS_TEXTS)
def test_an_action_grain_draft_of_a_corpus_text_loads_and_checks_clean(run, tmp_path, name):
    sidecar = tomllib.loads((REPO / "bench" / "corpus" / "dev" / f"{name}.toml").read_text(encoding="utf-8"))
    source = tmp_path / f"{name}.txt"
    source.write_text((REPO / "bench" / "corpus" / "dev" / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    parties = [option for party in sidecar["parties"] for option in ("--party", party)]
    assert _checks_clean(run, tmp_path, source, "--date", str(sidecar["date"]), *parties)


SIDECAR = """title = "Joint Statement of Freedonia and Sylvania"
date = 2025-03-03
parties = ["FR", "SY"]
kind = "joint-statement"

[[undertakings]]
text = "The two sides agreed to expand trade in farm products"

[[undertakings]]
text = "promote the Sylvania Wine Festival in Freedonian cities"

[[undertakings]]
text = "encourage more students to study in each other's universities"

[[undertakings]]
text = "The two sides agreed to deepen political trust, expand trade and strengthen friendship between their peoples."
"""


@pytest.mark.parametrize("grain, totals, failed", [
    ("aim", "dev (all 1 documents)                               4     2       2   50.0%    100.0%    25.0%    50.0%"
     "       0%\ndev: the guesses agree with the annotation on matched pairs: area – of 0, parties 100.0% of 2, "
     "deadline – of 0\n", "extract_eval: dev: recall 50.0% under its floor {recall:.1%}\n"
                          "extract_eval: dev: strict_recall 25.0% under its floor {strict_recall:.1%}\n"),
    ("action", "dev (all 1 documents)                               4     4       4  100.0%    100.0%   100.0%   100.0%"
     "       0%\ndev: the guesses agree with the annotation on matched pairs: area – of 0, parties 100.0% of 4, "
     "deadline – of 0\n", ""),
])
def test_the_evaluation_scores_the_grain_it_is_given_against_its_floors(tmp_path, capsys, grain, totals, failed):
    import extract_eval

    folder = tmp_path / "corpus" / "dev"
    folder.mkdir(parents=True)
    (folder / "statement.txt").write_text(STATEMENT, encoding="utf-8")
    (folder / "statement.toml").write_text(SIDECAR, encoding="utf-8")
    code = extract_eval.main(["--corpus", str(tmp_path / "corpus"), "--split", "dev", "--grain", grain, "--floor"])
    out, err = capsys.readouterr()
    assert out.endswith(totals)
    assert (code, err) == (1 if failed else 0, failed.format(**extract_eval.FLOORS["dev"]))  # the aim grain keeps three actions whole: under the floors


def test_the_strict_check_at_the_action_grain_checks_no_target_of_the_seeds(tmp_path, capsys):
    import extract_eval

    sources = tmp_path / "sources"
    sources.mkdir()
    assert extract_eval.main(["--strict", "--grain", "action", "--sources", str(sources)]) == 0
    assert "grain action: the shipped seeds are read at the aim grain, so their targets are not checked" in \
        capsys.readouterr().out
