"""Fetching one evidence URL, safely: GET, redirects followed by hand (at most MAX_REDIRECTS,
each hop's URL checked again), the body streamed through a SHA-256 and cut at the size cap,
and every connection made by ``GuardedBackend``, which resolves the host itself and refuses
an address that is not public (loopback, private, link-local, multicast, reserved) unless
private addresses are allowed. Checking the address where the connection is made, not
before, leaves no gap for a name that resolves once to a public address and then to a
private one. The caller bounds the whole request in time (``asyncio.timeout``): a server
that drips a byte at a time cannot hold a worker past it.

The HTTP client is httpcore (httpx's core), whose connection pool takes a network backend;
httpx parses URLs (IDNA host names, IPv6 literals, relative redirects).
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import socket
import ssl
from dataclasses import dataclass, replace
from typing import Callable

import httpcore
import httpx

from accord import __version__
from accord.domain.source_check import SourceCheck

MAX_REDIRECTS = 5
MAX_URL = 16 * 1024
REDIRECTS = (301, 302, 303, 307, 308)
HEADERS = [(b"Accept", b"*/*"), (b"Accept-Encoding", b"identity")]


class Failure(Exception):
    """A fetch that ends without an answer to record: ``code`` is one of source_check.FAILURES."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Limits:
    timeout: float = 20.0  # seconds for the whole request, redirects and body included
    max_size: int = 20 << 20  # bytes of a body
    connections: int = 32  # open at once in all
    per_host: int = 6  # open at once to one host (as browsers do)
    allow_private: bool = False
    allowed: tuple = ()  # private networks allowed all the same (ipaddress networks), e.g. an intranet's
    purpose: str = "evidence check"  # what the User-Agent header says accord fetches for

    def allows(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if self.allow_private or any(ip in network for network in self.allowed):
            return True
        return ip.is_global and not ip.is_multicast and not ip.is_reserved


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's own backend, connecting only to the addresses a host name resolves to that
    the limits allow (public ones, and private ones allowed by name or all)."""

    def __init__(self, limits: Limits):
        self.inner = httpcore.AnyIOBackend()
        self.limits = limits

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = await resolve(host, port)
        allowed = [a for a in addresses if self.limits.allows(a)]
        if not allowed:
            raise Failure("private-address")
        error: Exception | None = None
        for address in allowed:
            try:
                return await self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise Failure("bad-url")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


async def resolve(host: str, port: int) -> list[str]:
    """The distinct addresses of ``host`` (an IP literal is its own); Failure("dns") if none."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise Failure("dns") from None
    return list(dict.fromkeys(info[4][0] for info in infos))


def new_pool(limits: Limits) -> httpcore.AsyncConnectionPool:
    import certifi

    context = ssl.create_default_context(cafile=certifi.where())
    return httpcore.AsyncConnectionPool(ssl_context=context, max_connections=limits.connections,
                                        keepalive_expiry=5.0, network_backend=GuardedBackend(limits))


def parse_url(text: str) -> httpx.URL:
    """An http(s) URL without credentials; Failure("unsupported-scheme"|"bad-url") otherwise."""
    if len(text) > MAX_URL:
        raise Failure("bad-url")
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError, UnicodeError):
        raise Failure("bad-url") from None
    if url.scheme not in ("http", "https"):
        raise Failure("unsupported-scheme")
    if not url.host or url.userinfo:
        raise Failure("bad-url")  # no host; or a password in the URL, not to be sent or recorded
    return url


async def fetch(pool: httpcore.AsyncConnectionPool, text: str, limits: Limits,
                sink: Callable[[bytes], None] | None = None) -> SourceCheck:
    """GET ``text``, following redirects; what it answered (its time left for the caller to set).
    The body (up to the cap) goes through ``sink`` too."""
    seen: set[str] = set()
    current = text
    for _ in range(MAX_REDIRECTS + 1):
        try:
            url = parse_url(current)
        except Failure as exc:
            # a redirect's URL, unless malformed (it may hold a password: not recorded)
            shown = current if current != text and exc.code != "bad-url" else None
            return SourceCheck(text, failure=exc.code, final_url=shown)
        if str(url) in seen:
            return SourceCheck(text, failure="redirect-loop", final_url=str(url))
        seen.add(str(url))
        try:
            result, location = await _get(pool, SourceCheck(text, final_url=str(url)), url, limits, sink)
        except FETCH_ERRORS as exc:
            return SourceCheck(text, failure=failure_of(exc), final_url=str(url))
        if location is None:
            return result
        current = location
    return SourceCheck(text, failure="too-many-redirects", final_url=current)


async def _get(pool, found: SourceCheck, url: httpx.URL, limits: Limits, sink) -> tuple[SourceCheck, str | None]:
    """One request: (the answer, None), or (…, the next URL) for a redirect."""
    core_url = httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path)
    agent = f"accord/{__version__} ({limits.purpose})".encode("ascii")
    headers = [(b"Host", url.netloc), (b"User-Agent", agent), *HEADERS]
    timeout = {"connect": limits.timeout, "read": limits.timeout, "write": limits.timeout, "pool": limits.timeout}
    async with pool.stream("GET", core_url, headers=headers, extensions={"timeout": timeout}) as response:
        content_type = _header(response, b"content-type")
        found = replace(found, status=response.status, content_type=content_type[:200] if content_type else None)
        location = _header(response, b"location")
        if response.status in REDIRECTS and location:
            try:
                return found, str(url.join(location))
            except (httpx.InvalidURL, ValueError, TypeError, UnicodeError):
                return replace(found, failure="bad-url"), None
        return await _read_body(response, found, limits.max_size, sink), None


async def _read_body(response, found: SourceCheck, cap: int, sink) -> SourceCheck:
    """The answer with its body's length and hash, or too-large (the rest never read)."""
    digest, length = hashlib.sha256(), 0
    async for chunk in response.aiter_stream():
        if length + len(chunk) > cap:
            return replace(found, failure="too-large")
        length += len(chunk)
        digest.update(chunk)
        if sink is not None:
            sink(chunk)
    return replace(found, length=length, sha256=digest.hexdigest())


def _header(response, name: bytes) -> str | None:
    for key, value in response.headers:
        if key.lower() == name:
            return value.decode("latin-1").strip() or None
    return None


def failure_of(exc: BaseException) -> str:
    """The failure an exception of a fetch stands for."""
    if isinstance(exc, Failure):
        return exc.code
    if isinstance(exc, (TimeoutError, httpcore.TimeoutException)):
        return "timeout"
    if isinstance(exc, httpcore.UnsupportedProtocol):
        return "unsupported-scheme"
    chain = _causes(exc)
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return "tls"
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        return "refused"
    return "network"


def _causes(exc: BaseException) -> list[BaseException]:
    chain = []
    while exc is not None and len(chain) < 10:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    return chain


FETCH_ERRORS = (Failure, TimeoutError, httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError,
                httpcore.UnsupportedProtocol, OSError, ssl.SSLError, ValueError, UnicodeError)
