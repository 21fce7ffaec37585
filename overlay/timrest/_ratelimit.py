"""Client-side rate limiting: callers wait for their turn instead of hitting 60007.

``RateLimiter`` is the seam: anything with ``acquire``/``async_acquire`` can replace the
in-process ``LocalRateLimiter`` (for example a limiter shared by a fleet through Redis).
The local one paces calls evenly (one every ``period / rate`` seconds per key, by
reservation, so waiters never stampede) and guards with a moving window from the ``limits``
library (at most ``rate`` calls in any ``period`` seconds). Pacing matters: the service
counts calls as they arrive, and a burst of 200 released at a window boundary arrives smeared
over tens of milliseconds, spilling into the next second. One instance per rate is shared by
every client in the process, so all clients of one SDKAppID share one budget per API.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import ClassVar, Protocol, runtime_checkable

from limits import RateLimitItem, RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from ._errors import TimRateLimitTimeoutError

__all__ = ["LocalRateLimiter", "RateLimiter"]

_MARGIN = 0.01
"""A waiter on the moving window resumes this long after its slot frees."""
_SLACK = 1.01
"""Pace 1 % slower than the limit, so arrival jitter cannot push a second over it."""
_BURST = 0.1
"""After a quiet spell, up to this fraction of the rate may leave at once (20 of 200/s), so
occasional calls are not delayed; sustained load is paced."""


@runtime_checkable
class RateLimiter(Protocol):
    """Admits calls for a key (``"<sdkappid>:<operation>"``), waiting up to ``max_wait`` s."""

    def acquire(self, key: str, max_wait: float) -> None:
        """Block until a call for ``key`` is admitted; ``TimRateLimitTimeoutError`` after."""
        ...

    async def async_acquire(self, key: str, max_wait: float) -> None:
        """Await until a call for ``key`` is admitted; ``TimRateLimitTimeoutError`` after."""
        ...


class LocalRateLimiter:
    """At most ``rate`` calls per ``period`` seconds per key, within this process."""

    _shared: ClassVar[dict[tuple[int, int], LocalRateLimiter]] = {}
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, rate: int, period: int = 1) -> None:
        if rate < 1 or period < 1:
            raise ValueError("rate and period must be >= 1")
        self.rate = rate
        self.period = period
        self._item: RateLimitItem = RateLimitItemPerSecond(rate, period)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._interval = period / rate * _SLACK
        self._tolerance = self._interval * max(0, int(rate * _BURST) - 1)
        self._next_slot: dict[str, float] = {}
        self._not_before = 0.0
        self._lock = threading.Lock()

    @classmethod
    def shared(cls, rate: int, period: int = 1) -> LocalRateLimiter:
        """The process-wide limiter for this rate (created on first use)."""
        with cls._shared_lock:
            limiter = cls._shared.get((rate, period))
            if limiter is None:
                limiter = cls._shared[(rate, period)] = cls(rate, period)
            return limiter

    def _reserve(self, key: str, max_wait: float) -> float:
        """Reserve the caller's paced slot; the seconds until it (raises if too far)."""
        with self._lock:
            now = time.monotonic()
            # GCRA: the slot may be up to `tolerance` ahead of the schedule (a small burst).
            scheduled = self._next_slot.get(key, now) - self._tolerance
            slot = max(now, scheduled, self._not_before)
            if slot - now > max_wait:
                raise self._timeout_error(key, max_wait)
            self._next_slot[key] = max(slot, scheduled + self._tolerance) + self._interval
            return slot - now

    def hold(self, seconds: float) -> None:
        """Admit nothing for the next ``seconds`` (e.g. while another limiter's window ends)."""
        with self._lock:
            self._not_before = max(self._not_before, time.monotonic() + seconds)

    def _wait(self, key: str) -> float:
        """0 if a call for ``key`` was admitted now; otherwise how long to wait first."""
        if self._limiter.hit(self._item, key):
            return 0.0
        reset = self._limiter.get_window_stats(self._item, key).reset_time
        return max(reset - time.time(), 0.0) + _MARGIN

    def _timeout_error(self, key: str, timeout: float) -> TimRateLimitTimeoutError:
        return TimRateLimitTimeoutError(
            f"rate limiter ({self.rate} calls / {self.period} s) did not admit {key} "
            f"within {timeout} s"
        )

    def acquire(self, key: str, max_wait: float) -> None:
        deadline = time.monotonic() + max_wait
        if delay := self._reserve(key, max_wait):
            time.sleep(delay)
        while wait := self._wait(key):
            if time.monotonic() + wait > deadline:
                raise self._timeout_error(key, max_wait)
            time.sleep(wait)

    async def async_acquire(self, key: str, max_wait: float) -> None:
        deadline = time.monotonic() + max_wait
        if delay := self._reserve(key, max_wait):
            await asyncio.sleep(delay)
        while wait := self._wait(key):
            if time.monotonic() + wait > deadline:
                raise self._timeout_error(key, max_wait)
            await asyncio.sleep(wait)

    def __repr__(self) -> str:
        return f"LocalRateLimiter(rate={self.rate}, period={self.period})"
