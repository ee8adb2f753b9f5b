"""Writing a draft as a seed file: the [document] table and one [[commitments]] table per
accepted candidate, each with comments saying why it was proposed and how sure each
guess is; the source text is kept beside it, so that `accord check --sources` finds it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from accord.domain.errors import InputError, StateError
from accord.storage.files import SOURCE_LIMIT, read_regular, same_file
from accord.extract.draft import Draft, DraftCommitment, Metadata

HEADER = """\
# Draft seed file written by `accord extract`{source}.
# Every quote is the source's own words, copied from {kept}; every other field is a guess
# (the comment above each commitment says how it was made): review them, delete what is
# not a commitment, then load the file (`--seeds`, ACCORD_SEEDS or `accord config set seeds`).
"""


def comment(text: str) -> str:
    """One comment line's text: no line break or control character can end the comment."""
    return _LINE_BREAKING.sub(" ", text)


_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")


def render(draft: Draft, commitments: list[DraftCommitment] | None = None, source_label: str | None = None) -> str:
    import tomli_w

    from accord.tracker.authoring import document_table

    meta = draft.metadata
    kept = f"the source text {meta.source}" if meta.source else "the source text"
    lines = [HEADER.format(source=f" from {comment(source_label)}" if source_label else "", kept=comment(kept))]
    lines += [f"# {comment(note)}\n" for note in draft.metadata_notes]
    table = document_table(id=meta.id, title=meta.title, date=meta.date, place=meta.place, parties=meta.parties,
                           kind=meta.kind, source=meta.source, url=meta.url)
    lines.append("\n" + tomli_w.dumps({"document": table}))
    chosen = draft.commitments if commitments is None else commitments
    lines += [commented_table(number, commitment) for number, commitment in enumerate(chosen, 1)]
    return "".join(lines)


def commented_table(number: int, commitment: DraftCommitment) -> str:
    """The commitment's notes as comments, the first numbered, and its [[commitments]] table as
    `commitment_toml(commitment.table())` writes it, but written from its fields in one piece (a draft
    of a long text has tens of thousands: no table is built, no field formatted alone)."""
    notes = commitment.notes
    c, parties = commitment, [p.strip().upper() for p in commitment.parties]
    scalars = (c.id, c.title, c.quote, c.area, c.kind, c.status)
    if not notes or None in scalars:  # a field left out of the table (never in a draft)
        notes = [comment(note) for note in notes]
        return "\n" + "".join(f"# {'' if i else f'{number}. '}{note}\n" for i, note in enumerate(notes)) + \
            commitment_toml(commitment.table())
    string = _plain_string  # nothing to escape in any string, no line break in any note: most commitments
    if _EITHER.search(" ".join((*notes, *scalars, c.deadline or "", *parties, *c.tags, *c.reaffirms))):
        notes = [comment(note) for note in notes]
        string = _toml_string
    notes_text = "\n# ".join(notes)
    text = (f"\n# {number}. {notes_text}\n[[commitments]]\nid = {string(c.id)}\ntitle = {string(c.title)}\n"
            f"quote = {string(c.quote)}\narea = {string(c.area)}\n{_array_if_any('parties', parties, string)}"
            f"kind = {string(c.kind)}\n{_array_if_any('tags', c.tags, string)}")
    if c.deadline is not None:
        text += f"deadline = {string(c.deadline)}\n"
    return text + f"{_array_if_any('reaffirms', c.reaffirms, string)}status = {string(c.status)}\n"


def _array(key: str, items: list[str], string) -> str:
    """An array of strings as tomli_w writes one that is not empty: one item a line."""
    return f"{key} = [\n" + "".join(f"    {string(item)},\n" for item in items) + "]\n"


def _array_if_any(key: str, items: list[str], string) -> str:
    return _array(key, items, string) if items else ""  # an empty one is left out of the table


def commitment_toml(table: dict) -> str:
    """A [[commitments]] table as tomli_w writes it (strings and lists of strings only), written
    directly: a draft of ten thousand commitments is not formatted character by character."""
    strings = [item for value in table.values() for item in (value if isinstance(value, list) else (value,))]
    string = _toml_string if _ESCAPED.search(" ".join(strings)) else _plain_string  # all tested at once
    lines = ["[[commitments]]\n"]
    for key, value in table.items():
        lines.append(_array(key, value, string) if isinstance(value, list) else f"{key} = {string(value)}\n")
    return "".join(lines)


def _plain_string(text: str) -> str:
    return f'"{text}"'  # nothing in it to escape: what json.dumps writes, without its cost


def _toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, but for DEL, which TOML wants escaped too."""
    if not _ESCAPED.search(text):
        return _plain_string(text)
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


_ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f]')  # what a JSON or TOML basic string escapes
_EITHER = re.compile(r'[\x00-\x1f"\\\x7f\u2028\u2029\u0085]')  # what a string escapes or a comment cannot hold


def source_name(document_id: str) -> str:
    return f"{document_id}.txt"


def refuse_bad_document(metadata: Metadata, target: Path, seeds: list[str], text: str) -> None:
    """Refuse the document a draft would be of, before any drafting, where `accord check` would refuse its [document]
    table (a date, a party or a kind given wrong, an id taken) among every loaded seed file; its source text is given
    the name it is kept under."""
    if not metadata.parties:
        raise InputError(f"nothing written: {_no_parties(text)}; name the parties with --party (an ISO code such as "
                         "CN, or an organisation such as EU)")
    metadata.source = metadata.source or source_name(metadata.id)
    checked(Draft(metadata=metadata, commitments=[], text=""), target, seeds)


def _no_parties(text: str) -> str:
    from accord.extract.metadata import named_in

    seldom = named_in(text)
    if not seldom:
        return "the text names no country or organisation accord knows"
    from accord.domain.parties import party_name

    return f"the text names {', '.join(map(party_name, seldom[:_NAMED]))} too seldom to tell which are its parties"


_NAMED = 4  # at most so many of the names a text gives too seldom are said


def checked(draft: Draft, target: Path, seeds: list[str], commitments: list[DraftCommitment] | None = None,
            source_label: str | None = None) -> str:
    """The draft as a seed file at ``target``, refused as `accord check` would refuse it among every loaded seed."""
    from accord.tracker.authoring import problems_with

    text = render(draft, commitments, source_label)
    problems = problems_with(target, text, seeds)
    if problems:
        raise InputError("nothing written: " + "\n".join(p.message for p in problems))
    return text


def write(draft: Draft, target: Path, seeds: list[str], commitments: list[DraftCommitment] | None = None,
          source_label: str | None = None) -> tuple[Path, Path]:
    """Write the seed file at ``target`` and the source text beside it; both are checked first
    (the seed file as `accord check` would, among every loaded seed) and nothing is written if
    either cannot be. Return the two paths."""
    from accord.storage.atomic import atomic_write

    target = target.expanduser().absolute()
    if target.exists():
        raise InputError(f"{target}: already exists; choose another file with -o")
    kept = target.parent / draft.metadata.source
    if same_file(kept, target):
        raise InputError(f"{target}: is the name the source text is kept under ({kept.name}); "
                         "choose another file with -o, or another --id")
    if kept.exists() and _read(kept) != draft.text:
        raise InputError(f"{kept}: already exists with another text; choose another --id or folder")
    text = checked(draft, target, seeds, commitments, source_label)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not kept.exists():
            atomic_write(kept, draft.text.encode("utf-8"), what="source text")
        atomic_write(target, text.encode("utf-8"), what="seed file")
    except OSError as exc:
        raise InputError(f"{target.parent}: cannot create folder: {exc.strerror}") from None
    except StateError as exc:
        raise InputError(exc.message) from None
    return target, kept


def _read(path: Path) -> str | None:
    """The text kept at ``path`` (by the one reader: a FIFO there is refused, not waited on), None if
    it is not UTF-8."""
    try:
        return read_regular(path, "source text", SOURCE_LIMIT).decode("utf-8")
    except UnicodeDecodeError:
        return None
