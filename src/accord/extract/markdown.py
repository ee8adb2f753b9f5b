"""A Markdown source (a statement kept in an analyst's notes, or saved from a page as Markdown) as the HTML it
stands for, which `source` then reads as it reads any page: its text as a reader sees it, without the markup
(`**`, `#`, a link's address), each block a paragraph, the first level-1 heading its title.

Parsed by markdown-it-py (CommonMark, with tables), which rich already installs; imported only for a Markdown
source. HTML written inside the Markdown is passed on, so a script or a comment in it is left out as on a page.
"""

from __future__ import annotations

EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")
MEDIA_TYPE = "text/markdown"


def markdown_html(text: str) -> str:
    """The HTML the Markdown ``text`` renders to."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(text)
