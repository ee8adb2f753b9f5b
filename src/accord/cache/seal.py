"""The cache's seal: every row it writes carries a tag, a keyed hash of the row's values (a
keyed BLAKE2b, or an HMAC-SHA256 for long ones), and every row it reads is checked against its
tag before it is believed.

The key is 32 random bytes in a file of its own in the cache folder (``cache.key``, made once,
readable by its owner only), never in a database: a row edited with ``sqlite3`` or another
tool, or damaged on disk, cannot be given a matching tag without it.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
import tempfile
from pathlib import Path

from accord.domain.errors import AccordError
from accord.storage.files import read_regular

KEY_NAME = "cache.key"
KEY_BYTES = 32
LONG = 65536  # bytes from which a value's tag is an HMAC-SHA256 (faster on long values where the CPU has SHA
#               instructions, as most have) rather than a keyed BLAKE2b (faster on short ones)


class Damaged(Exception):
    """A cache row that does not match its tag, or a row missing that must be there."""


# Everything reading a damaged cache can raise: once a row matches its tag it was written by
# accord, so the shapes and types below only come from a damaged database or a lost key.
CACHE_ERRORS = (sqlite3.Error, OSError, ValueError, EOFError, TypeError, IndexError, AttributeError, Damaged)


class Seal:
    """Tags for the rows of one cache folder's databases, and their check."""

    def __init__(self, key: bytes):
        self._keyed = hashlib.blake2b(key=key, digest_size=16)
        self._long = hmac.new(key, digestmod="sha256")
        self.fingerprint = hashlib.blake2b(key, digest_size=8, person=b"accord-cache-key").digest()

    def tag(self, table: bytes, key: str | bytes, value: str | bytes) -> bytes:
        """The tag of a row of ``table``: ``key``, what the row is looked up by, and ``value``,
        what it holds. Kept to one hash of one piece: ``list`` checks a row per commitment."""
        key = key if type(key) is bytes else key.encode()
        value = value if type(value) is bytes else value.encode()
        if len(value) < LONG:
            keyed = self._keyed.copy()
            keyed.update(b"".join((table, len(key).to_bytes(4, "big"), key, value)))
            return keyed.digest()
        keyed = self._long.copy()
        keyed.update(b"".join((table, len(key).to_bytes(4, "big"), key)))
        keyed.update(value)
        return keyed.digest()[:16]

    def matcher(self, table: bytes):
        """``matches(key, value, tag)``: whether ``tag`` is the tag of a row of ``table`` (a str
        key, a bytes value), for a loop over thousands of rows: the table's name hashed once."""
        keyed = self._keyed.copy()
        keyed.update(table)
        start, join = keyed.copy, b"".join

        def matches(key: str, value: bytes, tag) -> bool:
            if len(value) >= LONG:
                return self.tag(table, key, value) == tag
            key = key.encode()
            hasher = start()
            hasher.update(join((len(key).to_bytes(4, "big"), key, value)))
            return hasher.digest() == tag

        return matches

    def check(self, table: bytes, key: str | bytes, value: str | bytes, tag) -> None:
        if tag != self.tag(table, key, value):
            raise Damaged(f"a row of {table.decode()} does not match its tag")


def cache_seal(folder: Path) -> Seal | None:
    """The seal of the caches in ``folder``, its key made the first time; None if there is no
    key and none can be made (the cache is then not used)."""
    path = folder / KEY_NAME
    for _ in range(2):
        try:
            key = read_regular(path, "cache key", KEY_BYTES, missing=None)
        except AccordError:  # a folder, a FIFO, a file too large: left alone, the cache unused
            return None
        if key is not None and len(key) == KEY_BYTES:
            return Seal(key)
        if not _make_key(path, replace=key is not None):
            return None
    return None


def _make_key(path: Path, replace: bool) -> bool:
    """Write a new key; two processes making one at once agree on the first (a later
    replacement only makes the caches sealed with the old key out of date)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{KEY_NAME}.", dir=path.parent)  # mode 0600
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(secrets.token_bytes(KEY_BYTES))
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)
    except FileExistsError:
        pass
    except OSError:
        return False
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return True
