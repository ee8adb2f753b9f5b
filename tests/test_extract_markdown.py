"""`accord extract statement.md`: a Markdown source read as the text it stands for, without its markup, each block a
paragraph and its first level-1 heading the title; the quotes are that text's words, which `check --sources`
verifies against the text kept beside the draft."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.domain.errors import InputError
from accord.extract.source import Source, read_source, source_text

STATEMENT = """# Joint Statement of the **Two Sides**

Bishkek, *12 June 2025*

1. The two sides agreed to start building the [China–Kyrgyzstan–Uzbekistan railway](https://example.org/cku)
   by the end of 2025.
2. The Chinese side will provide 100 government scholarships to Kyrgyz students every year.

> The two sides will hold the first meeting of the intergovernmental committee in October.

| Project | Due |
|---|---|
| The two sides will _modernise_ the Irkeshtam port. | 2027 |

- Open a new direct flight between Urumqi and `Osh`;
- ~~Close~~ Keep the consulate in Osh.

<!-- a draft's note: the sides will not say this -->
<script>the sides will run this</script>
A line broken by hand\\
and an escaped \\*star\\*.
"""

TEXT = """Joint Statement of the Two Sides

Bishkek, 12 June 2025

The two sides agreed to start building the China–Kyrgyzstan–Uzbekistan railway by the end of 2025.

The Chinese side will provide 100 government scholarships to Kyrgyz students every year.

The two sides will hold the first meeting of the intergovernmental committee in October.

Project

Due

The two sides will modernise the Irkeshtam port.

2027

Open a new direct flight between Urumqi and Osh;

Close Keep the consulate in Osh.

A line broken by hand
and an escaped *star*.
"""


def test_a_markdown_source_reads_as_its_text_without_its_markup(tmp_path):
    source = tmp_path / "statement.md"
    source.write_text(STATEMENT, encoding="utf-8")
    assert read_source(str(source)) == Source(TEXT, "Joint Statement of the Two Sides")


def test_a_markdown_source_is_drafted_from_its_text_and_its_quotes_check(run, tmp_path):
    source = tmp_path / "statement.markdown"
    source.write_text(STATEMENT, encoding="utf-8")
    drafts = tmp_path / "drafts"
    result = run("extract", str(source), "-o", str(drafts / "draft.toml"), "--id", "cn-kg-2025",
                 "--party", "CN", "--party", "KG")
    assert result.exit_code == 0, result.stderr
    draft = (drafts / "draft.toml").read_text(encoding="utf-8")
    assert [line for line in draft.splitlines() if line.startswith("quote =")][:3] == [
        'quote = "The two sides agreed to start building the China–Kyrgyzstan–Uzbekistan railway by the end of 2025."',
        'quote = "The Chinese side will provide 100 government scholarships to Kyrgyz students every year."',
        'quote = "The two sides will hold the first meeting of the intergovernmental committee in October."']
    assert 'title = "Joint Statement of the Two Sides"' in draft
    assert "*" not in draft.partition("[[commitments]]")[2] and "https://example.org/cku" not in draft
    assert (drafts / "cn-kg-2025.txt").read_text(encoding="utf-8") == TEXT
    assert run("check", "--seeds", str(drafts / "draft.toml"), "--sources", str(drafts)).exit_code == 0


def test_a_page_a_server_says_is_markdown_is_read_as_markdown_whatever_its_name():
    assert source_text(b"# The Plan\n\nThe sides **will** meet.\n", "plan", "https://example.org/plan",
                       "text/markdown; charset=utf-8") == ("The Plan\n\nThe sides will meet.\n", "The Plan")


def test_a_text_file_is_not_read_as_markdown():
    assert source_text(b"The sides *will* meet.\n", "plan.txt", "plan.txt") == ("The sides *will* meet.\n", None)


def test_a_markdown_source_with_no_text_is_refused(run, tmp_path):
    source = tmp_path / "empty.md"
    source.write_text("<!-- nothing yet -->\n\n---\n", encoding="utf-8")
    result = run("extract", str(source), "-o", str(tmp_path / "draft.toml"), "--party", "CN")
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {source}: no text to read\n")


EXAMPLES = int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "40"))
WORDS = st.text(st.sampled_from("abcdefghij ,."), min_size=1, max_size=40).filter(lambda text: any(c.isalpha() for c in text))


@settings(max_examples=EXAMPLES)
@given(st.text(max_size=300))
def test_any_markdown_is_read_or_refused_in_one_line(markdown):
    try:
        text, _ = source_text(markdown.encode("utf-8", "surrogatepass"), "notes.md", "notes.md")
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert text.endswith("\n")


@settings(max_examples=EXAMPLES)
@given(st.lists(WORDS, min_size=1, max_size=6))
def test_each_plain_paragraph_s_words_come_back_as_a_paragraph(paragraphs):
    markdown = "\n\n".join(paragraphs)
    text, _ = source_text(markdown.encode(), "notes.md", "notes.md")
    assert [" ".join(p.split()) for p in text.removesuffix("\n").split("\n\n")] == [" ".join(p.split()) for p in paragraphs]
