"""`accord extract --review`: walk the candidates one by one, like `git add -p`.

y accept, n skip, e edit the title, area or parties then ask again, a accept this one and
all the rest, d skip this one and all the rest, q stop here (keep what was accepted),
? help. The caller supplies ``ask`` (show a prompt, return the answer line, or None at
the end of input) and ``say`` (show text); nothing here touches a terminal directly.
"""

from __future__ import annotations

import re
from typing import Callable

from accord.extract.draft import DraftCommitment
from accord.domain.model import AREAS, MAX_TITLE
from accord.domain.sanitize import terminal as safe  # the terminal sanitiser
from accord.domain.gate import PARTY_RULE, is_party

HELP = """\
y - accept this commitment
n - skip this commitment
e - edit its title, area or parties, then decide
a - accept this commitment and all the remaining ones
d - skip this commitment and all the remaining ones
q - quit: keep the commitments accepted so far, skip the rest
? - print help
"""
CHOICES = "y,n,e,a,d,q,?"

Ask = Callable[[str], "str | None"]
Say = Callable[[str], None]


def review(commitments: list[DraftCommitment], ask: Ask, say: Say) -> list[DraftCommitment]:
    """The commitments the user accepts, in order (edited where the user edited them)."""
    accepted: list[DraftCommitment] = []
    total = len(commitments)
    for index, commitment in enumerate(commitments):
        say(describe(commitment, index + 1, total))
        while True:
            answer = ask(f"({index + 1}/{total}) Accept this commitment [{CHOICES}]? ")
            if answer is None:
                say("\n")
                return accepted
            choice = answer.strip().lower()[:1]
            if choice == "y":
                accepted.append(commitment)
                break
            if choice == "n":
                break
            if choice == "a":
                return accepted + commitments[index:]
            if choice in ("d", "q"):
                return accepted
            if choice == "e":
                if not edit(commitment, ask, say):
                    return accepted
                say(describe(commitment, index + 1, total))
                continue
            say(HELP)
    return accepted


def describe(commitment: DraftCommitment, number: int, total: int) -> str:
    lines = [f"\n[{number}/{total}] {safe(commitment.id)}"]
    lines += [f"  # {safe(note)}" for note in commitment.notes]
    lines.append(f"  quote     {safe(commitment.quote)}")
    lines.append(f"  title     {safe(commitment.title)}")
    lines.append(f"  area      {commitment.area}    kind {commitment.kind}    parties {' '.join(commitment.parties)}"
                 f"    status {commitment.status}" + (f"    deadline {commitment.deadline}" if commitment.deadline else ""))
    if commitment.reaffirms:
        lines.append(f"  reaffirms {' '.join(commitment.reaffirms)}  (suggested)")
    return "\n".join(lines) + "\n"


def edit(commitment: DraftCommitment, ask: Ask, say: Say) -> bool:
    """Ask for a new title, area and parties (an empty answer keeps the value); False at the end of input."""
    for field, check in (("title", _check_title), ("area", _check_area), ("parties", _check_parties)):
        current = " ".join(commitment.parties) if field == "parties" else getattr(commitment, field)
        while True:
            answer = ask(f"{field} [{safe(current)}]: ")
            if answer is None:
                say("\n")
                return False
            answer = answer.strip()
            if not answer:
                break
            value, problem = check(answer)
            if problem:
                say(f"  {problem}\n")
                continue
            setattr(commitment, field, value)
            commitment.notes.append(f"{field}: edited in review")
            break
    return True


def _check_title(answer: str):
    if len(answer) > MAX_TITLE:
        return None, f"{len(answer)} characters, at most {MAX_TITLE}"
    return answer, None


def _check_area(answer: str):
    if answer.lower() not in AREAS:
        return None, f"unknown area {answer!r} (one of: {', '.join(AREAS)})"
    return answer.lower(), None


def _check_parties(answer: str):
    parties = [p.upper() for p in re.split(r"[\s,]+", answer) if p]
    wrong = [p for p in parties if not is_party(p)]
    if wrong or not parties:
        return None, f"{wrong[0] if wrong else answer!r} is not {PARTY_RULE}"
    return parties, None
