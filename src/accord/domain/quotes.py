"""The one rule for quotes: a quote is the words of its source verbatim, where any run of whitespace (a line break
of a hard-wrapped text, an indent) matches any run of whitespace, and characters that show nothing are no part of
either (a soft hyphen, a zero-width space or joiner, a byte-order mark, as text pasted from the web holds them)."""

from __future__ import annotations

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROP_INVISIBLE = str.maketrans("", "", INVISIBLE)


def flat(text: str) -> str:
    """``text`` as quotes are compared: its invisible characters dropped, each run of whitespace one space."""
    return " ".join(text.translate(_DROP_INVISIBLE).split())


def quote_in(quote: str, text: str) -> bool:
    """Whether ``quote`` is the words of ``text`` verbatim, by the one rule for quotes (`flat`)."""
    return flat(quote) in flat(text)
