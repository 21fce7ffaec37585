"""Telling when a server sent more than the reply it declared.

HTTP/1.1 keep-alive trusts the server's framing: the bytes after a reply's declared end are
taken as the next reply. A server (or a box in between) that sends more than its
``Content-Length`` would hand the next call this call's leftovers, and replies would go off
by one. ``Framing`` follows the replies read on one connection (head, then a
``Content-Length`` body or chunks) and notes any byte past a reply's end; the transport then
retires the connection instead of pooling it.

It only counts: a head it cannot follow (too long, a line it cannot read) makes the
connection ``unsure``, which retires it too (closing a connection is always safe).
"""

from __future__ import annotations

import re

__all__ = ["Framing"]

_HEAD_END = re.compile(rb"\n\r?\n")
_MAX_HEAD = 128 * 1024
"""Longer than httpcore accepts (100 KiB): past it, the reply is not followed."""
_MAX_LINE = 4096

_HEAD, _BODY, _SIZE, _DATA, _DATA_END, _TRAILER, _DONE, _UNSURE = range(8)


class Framing:
    """The framing of the replies on one connection, fed the bytes as they are read."""

    __slots__ = ("_buffer", "_left", "_reading", "_state", "overrun")

    def __init__(self) -> None:
        self.overrun = False
        """A byte arrived past the end of a reply: the connection must not be reused."""
        self._reading = False
        self._start()

    def _start(self) -> None:
        self._state, self._left, self._buffer = _HEAD, 0, bytearray()

    @property
    def retire(self) -> bool:
        """Whether the connection must be closed rather than reused."""
        return self.overrun or self._state == _UNSURE

    def wrote(self) -> None:
        """A request is being sent: the next bytes read start its reply."""
        if self._reading:
            self._reading = False
            if self._state == _DONE:
                self._start()
            # else: the last reply was not read to its end; httpcore closes such a connection.

    def read(self, data: bytes) -> None:
        self._reading = True
        while data and not self.retire:
            state = self._state
            if state == _HEAD:
                data = self._head(data)
            elif state in (_BODY, _DATA):
                taken = min(self._left, len(data))
                self._left -= taken
                data = data[taken:]
                if not self._left:
                    self._state = _DONE if state == _BODY else _DATA_END
            elif state == _DONE:
                self.overrun = True
            elif state in (_SIZE, _DATA_END, _TRAILER):
                data = self._line(data)
            else:  # read until the server closes: never reused anyway
                return

    def _head(self, data: bytes) -> bytes:
        buffer = self._buffer
        start = max(0, len(buffer) - 2)  # the blank line may straddle two reads
        buffer += data
        end = _HEAD_END.search(buffer, start)
        if end is None:
            if len(buffer) > _MAX_HEAD:
                self._state = _UNSURE
            return b""
        head, rest = bytes(buffer[: end.start()]), bytes(buffer[end.end() :])
        self._buffer = bytearray()
        self._framed(head)
        return rest

    def _framed(self, head: bytes) -> None:
        """The body's framing, from a reply's status line and headers."""
        lines = head.split(b"\n")
        parts = lines[0].split(None, 2)
        if len(parts) < 2 or not parts[1].isdigit():
            self._state = _UNSURE
            return
        status = int(parts[1])
        if 100 <= status < 200 and status != 101:
            self._start()  # an interim reply: the real one follows
            return
        length: int | None = None
        chunked = False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                text = value.strip()
                if not text.isdigit():
                    self._state = _UNSURE
                    return
                length = int(text)
            elif name == b"transfer-encoding":
                chunked = value.strip().lower().endswith(b"chunked")
        if status in (101, 204, 304):
            self._state = _DONE if status != 101 else _UNSURE
        elif chunked:
            self._state = _SIZE
        elif length is not None:
            self._state, self._left = (_BODY, length) if length else (_DONE, 0)
        else:
            self._state = _UNSURE  # ends when the server closes

    def _line(self, data: bytes) -> bytes:
        """Take one line of chunked framing (a size, a chunk's end, a trailer)."""
        buffer = self._buffer
        newline = data.find(b"\n")
        if newline < 0:
            buffer += data
            if len(buffer) > _MAX_LINE:
                self._state = _UNSURE
            return b""
        line = bytes(buffer) + data[:newline]
        self._buffer = bytearray()
        rest = data[newline + 1 :]
        state = self._state
        if state == _SIZE:
            size = line.split(b";", 1)[0].strip()
            try:
                self._left = int(size, 16)
            except ValueError:
                self._state = _UNSURE
                return b""
            self._state = _DATA if self._left else _TRAILER
        elif state == _DATA_END:
            self._state = _SIZE
        elif not line.strip():  # the blank line after the trailers
            self._state = _DONE
        return rest
