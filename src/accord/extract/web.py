"""A source given as a URL (`accord extract https://…`): fetched once, safely (`accord.sources.download`, imported
only for a URL), and read as a file of the same bytes would be; what the server says of it (its type, its
character set) is used where the bytes leave it open. Every way a fetch can fail is said in one line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from accord.domain.errors import InputError
from accord.domain.source_check import SourceCheck

_URL = re.compile(r"https?://", re.IGNORECASE)
# What each failure of a fetch (accord.domain.source_check.FAILURES) means to someone who typed the URL.
FAILURES = {
    "dns": "its host name does not resolve",
    "tls": "its secure connection failed (TLS)",
    "timeout": "no whole answer within {timeout:g} seconds",
    "refused": "the server refused the connection",
    "too-large": "the answer is larger than {limit}, the most accord reads",
    "redirect-loop": "its redirects run in a loop",
    "too-many-redirects": "it redirects too many times",
    "private-address": "its host has no address accord may connect to",
    "unsupported-scheme": "a redirect leads to a URL that is not http or https",
    "bad-url": "not a URL accord can fetch",
    "network": "the network failed",
}


@dataclass(frozen=True)
class Fetched:
    data: bytes
    name: str  # the last part of the URL's path ("statement.pdf"), which may say what the file is
    content_type: str | None
    check: SourceCheck  # what the URL answered, as `accord evidence check` records it


def is_url(name: str) -> bool:
    return bool(_URL.match(name))


def fetch_source(url: str, limit: int) -> Fetched:
    """The body ``url`` answers with (2xx), at most ``limit`` bytes; InputError for any other answer or failure."""
    from accord.domain import progress
    from accord.sources.download import TIMEOUT, download
    from accord.storage.files import size_in_words

    with progress.task("Fetching the source"):  # drawn on a terminal only
        check, data = download(url, limit)
    if check.failure:
        reason = FAILURES.get(check.failure, check.failure).format(timeout=TIMEOUT, limit=size_in_words(limit))
        raise InputError(f"{url}: {reason}")
    if check.status is None or not 200 <= check.status < 300:
        raise InputError(f"{url}: the server answered {check.status}, not the document")
    path = urlsplit(check.final_url or url).path
    return Fetched(data, unquote(path.rstrip("/").rpartition("/")[2]), check.content_type, check)


def keep_fetched(fetched: Fetched, state_path: Path) -> str | None:
    """Keep the source as it was fetched (the very version a draft's quotes come from) as `accord evidence keep`
    keeps a copy, and record its check: the copy's path relative to the state file's folder, or None, with a
    warning, where it could not be kept."""
    from accord.domain import notices
    from accord.domain.errors import AccordError
    from accord.sources.fetch import Failure
    from accord.sources.keep import keep_body

    try:
        return keep_body(fetched.check, fetched.data, state_path)
    except Failure as failure:
        notices.warn(f"the source as fetched was not kept ({failure.code}); `accord evidence keep` can keep it later")
    except AccordError as error:
        notices.warn(f"the source as fetched was not kept: {error.message}")
    return None
