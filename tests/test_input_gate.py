"""Input that used to slip through the gate: digits other than 0-9 in dates, ids ending in a
line break, CSV rows longer than their header, a Markdown image in the introduction."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from accord.domain import dates
from accord.domain.gate import COMMITMENT_ID

ARABIC_INDIC_2024 = "\u0662\u0660\u0662\u0664"  # ٢٠٢٤
FULL_WIDTH_2024 = "\uff12\uff10\uff12\uff14"  # ２０２４
NON_ASCII_DIGITS = st.characters(categories=["Nd"]).filter(lambda c: not c.isascii())


def ok(run, *args, input=None):
    result = run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result


def fails(run, *args, code=5, input=None):
    result = run(*args, input=input)
    assert result.exit_code == code, result.output
    return result.stderr


# -- dates -----------------------------------------------------------------------


@st.composite
def dates_with_a_foreign_digit(draw) -> tuple[str, str]:
    """A date as typed (a partial date, a quarter, "30d") with one digit written in another
    script, and that digit."""
    day = draw(st.dates(min_value=dt.date(1900, 1, 1)))
    text = draw(st.sampled_from([f"{day:%Y}", f"{day:%Y-%m}", f"{day:%Y-%m-%d}", f"{day:%Y}-Q2",
                                 f"{day.day}d", f"{day.month}m ago"]))
    digit = draw(NON_ASCII_DIGITS)
    at = draw(st.sampled_from([i for i, c in enumerate(text) if c.isdigit()]))
    return text[:at] + digit + text[at + 1:], digit


@given(dates_with_a_foreign_digit())
@example((ARABIC_INDIC_2024, "\u0662"))
@example((FULL_WIDTH_2024, "\uff12"))
@example(("2024-0\u06f6", "\u06f6"))  # extended Arabic-Indic
def test_a_date_with_a_digit_other_than_0_9_is_refused(case):
    text, digit = case
    hint = f"digits are written 0-9; {digit!r} is U+{ord(digit):04X}"
    for parse in (dates.parse_partial, dates.period, dates.event_date):
        with pytest.raises(ValueError) as refused:
            parse(text)
        assert str(refused.value) == f"not a date: {text!r} ({hint})"


@given(st.text(st.characters(categories=["Nd", "Pd", "Zs"]), max_size=12))
def test_a_partial_date_is_ascii_whenever_it_parses(text):
    try:
        value = dates.parse_partial(text)
    except ValueError:
        return
    assert value.isascii() and dates.start(value) <= dates.end(value)


@pytest.mark.parametrize("option", ["--date", "--as-of"])
@pytest.mark.parametrize("text", [ARABIC_INDIC_2024, FULL_WIDTH_2024, "2024-\u0660\u0666"])
def test_update_and_list_refuse_other_digits(run, state_path, option, text):
    args = ("update", "cku-railway", "--note", "n", "--date", text) if option == "--date" else ("list", "--as-of", text)
    stderr = fails(run, *args)
    digit = next(c for c in text if not c.isascii())
    prefix = "" if option == "--date" else "--as-of: "
    assert stderr.startswith(f"accord: error: {prefix}not a date: {text!r} (digits are written 0-9; {digit!r} is ")
    assert not state_path.exists()


def test_changes_refuses_other_digits(run):
    stderr = fails(run, "changes", "--since", FULL_WIDTH_2024)
    assert stderr == f"accord: error: --since: not a date: {FULL_WIDTH_2024!r} (digits are written 0-9; '２' is U+FF12)\n"


def test_import_refuses_other_digits_in_csv_and_json(run, tmp_path, state_path):
    csv_file = tmp_path / "u.csv"
    csv_file.write_text(f"commitment,date,note\ncku-railway,{ARABIC_INDIC_2024},n\n", encoding="utf-8")
    stderr = fails(run, "import", csv_file)
    assert stderr == (f"accord: error: nothing imported: 1 bad row\n{csv_file}: line 2: column 'date': not a date: "
                      f"{ARABIC_INDIC_2024!r} (digits are written 0-9; '\u0662' is U+0662)\n")
    json_file = tmp_path / "u.json"
    json_file.write_text(json.dumps([{"id": "u1", "commitment": "cku-railway", "date": FULL_WIDTH_2024,
                                      "recorded": "2024-06-07T10:00:00Z", "author": "a", "note": "n"}]))
    assert "digits are written 0-9; '２' is U+FF12" in fails(run, "import", json_file)
    assert not state_path.exists()


@pytest.mark.parametrize("text, shown", [
    (ARABIC_INDIC_2024, "digits are written 0-9; '\u0662' is U+0662"),
    (f"{FULL_WIDTH_2024}-01-01", "digits are written 0-9; '２' is U+FF12"),
])
def test_add_document_refuses_other_digits(run, accord_home, text, shown):
    stderr = fails(run, "add-document", "--id", "my-doc", "--title", "T", "--date", text, "--place", "Bishkek",
                   "--party", "KG", "--kind", "agreement")
    assert stderr == f"accord: error: nothing written: document 'my-doc': field 'date': not a date: {text!r} ({shown})\n"
    assert not (accord_home / "seeds").exists()


@pytest.fixture
def my_document(run, accord_home):
    ok(run, "add-document", "--id", "my-doc", "--title", "T", "--date", "2024-01-01", "--place", "Bishkek",
       "--party", "KG", "--kind", "agreement")
    return accord_home / "seeds" / "my-doc.toml"


COMMITMENT = ("add", "my-doc", "--title", "T", "--quote", "Q", "--area", "trade", "--kind", "project")


def test_add_refuses_other_digits_in_a_deadline(run, my_document):
    before = my_document.read_bytes()
    stderr = fails(run, *COMMITMENT, "--id", "c1", "--deadline", f"2030-\u0661\u0662")
    assert stderr == ("accord: error: nothing written: commitment 'c1': field 'deadline': not a date: "
                      "'2030-\u0661\u0662' (digits are written 0-9; '\u0661' is U+0661)\n")
    assert my_document.read_bytes() == before


def test_progress_takes_digits_0_9_only(run, state_path):
    stderr = fails(run, "update", "cku-railway", "--progress", "\u0665\u0660")
    assert stderr == "accord: error: progress must be a whole number from 0 to 100, got '\u0665\u0660'\n"
    assert not state_path.exists()


# -- ids -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["c1\n", "c1\r\n", "c\x1b1", "c1\x00", "c1\u2028", "\nc1"])
def test_add_refuses_an_id_with_a_line_break_or_a_control(run, my_document, bad):
    before = my_document.read_bytes()
    stderr = fails(run, *COMMITMENT, "--id", bad)
    assert stderr == f"accord: error: nothing written: commitment {bad!r}: field 'id': " \
                     "use lowercase letters, digits and '-', at most 128\n"
    assert my_document.read_bytes() == before
    assert run("show", "c1").exit_code == 4


@pytest.mark.parametrize("bad", ["my-doc\n", "my-doc\n[document]", "../my-doc", "a" * 129])
def test_add_document_refuses_a_bad_id_before_anything_is_written(run, accord_home, bad):
    stderr = fails(run, "add-document", "--id", bad, "--title", "T", "--date", "2024-01-01", "--place", "Bishkek",
                   "--party", "KG", "--kind", "agreement")
    assert stderr == f"accord: error: nothing written: document {bad!r}: field 'id': " \
                     "use lowercase letters, digits and '-', at most 128\n"
    assert not (accord_home / "seeds").exists()


def test_a_seed_file_with_an_id_ending_in_a_line_break_is_reported(run, tmp_path):
    seed = tmp_path / "mine.toml"
    seed.write_text('[document]\nid = "doc\\n"\ntitle = "T"\ndate = 2024-01-01\nplace = "P"\nparties = ["KG"]\n'
                    'kind = "agreement"\n\n[[commitments]]\nid = "one\\n"\ntitle = "T"\nquote = "Q"\n'
                    'area = "trade"\nparties = ["KG"]\nkind = "project"\n', encoding="utf-8")
    stderr = fails(run, "list", "--seeds", seed, code=3)
    assert stderr.startswith(f"accord: error: {seed}:2: document 'doc\\n': field 'id': use lowercase letters, "
                             "digits and '-', at most 128")


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=140))
@example("c1\n")
@example("a" * 129)
def test_seed_ids_follow_the_gates_rule(value):
    from accord.tracker.seed_tables import is_id

    assert is_id(value) == (COMMITMENT_ID.fullmatch(value) is not None)
    if is_id(value):
        assert value.isascii() and value.isprintable() and "\n" not in value


# -- CSV rows longer than their header -------------------------------------------


@pytest.mark.parametrize("separator", [",", ";", "\t"])
@pytest.mark.parametrize("extra", ["surplus", '"surplus"', '""', '"a, b; c"'])
@pytest.mark.parametrize("bom, newline", [("", "\n"), ("\ufeff", "\r\n")])
def test_a_row_with_more_cells_than_its_header_is_a_bad_row(run, tmp_path, state_path, separator, extra, bom, newline):
    rows = [["commitment", "date", "note"], ["cku-railway", "2024-06", "fine"],
            ["cku-railway", "2024-07", "cut", extra]]
    path = tmp_path / "updates.csv"
    path.write_text(bom + newline.join(separator.join(row) for row in rows) + newline, encoding="utf-8")
    stderr = fails(run, "import", path)
    assert stderr == (f"accord: error: nothing imported: 1 bad row\n"
                      f"{path}: line 3: 4 cells, but the header names 3 columns\n")
    assert not state_path.exists()


# -- a Markdown image in the introduction ----------------------------------------


def test_an_image_in_the_introduction_is_a_link_in_markdown_as_in_html(run, tmp_path):
    from markdown_it import MarkdownIt

    intro = tmp_path / "intro.md"
    intro.write_text("Our map: ![map](https://tracker.example/pixel.png) and ![a](https://e.example/a.png)!\n",
                     encoding="utf-8")
    markdown = ok(run, "report", "-f", "md", "--intro", intro).stdout
    rendered = MarkdownIt("commonmark").render(markdown)
    assert "<img" not in rendered
    assert "Our map: &#33;[map](https://tracker.example/pixel.png) and &#33;[a](https://e.example/a.png)!" in markdown
    assert '<a href="https://tracker.example/pixel.png">map</a>' in rendered
    html = ok(run, "report", "-f", "html", "--intro", intro).stdout
    assert '!<a href="https://tracker.example/pixel.png" rel="noopener noreferrer">map</a>' in html
