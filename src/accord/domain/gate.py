"""The one gate every update passes, whatever its road in: the command line, CSV and JSON
import, the state file (read whole, or appended blocks caught up by the cache), and the
merge driver. A second copy of these rules would drift; call these instead.

``check_update`` holds the rules about one update; ``check_retraction`` the one rule that
needs another update (a retraction names the commitment of the update it withdraws).
Both raise ``UpdateRejected`` naming the field; callers turn it into their own error
(an InputError for input, a line of ``accord check`` for the state file).
"""

from __future__ import annotations

import datetime as dt
import re

from accord.domain import dates
from accord.domain.model import EVIDENCE_KINDS, REASON_STATUSES, REASONS, STATUSES, Evidence, Update
from accord.domain.parties import RULE as PARTY_RULE
from accord.domain.parties import is_party  # noqa: F401 (the one party rule, used by seeds and extract)

EARLIEST_YEAR = 1900  # no tracked document is older; a year 0000 or 0190 is a typing slip
UPDATE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
COMMITMENT_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,127}")
RECORDED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})", re.ASCII)
URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f-\x9f]+")
# Names (ids, authors, publishers, URLs) hold no character the sanitiser would mark: no
# control, no line break, none of the invisible characters that reorder or hide text (one
# definition of them, accord.domain.sanitize's). Free text (notes, titles) may hold anything: the
# sanitiser makes it harmless wherever it is shown.
MAX_NAME = 200  # an author or a publisher
MAX_TEXT = 100_000  # a note or an evidence title
EARTH_AHEAD = dt.timedelta(hours=14)  # the furthest time zone ahead of UTC (Kiribati)


class UpdateRejected(ValueError):
    """An update that breaks a rule; the message names the field."""


def check_update(update: Update) -> Update:
    """Return ``update`` if it keeps every rule about one update; else raise UpdateRejected."""
    _check_id(update.id, "id")
    if not COMMITMENT_ID.fullmatch(update.commitment):
        raise UpdateRejected(f"field 'commitment': {update.commitment!r} is not a commitment id "
                             "(lowercase letters, digits and '-')")
    check_event_date(update.date)
    if not RECORDED.fullmatch(update.recorded) or _timestamp(update.recorded) is None:
        raise UpdateRejected(f"field 'recorded': {update.recorded!r} is not an ISO 8601 time such as "
                             "2026-11-24T10:00:00Z")
    check_author(update.author)
    if update.status is not None and update.status not in STATUSES:
        raise UpdateRejected(f"field 'status': unknown status {update.status!r}; one of: {', '.join(STATUSES)}")
    if update.reason is not None:
        check_reason(update.reason, update.status)
    if update.progress is not None and not 0 <= update.progress <= 100:
        raise UpdateRejected(f"field 'progress': {update.progress} is outside 0-100")
    if update.party is not None:
        check_party(update.party, "party")
    if update.note is not None:
        _check_text(update.note, "note")
    for evidence in update.evidence:
        check_url(evidence.url, "evidence")
        if evidence.title is not None:
            _check_text(evidence.title, "evidence title")
        check_provenance(evidence)
    for name, verb in LINKS.items():
        if getattr(update, name) is not None:
            _check_id(getattr(update, name), name)
            if getattr(update, name) == update.id:
                raise UpdateRejected(f"field '{name}': an update cannot {verb} itself")
    if update.retracts is not None and update.corrects is not None:
        raise UpdateRejected("field 'corrects': a retraction corrects nothing (it withdraws)")
    if update.retracts is None and update.status is None and update.progress is None and not update.note and not update.evidence:
        raise UpdateRejected("nothing to record: an update needs a status, a progress, a note or evidence")
    return update


LINKS = {"retracts": "retract", "corrects": "correct"}  # the fields by which an update names another


def linked(update: Update) -> str | None:
    """The id of the update that ``update`` withdraws or corrects, if any."""
    return update.retracts or update.corrects


def check_retraction(retraction: Update, target: Update | None) -> None:
    """A retraction or a correction names an update about the same commitment (``target``: the
    update it names, None when it names none that is known)."""
    if target is not None and target.commitment != retraction.commitment:
        verb = "retracts" if retraction.retracts else "corrects"
        raise UpdateRejected(f"field 'commitment': update {retraction.id} {verb} {target.id}, which is about "
                             f"{target.commitment!r}, not {retraction.commitment!r}")


def check_reason(reason: str, status: str | None) -> str:
    """A reason code, on an update that sets a status taking one (broken, stalled, partial)."""
    if reason not in REASONS:
        raise UpdateRejected(f"field 'reason': unknown reason {reason!r}; one of: {', '.join(REASONS)}")
    if status not in REASON_STATUSES:
        takes = [s for s in STATUSES if s in REASON_STATUSES]
        sets = "no status" if status is None else repr(status)
        raise UpdateRejected(f"field 'reason': only an update setting {', '.join(takes[:-1])} or {takes[-1]} "
                             f"takes a reason (this one sets {sets})")
    return reason


def check_event_date(text: str, field: str = "date") -> str:
    """An event date: a partial date from 1900 on that has begun somewhere on Earth."""
    try:
        value = dates.parse_partial(text)
    except ValueError as exc:
        raise UpdateRejected(f"field '{field}': {exc}") from None
    if value != text:
        raise UpdateRejected(f"field '{field}': not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    if int(value[:4]) < EARLIEST_YEAR:
        raise UpdateRejected(f"field '{field}': {value} is before {EARLIEST_YEAR}")
    latest = (dt.datetime.now(dt.timezone.utc) + EARTH_AHEAD).date()
    if dates.start(value) > latest:
        raise UpdateRejected(f"field '{field}': {value} is in the future")
    return value


def check_provenance(evidence: Evidence) -> None:
    """Where an evidence item comes from; each field may be left out (see accord.domain.evidence)."""
    if evidence.kind is not None:
        check_evidence_kind(evidence.kind)
    if evidence.publisher is not None:
        check_publisher(evidence.publisher)
    if evidence.archived is not None:
        check_url(evidence.archived, "evidence archived")
    if evidence.accessed is not None:
        check_event_date(evidence.accessed, "evidence accessed")


def check_evidence_kind(kind: str) -> str:
    if kind not in EVIDENCE_KINDS:
        raise UpdateRejected(f"field 'evidence kind': unknown kind {kind!r}; one of: {', '.join(EVIDENCE_KINDS)}")
    return kind


def check_publisher(publisher: str) -> str:
    return _check_someone(publisher, "evidence publisher")


def check_author(author: str) -> str:
    return _check_someone(author, "author")


def _check_someone(name: str, field: str) -> str:
    """A person's or an institution's name: not empty, not overlong, no control character."""
    if not name.strip():
        raise UpdateRejected(f"field '{field}': is empty")
    if len(name) > MAX_NAME:
        raise UpdateRejected(f"field '{field}': longer than {MAX_NAME} characters")
    _check_name(name, field)
    return name


def check_party(code: str, field: str = "party") -> str:
    """A party: an ISO 3166-1 alpha-2 country code or an organisation (`parties.is_party`, the one rule)."""
    if not is_party(code):
        raise UpdateRejected(f"field '{field}': {code!r} is not {PARTY_RULE}")
    return code


def check_url(url: str, field: str) -> str:
    from accord.domain.sanitize import hidden_character

    if not URL.fullmatch(url) or hidden_character(url):
        raise UpdateRejected(f"field '{field}': {url!r} is not a URL such as https://…")
    return url


def _check_id(value: str, field: str) -> None:
    if not UPDATE_ID.fullmatch(value):
        raise UpdateRejected(f"field '{field}': {value!r} is not an update id (letters, digits, '.', '_' and '-', "
                             "at most 64)")


def _check_name(value: str, field: str) -> None:
    from accord.domain.sanitize import hidden_character

    found = hidden_character(value)
    if found:
        raise UpdateRejected(f"field '{field}': holds the hidden character U+{ord(found):04X}")


def _check_text(value: str, field: str) -> None:
    if len(value) > MAX_TEXT:
        raise UpdateRejected(f"field '{field}': longer than {MAX_TEXT:,} characters")


def _timestamp(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
