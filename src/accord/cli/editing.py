"""`accord update ID` with nothing to record on its command line: $VISUAL or $EDITOR opens on a
template, as `git commit` does, and what is saved is recorded. The template holds the fields
(status, progress, date, party, evidence: one a line) and, after the first blank line, the note;
lines starting with '#' are left out, and an empty note records nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from accord.domain.errors import Aborted, InputError
from accord.domain.model import STATUSES, Standing

FIELDS = ("status", "progress", "date", "party", "evidence")


def editor() -> str | None:
    """$VISUAL, else $EDITOR, else vi where someone is at the terminal to use it."""
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if chosen:
        return chosen
    return "vi" if sys.stdin.isatty() else None


def template(standing: Standing, given: dict) -> str:
    c = standing.commitment
    progress = "–" if standing.progress is None else f"{standing.progress}%"
    return (f"status: \nprogress: \ndate: {given['date']}\nparty: {given['party'] or ''}\nevidence: \n\n\n"
            f"# Recording an update on {c.id}: {c.title}\n"
            f"# It stands {standing.status}, progress {progress}, last update {standing.last_update or '–'}.\n"
            f"# status: one of {', '.join(STATUSES)}; progress: 0 to 100; leave a field empty to say nothing.\n"
            "# evidence: a URL and its title; repeat the line for more.\n"
            "# The note goes after the first blank line. Lines starting with '#' are left out;\n"
            "# an empty note records nothing.\n")


def written_in_editor(standing: Standing, given: dict) -> dict:
    """``given`` with what the user wrote in the editor (see the module's docstring)."""
    from accord.actions.record import parse_evidence
    from accord.storage.files import read_text

    command = editor()
    if command is None:
        raise InputError("nothing to record: give --status, --progress, --note or --evidence "
                         "(or set $EDITOR to write the update in an editor)")
    with tempfile.TemporaryDirectory(prefix="accord-") as folder:
        path = Path(folder) / "UPDATE.txt"
        path.write_text(template(standing, given), encoding="utf-8")
        if subprocess.run(["sh", "-c", f'{command} "$@"', command, str(path)]).returncode != 0:
            raise Aborted(f"nothing recorded: the editor ({command}) failed")
        written = read_text(path, "the update written", 1 << 20, error=InputError)
    fields, note = parsed(written)
    if not note:
        raise Aborted("nothing recorded: the note is empty")
    return {**given, "note": note, **{k: v for k, v in fields.items() if k != "evidence" and v},
            "evidence": tuple(parse_evidence(e) for e in fields["evidence"])}


def parsed(text: str) -> tuple[dict, str]:
    """The fields (evidence a list) and the note of a saved template; InputError for a line that
    names no field."""
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    fields: dict = {"evidence": []}
    while lines and lines[0].strip():
        name, colon, value = lines.pop(0).partition(":")
        name = name.strip().lower()
        if not colon or name not in FIELDS:
            raise InputError(f"the update written: {name!r} is not a field (fields: {', '.join(FIELDS)}); "
                             "the note goes after the first blank line")
        if name == "evidence":
            fields["evidence"] += [value.strip()] if value.strip() else []
        else:
            fields[name] = value.strip()
    return fields, "\n".join(lines).strip()
