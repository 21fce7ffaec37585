"""The steps a call asks its driver to perform, and how a driver resumes it.

A call's lifecycle (``ClientCore._flow``) is one generator: it decides everything and
``yield``s what needs I/O, the way httpx's ``Auth.auth_flow`` does. The sync and async
clients drive the same generator: they perform each step (send a request through the
in-flight slot and the rate limiter and read the bounded reply, tell a limiter that the
service refused a call, or sleep) and send back the outcome: what was ``Received``, or the
error (``httpx.HTTPError`` or ``TimError``) that ended the attempt.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import httpx

if TYPE_CHECKING:
    from ._ratelimit import RateLimiter

__all__ = ["Done", "Flow", "Outcome", "Received", "Refused", "Send", "Sleep", "Step", "resume"]

T = TypeVar("T")


class Send(NamedTuple):
    """Send ``request`` once a slot is free and the rate limiter admits ``key``."""

    request: httpx.Request
    limiter: RateLimiter | None
    key: str
    wait: float
    """How long the rate limiter may keep the call waiting."""
    deadline: float
    """Seconds the attempt may take, from the send to the last byte of the reply."""
    max_bytes: int
    """The largest decoded reply accepted."""
    operation: str
    rate: int
    """The operation's documented calls per second (the limiter paces ``key`` at it)."""


class Received(NamedTuple):
    """A reply read whole: its status and headers, and its decoded body."""

    response: httpx.Response
    content: bytes

    def __repr__(self) -> str:  # the body may reflect the UserSig: never shown
        return f"Received({self.response!r}, {len(self.content)} bytes)"


class Refused(NamedTuple):
    """The service refused a call for its frequency: ``limiter`` slows down for ``key``."""

    limiter: RateLimiter
    key: str


class Sleep(NamedTuple):
    """Wait before the next attempt."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """The call finished with ``value``."""

    value: T


Step = Send | Sleep | Refused
Outcome = Received | Exception | None
Flow = Generator[Step, Outcome, T]


def resume(flow: Flow[T], outcome: Any) -> Step | Done[T]:
    """Hand ``outcome`` (of the previous step) to the call; its next step, or ``Done``."""
    try:
        if isinstance(outcome, Exception):
            return flow.throw(outcome)
        return flow.send(outcome)
    except StopIteration as stop:
        return Done(stop.value)
