"""Shared fixtures: a demo emulator served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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
