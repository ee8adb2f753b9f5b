"""Recording progress: new updates, and undo as a recorded retraction."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from accord.domain import dates
from accord.domain.errors import InputError, StateError
from accord.domain.gate import (UpdateRejected, check_evidence_kind, check_event_date, check_party, check_publisher,
                         check_update, check_url)
from accord.domain.model import REASON_STATUSES, REASONS, STATUSES, Evidence, Standing, Update
from accord.storage.update_table import new_update_id, now_recorded
from accord.tracker.standings import Tracker

if TYPE_CHECKING:
    from accord.cache.tracker_files import TrackerFiles
    from accord.tracker.seeds import Catalog

URL_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
EVIDENCE_OPTIONS = {"kind": "--evidence-kind", "publisher": "--evidence-publisher",
                    "archived": "--evidence-archived", "accessed": "--evidence-accessed"}


@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object


def parse_status(text: str) -> str:
    value = text.strip().lower()
    if value not in STATUSES:
        raise InputError(f"unknown status {text!r}; one of: {', '.join(STATUSES)}")
    return value


def parse_reason(text: str) -> str:
    value = text.strip().lower()
    if value not in REASONS:
        raise InputError(f"unknown reason {text!r}; one of: {', '.join(REASONS)}")
    return value


def parse_progress(value: str | int) -> int:
    text = str(value).strip().rstrip("%")
    if not re.fullmatch(r"[+-]?[0-9]+", text):  # int() takes ٥٠, ５０ and 5_0 too
        raise InputError(f"progress must be a whole number from 0 to 100, got {value!r}")
    number = int(text)
    if not 0 <= number <= 100:
        raise InputError(f"progress must be from 0 to 100, got {number}")
    return number


def parse_date(text: str, on: dt.date | None = None) -> str:
    try:
        return dates.event_date(text, on)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def parse_evidence(text: str) -> Evidence:
    """``URL`` or ``URL TITLE…``: a link, optionally followed by a space and its title."""
    url, _, title = text.strip().partition(" ")
    if not URL_PATTERN.match(url):
        raise InputError(f"evidence must start with a URL such as https://…, got {text!r}")
    return Evidence(url, title.strip() or None)


def parse_provenance(name: str, text: str, on: dt.date | None = None) -> str:
    """One field describing an evidence item (title, kind, publisher, archived, accessed) as typed:
    tidied, then checked by the gate's rule for it."""
    value = text.strip()
    try:
        if name == "title":
            return value  # free text: the gate checks it with the rest of the update
        if name == "kind":
            return check_evidence_kind(value.lower())
        if name == "publisher":
            return check_publisher(value)
        if name == "archived":
            return check_url(value, "evidence archived")
        try:
            value = dates.event_date(value, on)  # as people say it: today, 2w, last month…
        except ValueError as exc:
            raise UpdateRejected(f"field 'evidence accessed': {exc}") from None
        return check_event_date(value, "evidence accessed")
    except UpdateRejected as exc:
        raise InputError(str(exc)) from None


def evidence_with_provenance(given: Iterable[tuple[str, str]], on: dt.date | None = None) -> tuple[Evidence, ...]:
    """The evidence of one update from the command line: ``given`` holds ("evidence", "URL [TITLE]")
    and (field, value) pairs in the order they were typed; each field describes the --evidence
    before it."""
    items: list[tuple[Evidence, dict[str, str]]] = []
    for name, value in given:
        if name == "evidence":
            items.append((parse_evidence(value), {}))
            continue
        option = EVIDENCE_OPTIONS[name]
        if not items:
            raise InputError(f"{option} describes the --evidence before it, but none comes before it")
        evidence, fields = items[-1]
        if name in fields:
            raise InputError(f"{option} given twice for the evidence {evidence.url}")
        fields[name] = parse_provenance(name, value, on)
    return tuple(replace(evidence, **fields) for evidence, fields in items)


def parse_party(text: str) -> str:
    try:
        return check_party(text.strip().upper())
    except UpdateRejected as exc:
        raise InputError(str(exc)) from None


def new_update(commitment: str, *, author: str, date: str, status: str | None = None,
               progress: int | None = None, note: str | None = None, evidence: tuple[Evidence, ...] = (),
               party: str | None = None, update_id: str | None = None, reason: str | None = None) -> Update:
    note = note.strip() if note else None
    if status is None and progress is None and not note and not evidence:
        raise InputError("nothing to record: give --status, --progress, --note or --evidence")
    return admitted(Update(id=update_id or new_update_id(), commitment=commitment, date=date,
                           recorded=now_recorded(), author=author, status=status, progress=progress,
                           note=note or None, evidence=evidence, party=party, reason=reason))


def admitted(update: Update) -> Update:
    """The update, if it passes the gate every update passes (``accord.domain.gate``) and does
    not contradict itself (fulfilled, yet not done); else InputError."""
    try:
        check_update(update)
    except UpdateRejected as exc:
        raise InputError(str(exc)) from None
    if update.status == "fulfilled" and update.progress is not None and update.progress < 100:
        raise InputError(f"status fulfilled with progress {update.progress}%: fulfilled means done (100%); "
                         "give --status partial or in-progress, or --progress 100")
    return update


def before_its_document(update: Update, catalog: "Catalog") -> str | None:
    """Why an update's event date cannot be right (it comes before the document that made the
    commitment), or None."""
    commitment = catalog.commitments.get(update.commitment)
    if commitment is None or update.retracts:
        return None
    document = catalog.documents[commitment.document]
    if dates.end(update.date) < dates.start(document.date):
        return (f"date {update.date} is before the document that made the commitment ({document.id}, "
                f"{document.date}); give --force if it is right")
    return None


def contradiction(status: str | None, progress: int | None) -> str | None:
    """Why a status and a progress given together look contradictory (a warning, not a refusal)."""
    if progress is None or status is None:
        return None
    if status == "pledged" and progress > 0:
        return f"status pledged with progress {progress}%: work has begun; is it in-progress?"
    return None


def changes(before: Standing, after: Standing, update: Update) -> list[Change]:
    """What recording ``update`` changed. The stale flag changes only where "nothing recorded for
    stale_days" (``quiet``) changed too: a commitment never updated is as quiet before a
    back-dated update as after it, though only one with updates is flagged stale."""
    found = [Change(f, getattr(before, f), getattr(after, f))
             for f in ("status", "progress", "overdue") if getattr(before, f) != getattr(after, f)]
    if before.stale != after.stale and before.quiet != after.quiet:
        found.append(Change("stale", before.stale, after.stale))
    if update.note:
        found.append(Change("note", None, update.note))
    found += [Change("evidence", None, e.url + (f" ({e.kind})" if e.kind else "")) for e in update.evidence]
    return found


def record(files: TrackerFiles, update: Update) -> tuple[Standing, Standing]:
    """Append ``update``; return the commitment's standing before and after."""
    return record_many(files, [update])[0]


def record_many(files: TrackerFiles, updates: list[Update]) -> list[tuple[Standing, Standing]]:
    """Append ``updates`` at once (all or none); return each one's commitment's standing before and after."""
    with files.recording() as recorder:
        commitments = [recorder.tracker.catalog.commitments[u.commitment] for u in updates]
        before = [recorder.tracker.standing(c) for c in commitments]
        recorder.append(updates)
        after = [recorder.tracker.standing(c) for c in commitments]
    return list(zip(before, after))


def undo_target(tracker: Tracker, reference: str | None = None) -> Update:
    """The update in force that ``reference`` names (an id or a unique prefix of one), or without
    one the most recently recorded update in force."""
    live = tracker.live_updates()
    if reference is None:
        if not live:
            raise InputError("nothing to undo: no update is in force")
        return max(live, key=lambda u: (u.recorded, u.id))
    return in_force(tracker, reference)


def in_force(tracker: Tracker, reference: str) -> Update:
    """The update in force named by ``reference``, an update id or a unique prefix of one (as
    `log` shows it); InputError for one withdrawn, or itself a withdrawal."""
    live_ids = {u.id for u in tracker.live_updates()}
    withdrawn = {u.id for u in tracker.updates if u.id not in live_ids and u.id.startswith(reference)}
    if reference in withdrawn:
        named = reference
    elif len(withdrawn) == 1 and not any(i.startswith(reference) for i in live_ids):
        (named,) = withdrawn  # the prefix names no update in force but this one withdrawn
    else:
        return tracker.resolve_update(reference)
    raise InputError(f"update {named} is not in force (it was undone, or is itself an undo)")


def undo(files: TrackerFiles, target: Update, author: str, latest: bool = True,
         seen: Callable[[Tracker], Tracker] = lambda tracker: tracker) -> Update:
    """Record a retraction of ``target``, provided it is still in force (and, when ``latest``,
    still the latest update in force of those ``seen`` shows the user: a blind review's coder is never told of another
    coder's)."""
    with files.recording() as recorder:
        _still_as_asked(seen(recorder.tracker), target, latest)
        retraction = _retraction(target, author)
        recorder.append([retraction])
    return retraction


def correction(target: Update, author: str, **changes) -> tuple[Update, Update]:
    """The retraction of ``target`` and its replacement: ``target`` with ``changes`` (status,
    progress, note, evidence, party, date, reason), linked to it by ``corrects``. A new status that
    takes no reason drops the old one (a reason explains the status it came with)."""
    given = {name: value for name, value in changes.items() if value is not None}
    if given.get("status") not in (None, *REASON_STATUSES):
        given.setdefault("reason", None)
    retraction = _retraction(target, author)  # recorded first: the replacement is the later, in force
    replacement = replace(target, id=new_update_id(), recorded=now_recorded(), author=author, corrects=target.id,
                          **given)
    return retraction, admitted(replacement)


def amend(files: TrackerFiles, target: Update, retraction: Update, replacement: Update) -> None:
    """Record ``target``'s retraction and its replacement in one append, provided it is still in force."""
    with files.recording() as recorder:
        _still_as_asked(recorder.tracker, target, latest=False)
        recorder.append([retraction, replacement])


def _retraction(target: Update, author: str) -> Update:
    return Update(id=new_update_id(), commitment=target.commitment, date=dates.today().isoformat(),
                  recorded=now_recorded(), author=author, retracts=target.id)


def _still_as_asked(tracker: Tracker, target: Update, latest: bool) -> None:
    """StateError if the state changed while the user was asked about ``target``."""
    live = tracker.live_updates()
    if latest:
        current = undo_target(tracker)
        if current.id != target.id:
            raise StateError(f"the state changed while you were asked (update {current.id} is now the latest); "
                             "run `accord undo` again")
    elif not any(u.id == target.id for u in live):
        raise StateError(f"the state changed while you were asked (update {target.id} is no longer in force); "
                         "see `accord log`")
