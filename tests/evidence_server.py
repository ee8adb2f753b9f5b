"""A local HTTP server for the evidence tests and bench: each path answers as a web source can.

/ok 200 HTML · /moved 301 → /ok · /chain/N 302 → /chain/N-1 … → /ok · /loop ↔ /loop-back ·
/404 /410 /500 · /drip a byte every DRIP_STEP s for DRIP_SECONDS · /big BIG_SIZE bytes ·
/doc.pdf a PDF · /to-metadata 302 → the cloud metadata address · /slow/N answers after SLOW s
(``peak``: the most answered at once) ·
/flip 200 until ``server.gone.add("/flip")`` then 404 · /file/N N's own 1 MiB body (bench) ·
/save/URL 302 → /web/20261203000000/URL 200, as the Wayback Machine's save endpoint ·
any path of ``server.documents`` 200 with its content type and body.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
PAGE = b"<!doctype html><title>Joint statement</title><p>The parties agree.</p>"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms wait between them

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        server, path = self.server, self.path.split("?", 1)[0]
        if path in server.gone:
            return self._send(404, b"gone")
        if path in server.documents:
            return self._send(200, server.documents[path][1], server.documents[path][0])
        if path in ("/ok", "/flip") or path.startswith("/page/"):
            return self._send(200, PAGE + path.encode(), "text/html; charset=utf-8")
        if path == "/moved":
            return self._redirect(301, "/ok")
        if path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            return self._redirect(302, f"/chain/{left - 1}" if left > 1 else "/ok")
        if path in ("/loop", "/loop-back"):
            return self._redirect(302, "/loop-back" if path == "/loop" else "/loop")
        if path in ("/404", "/410", "/500"):
            return self._send(int(path[1:]), b"no")
        if path == "/drip":
            return self._drip()
        if path == "/big":
            return self._big()
        if path == "/doc.pdf":
            return self._send(200, PDF, "application/pdf")
        if path == "/to-metadata":
            return self._redirect(302, "http://169.254.169.254/latest/meta-data/")
        if path.startswith("/slow/"):
            with server.counting:
                server.in_flight += 1
                server.peak = max(server.peak, server.in_flight)
            time.sleep(server.slow)
            with server.counting:
                server.in_flight -= 1
            return self._send(200, path.encode(), "text/plain")
        if path.startswith("/save/"):  # a Wayback-compatible save endpoint
            return self._redirect(302, "/web/20261203000000/" + self.path[len("/save/"):])
        if path.startswith("/web/"):
            return self._send(200, b"<!doctype html><title>snapshot</title>", "text/html")
        if path.startswith("/file/"):
            return self._send(200, path.encode().ljust(1 << 20, b"."), "text/plain")
        return self._send(404, b"no such page")

    def _send(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "1000000")
        self.end_headers()
        end = time.monotonic() + self.server.drip_seconds
        try:
            while time.monotonic() < end:
                self.wfile.write(b".")
                self.wfile.flush()
                time.sleep(self.server.drip_step)
        except OSError:
            pass
        self.close_connection = True

    def _big(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(self.server.big_size))
        self.end_headers()
        chunk, left = b"x" * 65536, self.server.big_size
        try:
            while left > 0:
                self.wfile.write(chunk[:left])
                left -= len(chunk)
        except OSError:
            self.close_connection = True


class SourceServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024

    def __init__(self, host: str = "127.0.0.1", *, drip_seconds: float = 30.0, drip_step: float = 0.2,
                 big_size: int = 200 << 20, slow: float = 0.1):
        super().__init__((host, 0), Handler)
        self.gone: set[str] = set()
        self.documents: dict[str, tuple[str, bytes]] = {}  # a path's content type and body, for `extract URL`
        self.counting, self.in_flight, self.peak = threading.Lock(), 0, 0  # /slow/ requests at once
        self.drip_seconds, self.drip_step, self.big_size, self.slow = drip_seconds, drip_step, big_size, slow
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up (a cut body, a timeout) is what the tests do on purpose

    def __enter__(self) -> "SourceServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{path}"
