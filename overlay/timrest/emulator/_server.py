"""The HTTP front end: a threaded HTTP/1.1 keep-alive server on loopback.

Admin endpoints for tests and other teams (no auth; bind to loopback only):
``POST /_emulator/faults`` (a Fault as JSON), ``GET /_emulator/stats``,
``POST /_emulator/reset``` (clears stats and pending faults).
"""

from __future__ import annotations

import json
import logging
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

from timrest._redact import redact

from ._core import Emulator, Reply
from ._faults import Fault

__all__ = ["EmulatorServer"]

log = logging.getLogger("timrest.emulator")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        body = self._body()
        url = urlsplit(self.path)
        if url.path.startswith("/_emulator/"):
            reply = self._admin(self.command, url.path, body)
        else:
            query = dict(parse_qsl(url.query, keep_blank_values=True))
            reply = self.server.emulator.handle(self.command, url.path, query, body)
        self._send(reply)

    do_POST = do_GET = do_PUT = do_DELETE = do_PATCH = _handle

    def _admin(self, method: str, path: str, body: bytes) -> Reply:
        emulator = self.server.emulator
        try:
            if path == "/_emulator/stats" and method == "GET":
                return _json(200, emulator.stats.as_dict())
            if path == "/_emulator/faults" and method == "POST":
                emulator.inject(Fault.from_dict(json.loads(body or b"{}")))
                return _json(200, {"pending": len(emulator.faults)})
            if path == "/_emulator/reset" and method == "POST":
                emulator.reset_stats()
                emulator.faults.clear()
                return _json(200, {"ok": True})
        except (ValueError, TypeError) as exc:
            return _json(400, {"error": str(exc)})
        return _json(404, {"error": f"no admin endpoint {method} {path}"})

    def _send(self, reply: Reply) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.drop:
            self.wfile.write(reply.body[: len(reply.body) // 2])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug(redact(format % args))


def _json(status: int, payload: dict[str, Any]) -> Reply:
    return Reply(status, json.dumps(payload).encode())


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        self.emulator = emulator
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (timeout, test done) is routine, not an error."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | OSError):
            log.debug("client %s went away: %s", client_address, type(error).__name__)
            return
        super().handle_error(request, client_address)


class EmulatorServer:
    """Serve an ``Emulator`` over HTTP on ``host:port`` (port 0 picks a free port).

    ``with EmulatorServer(emulator) as server: server.url`` runs it in a background thread;
    ``serve_forever()`` runs it in the calling thread.
    """

    def __init__(self, emulator: Emulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.emulator = emulator
        self._server = _Server((host, port), emulator)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="timrest-emulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
