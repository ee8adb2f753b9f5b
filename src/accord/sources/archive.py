"""`accord evidence keep --archive`: a public snapshot of each live source, asked of a Wayback-compatible
save endpoint (``archive_endpoint`` in the config; the URL is appended to it). The snapshot's URL
is where the endpoint's answer ends after its redirects (``…/web/<time>/<url>``); it is recorded
beside the check in the evidence file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from accord.domain.source_check import ARCHIVE_PART, SourceCheck, merged
from accord.storage.source_checks import EvidenceFile
from accord.sources.check import bounded_fetch, run_all
from accord.sources.fetch import Limits

SNAPSHOT_PAGE = 1 << 20  # the snapshot page is not kept: read no more of it than this


def archive_urls(urls: list[str], limits: Limits, state_path: Path, endpoint: str) -> dict[str, str | None]:
    """Ask for a snapshot of each URL; each URL's snapshot URL (None where none came), recorded."""
    import asyncio

    page_limits = replace(limits, max_size=min(limits.max_size, SNAPSHOT_PAGE))

    def work(url: str):
        async def run(pool) -> SourceCheck:
            answer = await bounded_fetch(pool, endpoint + url, page_limits)
            saved = answer.outcome == "ok" and answer.final_url not in (None, endpoint + url)
            return SourceCheck(url, archived=answer.final_url if saved else None, archived_at=answer.checked)

        return run

    snapshots = asyncio.run(run_all(urls, limits, work, lambda: None))
    EvidenceFile(state_path).record([s for s in snapshots if s.archived],
                                    lambda old, new: merged(old, new, parts=(ARCHIVE_PART,)) if old else new)
    return {s.url: s.archived for s in snapshots}
