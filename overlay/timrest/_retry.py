"""Which failures are retried, and how long to wait: retry decisions as data.

``RetryPolicy`` is the client's setting; ``RetryBudget`` is one call's allowance, asked
after every failed attempt with the attempt's number. Waits are capped exponential backoff
with jitter; frequency limits wait longer; 70001 re-signs once, on a spare attempt. A
request that may have reached the service is repeated only for an idempotent operation.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from ._errors import (
    TimError,
    TimHTTPStatusError,
    TimRateLimitError,
    TimServerError,
    TimSignatureExpiredError,
    TimTransportError,
)

__all__ = ["RetryBudget", "RetryPolicy"]

MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a client retries. ``max_retries`` can also be set per call."""

    max_retries: int = 3
    """Retries after the first attempt (0 disables retrying)."""
    initial_backoff: float = 0.25
    """The first backoff, in seconds; it doubles per retry."""
    max_backoff: float = 8.0
    """The backoff never exceeds this."""
    jitter: float = 0.25
    """Up to this many seconds of random jitter are added to each backoff."""
    rate_limit_backoff: float = 1.0
    """The base wait after a frequency-limit code (the service counts per second)."""
    total_timeout: float | None = 60.0
    """Give up retrying once this many seconds have passed since the first attempt."""

    def wait(self, error: Exception, retry: int) -> float | None:
        """Seconds to wait before retry number ``retry`` (1, 2, ...) after ``error``, or
        None when ``error`` is not worth retrying at all."""
        if isinstance(error, TimSignatureExpiredError):
            return 0.0 if error.resignable else None
        if isinstance(error, TimRateLimitError):
            return self.rate_limit_backoff * (1.0 + random.random())
        if isinstance(error, TimHTTPStatusError):
            if error.retry_after is not None:
                return error.retry_after if 0 <= error.retry_after <= MAX_RETRY_AFTER else None
            if error.status_code == 429:
                return self.rate_limit_backoff * (1.0 + random.random())
            if error.status_code >= 500 or error.status_code == 408:
                return self.backoff(retry)
            return None
        if isinstance(error, TimServerError | TimTransportError):
            return self.backoff(retry)
        return None

    def backoff(self, retry: int) -> float:
        """Capped exponential backoff with jitter before retry number ``retry``."""
        base = min(self.max_backoff, self.initial_backoff * 2.0 ** max(0, retry - 1))
        return base + random.uniform(0, self.jitter)

    def budget(
        self,
        max_retries: int | None,
        *,
        idempotent: bool,
        clock: Callable[[], float] = time.monotonic,
        started: float | None = None,
    ) -> RetryBudget:
        """A fresh allowance for one call (``max_retries`` overrides the policy's) that
        began at ``started`` (by ``clock``; default: now)."""
        retries = self.max_retries if max_retries is None else max_retries
        return RetryBudget(self, retries, idempotent, clock, started)


def may_have_been_applied(error: TimError) -> bool:
    """Whether the service may have acted on the request that failed with ``error``."""
    if isinstance(error, TimRateLimitError | TimSignatureExpiredError):
        return False  # refused at the door
    if isinstance(error, TimTransportError):
        return error.request_sent
    return isinstance(error, TimServerError | TimHTTPStatusError)


class RetryBudget:
    """One call's retries: ``next_wait(error, attempt)`` after each failed attempt."""

    __slots__ = ("_clock", "_idempotent", "_policy", "_resigned", "_retries", "_started")

    def __init__(
        self,
        policy: RetryPolicy,
        retries: int,
        idempotent: bool,
        clock: Callable[[], float],
        started: float | None = None,
    ) -> None:
        self._policy = policy
        self._retries = retries
        self._idempotent = idempotent
        self._clock = clock
        self._started = clock() if started is None else started
        self._resigned = False

    @property
    def can_resign(self) -> bool:
        """Whether a 70001 may still be answered by signing anew (once per call)."""
        return not self._resigned

    @property
    def attempts(self) -> int:
        """The most attempts this call may make (a re-sign adds one)."""
        return self._retries + 1 + self._resigned

    def next_wait(self, error: TimError, attempt: int) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None to give up with ``error``."""
        if not self._idempotent and may_have_been_applied(error):
            return None
        if isinstance(error, TimSignatureExpiredError):
            if self._resigned or not error.resignable:
                return None
            self._resigned = True  # a spare attempt: re-signing is not a retry
            return 0.0
        if attempt >= self.attempts:
            return None
        wait = self._policy.wait(error, attempt - self._resigned)
        total = self._policy.total_timeout
        if wait is None or (total is not None and self._clock() - self._started + wait > total):
            return None
        return wait
