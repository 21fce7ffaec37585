"""The steps a call asks its driver to perform, and how a driver resumes it.

A call's lifecycle (``ClientCore._flow``) is one generator: it decides everything and
``yield``s what needs I/O, the way httpx's ``Auth.auth_flow`` does. The sync and async
clients drive the same generator: they perform each step (send a request through the
in-flight slot and the rate limiter, or sleep) and send back the outcome: the
``httpx.Response``, or the ``httpx.HTTPError`` the transport raised.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import httpx

if TYPE_CHECKING:
    from ._ratelimit import RateLimiter

__all__ = ["Done", "Flow", "Send", "Sleep", "resume"]

T = TypeVar("T")


class Send(NamedTuple):
    """Send ``request`` once a slot is free and the rate limiter admits ``key``."""

    request: httpx.Request
    limiter: RateLimiter | None
    key: str
    wait: float
    """How long the rate limiter may keep the call waiting."""


class Sleep(NamedTuple):
    """Wait before the next attempt."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """The call finished with ``value``."""

    value: T


Outcome = httpx.Response | httpx.HTTPError | None
Flow = Generator[Send | Sleep, Outcome, T]


def resume(flow: Flow[T], outcome: Any) -> Send | Sleep | Done[T]:
    """Hand ``outcome`` (of the previous step) to the call; its next step, or ``Done``."""
    try:
        if isinstance(outcome, httpx.HTTPError):
            return flow.throw(outcome)
        return flow.send(outcome)
    except StopIteration as stop:
        return Done(stop.value)
