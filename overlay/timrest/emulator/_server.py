"""The HTTP front end: a threaded HTTP/1.1 keep-alive server on loopback.

Admin endpoints for tests and other teams (no auth; bind to loopback only):
``POST /_emulator/faults`` (a Fault as JSON), ``GET /_emulator/stats``, ``GET`` and ``POST
/_emulator/callbacks`` (the deliveries; an app's callback settings as JSON), ``POST
/_emulator/reset`` (clears stats, pending faults and recorded callbacks). A web page the
developer visits must not drive them: they answer only a ``Host`` naming this server by a
loopback name or its own address, refuse any ``Origin`` other than the server's own, and
take ``application/json`` bodies only (a cross-site form cannot send that without a
preflight, which this server never grants).

Every request gets an answer: 400 for a malformed one (bad ``Content-Length``, chunked
bodies, which the API does not use), 413 past ``MAX_BODY`` bytes, 500 with the 70500
envelope if a handler fails, and the API's envelope codes otherwise.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

from timrest._log import get_logger
from timrest._redact import redact

from ._callbacks import callback_settings
from ._core import Emulator, Reply
from ._faults import Fault

__all__ = ["EmulatorServer"]

log = get_logger("timrest.emulator")

MAX_BODY = 1024 * 1024
"""The largest request body read (the largest real request is tens of KB)."""
_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")


class _BadRequest(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding") is not None:
            raise _BadRequest(400, "Transfer-Encoding is not supported; send Content-Length")
        lengths = self.headers.get_all("Content-Length") or []
        if len(lengths) > 1:
            raise _BadRequest(400, "more than one Content-Length")
        text = lengths[0].strip() if lengths else "0"
        if not (text.isascii() and text.isdigit() and len(text) <= 12):
            raise _BadRequest(400, "Content-Length must be a decimal number")
        length = int(text)
        if length > MAX_BODY:
            raise _BadRequest(413, f"request body over {MAX_BODY} bytes")
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        try:
            body = self._body()
        except _BadRequest as bad:
            self.close_connection = True  # the rest of the stream cannot be trusted
            self._send(_json(bad.status, {"error": bad.reason}), close=True)
            return
        url = urlsplit(self.path)
        try:
            if url.path.startswith("/_emulator/"):
                reply = self._admin(self.command, url.path, body)
            else:
                query = dict(parse_qsl(url.query, keep_blank_values=True))
                reply = self.server.emulator.handle(self.command, url.path, query, body)
        except Exception:
            log.exception("emulator: the handler failed on %s", redact(self.path[:200]))
            reply = _json(
                500,
                {"ActionStatus": "FAIL", "ErrorCode": 70500, "ErrorInfo": "internal error"},
            )
        self._send(reply)

    do_POST = do_GET = do_PUT = do_DELETE = do_PATCH = _handle

    def _foreign(self, method: str) -> str | None:
        """Why a request to an admin endpoint may come from a web page, if it may."""
        address, port = str(self.server.server_address[0]), self.server.server_address[1]
        own = {f"{name}:{port}" for name in (*_LOOPBACK_NAMES, address)}
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in own:
            return "the Host header does not name this server"
        origin = self.headers.get("Origin")
        if origin is not None and origin.strip().lower() not in {f"http://{h}" for h in own}:
            return "cross-origin requests are refused"
        if method == "POST":
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind != "application/json":
                return "Content-Type must be application/json"
        return None

    def _admin(self, method: str, path: str, body: bytes) -> Reply:
        emulator = self.server.emulator
        if (why := self._foreign(method)) is not None:
            status = 415 if why.startswith("Content-Type") else 403
            return _json(status, {"error": why})
        try:
            if path == "/_emulator/stats" and method == "GET":
                return _json(200, emulator.stats.as_dict())
            if path == "/_emulator/faults" and method == "POST":
                emulator.inject(Fault.from_dict(json.loads(body or b"{}")))
                return _json(200, {"pending": len(emulator.faults)})
            if path == "/_emulator/reset" and method == "POST":
                emulator.reset_stats()
                emulator.faults.clear()
                emulator.callbacks.clear()
                return _json(200, {"ok": True})
            if path == "/_emulator/callbacks" and method == "GET":
                shown = [d.as_dict() for d in emulator.callbacks.deliveries]
                return _json(200, {"deliveries": shown})
            if path == "/_emulator/callbacks" and method == "POST":
                sdkappid, settings = callback_settings(json.loads(body or b"{}"))
                emulator.configure_callbacks(sdkappid, settings)
                return _json(200, {"sdkappid": sdkappid, "on": settings is not None})
        except (ValueError, TypeError) as exc:
            return _json(400, {"error": str(exc)})
        return _json(404, {"error": f"no admin endpoint {method} {path}"})

    def _send(self, reply: Reply, *, close: bool = False) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        if close:
            self.send_header("Connection", "close")
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
