"""`accord evidence check`: every distinct evidence URL fetched at once within bounds (connections in
all and to one host, a total deadline per request, a size cap), each outcome recorded in the
evidence file beside the state file."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Awaitable, Callable

from accord.domain import progress
from accord.domain.source_check import SourceCheck, after_check, cited_urls, published_urls
from accord.storage.source_checks import EvidenceFile
from accord.sources.fetch import FETCH_ERRORS, Failure, Limits, failure_of, fetch, new_pool, parse_url


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def evidence_urls(tracker, ids: list[str]) -> dict[str, list[str]]:
    """Each distinct evidence URL of the live updates (of these commitments, or all), with the
    commitments citing it, in the order first cited."""
    return cited_urls(tracker.live_updates(), {tracker.resolve(text).id for text in ids} if ids else None)


def document_urls(tracker, ids: list[str]) -> dict[str, list[str]]:
    """Each distinct URL the loaded documents are published at (those of these commitments, or all), with the
    documents published there."""
    chosen = {tracker.resolve(text).document for text in ids} if ids else None
    return published_urls(tracker.catalog.documents.values(), chosen)


def check_urls(urls: list[str], limits: Limits, state_path: Path) -> list[SourceCheck]:
    """Check each URL and record the outcomes; return them in the order given."""
    with progress.task("Checking evidence", len(urls)) as shown:
        checks = asyncio.run(run_all(urls, limits, lambda url: _check_one(url, limits), shown.advance))
    EvidenceFile(state_path).record(checks, after_check)
    recorded = EvidenceFile(state_path).read()
    return [recorded.get(c.url, c) for c in checks]


async def run_all(urls: list[str], limits: Limits, work: Callable[[str], Callable], done: Callable[[], None]) -> list:
    """``work(url)(pool)`` for every URL, at most ``limits.connections`` at once in all and
    ``limits.per_host`` to the URL's host (redirects are followed within the slot taken for it),
    each within ``limits.timeout`` seconds from when it starts; results in the order of ``urls``."""
    pool = new_pool(limits)
    overall = asyncio.Semaphore(limits.connections)
    hosts: dict[str, asyncio.Semaphore] = {}

    async def one(url: str):
        async with hosts.setdefault(host_of(url), asyncio.Semaphore(limits.per_host)), overall:
            try:
                return await work(url)(pool)
            finally:
                done()

    async with pool:
        return await asyncio.gather(*(one(url) for url in urls))


def host_of(url: str) -> str:
    try:
        return parse_url(url).host.lower()
    except Failure:
        return ""


def _check_one(url: str, limits: Limits) -> Callable[..., Awaitable[SourceCheck]]:
    async def run(pool) -> SourceCheck:
        return await bounded_fetch(pool, url, limits)

    return run


async def bounded_fetch(pool, url: str, limits: Limits, sink=None) -> SourceCheck:
    """``fetch`` within the total deadline, every failure recorded as one (never raised), timed
    when it ended."""
    try:
        async with asyncio.timeout(limits.timeout):
            found = await fetch(pool, url, limits, sink)
    except FETCH_ERRORS as exc:
        found = SourceCheck(url, failure=failure_of(exc))
    return replace(found, checked=now())
