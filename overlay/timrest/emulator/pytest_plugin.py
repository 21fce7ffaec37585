"""pytest fixtures for services that use timrest (registered automatically on install).

``tim_emulator`` yields a running ``EmulatorHandle`` with the demo dataset: its ``url``, the
``emulator`` (to seed data or inject faults), the credentials, and ``client()`` /
``async_client()`` helpers that build a matching timrest client.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from timrest import AsyncClient, Client

from . import DEMO_ADMIN, DEMO_SDKAPPID, DEMO_SECRET_KEY, Emulator, EmulatorServer, demo_state


@dataclass(frozen=True)
class EmulatorHandle:
    emulator: Emulator
    url: str
    sdkappid: int = DEMO_SDKAPPID
    identifier: str = DEMO_ADMIN
    secret_key: str = DEMO_SECRET_KEY

    def client_kwargs(self, **overrides: Any) -> dict[str, Any]:
        return {
            "sdkappid": self.sdkappid,
            "identifier": self.identifier,
            "secret_key": self.secret_key,
            "base_url": self.url,
            **overrides,
        }

    def client(self, **overrides: Any) -> Client:
        return Client(**self.client_kwargs(**overrides))

    def async_client(self, **overrides: Any) -> AsyncClient:
        return AsyncClient(**self.client_kwargs(**overrides))

    def __repr__(self) -> str:
        return f"EmulatorHandle(url={self.url!r}, sdkappid={self.sdkappid})"


@pytest.fixture
def tim_emulator() -> Iterator[EmulatorHandle]:
    """A fresh emulator with the demo dataset, served on 127.0.0.1 (a free port)."""
    emulator = Emulator(demo_state(members=300))
    with EmulatorServer(emulator) as server:
        yield EmulatorHandle(emulator=emulator, url=server.url)
