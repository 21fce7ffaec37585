"""Which failures are retried, and how long to wait: retry decisions as data.

The loop itself is stamina's (capped exponential backoff with jitter, sync and async);
``RetryPolicy.backoff`` is its backoff hook. Both operations are read-only, so every retry
is safe.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from ._errors import (
    TimHTTPStatusError,
    TimRateLimitError,
    TimServerError,
    TimSignatureExpiredError,
    TimTransportError,
)

__all__ = ["RetryPolicy"]

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

    def backoff(self, exc: Exception) -> bool | float:
        """stamina's hook: False = do not retry, True = normal backoff, float = wait that long."""
        if getattr(exc, "final", True):
            return False
        if isinstance(exc, TimSignatureExpiredError):
            return 0.0 if exc.resignable else False
        if isinstance(exc, TimRateLimitError):
            return self.rate_limit_backoff * (1.0 + random.random())
        if isinstance(exc, TimHTTPStatusError):
            if exc.retry_after is not None:
                return exc.retry_after if 0 <= exc.retry_after <= MAX_RETRY_AFTER else False
            if exc.status_code == 429:
                return self.rate_limit_backoff * (1.0 + random.random())
            return exc.status_code >= 500 or exc.status_code == 408
        return isinstance(exc, TimServerError | TimTransportError)

    def stamina_kwargs(self, attempts: int) -> dict[str, Any]:
        """stamina's arguments for at most ``attempts`` attempts."""
        return {
            "on": self.backoff,
            "attempts": attempts,
            "timeout": self.total_timeout,
            "wait_initial": self.initial_backoff,
            "wait_max": self.max_backoff,
            "wait_jitter": self.jitter,
        }
