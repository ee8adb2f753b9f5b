"""What a cache is built from, and where it is kept: its file (one per state file, in the cache
folder) and its signature, the identity of every seed file and of the state file (path, size,
modification and change times, inode), with accord's version, the cache's format and the
fingerprint of the key that seals it. Any edit to any of these files changes it: a cache whose
signature differs is out of date.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path

from accord import __version__
from accord.cache.seal import Seal

# The layout of the cache's database (its user_version too): a cache of another is out of date.
FORMAT = 15  # 11: JSON text escapes C1, bidi and invisible characters; 12: every row sealed;
# 13: update rows carry a reason and `corrects`, commitments their umbrella (part_of, weight), the catalog its parts;
# 14: the seed JSON in meta; 15: the pages' tags indexed (read without the megabytes of text beside them)


def cache_file(cache_dir: Path, state_path: Path) -> Path:
    key = hashlib.sha1(os.fsencode(os.path.realpath(state_path))).hexdigest()[:16]
    return cache_dir / f"tracker-{key}.sqlite"


def signature(seed_files: list[Path], state_path: Path, seal: Seal) -> bytes:
    """What the cache was built from (and the key that sealed it); any edit to any of these
    files changes it."""
    seeds = marshal.dumps([FORMAT, __version__, sys.version, seal.fingerprint, *map(_file_id, seed_files)])
    return marshal.dumps((seeds, _file_id(state_path)))


def seed_part(signature_: bytes) -> bytes:
    return marshal.loads(signature_)[0]


def _file_id(path: Path) -> tuple:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return (str(path), None)
    except OSError as exc:  # a link loop, a permission: reading the file will say what is wrong
        return (str(path), "unreadable", exc.errno)
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
