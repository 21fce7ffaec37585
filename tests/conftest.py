"""Shared fixtures: a demo emulator served over real HTTP on 127.0.0.1, and a scripted
server that records what it received."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, settings

from timrest import Client, RetryPolicy, TimValidationError
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    Emulator,
    EmulatorServer,
    demo_state,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"

settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=50000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

FAST_RETRY = RetryPolicy(
    max_retries=3, initial_backoff=0.001, max_backoff=0.01, jitter=0.001, rate_limit_backoff=0.01
)


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(demo_state(members=300))


@pytest.fixture
def server(emulator: Emulator) -> Iterator[EmulatorServer]:
    with EmulatorServer(emulator) as srv:
        yield srv


@pytest.fixture
def client_kwargs(server: EmulatorServer) -> dict[str, Any]:
    return {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "secret_key": DEMO_SECRET_KEY,
        "base_url": server.url,
        "retry": FAST_RETRY,
        "rate_limit": None,
    }


@pytest.fixture
def refused(client_kwargs: dict[str, Any], emulator: Emulator) -> Callable[..., str]:
    """``refused("method", *args, **kwargs)``: the ``TimValidationError`` message of a call
    the client refuses before sending (asserting that the emulator received nothing)."""

    def call(method: str, /, *args: Any, **kwargs: Any) -> str:
        emulator.reset_stats()
        with Client(**client_kwargs) as client, pytest.raises(TimValidationError) as info:
            getattr(client, method)(*args, **kwargs)
        assert emulator.stats.requests == 0
        return str(info.value)

    return call


# -- a scripted server ------------------------------------------------------------------


@dataclass
class Seen:
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: dict[str, Any]
    peer: int
    """The client's port: one per connection."""
    target: str = ""
    """The request target as sent (path and query)."""


@dataclass
class Recorder:
    """Answers each request with ``reply(seen)``: (JSON body, extra headers)."""

    reply: Callable[[Seen], tuple[dict[str, Any], dict[str, str]]]
    seen: list[Seen] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def recorder() -> Iterator[Callable[..., Recorder]]:
    servers: list[ThreadingHTTPServer] = []

    def start(reply: Callable[[Seen], tuple[dict[str, Any], dict[str, str]]]) -> Recorder:
        rec = Recorder(reply)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                split = urlsplit(self.path)
                seen = Seen(
                    split.path,
                    {k: v[0] for k, v in parse_qs(split.query).items()},
                    {k.lower(): v for k, v in self.headers.items()},
                    json.loads(raw),
                    self.client_address[1],
                    self.path,
                )
                rec.seen.append(seen)
                body, headers = rec.reply(seen)
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        rec.url = f"http://127.0.0.1:{server.server_address[1]}"
        return rec

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
