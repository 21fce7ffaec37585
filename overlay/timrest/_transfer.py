"""Receiving one reply within bounds: a wall-clock deadline per attempt and a size cap.

httpx's timeouts apply to each socket operation, so a server that sends one byte every
quarter second holds a call for as long as it likes. The attempt deadline bounds the whole
attempt (connect, send, headers and body):

- sync: timrest's transport (``_transport``) gives every connect, read and write
  ``bounded(timeout)``: ``min(timeout, time left)`` (``start_deadline`` says the deadline of
  the attempt running in this thread or task); the body loop checks it too, which is all
  it has with an ``http_client=`` of the caller's on another transport;
- async: ``asyncio.timeout_at`` around the attempt.

The body is read raw and decoded here (identity, gzip, deflate) with ``zlib``'s
``max_length``, so a compressed bomb never expands past the cap; a ``Content-Length``
above the cap is refused before a byte of the body is read.
"""

from __future__ import annotations

import time
import zlib
from contextvars import ContextVar, Token
from typing import Any

import httpx

from ._errors import TimMalformedResponseError, TimResponseTooLargeError

__all__ = [
    "ACCEPT_ENCODING",
    "BoundedBody",
    "bounded",
    "end_deadline",
    "expired",
    "start_deadline",
]

ACCEPT_ENCODING = "gzip, deflate"
"""What the client asks for: exactly the encodings ``BoundedBody`` decodes."""

_deadline: ContextVar[float | None] = ContextVar("timrest_attempt_deadline", default=None)


def start_deadline(seconds: float) -> tuple[float, Token[float | None]]:
    """From now until ``end_deadline(token)``, socket operations of this thread or task end
    by the deadline (``time.monotonic()`` based; returned with the token)."""
    deadline = time.monotonic() + seconds
    return deadline, _deadline.set(deadline)


def end_deadline(token: Token[float | None]) -> None:
    _deadline.reset(token)


def expired(deadline: float, request: httpx.Request) -> httpx.ReadTimeout | None:
    """The timeout error to report if ``deadline`` has passed."""
    if time.monotonic() < deadline:
        return None
    return httpx.ReadTimeout("the attempt deadline passed", request=request)


def bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` for one socket operation, cut to the time left of the attempt running in
    this thread or task (``error`` once it has passed)."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt deadline passed")
    return left if timeout is None else min(timeout, left)


class BoundedBody:
    """A reply's body, decoded as it arrives, refused past ``limit`` decoded bytes."""

    __slots__ = ("_chunks", "_decoder", "_encoding", "_limit", "_operation", "_size", "read")

    def __init__(self, response: httpx.Response, limit: int, operation: str) -> None:
        self._limit, self._operation = limit, operation
        self._chunks: list[bytes] = []
        self._size = 0
        self._decoder: Any = None
        self._encoding = "identity"
        self.read: bytes | None = None
        """The body, if the transport already read (and decoded) it (e.g. a mock)."""
        if response.is_stream_consumed:
            self.read = response.content
            self.feed(self.read)
            return
        length = response.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            raise self._too_large(f"it announces {int(length):,} bytes")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        self._encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._decoder = zlib.decompressobj()
        elif encoding not in ("identity", ""):
            raise TimMalformedResponseError(
                "unsupported Content-Encoding (asked for {ACCEPT_ENCODING})",
                body_excerpt=encoding[:40],
            )

    def _too_large(self, detail: str) -> TimResponseTooLargeError:
        error = TimResponseTooLargeError(
            f"reply larger than max_response_bytes={self._limit:,} ({detail})",
            limit=self._limit,
        )
        error.operation = self._operation
        return error

    def _add(self, data: bytes) -> None:
        if data:
            self._size += len(data)
            if self._size > self._limit:
                raise self._too_large("decoded body")
            self._chunks.append(data)

    def feed(self, raw: bytes) -> None:
        """Take the next raw chunk of the body."""
        if self._decoder is None:
            self._add(raw)
            return
        original = raw
        try:
            while raw:
                room = self._limit - self._size + 1
                self._add(self._decoder.decompress(raw, room))
                raw = self._decoder.unconsumed_tail
        except zlib.error as exc:
            if self._encoding == "deflate" and not self._size:
                # Servers send raw deflate as "deflate" too: try that once, from the start.
                self._encoding, self._decoder = "raw deflate", zlib.decompressobj(-zlib.MAX_WBITS)
                self.feed(original)
                return
            raise TimMalformedResponseError(
                f"{self._operation}: the {self._encoding} body does not decode ({exc})"
            ) from None

    def content(self) -> bytes:
        """The whole decoded body."""
        if self._decoder is not None:
            try:
                self._add(self._decoder.flush())
            except zlib.error as exc:
                raise TimMalformedResponseError(
                    f"{self._operation}: the {self._encoding} body does not decode ({exc})"
                ) from None
        chunks = self._chunks
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
