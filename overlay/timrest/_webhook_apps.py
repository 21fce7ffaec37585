"""The callback receiver as an ASGI or a WSGI application (no web framework needed).

Each answers a verified callback with the handler's ``Reply`` (``None``: allow), a refused
request with the ``WebhookError``'s status and a ``FAIL`` body naming the reason, and a
handler that raised with 500. Tencent waits 2 s: the ASGI app gives a handler ``deadline``
seconds (1.5 by default) and then answers allow (a before-callback that times out lets the
event happen anyway); a WSGI handler is the server's to bound.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterable
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

from ._log import get_logger
from ._webhooks import ALLOW, Delivery, Receiver, Reply, WebhookError, reply

__all__ = ["Handler", "asgi_app", "wsgi_app"]

log = get_logger("timrest.webhooks")

Handler = Callable[[Delivery], "Reply | Awaitable[Reply | None] | None"]
"""Called with each verified delivery; returns the reply (or ``None`` to allow)."""

_JSON = [(b"content-type", b"application/json")]


def _query(raw: bytes | str) -> dict[str, str]:
    text = raw.decode("latin-1") if isinstance(raw, bytes) else raw
    return dict(parse_qsl(text, keep_blank_values=True))


def _refused(error: WebhookError) -> tuple[int, bytes]:
    log.warning("%s", error)
    return error.status_code, error.reply().body()


def _failed(delivery: Delivery) -> tuple[int, bytes]:
    log.exception("the handler of %s raised", delivery.command)
    return 500, reply(500, "handler failed", ok=False).body()


_POST_ONLY = reply(405, "POST", ok=False).body()


def asgi_app(
    receiver: Receiver, handler: Handler, *, deadline: float = 1.5
) -> Callable[[Any, Any, Any], Awaitable[None]]:
    """An ASGI application (uvicorn, hypercorn, or mounted in FastAPI/Starlette) that
    receives callbacks. A coroutine handler runs on the loop, a plain one in a thread."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                kind = message["type"].rpartition(".")[2]
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        if scope["type"] != "http":
            return
        status, body = await _answer(scope, receive)
        headers = [*_JSON, (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _answer(scope: Any, receive: Any) -> tuple[int, bytes]:
        if scope.get("method") != "POST":
            return 405, _POST_ONLY
        received = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return 400, b""
            received += message.get("body", b"")
            if len(received) > receiver.max_body_bytes:
                return _refused(WebhookError("too_large", "body over the limit"))
            if not message.get("more_body", False):
                break
        try:
            delivery = receiver.parse(_query(scope.get("query_string", b"")), bytes(received))
        except WebhookError as error:
            return _refused(error)
        try:
            if inspect.iscoroutinefunction(handler):
                work: Awaitable[Any] = handler(delivery)
            else:
                work = asyncio.to_thread(handler, delivery)
            reply = await asyncio.wait_for(work, deadline)
        except TimeoutError:
            log.warning("the handler of %s took over %.1f s: answered allow", delivery.command,
                        deadline)  # fmt: skip
            reply = None
        except Exception:
            return _failed(delivery)
        return 200, (reply or ALLOW).body()

    return app


def wsgi_app(receiver: Receiver, handler: Handler) -> Callable[[Any, Any], Iterable[bytes]]:
    """A WSGI application (gunicorn, uWSGI, ``wsgiref``, or mounted in Flask) that receives
    callbacks with a plain (synchronous) handler."""

    def app(environ: Any, start_response: Any) -> Iterable[bytes]:
        status, body = _answer(environ)
        reason = HTTPStatus(status).phrase
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        start_response(f"{status} {reason}", headers)
        return [body]

    def _answer(environ: Any) -> tuple[int, bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return 405, _POST_ONLY
        length = environ.get("CONTENT_LENGTH") or "0"
        if not length.isdigit():
            return _refused(WebhookError("malformed", "no Content-Length"))
        if int(length) > receiver.max_body_bytes:
            return _refused(WebhookError("too_large", f"Content-Length {int(length):,}"))
        body = environ["wsgi.input"].read(int(length)) if int(length) else b""
        try:
            delivery = receiver.parse(_query(environ.get("QUERY_STRING", "")), body)
        except WebhookError as error:
            return _refused(error)
        try:
            reply = handler(delivery)
            if inspect.isawaitable(reply):
                raise TypeError("wsgi_app takes a plain handler (use asgi_app for coroutines)")
        except Exception:
            return _failed(delivery)
        return 200, (reply or ALLOW).body()

    return app
