"""One rate limit for a whole fleet: a ``RateLimiter`` on Redis (``pip install 'timrest[redis]'``).

Tencent counts 200 calls/s per SDKAppID and API across every process and host. This limiter
keeps the fleet under it with GCRA (the generic cell rate algorithm) in one Lua script on
Redis's own clock (``TIME``), so hosts' clocks do not matter: each call reserves the next
free slot of the key (one slot every ``1 / (rate * headroom)`` seconds, a burst of at most
``burst`` slots after a quiet spell) and sleeps until it. Calls leave evenly spaced however
replicas start, stall or ramp, and no 1-second interval admits more than
``rate * headroom + burst + 1`` calls. A process starved of CPU that wakes more than
``LATE`` after its slot gives the slot up and reserves another, so that calls held back
together do not leave together. A call whose slot lies beyond ``max_wait`` reserves
nothing and raises ``TimRateLimitTimeoutError``. One key per SDKAppID and API. When the
service still refuses a call (60007), ``slow_down`` pushes the key's next slot a second
ahead and flags the key in Redis, so that every replica paces its callers ``SLOW_FACTOR``
slower for ``SLOW_FOR`` seconds.

``headroom`` (default 0.95) leaves room for network jitter: the service counts arrivals.
``replicas`` (how many processes share the limit) sizes the local fallback.

When Redis cannot be reached, ``on_unavailable`` decides: ``"local"`` (default) falls back
to an in-process limiter at ``rate * headroom / replicas`` with a warning, starting one
second later (Redis may have just admitted a full second), and tries Redis again every
``retry_redis_after`` seconds; ``"fail"`` raises ``TimRateLimiterUnavailableError``. Calls
are never lost or repeated by a switch: the limiter only decides when a call may leave.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import weakref
from typing import Any, ClassVar, Literal

from ._errors import (
    TimRateLimiterUnavailableError,
    TimRateLimitTimeoutError,
    TimValidationError,
)
from ._log import get_logger
from ._ratelimit import HEADROOM, LATE, SLOW_FACTOR, SLOW_FOR, SLOW_PAUSE, LocalRateLimiter

__all__ = ["RedisRateLimiter"]

log = get_logger("timrest.ratelimit")


# KEYS: the key's slot time, its slow-down flag, its given-back slots. ARGV: slot interval,
# burst tolerance, longest wait, lateness allowed (all microseconds), slow-down factor.
# Returns {microseconds to wait, the slot reserved}, or -1 (nothing reserved). A slot given
# back by a caller who stopped waiting, and not yet passed, is taken first.
_GCRA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - tonumber(ARGV[4]))
local hole = redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')
if #hole > 0 and tonumber(hole[2]) - now <= tonumber(ARGV[3]) then
  redis.call('ZREM', KEYS[3], hole[1])
  local early = tonumber(hole[2]) - now
  if early < 0 then early = 0 end
  return {early, hole[1]}
end
local interval = tonumber(ARGV[1])
if redis.call('EXISTS', KEYS[2]) == 1 then
  interval = math.floor(interval * tonumber(ARGV[5]))
end
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - tolerance - now
if wait > tonumber(ARGV[3]) then return -1 end
if wait < 0 then wait = 0 end
local after = tat + interval
local ttl = math.floor((after - now) / 1000) + 1000
redis.call('SET', KEYS[1], string.format('%d', after), 'PX', ttl)
return {wait, string.format('%d', now + wait)}
"""

# A caller stopped waiting for slot ARGV[1] (microseconds, Redis's clock): give it back.
_GIVE_BACK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local at = tonumber(ARGV[1])
if at > now then
  redis.call('ZADD', KEYS[3], at, ARGV[1])
  local ttl = math.floor((at - now) / 1000) + 1000
  if redis.call('PTTL', KEYS[3]) < ttl then redis.call('PEXPIRE', KEYS[3], ttl) end
end
return 0
"""

# The service refused a call: no slot before now + ARGV[1]; the flag for ARGV[2] ms.
_SLOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local resume = now + tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < resume then
  local ttl = math.floor((resume - now) / 1000) + 1000
  redis.call('SET', KEYS[1], string.format('%d', resume), 'PX', ttl)
end
redis.call('SET', KEYS[2], '1', 'PX', tonumber(ARGV[2]))
redis.call('DEL', KEYS[3])
return 0
"""


_SCRIPTS = (_GCRA, _SLOW, _GIVE_BACK)

SCHEMES = (
    "redis",
    "rediss",
    "unix",
    "redis+sentinel",
    "rediss+sentinel",
    "redis+cluster",
    "rediss+cluster",
)
"""The URL schemes the limiter connects with (``check_url`` refuses any other)."""


def check_url(url: str) -> str | None:
    """What is wrong with ``url`` as the limiter's Redis URL, or None."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in SCHEMES:
        shown = f"{scheme[:20]!r}" if sep else "no scheme"
        return f"the scheme must be one of {', '.join(s + '://' for s in SCHEMES)} (got {shown})"
    if scheme.lower().endswith("+sentinel"):
        hosts, _, path = rest.rpartition("@")[2].partition("/")
        service, _, db = path.strip("/").partition("/")
        ports = [h.strip().rpartition(":")[2] for h in hosts.split(",") if ":" in h]
        if (
            not hosts
            or not service
            or not all(p.isdigit() for p in ports)
            or not (db.isdigit() or not db)
        ):
            return "a sentinel URL is redis+sentinel://HOST:PORT[,HOST:PORT...]/SERVICE[/DB]"
    return None


def _hosts(netloc: str, default_port: int) -> list[tuple[str, int]]:
    """``HOST[:PORT],...`` as (host, port) pairs (``check_url`` checked the ports)."""
    found = []
    for host in netloc.split(","):
        name, colon, port = host.strip().rpartition(":")
        if not colon:
            name, port = port, ""
        found.append((name, int(port) if port else default_port))
    return found


def connect(url: str, socket_timeout: float, *, asynchronous: bool) -> list[Any]:
    """The redis-py client for ``url``, then any others to close with it: a plain client
    (``redis://``, ``rediss://``, ``unix://``); the master of a Sentinel service
    (``redis+sentinel://HOST:PORT,.../SERVICE[/DB]``, the URL's password for the sentinels
    and the master), then the sentinels' clients; or a Cluster client
    (``redis+cluster://HOST:PORT``: any node, the others discovered)."""
    from urllib.parse import unquote, urlsplit

    modules: Any
    if asynchronous:
        import redis.asyncio
        import redis.asyncio.cluster
        import redis.asyncio.sentinel

        modules = (redis.asyncio, redis.asyncio.cluster, redis.asyncio.sentinel)
    else:
        import redis
        import redis.cluster
        import redis.sentinel

        modules = (redis, redis.cluster, redis.sentinel)
    plain, cluster, sentinels = modules
    timeouts: dict[str, Any] = {
        "socket_timeout": socket_timeout,
        "socket_connect_timeout": socket_timeout,
    }
    scheme, _, rest = url.partition("://")
    scheme = scheme.lower()
    tls = scheme.startswith("rediss")
    if scheme.endswith("+cluster"):
        nodes = ("rediss" if tls else "redis") + "://" + rest
        return [cluster.RedisCluster.from_url(nodes, **timeouts)]
    if scheme.endswith("+sentinel"):
        parts = urlsplit("redis://" + rest)
        userinfo, _, netloc = parts.netloc.rpartition("@")
        username, _, password = userinfo.partition(":")
        service, _, db = parts.path.strip("/").partition("/")
        auth: dict[str, Any] = {
            "username": unquote(username) or None,
            "password": unquote(password) or None,
        }
        found = sentinels.Sentinel(
            _hosts(netloc, 26379), sentinel_kwargs={**auth, **timeouts}, **timeouts
        )
        master = found.master_for(service, ssl=tls, db=int(db or 0), **auth, **timeouts)
        return [master, *found.sentinels]  # the sentinels' connections are closed too
    return [plain.Redis.from_url(url, **timeouts)]


class RedisRateLimiter:
    """At most ``rate * headroom`` calls per second per key across every process sharing
    ``url`` (``redis://``, ``rediss://``, ``unix://``, ``redis+sentinel://`` or
    ``redis+cluster://``: see ``connect``)."""

    def __init__(
        self,
        url: str,
        rate: int = 200,
        *,
        headroom: float = HEADROOM,
        replicas: int = 1,
        on_unavailable: Literal["local", "fail"] = "local",
        retry_redis_after: float = 5.0,
        prefix: str = "timrest",
        socket_timeout: float = 0.5,
        burst: int = 0,
    ) -> None:
        if rate < 1 or not 0 < headroom <= 1 or replicas < 1 or burst < 0:
            raise ValueError("need rate >= 1, 0 < headroom <= 1, replicas >= 1 and burst >= 0")
        if on_unavailable not in ("local", "fail"):
            raise ValueError("on_unavailable must be 'local' or 'fail'")
        problem = check_url(url) if isinstance(url, str) else "must be a str"
        if problem is not None:
            raise TimValidationError("url", problem)  # not the URL: it may hold a password
        self.url = url
        self.rate = rate
        self.on_unavailable = on_unavailable
        self.admitted = max(1, int(rate * headroom))
        """Calls per second the fleet is admitted at the ceiling (``rate * headroom``)."""
        self._headroom = headroom
        self._replicas = replicas
        self._burst = burst
        self._prefix = prefix
        self._interval = 1_000_000 // self.admitted
        self._tolerance = self._interval * burst
        self._socket_timeout = socket_timeout
        self._fallback = LocalRateLimiter(max(1, int(rate * headroom / replicas)))
        self._retry_after = retry_redis_after
        self._down_until = 0.0
        self.late_slots = 0
        """Slots given up because this process woke too late for them (CPU starvation)."""
        self._sync: dict[str, Any] | None = None
        self._sync_clients: list[Any] = []
        # redis.asyncio connections belong to one event loop: one script per loop.
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = (
            weakref.WeakKeyDictionary()
        )

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

    # -- the script, registered on first use ------------------------------------------------

    def _sync_script(self, source: str = _GCRA) -> Any:
        if self._sync is None:
            clients = connect(self.url, self._socket_timeout, asynchronous=False)
            self._sync = {code: clients[0].register_script(code) for code in _SCRIPTS}
            self._sync_clients = clients
        return self._sync[source]

    def _async_script(self, source: str = _GCRA) -> Any:
        loop = asyncio.get_running_loop()
        found = self._per_loop.get(loop)
        if found is None:
            clients = connect(self.url, self._socket_timeout, asynchronous=True)
            found = {code: clients[0].register_script(code) for code in _SCRIPTS}, clients
            self._per_loop[loop] = found
        return found[0][source]

    def close(self) -> None:
        """Close the synchronous connections (opened again on next use)."""
        if self._sync is not None:
            for client in self._sync_clients:
                client.close()
            self._sync, self._sync_clients = None, []

    async def aclose(self) -> None:
        """Close this event loop's connections: call it before the loop ends (an asyncio
        connection cannot be closed from another loop)."""
        found = self._per_loop.pop(asyncio.get_running_loop(), None)
        if found is not None:
            for client in found[1]:
                await client.aclose()

    # -- shared decisions ------------------------------------------------------------------

    def _redis_down(self, error: Exception) -> None:
        if self.on_unavailable == "fail":
            raise TimRateLimiterUnavailableError(
                f"Redis rate limiter unreachable ({type(error).__name__}); on_unavailable='fail'"
            ) from None
        if time.monotonic() >= self._down_until:
            # Redis may have admitted a full second of calls just now: start the local limit
            # one second later, so that this second is not spent twice.
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

    def _keys(self, key: str) -> list[str]:
        # One hash tag: both keys live on one Redis Cluster slot, as a script needs.
        return [
            f"{self._prefix}:gcra:{{{key}}}",
            f"{self._prefix}:slow:{{{key}}}",
            f"{self._prefix}:holes:{{{key}}}",
        ]

    def _admitted(self, rate: int | None) -> int:
        """Calls per second admitted for a key limited to ``rate`` (within the ceiling)."""
        if rate is None or rate >= self.rate:
            return self.admitted
        return max(1, int(max(1, rate) * self._headroom))

    def _fallback_rate(self, rate: int | None) -> int | None:
        """This process's share of ``rate`` while Redis is away."""
        if rate is None:
            return None
        return max(1, int(min(rate, self.rate) * self._headroom / self._replicas))

    def _args(self, key: str, max_wait: float, rate: int | None = None) -> dict[str, Any]:
        longest = max(0, int(max_wait * 1_000_000))
        interval = 1_000_000 // self._admitted(rate)
        return {
            "keys": self._keys(key),
            "args": [interval, interval * self._burst, longest, int(LATE * 1_000_000), SLOW_FACTOR],
        }

    def _slow_args(self, key: str) -> dict[str, Any]:
        pause = int(SLOW_PAUSE * 1_000_000) + self._tolerance
        return {"keys": self._keys(key), "args": [pause, int((SLOW_PAUSE + SLOW_FOR) * 1000)]}

    def _wait(
        self, reply: Any, key: str, max_wait: float, rate: int | None = None
    ) -> tuple[float, bytes]:
        """The seconds to wait for the slot the script reserved, and the slot."""
        if not isinstance(reply, list):
            raise TimRateLimitTimeoutError(
                f"fleet rate limiter ({self._admitted(rate)}/s) did not admit {key} "
                f"within {max_wait} s"
            )
        micros, slot = reply
        return int(micros) / 1_000_000, slot

    def _give_back(self, key: str, slot: bytes) -> None:
        import redis

        with contextlib.suppress(redis.RedisError):  # it expires with its second anyway
            self._sync_script(_GIVE_BACK)(keys=self._keys(key), args=[slot])

    async def _async_give_back(self, key: str, slot: bytes) -> None:
        import redis

        with contextlib.suppress(redis.RedisError):
            await self._async_script(_GIVE_BACK)(keys=self._keys(key), args=[slot])

    # -- the RateLimiter protocol --------------------------------------------------------

    def acquire(self, key: str, max_wait: float, *, rate: int | None = None) -> None:
        deadline = time.monotonic() + max_wait
        import redis

        while not self._use_fallback():
            left = max(0.0, deadline - time.monotonic())
            try:
                reply = self._sync_script()(**self._args(key, left, rate))
            except redis.RedisError as error:
                self._redis_down(error)
                break
            wait, slot = self._wait(reply, key, max_wait, rate)
            due = time.monotonic() + wait
            if wait:
                try:
                    time.sleep(wait)
                except BaseException:  # interrupted: the slot is not used
                    self._give_back(key, slot)
                    raise
            if not self._late(due, deadline):
                return
        self._fallback.acquire(
            key, max(0.0, deadline - time.monotonic()), rate=self._fallback_rate(rate)
        )

    async def async_acquire(self, key: str, max_wait: float, *, rate: int | None = None) -> None:
        deadline = time.monotonic() + max_wait
        import redis

        while not self._use_fallback():
            left = max(0.0, deadline - time.monotonic())
            try:
                reply = await self._async_script()(**self._args(key, left, rate))
            except redis.RedisError as error:
                self._redis_down(error)
                break
            wait, slot = self._wait(reply, key, max_wait, rate)
            due = time.monotonic() + wait
            if wait:
                try:
                    await asyncio.sleep(wait)
                except BaseException:  # cancelled: the slot is not used
                    await self._async_give_back(key, slot)
                    raise
            if not self._late(due, deadline):
                return
        await self._fallback.async_acquire(
            key, max(0.0, deadline - time.monotonic()), rate=self._fallback_rate(rate)
        )

    def slow_down(self, key: str) -> None:
        """The service refused a call for ``key``: slow the whole fleet's callers of it
        (``SlowsDown``)."""
        import redis

        if not self._use_fallback():
            try:
                self._sync_script(_SLOW)(**self._slow_args(key))
                return
            except redis.RedisError as error:
                with contextlib.suppress(TimRateLimiterUnavailableError):
                    self._redis_down(error)  # the next acquire raises, if it must
        self._fallback.slow_down(key)

    async def async_slow_down(self, key: str) -> None:
        import redis

        if not self._use_fallback():
            try:
                await self._async_script(_SLOW)(**self._slow_args(key))
                return
            except redis.RedisError as error:
                with contextlib.suppress(TimRateLimiterUnavailableError):
                    self._redis_down(error)  # the next acquire raises, if it must
        self._fallback.slow_down(key)

    def _late(self, due: float, deadline: float) -> bool:
        """Whether this process woke too long after its slot (it was starved): sending now
        would bunch with the calls of later slots, so it takes a new slot instead."""
        late = time.monotonic() - due > LATE
        if late:
            self.late_slots += 1
        return late and time.monotonic() < deadline
