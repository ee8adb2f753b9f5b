"""What accord last found at an evidence URL, or at the URL a document is published at (``accord evidence
check``/``keep``), and what that means.

A check records when it was made, the HTTP status or the failure, the final URL after
redirects, the content type, the length and the SHA-256 of the body. A kept copy (``keep``)
and a public snapshot (``keep --archive``) are recorded beside it. Each of the three parts
carries its own time, so that two teammates' records of one URL merge part by part, the
newest of each winning (see ``merged``).

Outcomes: ``ok`` (a 2xx answer; too large to hash still counts as there), ``gone`` (404,
410, 451, or a host name that no longer resolves), ``refused`` (never fetched: not
http(s), a malformed URL, or a private address) and ``failed`` (anything else: a server
error, a timeout, TLS, a redirect loop…; it may come back).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

FAILURES = ("dns", "tls", "timeout", "refused", "too-large", "redirect-loop", "too-many-redirects",
            "private-address", "unsupported-scheme", "bad-url", "network")
GONE_STATUSES = (404, 410, 451)
NOT_FETCHED = ("private-address", "unsupported-scheme", "bad-url")
OUTCOMES = ("ok", "gone", "failed", "refused")
CHECK_PART = ("checked", "status", "failure", "final_url", "content_type", "length", "sha256", "gone_since")
KEEP_PART = ("kept", "kept_at", "kept_sha256", "kept_type")
ARCHIVE_PART = ("archived", "archived_at")
TIMES = {CHECK_PART: "checked", KEEP_PART: "kept_at", ARCHIVE_PART: "archived_at"}


@dataclass(frozen=True)
class SourceCheck:
    url: str
    checked: str = ""  # UTC, ISO 8601 to the second with a Z: sorts as time does
    status: int | None = None
    failure: str | None = None
    final_url: str | None = None
    content_type: str | None = None
    length: int | None = None
    sha256: str | None = None
    gone_since: str | None = None  # the first check of the run of checks that found it gone
    kept: str | None = None  # the kept copy, relative to the state file's folder (sources/sha256/…)
    kept_at: str | None = None
    kept_sha256: str | None = None
    kept_type: str | None = None
    archived: str | None = None  # a public snapshot's URL
    archived_at: str | None = None

    @property
    def outcome(self) -> str:
        return outcome(self.status, self.failure)

    @property
    def changed_since_kept(self) -> bool:
        """The source answers with other bytes than the copy kept of it."""
        return bool(self.kept_sha256 and self.sha256 and self.outcome == "ok" and self.sha256 != self.kept_sha256)


def cited_urls(updates, commitments: set[str] | None = None) -> dict[str, list[str]]:
    """Each distinct evidence URL of these updates (of these commitments, or all), with the
    commitments citing it, in the order first cited."""
    cited: dict[str, list[str]] = {}
    for update in updates:
        if commitments is None or update.commitment in commitments:
            for evidence in update.evidence:
                citing = cited.setdefault(evidence.url, [])
                if update.commitment not in citing:
                    citing.append(update.commitment)
    return cited


def published_urls(documents, chosen: set[str] | None = None) -> dict[str, list[str]]:
    """Each distinct URL a document is published at (its seed's ``url``), with the documents published there (of
    these documents, or all), in the order first named: a document's own source, to check and keep as evidence is."""
    published: dict[str, list[str]] = {}
    for document in documents:
        if document.url and (chosen is None or document.id in chosen):
            published.setdefault(document.url, []).append(document.id)
    return published


def outcome(status: int | None, failure: str | None) -> str:
    if failure in NOT_FETCHED:
        return "refused"
    if failure == "dns" or status in GONE_STATUSES:
        return "gone"
    if status is not None and 200 <= status < 300 and failure in (None, "too-large"):
        return "ok"
    return "failed"


def field_names() -> list[str]:
    return [f.name for f in fields(SourceCheck)]


def after_check(previous: SourceCheck | None, new: SourceCheck) -> SourceCheck:
    """A new check with what is known of the URL besides (its kept copy, its snapshot), and the
    date it has been gone since carried on from the previous check while it stays gone. A URL
    refused here (a private address, say) was not looked at: an earlier finding stands."""
    if new.outcome == "refused" and previous is not None and previous.outcome != "refused":
        return previous
    if new.outcome != "gone":
        new = replace(new, gone_since=None)
    elif previous is not None and previous.outcome == "gone" and previous.gone_since:
        new = replace(new, gone_since=previous.gone_since)
    else:
        new = replace(new, gone_since=new.checked)
    if previous is None:
        return new
    return merged(new, previous, parts=(KEEP_PART, ARCHIVE_PART))


def merged(a: SourceCheck, b: SourceCheck, parts=tuple(TIMES)) -> SourceCheck:
    """One URL's two records made one: each part (check, kept copy, snapshot) from the record
    whose time for it is newest; on a tie, the one whose values sort last, so that the result
    is the same whichever record is ``a``."""
    values = {}
    for part in parts:
        time = TIMES[part]
        a_time, b_time = getattr(a, time) or "", getattr(b, time) or ""
        winner = b if (b_time, _tie(b, part)) >= (a_time, _tie(a, part)) else a
        values.update({name: getattr(winner, name) for name in part})
    return replace(a, **values)


def _tie(record: SourceCheck, part: tuple[str, ...]) -> tuple:
    """Orders two records of one time: a deterministic choice so both clones agree."""
    return tuple(str(getattr(record, name) or "") for name in part)
