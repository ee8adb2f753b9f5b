"""Fetching one document to draft from (`accord extract https://…`): the evidence fetcher's safe GET (redirects
followed and checked, one deadline for the whole request, the body cut at a size cap), the body kept for the
caller. The URL is the user's own, typed on their machine, so a private address (an intranet's) is allowed, unlike
the evidence URLs a teammate's push may plant."""

from __future__ import annotations

import asyncio

from accord.domain.source_check import SourceCheck
from accord.sources.check import bounded_fetch
from accord.sources.fetch import Limits, new_pool

TIMEOUT = 30.0  # seconds for the whole request, redirects and body included


def download(url: str, max_size: int) -> tuple[SourceCheck, bytes]:
    """What ``url`` answered, and its body (all of it unless the check's failure says too-large)."""
    limits = Limits(timeout=TIMEOUT, max_size=max_size, connections=1, per_host=1, allow_private=True,
                    purpose="extract")
    chunks: list[bytes] = []

    async def run() -> SourceCheck:
        async with new_pool(limits) as pool:
            return await bounded_fetch(pool, url, limits, chunks.append)

    return asyncio.run(run()), b"".join(chunks)
