"""Bounded replies against hostile servers on 127.0.0.1: a wall-clock deadline per attempt
whatever a server drips (sync and async), a cap on the decoded size (plain, gzip, deflate,
announced or not), and a frequency refusal that slows every caller of the limiter."""

from __future__ import annotations

import gzip
import json
import socket
import socketserver
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from test_hardening import options as scripted_options

from timrest import (
    AsyncClient,
    Client,
    LocalRateLimiter,
    TimMalformedResponseError,
    TimRateLimitError,
    TimResponseTooLargeError,
    TimTimeoutError,
    TimValidationError,
)
from timrest._ratelimit import SLOW_FACTOR, SLOW_PAUSE

Reply = Callable[[socket.socket], None]
OK = json.dumps(
    {
        "ActionStatus": "OK",
        "ErrorInfo": "",
        "ErrorCode": 0,
        "GroupAttrAry": [{"key": "k", "value": "v"}],
    }
).encode()


REQUESTS: list[bytes] = []
"""The head of every request the raw servers read."""


def _read_request(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk
    REQUESTS.append(data.partition(b"\r\n\r\n")[0])
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length")
    )
    while len(body) < length:
        body += conn.recv(65536)


@pytest.fixture
def raw() -> Iterator[Callable[[Reply], str]]:
    """A server that reads one request per connection and lets ``reply`` write raw bytes."""
    servers: list[socketserver.ThreadingTCPServer] = []

    def start(reply: Reply) -> str:
        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(30)
                try:
                    _read_request(self.request)
                    reply(self.request)
                except OSError:
                    pass

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def options(url: str, **extra: Any) -> dict[str, Any]:
    """The hardening suite's client arguments (no rate limit, no retries), and ``extra``."""
    return {**scripted_options(url), **extra}


def drip(head: bytes, body: bytes, every: float = 0.25) -> Reply:
    """Send ``head`` + ``body`` one byte every ``every`` seconds."""

    def reply(conn: socket.socket) -> None:
        for byte in head + body:
            conn.sendall(bytes([byte]))
            time.sleep(every)

    return reply


def whole(head: bytes, body: bytes) -> Reply:
    def reply(conn: socket.socket) -> None:
        conn.sendall(head + body)

    return reply


def head_for(body: bytes, *extra: str, length: int | None = None) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Content-Type: application/json", *extra]
    lines.append(f"Content-Length: {len(body) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


DRIPPED_BODY = b" " * 400 + OK  # valid JSON after 100 s of dripping


@pytest.mark.parametrize("phase", ["body", "headers"])
def test_a_dripping_server_cannot_hold_a_call_past_its_deadline(
    raw: Callable[[Reply], str], phase: str
) -> None:
    head = head_for(DRIPPED_BODY)
    reply = drip(head, DRIPPED_BODY) if phase == "headers" else _after_head(head, DRIPPED_BODY)
    url = raw(reply)
    with Client(**options(url)) as client:
        started = time.monotonic()
        with pytest.raises(TimTimeoutError, match="deadline"):
            client.get_group_attributes("@TGS#a", timeout=1.0)  # each read succeeds in 0.25 s
        took = time.monotonic() - started
    assert took < 4.0, took  # ~1 s; without the deadline, the drip goes on for 100 s


def test_the_deadline_option_bounds_every_attempt(raw: Callable[[Reply], str]) -> None:
    url = raw(_after_head(head_for(DRIPPED_BODY), DRIPPED_BODY))
    with Client(**options(url, deadline=1.0, max_retries=1)) as client:
        started = time.monotonic()
        with pytest.raises(TimTimeoutError) as info:
            client.get_group_attributes("@TGS#a")
        took = time.monotonic() - started
    assert info.value.attempts == 2  # a deadline is a timeout: retried for a read
    assert took < 2 * 1.0 + 3.0, took


async def test_a_dripping_server_cannot_hold_an_async_call(raw: Callable[[Reply], str]) -> None:
    url = raw(drip(head_for(DRIPPED_BODY), DRIPPED_BODY))
    async with AsyncClient(**options(url, deadline=1.0)) as client:
        started = time.monotonic()
        with pytest.raises(TimTimeoutError, match="deadline"):
            await client.get_group_attributes("@TGS#a")
        took = time.monotonic() - started
    assert took < 4.0, took


def test_a_client_of_the_callers_own_is_bounded_per_chunk(raw: Callable[[Reply], str]) -> None:
    """With ``http_client=`` the transport is the caller's: the deadline is checked between
    chunks of the body, so a drip ends within one read timeout of it."""
    import httpx

    url = raw(_after_head(head_for(DRIPPED_BODY), DRIPPED_BODY))
    with (
        httpx.Client(timeout=1.0) as http,
        Client(http_client=http, **options(url, deadline=1.0)) as client,
    ):
        started = time.monotonic()
        with pytest.raises(TimTimeoutError):
            client.get_group_attributes("@TGS#a")
        took = time.monotonic() - started
    assert took < 5.0, took


def _after_head(head: bytes, body: bytes) -> Reply:
    def reply(conn: socket.socket) -> None:
        conn.sendall(head)
        drip(b"", body)(conn)

    return reply


def test_a_reply_that_announces_too_much_is_refused_before_its_body(
    raw: Callable[[Reply], str],
) -> None:
    sent = threading.Event()

    def reply(conn: socket.socket) -> None:
        conn.sendall(head_for(b"", length=100 * 1024 * 1024))
        time.sleep(5)  # never sends the body: a client that reads it waits 5 s
        sent.set()

    url = raw(reply)
    with Client(**options(url)) as client:
        started = time.monotonic()
        with pytest.raises(TimResponseTooLargeError, match="announces 104,857,600 bytes") as info:
            client.get_group_attributes("@TGS#a")
    assert time.monotonic() - started < 4.0 and not sent.is_set()
    assert info.value.limit == 8 * 1024 * 1024 and info.value.attempts == 1  # not retried


def _chunked(body: bytes, size: int = 65536) -> bytes:
    out = b""
    for i in range(0, len(body), size):
        part = body[i : i + size]
        out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
    return out + b"0\r\n\r\n"


@pytest.mark.parametrize("encoding", ["identity", "gzip", "deflate"])
def test_a_large_reply_is_refused_at_the_cap_with_bounded_memory(
    raw: Callable[[Reply], str], encoding: str
) -> None:
    """200 MB of JSON whitespace, plain (chunked, no Content-Length) or compressed to a few
    hundred KB: reading stops at the cap and memory stays near it."""
    compressed = b""
    if encoding != "identity":
        payload = b" " * (200 * 1024 * 1024)
        compressed = gzip.compress(payload, 9) if encoding == "gzip" else zlib.compress(payload, 9)
        del payload

    def reply(conn: socket.socket) -> None:
        if encoding == "identity":
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n"
            )
            block = b" " * 65536
            frame = f"{len(block):x}\r\n".encode() + block + b"\r\n"
            for _ in range(200 * 16):  # 200 MB, never announced
                conn.sendall(frame)
            conn.sendall(b"0\r\n\r\n")
        else:
            conn.sendall(head_for(compressed, f"Content-Encoding: {encoding}") + compressed)

    url = raw(reply)
    with Client(**options(url, max_response_bytes=4 * 1024 * 1024)) as client:
        tracemalloc.start()
        try:
            with pytest.raises(TimResponseTooLargeError, match="max_response_bytes=4,194,304"):
                client.get_group_attributes("@TGS#a")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 24 * 1024 * 1024, peak  # the cap, a chunk and the parts list


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
async def test_compressed_replies_under_the_cap_decode(
    raw: Callable[[Reply], str], encoding: str
) -> None:
    body = gzip.compress(OK) if encoding == "gzip" else zlib.compress(OK)
    if encoding == "raw-deflate":
        body = body[2:-4]  # no zlib header and checksum
    name = "deflate" if "deflate" in encoding else encoding
    url = raw(whole(head_for(body, f"Content-Encoding: {name}"), body))
    with Client(**options(url)) as client:
        assert client.get_group_attributes("@TGS#a") == {"k": "v"}
    async with AsyncClient(**options(url)) as aclient:
        assert await aclient.get_group_attributes("@TGS#a") == {"k": "v"}


@pytest.mark.parametrize(
    ("extra", "match"),
    [
        ("Content-Encoding: br", "unsupported Content-Encoding"),
        ("Content-Encoding: gzip", "does not decode"),
    ],
)
def test_an_undecodable_reply_is_a_typed_error(
    raw: Callable[[Reply], str], extra: str, match: str
) -> None:
    url = raw(whole(head_for(OK, extra), OK))
    with Client(**options(url)) as client, pytest.raises(TimMalformedResponseError, match=match):
        client.get_group_attributes("@TGS#a")


async def test_an_async_reply_over_the_cap_is_refused(raw: Callable[[Reply], str]) -> None:
    body = gzip.compress(b" " * (50 * 1024 * 1024))
    url = raw(whole(head_for(body, "Content-Encoding: gzip"), body))
    async with AsyncClient(**options(url, max_response_bytes=1024 * 1024)) as client:
        with pytest.raises(TimResponseTooLargeError):
            await client.get_group_attributes("@TGS#a")


@pytest.mark.parametrize(
    ("name", "value"),
    [("deadline", 0), ("deadline", float("nan")), ("deadline", float("inf")), ("deadline", "1"),
     ("max_response_bytes", 10), ("max_response_bytes", 1.5e6)],
)  # fmt: skip
def test_bounds_are_checked_when_the_client_is_made(name: str, value: object) -> None:
    with pytest.raises(TimValidationError) as info:
        Client(**options("http://127.0.0.1:9", **{name: value}))
    assert info.value.field == name


def test_the_client_asks_only_for_encodings_it_decodes(raw: Callable[[Reply], str]) -> None:
    url = raw(whole(head_for(OK), OK))
    REQUESTS.clear()
    with Client(**options(url)) as client:
        client.get_group_attributes("@TGS#a")
    assert b"accept-encoding: gzip, deflate\r\n" in REQUESTS[0].lower() + b"\r\n"


# -- a frequency refusal slows every caller of the limiter -------------------------------


def _refusing_server(raw: Callable[[Reply], str], refusals: int) -> tuple[str, list[float]]:
    """Refuses the first ``refusals`` calls with 60007; records when each call arrived."""
    arrivals: list[float] = []
    lock = threading.Lock()
    refused = json.dumps({"ActionStatus": "FAIL", "ErrorCode": 60007, "ErrorInfo": "freq"}).encode()

    def reply(conn: socket.socket) -> None:
        with lock:
            arrivals.append(time.monotonic())
            body = refused if len(arrivals) <= refusals else OK
        conn.sendall(head_for(body) + body)

    return raw(reply), arrivals


def test_a_refusal_pauses_every_caller_of_the_limiter(raw: Callable[[Reply], str]) -> None:
    url, arrivals = _refusing_server(raw, refusals=1)
    limiter = LocalRateLimiter(200)
    with (
        Client(**options(url, rate_limit=limiter)) as first,
        Client(**options(url, rate_limit=limiter)) as second,
    ):
        with pytest.raises(TimRateLimitError):
            first.get_group_attributes("@TGS#a")  # no retries: the refusal is final
        refused_at = time.monotonic()
        assert second.get_group_attributes("@TGS#a") == {"k": "v"}  # another caller
    assert arrivals[1] - refused_at >= SLOW_PAUSE - 0.05  # held back, not sent at once


async def test_an_async_refusal_slows_the_limiter_too(raw: Callable[[Reply], str]) -> None:
    url, arrivals = _refusing_server(raw, refusals=1)
    limiter = LocalRateLimiter(200)
    async with AsyncClient(**options(url, rate_limit=limiter, max_retries=1)) as client:
        assert await client.get_group_attributes("@TGS#a") == {"k": "v"}  # the retry waits
    assert arrivals[1] - arrivals[0] >= SLOW_PAUSE - 0.05


def test_after_the_pause_calls_are_paced_slower_for_a_while() -> None:
    limiter = LocalRateLimiter(100)
    limiter.slow_down("k")
    time.sleep(SLOW_PAUSE + 0.05)
    due = [limiter._reserve("k", 60.0)[0] for _ in range(40)]
    # the 40th slot lies at least 35 slow intervals ahead (40, less the burst allowance)
    assert due[-1] >= 35 * limiter._pace(None).interval * SLOW_FACTOR - 0.05
    fresh = LocalRateLimiter(100)
    assert [fresh._reserve("k", 60.0)[0] for _ in range(40)][-1] < due[-1] - 0.05


def test_a_caller_that_wakes_late_takes_a_new_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    """A starved process that wakes after its slot (plus LATE) does not send at once: calls
    held back together would arrive together. It reserves another slot."""
    import timrest._ratelimit as ratelimit

    limiter = LocalRateLimiter(100)
    for _ in range(limiter.burst):
        limiter.acquire("k", 5.0)  # the burst allowance: the next call has to wait
    real_sleep = time.sleep
    starved = [ratelimit.LATE + 0.05]  # the first sleep overruns its slot

    def sleep(seconds: float) -> None:
        real_sleep(seconds + (starved.pop() if starved else 0.0))

    monkeypatch.setattr(time, "sleep", sleep)  # the module the limiter sleeps with
    limiter.acquire("k", 5.0)
    assert limiter.late_slots == 1  # gave the slot up once, then left on a new one
