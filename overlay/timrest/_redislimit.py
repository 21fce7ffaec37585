"""One rate limit for a whole fleet: a ``RateLimiter`` on Redis (``pip install 'timrest[redis]'``).

Tencent counts 200 calls/s per SDKAppID and API across every process and host. This limiter
keeps the fleet under it with the ``limits`` library's sliding-window counter on Redis: the
check-and-increment is one Lua script and the window ages are Redis ``PTTL``s, so hosts'
clocks do not matter; one key per SDKAppID and API. Callers over the limit wait for their
turn, up to ``max_wait``; within a process one waiter at a time polls Redis, so waiting
costs Redis a few calls per admission, not one per waiting task.

``headroom`` (default 0.93) runs the fleet slightly under the limit: the counter is an
approximation, and calls arrive at Tencent with network jitter. ``replicas`` (how many
processes share the limit) sizes the local fallback, and paces each process at no more than
twice its share, so that a fleet starting at once does not burst.

When Redis cannot be reached, ``on_unavailable`` decides: ``"local"`` (default) falls back
to an in-process limiter at ``rate * headroom / replicas`` with a warning, starting one
window later (Redis may have just admitted a full second), and tries Redis again every
``retry_redis_after`` seconds; ``"fail"`` raises ``TimRateLimiterUnavailableError``. Calls
are never lost or repeated by a switch: the limiter only decides when a call may leave.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from typing import Any, ClassVar, Literal

from limits import RateLimitItemPerSecond
from limits.errors import StorageError

from ._errors import TimRateLimiterUnavailableError, TimRateLimitTimeoutError
from ._ratelimit import LocalRateLimiter

__all__ = ["RedisRateLimiter"]

log = logging.getLogger("timrest.ratelimit")

_POLL = 0.02
"""Longest sleep between two polls of Redis while over the limit."""


class RedisRateLimiter:
    """At most ``rate * headroom`` calls per second per key across every process sharing
    ``url`` (``redis://``, ``rediss://``, ``redis+sentinel://`` or ``redis+cluster://``)."""

    def __init__(
        self,
        url: str,
        rate: int = 200,
        *,
        headroom: float = 0.93,
        replicas: int = 1,
        on_unavailable: Literal["local", "fail"] = "local",
        retry_redis_after: float = 5.0,
        prefix: str = "timrest",
        socket_timeout: float = 0.5,
    ) -> None:
        if rate < 1 or not 0 < headroom <= 1 or replicas < 1:
            raise ValueError("need rate >= 1, 0 < headroom <= 1 and replicas >= 1")
        if on_unavailable not in ("local", "fail"):
            raise ValueError("on_unavailable must be 'local' or 'fail'")
        self.url = url
        self.rate = rate
        self.on_unavailable = on_unavailable
        self._item = RateLimitItemPerSecond(max(1, int(rate * headroom)))
        self._options: dict[str, Any] = {
            "key_prefix": prefix,
            "wrap_exceptions": True,
            "socket_timeout": socket_timeout,
            "socket_connect_timeout": socket_timeout,
        }
        self._fallback = LocalRateLimiter(max(1, int(rate * headroom / replicas)))
        # A replica never sends faster than twice its share of the fleet's rate (all of it
        # when alone): a fleet that starts together must not burst, since the service counts
        # arrivals and a burst arrives smeared into the next second.
        self._pace = LocalRateLimiter(
            max(1, min(self._item.amount, int(2 * self._item.amount / replicas)))
        )
        self._retry_after = retry_redis_after
        self._down_until = 0.0
        self._sync: Any = None
        # redis.asyncio connections belong to one event loop: one strategy and lock per loop.
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = (
            weakref.WeakKeyDictionary()
        )
        self._thread_lock = threading.Lock()

    _shared: ClassVar[dict[tuple[str, int], RedisRateLimiter]] = {}
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    @classmethod
    def shared(cls, url: str, rate: int = 200, **options: Any) -> RedisRateLimiter:
        """The process-wide limiter for this Redis URL and rate (created on first use)."""
        with cls._shared_lock:
            limiter = cls._shared.get((url, rate))
            if limiter is None:
                limiter = cls._shared[(url, rate)] = cls(url, rate, **options)
            return limiter

    def __repr__(self) -> str:  # the URL may carry a password
        return f"RedisRateLimiter(rate={self.rate}, on_unavailable={self.on_unavailable!r})"

    # -- the strategies, built on first use ----------------------------------------------

    def _sync_limiter(self) -> Any:
        if self._sync is None:
            from limits.storage import storage_from_string
            from limits.strategies import SlidingWindowCounterRateLimiter

            self._sync = SlidingWindowCounterRateLimiter(
                storage_from_string(self.url, **self._options)
            )
        return self._sync

    def _async_state(self) -> tuple[Any, asyncio.Lock]:
        loop = asyncio.get_running_loop()
        state = self._per_loop.get(loop)
        if state is None:
            from limits.aio.strategies import SlidingWindowCounterRateLimiter
            from limits.storage import storage_from_string

            strategy = SlidingWindowCounterRateLimiter(
                storage_from_string(f"async+{self.url}", implementation="redispy", **self._options)
            )
            state = self._per_loop[loop] = (strategy, asyncio.Lock())
        return state

    # -- shared decisions ------------------------------------------------------------------

    def _redis_down(self, error: Exception) -> None:
        if self.on_unavailable == "fail":
            raise TimRateLimiterUnavailableError(
                f"Redis rate limiter unreachable ({type(error).__name__}); on_unavailable='fail'"
            ) from None
        if time.monotonic() >= self._down_until:
            # Redis may have admitted a full window of calls just now: start the local limit
            # one window later, so that this second is not spent twice.
            self._fallback.hold(1.0)
            log.warning(
                "Redis rate limiter unreachable (%s): falling back to a local limit of %d/s "
                "for %.0f s",
                type(error).__name__,
                self._fallback.rate,
                self._retry_after,
            )
        self._down_until = time.monotonic() + self._retry_after

    def _use_fallback(self) -> bool:
        return time.monotonic() < self._down_until

    def _next_wait(self, reset_time: float, deadline: float, key: str, max_wait: float) -> float:
        wait = min(max(reset_time - time.time(), 0.001), _POLL)
        if time.monotonic() + wait > deadline:
            raise TimRateLimitTimeoutError(
                f"fleet rate limiter ({self._item.amount}/s) did not admit {key} within "
                f"{max_wait} s"
            )
        return wait

    # -- the RateLimiter protocol --------------------------------------------------------

    def acquire(self, key: str, max_wait: float) -> None:
        deadline = time.monotonic() + max_wait
        self._pace.acquire(key, max_wait)
        with self._thread_lock:
            while not self._use_fallback():
                try:
                    limiter = self._sync_limiter()
                    if limiter.hit(self._item, key):
                        return
                    reset = limiter.get_window_stats(self._item, key).reset_time
                except StorageError as error:
                    self._redis_down(error.storage_error)
                    break
                time.sleep(self._next_wait(reset, deadline, key, max_wait))
        self._fallback.acquire(key, max(0.0, deadline - time.monotonic()))

    async def async_acquire(self, key: str, max_wait: float) -> None:
        deadline = time.monotonic() + max_wait
        await self._pace.async_acquire(key, max_wait)
        limiter, lock = self._async_state()
        async with lock:
            while not self._use_fallback():
                try:
                    if await limiter.hit(self._item, key):
                        return
                    reset = (await limiter.get_window_stats(self._item, key)).reset_time
                except StorageError as error:
                    self._redis_down(error.storage_error)
                    break
                await asyncio.sleep(self._next_wait(reset, deadline, key, max_wait))
        await self._fallback.async_acquire(key, max(0.0, deadline - time.monotonic()))
