"""`accord extract` reads English only, and says so when a text does not read as English, rather than drafting
nothing in silence."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import REPO
from accord.extract.language import reads_as_english

sys.path.insert(0, str(REPO / "bench"))
import extract_eval  # noqa: E402

WARNING = ("accord: warning: the text does not read as English: `accord extract` reads English only, so it finds few "
           "undertakings or none here (draft from an English version if there is one)\n")
RUSSIAN = """Совместное заявление Казахстана и Китая

Астана, 3 июля 2025 года

1. Стороны договорились открыть новый пункт пропуска на границе к 2027 году.
2. Китайская сторона предоставит сто стипендий казахстанским студентам ежегодно.
3. Стороны будут развивать сотрудничество в области торговли, транспорта и энергетики.
"""


def test_a_text_in_another_language_is_drafted_with_a_warning_that_says_why_little_is_found(run, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text(RUSSIAN, encoding="utf-8")
    result = run("extract", str(source), "-o", str(tmp_path / "draft.toml"), "--party", "KZ", "--party", "CN")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(WARNING)
    header = (tmp_path / "draft.toml").read_text(encoding="utf-8").splitlines()[4]
    assert header == "# language: " + WARNING.removeprefix("accord: warning: ").rstrip("\n")


def test_an_english_text_says_nothing_of_its_language(run, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text("Kazakhstan and China agreed to open a new border crossing by 2027.\n"
                      "Kazakhstan thanked China for the warm welcome and the talks held in the spirit of trust.\n",
                      encoding="utf-8")
    result = run("extract", str(source), "-o", str(tmp_path / "draft.toml"))
    assert result.exit_code == 0, result.output
    assert "English" not in result.stderr
    assert "# language:" not in (tmp_path / "draft.toml").read_text(encoding="utf-8")


def test_every_statement_of_the_corpus_and_both_shipped_texts_read_as_english():
    texts = {d["id"]: d["text"] for split in ("dev", "test")
             for d in extract_eval.corpus_documents(extract_eval.CORPUS, split)}
    texts.update({path.name: path.read_text(encoding="utf-8")
                  for path in (REPO.parent / "shared" / "sources").glob("*.txt")})
    assert len(texts) > 2000
    assert [name for name, text in texts.items() if not reads_as_english(text)] == []


def test_a_few_words_are_too_few_to_tell():
    assert reads_as_english("Бишкек, 18 мая 2023 года")
    assert not reads_as_english(RUSSIAN)
    assert reads_as_english(Path(__file__).read_text(encoding="utf-8"))  # code and prose: English enough
