"""Serving the site's folder on 127.0.0.1 (the standard library's threaded HTTP server), and
making it again when the state file or a seed file changes (their times and sizes are polled:
no file-watching library, and it works on every file system).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Callable
from pathlib import Path

POLL_SECONDS = 1.0


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        pass  # a request log would bury the rebuild messages


def server(folder: Path, port: int) -> http.server.ThreadingHTTPServer:
    """The server of ``folder`` on 127.0.0.1 only (port 0: any free port); OSError if the port is taken."""
    handler = functools.partial(_Quiet, directory=str(folder))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def signature(paths: list[Path]) -> tuple:
    """What changes when one of ``paths`` is written, made or removed."""
    marks = []
    for path in paths:
        try:
            info = os.stat(path)
            marks.append((str(path), info.st_mtime_ns, info.st_size, info.st_ino))
        except OSError:
            marks.append((str(path), None))
    return tuple(marks)


def watch(paths: Callable[[], list[Path]], rebuild: Callable[[], None], stop: threading.Event, last: tuple,
          every: float = POLL_SECONDS) -> None:
    """Call ``rebuild`` whenever the files ``paths()`` names differ from ``last`` (their signature
    when the site was built), until ``stop`` is set."""
    while not stop.wait(every):
        now = signature(paths())
        if now != last:
            # Taken before the rebuild reads the files: a file saved while it runs differs at the next look.
            last = now
            rebuild()


def serve(folder: Path, port: int, paths: Callable[[], list[Path]], rebuild: Callable[[], None],
          ready: Callable[[str], None]) -> None:
    """Serve ``folder`` until interrupted (KeyboardInterrupt goes on to the caller), rebuilding on change."""
    httpd = server(folder, port)
    stop = threading.Event()
    # Taken now, before the address is announced: a change made as soon as it is seen is caught.
    watcher = threading.Thread(target=watch, args=(paths, rebuild, stop, signature(paths())), daemon=True)
    watcher.start()
    try:
        ready(f"http://127.0.0.1:{httpd.server_address[1]}/")
        httpd.serve_forever()
    finally:
        stop.set()
        httpd.server_close()
