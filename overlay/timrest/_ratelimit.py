"""Client-side rate limiting: callers wait for their turn instead of hitting 60007.

``RateLimiter`` is the seam: anything with ``acquire``/``async_acquire`` can replace the
in-process ``LocalRateLimiter`` (for example a limiter shared by a fleet through Redis).
The local one paces calls evenly (one every ``period / (rate * HEADROOM)`` seconds per key,
by reservation, so waiters never stampede; a caller that wakes more than ``LATE`` after its
slot takes a new one) and guards with a moving window (at most ``rate`` calls in any
``period`` seconds: the admission times of each key, the oldest dropped as they leave it).
Pacing matters: the service counts calls as they arrive, and a burst of 200 released at a
window boundary arrives smeared over tens of milliseconds, spilling into the next second.
One instance per rate is shared by every client in the process, so all clients of one
SDKAppID share one budget per API.
"""

from __future__ import annotations

import heapq
import inspect
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, runtime_checkable

from ._errors import TimRateLimitTimeoutError
from ._fork import renew_after_fork

__all__ = [
    "HEADROOM",
    "LATE",
    "SLOW_FACTOR",
    "SLOW_FOR",
    "SLOW_PAUSE",
    "LocalRateLimiter",
    "RateLimiter",
    "SlowsDown",
    "with_rate",
]

_MARGIN = 0.01
"""A waiter on the moving window resumes this long after its slot frees."""
HEADROOM = 0.95
"""Pace at this fraction of the limit: the service counts arrivals, and a process starved of
CPU sends late, so calls can shift into the next second (10 calls of margin at 200/s)."""
LATE = 0.01
"""Seconds after its slot a call may still leave; later, it takes a new slot, so that calls
held back together (a starved process) do not leave together."""
SLOW_PAUSE = 1.0
"""After the service refuses a call (60007), admit nothing for this long: its second is spent."""
SLOW_FOR = 10.0
SLOW_FACTOR = 1.25
"""For ``SLOW_FOR`` seconds after a refusal, calls leave this much further apart."""
_BURST = 0.02
"""After a quiet spell, up to this fraction of the rate may leave at once (4 of 200/s), so
occasional calls are not delayed; sustained load is paced. Pacing plus a burst stays under the
limit: no 1-second window admits more than ``rate * HEADROOM + burst`` (194 of 200)."""


@runtime_checkable
class RateLimiter(Protocol):
    """Admits calls for a key (``"<sdkappid>:<operation>"``), waiting up to ``max_wait`` s.

    ``rate`` is the operation's own documented limit (calls per second, from the spec's
    ``x-tim-rate-limit``); a limiter paces the key at it, or at its own rate if that is lower
    (the client-wide ``rate_limit=`` is a ceiling). A limiter whose ``acquire`` takes no
    ``rate`` still works: it paces every key at its own rate.
    """

    def acquire(self, key: str, max_wait: float, *, rate: int | None = None) -> None:
        """Block until a call for ``key`` is admitted; ``TimRateLimitTimeoutError`` after."""
        ...

    async def async_acquire(self, key: str, max_wait: float, *, rate: int | None = None) -> None:
        """Await until a call for ``key`` is admitted; ``TimRateLimitTimeoutError`` after."""
        ...


class _OwnRate:
    """A ``RateLimiter`` whose ``acquire`` takes no ``rate``: handed the call without it."""

    def __init__(self, limiter: Any) -> None:
        self.limiter = limiter

    def acquire(self, key: str, max_wait: float, *, rate: int | None = None) -> None:
        self.limiter.acquire(key, max_wait)

    async def async_acquire(self, key: str, max_wait: float, *, rate: int | None = None) -> None:
        await self.limiter.async_acquire(key, max_wait)

    def __getattr__(self, name: str) -> Any:  # slow_down and the rest, when it has them
        return getattr(self.limiter, name)

    def __repr__(self) -> str:
        return repr(self.limiter)


def with_rate(limiter: RateLimiter) -> RateLimiter:
    """``limiter``, or an adapter for one whose ``acquire`` takes no ``rate``."""
    try:
        parameters = inspect.signature(limiter.acquire).parameters
    except (TypeError, ValueError):
        return limiter
    if "rate" in parameters or any(p.kind is p.VAR_KEYWORD for p in parameters.values()):
        return limiter
    return _OwnRate(limiter)


@dataclass(frozen=True, slots=True)
class _Pace:
    """How one rate is paced: a slot every ``interval`` s, ``burst`` at once after a quiet
    spell, and the moving-window guard."""

    rate: int
    interval: float
    tolerance: float
    burst: int
    guard: int
    """At most this many calls in any ``period`` (the moving window)."""


class SlowsDown(Protocol):
    """Optional for a ``RateLimiter``: told when the service refused a call for ``key`` for
    its frequency, it slows every caller of ``key`` for a while (``SLOW_PAUSE``, then
    ``SLOW_FACTOR`` for ``SLOW_FOR`` seconds), so one refusal does not become many."""

    def slow_down(self, key: str) -> None: ...

    async def async_slow_down(self, key: str) -> None: ...


class LocalRateLimiter:
    """At most ``rate`` calls per ``period`` seconds per key, within this process."""

    _shared: ClassVar[dict[tuple[int, int], LocalRateLimiter]] = {}
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, rate: int, period: int = 1) -> None:
        if rate < 1 or period < 1:
            raise ValueError("rate and period must be >= 1")
        self.rate = rate
        """The ceiling: no key is paced faster, whatever rate its calls ask for."""
        self.period = period
        self._paces: dict[int, _Pace] = {}
        self.burst = self._pace(None).burst
        """Calls that may leave at once after a quiet spell (at the ceiling's rate)."""
        self._windows: dict[str, deque[float]] = {}
        """Per key, when its calls were admitted within the last ``period`` (monotonic)."""
        self._key_pace: dict[str, _Pace] = {}
        self._next_slot: dict[str, float] = {}
        self._holes: dict[str, list[float]] = {}
        """Per key, slots reserved by callers who stopped waiting (cancelled): the next
        callers take them, so that nobody waits for a slot nobody uses."""
        self._slow_until: dict[str, float] = {}
        self._not_before = 0.0
        self._lock = threading.Lock()
        renew_after_fork(self._after_fork)

    def _after_fork(self) -> None:
        self._lock = threading.Lock()  # another thread may have held it at the fork

    @classmethod
    def shared(cls, rate: int, period: int = 1) -> LocalRateLimiter:
        """The process-wide limiter for this rate (created on first use)."""
        with cls._shared_lock:
            limiter = cls._shared.get((rate, period))
            if limiter is None:
                limiter = cls._shared[(rate, period)] = cls(rate, period)
            return limiter

    def _pace(self, rate: int | None) -> _Pace:
        """The pacing of ``rate`` (None or above the ceiling: the ceiling's)."""
        effective = self.rate if rate is None else max(1, min(rate, self.rate))
        pace = self._paces.get(effective)
        if pace is None:
            burst = max(1, int(effective * _BURST))
            # The guard: at most this many in any `period` (pacing and a burst, within rate).
            guard = min(effective, max(1, int(effective * HEADROOM)) + burst)
            interval = self.period / (effective * HEADROOM)
            pace = self._paces[effective] = _Pace(
                effective,
                interval,
                interval * (burst - 1),
                burst,
                guard,
            )
        return pace

    def rate_for(self, key: str) -> int:
        """The rate ``key`` is paced at (the ceiling until a call asked for another)."""
        with self._lock:
            return self._key_pace.get(key, self._pace(None)).rate

    def _reserve(
        self, key: str, max_wait: float, asked: float | None = None, rate: int | None = None
    ) -> tuple[float, float]:
        """Reserve the caller's paced slot: the seconds until it, and the slot (raises if it
        lies beyond ``max_wait``; the message names ``asked``, the caller's whole wait)."""
        with self._lock:
            pace = self._key_pace[key] = self._pace(rate)
            now = time.monotonic()
            holes = self._holes.get(key)
            while holes:  # a slot given back that has not passed: take it
                hole = heapq.heappop(holes)
                if hole < now - LATE:
                    continue
                if hole - now <= max_wait:
                    return max(0.0, hole - now), hole
                heapq.heappush(holes, hole)
                break
            # GCRA: the slot may be up to `tolerance` ahead of the schedule (a small burst).
            scheduled = self._next_slot.get(key, now) - pace.tolerance
            slot = max(now, scheduled, self._not_before)
            if slot - now > max_wait:
                raise self._timeout_error(key, max_wait if asked is None else asked, pace)
            interval = pace.interval
            if now < self._slow_until.get(key, 0.0):
                interval *= SLOW_FACTOR
            self._next_slot[key] = max(slot, scheduled + pace.tolerance) + interval
            return slot - now, slot

    def _give_back(self, key: str, slot: float) -> None:
        """A caller stopped waiting for ``slot`` (cancelled, interrupted): the next caller of
        ``key`` takes it instead of a later one."""
        with self._lock:
            if slot > time.monotonic():
                heapq.heappush(self._holes.setdefault(key, []), slot)

    def slow_down(self, key: str) -> None:
        """The service refused a call for ``key``: pause its callers, then pace them slower
        for a while (see ``SlowsDown``)."""
        with self._lock:
            now = time.monotonic()
            pace = self._key_pace.get(key) or self._pace(None)
            resume_at = now + SLOW_PAUSE + pace.tolerance
            self._next_slot[key] = max(self._next_slot.get(key, now), resume_at)
            self._slow_until[key] = now + SLOW_PAUSE + SLOW_FOR
            self._holes.pop(key, None)  # slots of the spent second are not given again

    async def async_slow_down(self, key: str) -> None:
        self.slow_down(key)

    def hold(self, seconds: float) -> None:
        """Admit nothing for the next ``seconds`` (e.g. while another limiter's window ends)."""
        with self._lock:
            self._not_before = max(self._not_before, time.monotonic() + seconds)
            self._holes.clear()

    def _wait(self, key: str, rate: int | None) -> float:
        """0 if a call for ``key`` was admitted now; otherwise how long to wait first."""
        guard = self._pace(rate).guard
        with self._lock:
            now = time.monotonic()
            window = self._windows.setdefault(key, deque())
            while window and window[0] <= now - self.period:
                window.popleft()
            if len(window) < guard:
                window.append(now)
                return 0.0
            # Admitted once the call `guard` places back leaves the window.
            return window[len(window) - guard] + self.period - now + _MARGIN

    def _timeout_error(
        self, key: str, timeout: float, pace: _Pace | None = None
    ) -> TimRateLimitTimeoutError:
        rate = (pace or self._pace(None)).rate
        return TimRateLimitTimeoutError(
            f"rate limiter ({rate} calls / {self.period} s) did not admit {key} within {timeout} s"
        )

    def acquire(self, key: str, max_wait: float, *, rate: int | None = None) -> None:
        deadline = time.monotonic() + max_wait
        while True:
            delay, slot = self._reserve(key, max(0.0, deadline - time.monotonic()), max_wait, rate)
            due = time.monotonic() + delay
            if delay:
                try:
                    time.sleep(delay)
                except BaseException:  # interrupted: the slot is not used
                    self._give_back(key, slot)
                    raise
            if not self._late(due, deadline):
                break
        while wait := self._wait(key, rate):
            if time.monotonic() + wait > deadline:
                raise self._timeout_error(key, max_wait, self._pace(rate))
            time.sleep(wait)

    async def async_acquire(self, key: str, max_wait: float, *, rate: int | None = None) -> None:
        import asyncio  # here: a synchronous program never imports it

        deadline = time.monotonic() + max_wait
        while True:
            delay, slot = self._reserve(key, max(0.0, deadline - time.monotonic()), max_wait, rate)
            due = time.monotonic() + delay
            if delay:
                try:
                    await asyncio.sleep(delay)
                except BaseException:  # cancelled: the slot is not used
                    self._give_back(key, slot)
                    raise
            if not self._late(due, deadline):
                break
        while wait := self._wait(key, rate):
            if time.monotonic() + wait > deadline:
                raise self._timeout_error(key, max_wait, self._pace(rate))
            await asyncio.sleep(wait)

    late_slots = 0
    """Slots given up because the caller woke too late for them (CPU starvation)."""

    def _late(self, due: float, deadline: float) -> bool:
        """Whether the caller woke too long after its slot: sending now would bunch with the
        calls of later slots, so it reserves a new one instead (while time is left)."""
        now = time.monotonic()
        late = now - due > LATE and now < deadline
        if late:
            self.late_slots += 1
        return late

    def __repr__(self) -> str:
        return f"LocalRateLimiter(rate={self.rate}, period={self.period})"
