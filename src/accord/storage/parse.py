"""Parsing text as TOML or JSON: every way a parser can fail (a syntax error, nesting too deep,
a number too long, half a UTF-16 pair) becomes ``Malformed``, with its line where the parser says.

Core: imports neither typer nor rich.
"""

from __future__ import annotations


class Malformed(ValueError):
    """Text that does not parse; ``line`` where the parser says."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message, self.line = message, line


def load_toml(text: str) -> dict:
    import re
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"at line (\d+)", str(exc))
        raise Malformed(str(exc), int(line.group(1)) if line else None) from None
    except (RecursionError, ValueError, OverflowError) as exc:
        raise Malformed(_parser_limit(exc)) from None


def load_json(text: str):
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Malformed(exc.msg, exc.lineno) from None
    except (RecursionError, ValueError, OverflowError) as exc:
        raise Malformed(_parser_limit(exc)) from None
    _refuse_lone_surrogates(data)
    return data


def _refuse_lone_surrogates(data) -> None:
    """JSON may spell half a UTF-16 pair (``"\\udcff"``), which is no character and cannot be
    written as UTF-8: refused here rather than failing when it is written."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                half = item[exc.start].encode("unicode_escape").decode("ascii")
                raise Malformed(f"a string holds {half}, half of a UTF-16 pair and not a character") from None


def _parser_limit(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if "integer string conversion" in str(exc):
        import sys

        return f"a number has more than {sys.get_int_max_str_digits()} digits"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
