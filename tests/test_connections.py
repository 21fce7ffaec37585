"""The connections under a call, against real servers on 127.0.0.1: the environment's proxies
(honoured by both clients exactly as httpx reads them, with the deadline still in force), a
fork that must not share a keep-alive socket, a reply that overruns its length, a gateway
status whatever its body, and an ``http_client=`` of the caller's on timrest's transport."""

from __future__ import annotations

import gzip
import json
import os
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from test_bounds import DRIPPED_BODY, drip, head_for, options

import timrest
from timrest import AsyncClient, Client, TimError, TimHTTPStatusError, TimTimeoutError

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sets the proxy variables it needs, in whatever case the machine had them."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def reply_for(group: str, tag: str, *extra: str) -> bytes:
    """A whole reply of get_group_attr whose one attribute says who answered."""
    body = json.dumps(
        {
            "ActionStatus": "OK",
            "ErrorInfo": "",
            "ErrorCode": 0,
            "GroupAttrAry": [{"key": group, "value": tag}],
        }
    ).encode()
    return head_for(body, *extra) + body


Answer = Callable[[bytes, int, int], bytes]
"""(request body, connection number, request number on it) -> the raw bytes to send."""


class KeepAliveServer:
    """An HTTP/1.1 server that keeps connections open and answers with raw bytes; it counts
    connections and requests (``seen``: (connection, request line, body) per request)."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.seen: list[tuple[int, bytes, bytes]] = []
        self.connections = 0
        lock = threading.Lock()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with lock:
                    outer.connections += 1
                    number = outer.connections
                conn: socket.socket = self.request
                conn.settimeout(30)
                buffered = b""
                for count in range(1, 1000):
                    try:
                        line, body, buffered = _read(conn, buffered)
                    except (OSError, EOFError):
                        return
                    outer.seen.append((number, line, body))
                    try:
                        conn.sendall(outer.answer(body, number, count))
                    except OSError:
                        return

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _read(conn: socket.socket, data: bytes) -> tuple[bytes, bytes, bytes]:
    """One request from ``conn`` (after ``data`` already read): its request line, its
    body, and what was read beyond it."""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise EOFError
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            raise EOFError
        rest += chunk
    return lines[0], rest[:length], rest[length:]


@pytest.fixture
def keep_alive() -> Iterator[Callable[[Answer], KeepAliveServer]]:
    servers: list[KeepAliveServer] = []

    def start(answer: Answer) -> KeepAliveServer:
        server = KeepAliveServer(answer)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def group_of(body: bytes) -> str:
    return str(json.loads(body)["GroupId"])


def tagged(body: bytes, connection: int, count: int) -> bytes:
    return reply_for(group_of(body), f"c{connection}r{count}")


# -- proxies ----------------------------------------------------------------------------

UNREACHABLE = "http://tim-proxied.invalid"
"""A host no resolver knows: only a proxy can answer for it."""


def test_the_sync_client_goes_through_the_environments_proxy(
    keep_alive: Callable[[Answer], KeepAliveServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = keep_alive(tagged)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with Client(**options(UNREACHABLE)) as client:
        assert client.get_group_attributes("@TGS#proxied") == {"@TGS#proxied": "c1r1"}
    ((_, line, _),) = proxy.seen
    assert line.startswith(b"POST http://tim-proxied.invalid/v4/group_open_attr_http_svc/")


async def test_the_async_client_goes_through_the_environments_proxy(
    keep_alive: Callable[[Answer], KeepAliveServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = keep_alive(tagged)
    monkeypatch.setenv("all_proxy", proxy.url)
    async with AsyncClient(**options(UNREACHABLE)) as client:
        assert await client.get_group_attributes("@TGS#proxied") == {"@TGS#proxied": "c1r1"}
    assert proxy.seen[0][1].startswith(b"POST http://tim-proxied.invalid/")


@pytest.mark.parametrize(
    "environment",
    [
        {"HTTP_PROXY": "{proxy}"},
        {"http_proxy": "{proxy}", "NO_PROXY": "127.0.0.1"},
        {"ALL_PROXY": "{proxy}", "no_proxy": ".invalid"},
        {"ALL_PROXY": "{proxy}", "NO_PROXY": "*"},
        {"HTTPS_PROXY": "{proxy}"},  # not for http:// URLs
        {"HTTP_PROXY": "{bare}", "NO_PROXY": "localhost, other.invalid"},
        {"ALL_PROXY": "{proxy}", "NO_PROXY": "http://tim-proxied.invalid"},
    ],
)
def test_proxies_are_read_exactly_as_httpx_reads_them(
    keep_alive: Callable[[Answer], KeepAliveServer],
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
) -> None:
    """For each URL, timrest's client and a plain ``httpx.Client`` (which reads the
    environment itself) either both go through the proxy or both go direct."""
    proxy = keep_alive(lambda body, c, r: _plain(b"proxy"))
    direct = keep_alive(lambda body, c, r: _plain(b"direct"))
    bare = proxy.url.removeprefix("http://")
    for name, value in environment.items():
        monkeypatch.setenv(name, value.format(proxy=proxy.url, bare=bare))
    urls = [direct.url, UNREACHABLE, "http://other.invalid", "http://localhost.invalid"]
    limits = httpx.Limits()
    with (
        httpx.Client(timeout=5) as plain,
        httpx.Client(
            timeout=5,
            transport=timrest.DeadlineTransport(limits),
            mounts=timrest.proxy_mounts(limits),
        ) as ours,
    ):
        for url in urls:
            assert _route(ours, url) == _route(plain, url), url


def _plain(text: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(text), text)


def _route(http: httpx.Client, url: str) -> str:
    try:
        return http.post(url, content=b"{}").text
    except httpx.ConnectError:
        return "unreachable"


@pytest.fixture
def dripping() -> Iterator[str]:
    """A server that drips a whole reply, head included, a byte every 0.25 s (100 s)."""
    reply = drip(head_for(DRIPPED_BODY), DRIPPED_BODY)

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            try:
                _read(self.request, b"")
                reply(self.request)
            except (OSError, EOFError):
                pass

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_deadline_holds_through_a_proxy(dripping: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy that drips the reply's head cannot hold a call past its deadline."""
    monkeypatch.setenv("HTTP_PROXY", dripping)
    with Client(**options(UNREACHABLE, deadline=1.0)) as client:
        started = time.monotonic()
        with pytest.raises(TimTimeoutError, match="deadline"):
            client.get_group_attributes("@TGS#a")
        took = time.monotonic() - started
    assert took < 4.0, took  # ~1 s; without the deadline the drip lasts 100 s


# -- a fork -----------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only: os.fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork() with the server's thread
def test_a_forked_child_never_uses_the_parents_connections(
    keep_alive: Callable[[Answer], KeepAliveServer],
) -> None:
    server = keep_alive(tagged)
    with Client(**options(server.url)) as client:
        assert client.get_group_attributes("@TGS#parent") == {"@TGS#parent": "c1r1"}
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: one call, its answer to the parent, and out
            try:
                answer = json.dumps(client.get_group_attributes("@TGS#child"))
            except BaseException as exc:
                answer = json.dumps({"error": repr(exc)})
            os.write(write, answer.encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            child = json.loads(pipe.read())
        os.waitpid(pid, 0)
        # The parent goes on on its own connection, the child opened its own.
        assert client.get_group_attributes("@TGS#parent") == {"@TGS#parent": "c1r2"}
    assert child == {"@TGS#child": "c2r1"}
    assert server.connections == 2


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only: os.fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_forked_child_refuses_an_inherited_http_client(
    keep_alive: Callable[[Answer], KeepAliveServer],
) -> None:
    """timrest cannot renew a caller's httpx client: a child that inherited one is told."""
    server = keep_alive(tagged)
    with httpx.Client() as http, Client(http_client=http, **options(server.url)) as client:
        client.get_group_attributes("@TGS#parent")
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                client.get_group_attributes("@TGS#child")
                answer = "sent"
            except TimError as exc:
                answer = str(exc)
            os.write(write, answer.encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            said = pipe.read().decode()
        os.waitpid(pid, 0)
        assert client.get_group_attributes("@TGS#parent") == {"@TGS#parent": "c1r2"}
    assert "before os.fork()" in said and "http_client" in said
    assert server.connections == 1  # the child sent nothing


# -- a reply longer than it says --------------------------------------------------------


def overrunning(body: bytes, connection: int, count: int) -> bytes:
    """The first reply carries a whole second reply after its declared end."""
    own = reply_for(group_of(body), f"c{connection}r{count}")
    return own + reply_for("@TGS#stale", "leftover") if (connection, count) == (1, 1) else own


def chunked(body: bytes, connection: int, count: int, extra: bytes = b"") -> bytes:
    payload = reply_for(group_of(body), f"c{connection}r{count}").partition(b"\r\n\r\n")[2]
    half = len(payload) // 2
    chunks = b"%x\r\n%s\r\n%x;ext=1\r\n%s\r\n0\r\nX-Trailer: t\r\n\r\n" % (
        half,
        payload[:half],
        len(payload) - half,
        payload[half:],
    )
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    return head + chunks + extra


def test_bytes_past_a_replys_end_never_reach_the_next_call(
    keep_alive: Callable[[Answer], KeepAliveServer],
) -> None:
    server = keep_alive(overrunning)
    with Client(**options(server.url)) as client:
        assert client.get_group_attributes("@TGS#one") == {"@TGS#one": "c1r1"}
        assert client.get_group_attributes("@TGS#two") == {"@TGS#two": "c2r1"}
        assert client.get_group_attributes("@TGS#three") == {"@TGS#three": "c2r2"}


async def test_bytes_past_a_replys_end_never_reach_the_next_async_call(
    keep_alive: Callable[[Answer], KeepAliveServer],
) -> None:
    server = keep_alive(overrunning)
    async with AsyncClient(**options(server.url)) as client:
        assert await client.get_group_attributes("@TGS#one") == {"@TGS#one": "c1r1"}
        assert await client.get_group_attributes("@TGS#two") == {"@TGS#two": "c2r1"}


def test_chunked_replies_keep_their_connection_unless_they_overrun(
    keep_alive: Callable[[Answer], KeepAliveServer],
) -> None:
    fine = keep_alive(chunked)
    with Client(**options(fine.url)) as client:
        for n in range(1, 4):
            assert client.get_group_attributes("@TGS#a") == {"@TGS#a": f"c1r{n}"}
    assert fine.connections == 1  # a well-framed reply does not cost a connection

    def overrun(body: bytes, connection: int, count: int) -> bytes:
        stale = reply_for("@TGS#stale", "leftover") if (connection, count) == (1, 1) else b""
        return chunked(body, connection, count, stale)

    bad = keep_alive(overrun)
    with Client(**options(bad.url)) as client:
        assert client.get_group_attributes("@TGS#a") == {"@TGS#a": "c1r1"}
        assert client.get_group_attributes("@TGS#b") == {"@TGS#b": "c2r1"}


# -- a gateway's status -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "encoding", "body"),
    [
        (503, "br", b"\x1b\x00\xf8\xa5\x00not brotli at all"),
        (502, "gzip", b"<html>bad gateway, not gzip</html>"),
        (504, "deflate", gzip.compress(b"gzip labelled deflate")[:10]),
    ],
)
def test_a_gateway_status_is_an_http_error_whatever_its_body(
    keep_alive: Callable[[Answer], KeepAliveServer], status: int, encoding: str, body: bytes
) -> None:
    def gateway(request: bytes, connection: int, count: int) -> bytes:
        head = f"HTTP/1.1 {status} Gateway\r\nContent-Encoding: {encoding}\r\n"
        return head.encode() + b"Content-Length: %d\r\n\r\n%s" % (len(body), body)

    server = keep_alive(gateway)
    with (
        Client(**options(server.url, max_retries=2, retry=_fast())) as client,
        pytest.raises(TimHTTPStatusError) as info,
    ):
        client.get_group_attributes("@TGS#a")  # a read: retried like any 5xx
    assert info.value.status_code == status
    assert info.value.attempts == 3
    assert len(server.seen) == 3


def _fast() -> timrest.RetryPolicy:
    return timrest.RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.01, jitter=0)


# -- a caller's own httpx client --------------------------------------------------------


def test_a_callers_client_on_timrests_transport_keeps_the_whole_deadline(dripping: str) -> None:
    """The head dripped a byte every 0.25 s: each read is within httpx's timeout, the
    attempt deadline (1 s) ends the call."""
    with (
        httpx.Client(timeout=5.0, transport=timrest.DeadlineTransport()) as http,
        Client(http_client=http, **options(dripping, deadline=1.0)) as client,
    ):
        started = time.monotonic()
        with pytest.raises(TimTimeoutError, match="deadline"):
            client.get_group_attributes("@TGS#a")
        took = time.monotonic() - started
    assert took < 4.0, took


def test_the_transports_refuse_an_unknown_proxy_scheme() -> None:
    with pytest.raises(ValueError, match="ftp"):
        timrest.DeadlineTransport(proxy="ftp://127.0.0.1:1")
    with pytest.raises(ValueError, match="ftp"):
        timrest.AsyncDeadlineTransport(proxy="ftp://127.0.0.1:1")


def test_the_size_cap_holds_through_a_proxy(
    keep_alive: Callable[[Answer], KeepAliveServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    def huge(body: bytes, connection: int, count: int) -> bytes:
        return head_for(b"", length=64 * 1024 * 1024)  # announces 64 MiB, sends none

    proxy = keep_alive(huge)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with (
        Client(**options(UNREACHABLE, max_response_bytes=1024 * 1024)) as client,
        pytest.raises(timrest.TimResponseTooLargeError, match="announces"),
    ):
        client.get_group_attributes("@TGS#a")


async def test_an_async_callers_client_keeps_the_whole_deadline(dripping: str) -> None:
    """``asyncio.timeout`` bounds an async attempt on any transport, the caller's too."""
    async with (
        httpx.AsyncClient(timeout=5.0) as http,
        AsyncClient(http_client=http, **options(dripping, deadline=1.0)) as client,
    ):
        started = time.monotonic()
        with pytest.raises(TimTimeoutError, match="deadline"):
            await client.get_group_attributes("@TGS#a")
        took = time.monotonic() - started
    assert took < 4.0, took
