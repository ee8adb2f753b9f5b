"""`accord evidence keep`: a copy of each live source in ``sources/`` beside the state file, named by
its content (``sources/sha256/ab/<hash>.<ext>``, the extension from the content type, never from
the URL), with a sidecar (``<hash>.<ext>.toml``: URL, fetch time, content type). The copy travels
with the team's repository.

Every file is made inside ``sources/`` through folder descriptors opened without following links
(a ``sources/`` that is a link is refused; so is a link anywhere below it), streamed to a
temporary file there and renamed into place once whole, so that a full disk or an interrupt
leaves no partial copy. An identical copy is not written twice.
"""

from __future__ import annotations

import errno
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from accord.domain import progress
from accord.domain.errors import StateError
from accord.domain.source_check import KEEP_PART, SourceCheck, after_check, merged
from accord.storage.source_checks import EvidenceFile, SOURCES_NAME, sources_folder
from accord.sources.check import bounded_fetch, run_all
from accord.sources.fetch import Failure, Limits

EXTENSIONS = {"text/html": "html", "application/xhtml+xml": "html", "application/pdf": "pdf", "text/plain": "txt",
              "application/json": "json", "text/xml": "xml", "application/xml": "xml", "text/csv": "csv",
              "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp",
              "application/msword": "doc", "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx"}
DIRECTORY = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
TEMPORARY = ".tmp"


@dataclass
class Kept:
    url: str
    path: str | None = None  # relative to the state file's folder
    written: bool = False  # False: an identical copy was there already
    failure: str | None = None  # why no copy: the fetch's failure, "not-ok", "over-budget" or "disk"
    status: int | None = None


def extension(content_type: str | None) -> str:
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    return EXTENSIONS.get(kind, "bin")


class Budget:
    """Bytes the copies of one run may take in all."""

    def __init__(self, total: int):
        self.left = total

    def take(self, size: int) -> None:
        if size > self.left:
            raise Failure("over-budget")
        self.left -= size


def keep_urls(urls: list[str], limits: Limits, state_path: Path, budget: int) -> list[Kept]:
    """Fetch each URL again and keep a copy of each that answers 2xx; record copies and checks."""
    import asyncio

    folder = Folder(sources_folder(state_path))
    shared = Budget(budget)
    try:
        with progress.task("Keeping evidence", len(urls)) as shown:
            results = asyncio.run(run_all(urls, limits, lambda url: _keep_one(url, limits, folder, shared),
                                          shown.advance))
    finally:
        folder.close()
    kept = [k for k, _ in results]
    checks = [check for _, check in results if check is not None]
    EvidenceFile(state_path).record(checks, _after_keep)
    return kept


def _keep_one(url: str, limits: Limits, folder: "Folder", budget: Budget):
    async def run(pool):
        try:
            temporary = folder.new_temporary()
        except Failure as exc:
            return Kept(url, failure=exc.code), None
        try:
            def sink(chunk: bytes) -> None:
                budget.take(len(chunk))
                temporary.write(chunk)

            check = await bounded_fetch(pool, url, limits, sink)
            if check.failure in ("over-budget", "disk"):
                return Kept(url, failure=check.failure, status=check.status), None
            if check.outcome != "ok" or check.sha256 is None:
                return Kept(url, failure=check.failure or "not-ok", status=check.status), check
            try:
                kept, written = _placed(folder, temporary, check)
            except Failure as exc:
                return Kept(url, failure=exc.code, status=check.status), check
            return Kept(url, kept.kept, written, status=check.status), kept
        finally:
            temporary.discard()

    return run


def _placed(folder: "Folder", temporary: "Temporary", check: SourceCheck) -> tuple[SourceCheck, bool]:
    """The whole body in ``temporary`` placed as the copy of what ``check`` found, with its sidecar: the check with
    its kept copy, and whether the copy was written (not there already)."""
    path, written = folder.place(temporary, check.sha256, extension(check.content_type), _sidecar(check))
    return replace(check, kept=path, kept_at=check.checked, kept_sha256=check.sha256, kept_type=check.content_type), written


def keep_body(check: SourceCheck, body: bytes, state_path: Path) -> str:
    """Keep ``body``, which ``check`` found (a source fetched already: `accord extract https://…`), as `keep` keeps
    a source it fetches, and record the check and the copy; the copy's path, relative to the state file's folder.
    Failure("disk") or StateError where it cannot be kept."""
    folder = Folder(sources_folder(state_path))
    try:
        temporary = folder.new_temporary()
        try:
            temporary.write(body)
            kept, _ = _placed(folder, temporary, check)
        finally:
            temporary.discard()
    finally:
        folder.close()
    EvidenceFile(state_path).record([kept], _after_keep)
    return kept.kept


def _after_keep(previous: SourceCheck | None, new: SourceCheck) -> SourceCheck:
    """The record of a URL after a check that kept a copy: the check as any check is recorded, its copy newest."""
    return merged(after_check(previous, new), new, parts=(KEEP_PART,))


def _sidecar(check: SourceCheck) -> bytes:
    import tomli_w

    record = {"url": check.url, "fetched": check.checked, "content_type": check.content_type, "sha256": check.sha256,
              "length": check.length}
    return tomli_w.dumps({k: v for k, v in record.items() if v not in (None, "")}).encode("utf-8")


class Temporary:
    """A file being written in ``sources/.tmp``; removed unless placed."""

    def __init__(self, folder: "Folder"):
        self.folder, self.name, self.fd = folder, None, None
        name = f".{uuid.uuid4().hex}.part"
        try:
            self.fd = os.open(name, NEW_FILE, 0o666, dir_fd=folder.temporary)
        except OSError as exc:
            raise Failure("disk") from exc
        self.name = name

    def write(self, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self.fd, view):]
        except OSError as exc:
            raise Failure("disk") from exc

    def discard(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.name is not None:
            try:
                os.unlink(self.name, dir_fd=self.folder.temporary)
            except FileNotFoundError:
                pass
            self.name = None


class Folder:
    """``sources/`` opened without following links, and its ``.tmp`` and ``sha256`` folders."""

    def __init__(self, path: Path):
        self.path = path
        self.root = self.open_below(None, str(path))
        self.temporary = self.open_below(self.root, TEMPORARY)
        self.hashes = self.open_below(self.root, "sha256")

    def open_below(self, parent: int | None, name: str) -> int:
        """A folder (made if need be) inside ``parent``, opened only if it is a real folder."""
        try:
            os.mkdir(name, 0o777, dir_fd=parent)
        except FileExistsError:
            pass
        except OSError as exc:
            raise StateError(f"cannot make {self._shown(name)}: {exc.strerror}") from None
        try:
            return os.open(name, DIRECTORY, dir_fd=parent)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                raise StateError(f"{self._shown(name)}: is a symbolic link or not a folder; accord keeps copies "
                                 "only in a real folder", f"replace it with a folder named {SOURCES_NAME}") from None
            raise StateError(f"cannot open {self._shown(name)}: {exc.strerror}") from None

    def _shown(self, name: str) -> str:
        return name if name == str(self.path) else f"{self.path}/…/{name}"

    def new_temporary(self) -> Temporary:
        return Temporary(self)

    def place(self, temporary: Temporary, sha256: str, ext: str, sidecar: bytes) -> tuple[str, bool]:
        """Rename the whole copy to ``sha256/ab/<hash>.<ext>`` (unless one is there) with its sidecar."""
        name = f"{sha256}.{ext}"
        relative = f"{SOURCES_NAME}/sha256/{sha256[:2]}/{name}"
        shard = self.open_below(self.hashes, sha256[:2])
        note = None
        try:
            if _regular(name, shard):
                return relative, False
            note = Temporary(self)
            note.write(sidecar)
            os.fsync(note.fd)
            os.fsync(temporary.fd)
            # rename replaces a link planted at the name, never what it points to
            os.rename(temporary.name, name, src_dir_fd=self.temporary, dst_dir_fd=shard)
            temporary.name = None
            if not _regular(name + ".toml", shard):
                os.rename(note.name, name + ".toml", src_dir_fd=self.temporary, dst_dir_fd=shard)
                note.name = None
            os.fsync(shard)
            return relative, True
        except OSError as exc:
            raise Failure("disk") from exc
        finally:
            if note is not None:
                note.discard()
            os.close(shard)

    def close(self) -> None:
        for fd in (self.hashes, self.temporary, self.root):
            os.close(fd)


def _regular(name: str, folder: int) -> bool:
    """Whether ``name`` in ``folder`` is a regular file (a link there is not, and is replaced)."""
    import stat

    try:
        return stat.S_ISREG(os.stat(name, dir_fd=folder, follow_symlinks=False).st_mode)
    except FileNotFoundError:
        return False
