"""The fleet-wide limiter on a real redis-server on 127.0.0.1 (Debian's package in CI)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
import redis.cluster

import timrest
from timrest import Client, RedisRateLimiter, TimRateLimiterUnavailableError
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    emulator_process,
)

WORKER = Path(__file__).with_name("fleet_worker.py")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    def __init__(self, *extra: str, config: Path | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed (.ci/run installs Debian's package)")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc = subprocess.Popen(
            [
                binary,
                *([str(config)] if config is not None else []),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.kill()  # no process may outlive a failed start
        pytest.fail(f"redis-server did not start (exit {self.proc.returncode})")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture
def emulator_url() -> Iterator[str]:
    with emulator_process(rate_limit=200, demo_members=10) as url:
        yield url


def stats(url: str) -> dict[str, Any]:
    result: dict[str, Any] = httpx.get(f"{url}/_emulator/stats").json()
    return result


def fleet(
    url: str, redis_url: str, processes: int, calls: int, rate: int = 200
) -> list[subprocess.Popen[str]]:
    start_at = str(time.time() + 2.0)  # together, once every replica has started
    return [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                url,
                redis_url,
                str(calls),
                str(rate),
                str(processes),
                start_at,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]


def results(procs: list[subprocess.Popen[str]]) -> list[tuple[dict[str, Any], str]]:
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        out.append((json.loads(stdout.strip().splitlines()[-1]), stderr))
    return out


def steady_rate(url: str) -> tuple[float, int]:
    """Mean calls per second after warm-up (first two seconds) and before the tail; peak."""
    per_second = stats(url)["accepted"][f"{DEMO_SDKAPPID}:get_group_attr"]
    counts = [per_second[s] for s in sorted(per_second, key=int)]
    steady = counts[2:-1] or counts
    return sum(steady) / len(steady), max(counts)


def test_four_processes_share_the_real_limit(redis_server: RedisServer, emulator_url: str) -> None:
    procs = fleet(emulator_url, redis_server.url, processes=4, calls=300)
    outcome = results(procs)
    assert [r["errors"] for r, _ in outcome] == [{}] * 4, stats(emulator_url)
    assert sum(r["ok"] for r, _ in outcome) == 1200
    seen = stats(emulator_url)
    assert sum(seen["rate_limited"].values()) == 0, seen["rate_limited"]
    mean, peak = steady_rate(emulator_url)
    print(f"fleet: mean {mean:.1f}/s, worst second {peak}/s")  # for the closing note (-s)
    assert peak <= 200, seen["accepted"]
    # Not throttled below the shared limit (a per-process share or the fallback would be):
    # how close to it the fleet gets is a speed goal, checked by `nox -s bench` (>= 0.93
    # beside CPU burners), not here, where a loaded machine sets the pace.
    assert mean >= 0.5 * 200, seen["accepted"]


def test_redis_killed_mid_run_falls_back_without_losing_calls(
    redis_server: RedisServer, emulator_url: str
) -> None:
    procs = fleet(emulator_url, redis_server.url, processes=2, calls=400)
    time.sleep(3.0)  # the replicas start after 2 s: kill Redis a second into the run
    redis_server.kill()
    outcome = results(procs)
    assert [r["ok"] for r, _ in outcome] == [400, 400]  # every call made, none failed
    assert all("falling back to a local limit of 95/s" in err for _, err in outcome)
    seen = stats(emulator_url)
    assert seen["requests"] == 800  # exactly once each: nothing lost, nothing repeated
    assert sum(seen["rate_limited"].values()) == 0


def test_sync_clients_share_the_limit_in_process(
    redis_server: RedisServer, emulator_url: str
) -> None:
    kwargs: dict[str, Any] = {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "secret_key": DEMO_SECRET_KEY,
        "base_url": emulator_url,
        "rate_limit": 20,
        "rate_limit_redis_url": redis_server.url,
        "max_retries": 0,
    }
    done: list[int] = []

    def worker() -> None:
        with Client(**kwargs) as client:
            for _ in range(30):
                client.get_group_attributes(DEMO_ROOM)
                done.append(1)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(done) == 60
    _, peak = steady_rate(emulator_url)
    # Paced at 19/s (the default 0.95 headroom): the headroom is what absorbs the delay
    # between a call's admission and its arrival, so the service's second never sees more
    # than its limit of 20 (19 could be exceeded by one on a loaded machine: not a defect).
    assert peak <= 20


def test_fail_policy_raises_before_sending(emulator_url: str) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    limiter = RedisRateLimiter(dead, 200, on_unavailable="fail", socket_timeout=0.2)
    with (
        Client(
            sdkappid=DEMO_SDKAPPID,
            identifier=DEMO_ADMIN,
            secret_key=DEMO_SECRET_KEY,
            base_url=emulator_url,
            rate_limit=limiter,
        ) as client,
        pytest.raises(TimRateLimiterUnavailableError, match="unreachable"),
    ):
        client.get_group_attributes(DEMO_ROOM)
    assert stats(emulator_url)["requests"] == 0


async def test_async_fallback_when_redis_never_came_up(
    emulator_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    limiter = RedisRateLimiter(dead, 10, replicas=2, socket_timeout=0.2)
    async with timrest.AsyncClient(
        sdkappid=DEMO_SDKAPPID,
        identifier=DEMO_ADMIN,
        secret_key=DEMO_SECRET_KEY,
        base_url=emulator_url,
        rate_limit=limiter,
    ) as client:
        started = time.monotonic()
        for _ in range(6):
            assert await client.get_group_attributes(DEMO_ROOM)
        elapsed = time.monotonic() - started
    assert elapsed >= 1.0  # the local fallback: 10 * 0.95 / 2 = 4 calls/s
    assert "falling back to a local limit of 4/s" in caplog.text


def test_configured_from_the_environment(redis_server: RedisServer) -> None:
    env = {
        "TIM_SDKAPPID": "1400000000",
        "TIM_IDENTIFIER": "admin",
        "TIM_SECRET_KEY": "k",
        "TIM_BASE_URL": "http://127.0.0.1:9",
        "TIM_RATE_LIMIT_REDIS_URL": redis_server.url.replace("redis://", "redis://:pw@"),
        "TIM_RATE_LIMIT_REPLICAS": "20",
    }
    with Client.from_env(env) as client:
        limiter = client._settings.limiter
        assert isinstance(limiter, RedisRateLimiter) and limiter.rate == 200
        assert "pw" not in repr(limiter) and "pw" not in repr(client)
        assert limiter._fallback.rate == 9  # 200 * 0.95 / 20


def test_bad_redis_settings_are_rejected() -> None:
    from timrest import TimValidationError

    base: dict[str, Any] = {
        "sdkappid": 1,
        "identifier": "a",
        "secret_key": "k",
        "base_url": "http://x",
    }
    with pytest.raises(TimValidationError, match="rate_limit_redis_url"):
        Client(**base, rate_limit_redis_url="http://not-redis")
    with pytest.raises(TimValidationError, match="rate_limit_replicas"):
        Client(**base, rate_limit_redis_url="redis://127.0.0.1/0", rate_limit_replicas=0)


def test_without_the_redis_extra_the_client_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "redis", None)  # as if redis-py were not installed
    with pytest.raises(timrest.TimValidationError, match=r"pip install 'timrest\[redis\]'"):
        timrest.Client(
            sdkappid=1,
            identifier="admin",
            secret_key="k",
            base_url="http://127.0.0.1:9",
            rate_limit_redis_url="redis://127.0.0.1:6379/0",
        )


def test_a_refusal_slows_every_replica(redis_server: RedisServer) -> None:
    """One replica told of a 60007 holds back the others' calls for a second, then paces
    them slower: the flag lives in Redis, on Redis's clock."""
    import redis

    from timrest._ratelimit import SLOW_FACTOR, SLOW_FOR, SLOW_PAUSE

    told = RedisRateLimiter(redis_server.url, 200)
    other = RedisRateLimiter(redis_server.url, 200)
    other.acquire("1:op", 5.0)
    told.slow_down("1:op")
    started = time.monotonic()
    other.acquire("1:op", 5.0)
    assert time.monotonic() - started >= SLOW_PAUSE - 0.05
    store = redis.Redis.from_url(redis_server.url)
    ttl: object = store.pttl("timrest:slow:{1:op}")  # typed loosely before redis-py 8
    assert isinstance(ttl, int)
    assert 0 < ttl <= (SLOW_PAUSE + SLOW_FOR) * 1000
    # paced slower: 20 reservations lie ~19 slow intervals apart
    script = other._sync_script()
    due: list[float] = []
    for _ in range(20):
        wait, _ = other._wait(script(**other._args("1:op", 60.0)), "1:op", 60.0)
        due.append(time.monotonic() + wait)
    interval = 1 / other.admitted
    assert due[-1] - due[0] >= 19 * interval * SLOW_FACTOR * 0.95
    for done in (told, other):
        done.close()
    store.close()


async def test_an_async_refusal_slows_the_fleet(redis_server: RedisServer) -> None:
    from timrest._ratelimit import SLOW_PAUSE

    limiter = RedisRateLimiter(redis_server.url, 200)
    await limiter.async_acquire("1:op", 5.0)
    await limiter.async_slow_down("1:op")
    started = time.monotonic()
    await limiter.async_acquire("1:op", 5.0)
    await limiter.aclose()  # before the test's event loop ends
    assert time.monotonic() - started >= SLOW_PAUSE - 0.05


def test_a_refusal_with_redis_down_slows_the_local_fallback() -> None:
    from timrest._ratelimit import SLOW_PAUSE

    dead = f"redis://127.0.0.1:{free_port()}/0"
    limiter = RedisRateLimiter(dead, 200, socket_timeout=0.2)
    limiter.acquire("1:op", 5.0)  # Redis unreachable: the local fallback, after 1 s
    limiter.acquire("1:op", 5.0)
    limiter.slow_down("1:op")  # never raises: the refusal is what the caller reports
    started = time.monotonic()
    limiter.acquire("1:op", 5.0)
    assert time.monotonic() - started >= SLOW_PAUSE - 0.05


async def test_cancelled_waiters_give_their_redis_slots_back(redis_server: RedisServer) -> None:
    from test_policies import _next_after_cancelled_waiters

    limiter = RedisRateLimiter(redis_server.url, 10)
    try:
        waited = await _next_after_cancelled_waiters(limiter, "1:cancelled")
        assert waited < 1.0, waited  # one slot is 0.105 s; the abandoned ones last 6 s
        started = time.monotonic()
        for _ in range(5):  # paced again, on the slots given back
            await limiter.async_acquire("1:cancelled", 30.0)
        assert time.monotonic() - started >= 4 * (1 / limiter.admitted) - 0.05
    finally:
        await limiter.aclose()


# -- the URL schemes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["redisx://127.0.0.1:6379", "http://127.0.0.1", "127.0.0.1:6379",
     "redis+sentinel://127.0.0.1:26379", "redis+sentinel://h:port/mymaster",
     "redis+sentinel://:hunter2@127.0.0.1:26379/svc/notadb"],
)  # fmt: skip
def test_a_redis_url_timrest_cannot_use_is_refused_at_construction(url: str) -> None:
    for make in (
        lambda: RedisRateLimiter(url),
        lambda: Client(
            sdkappid=DEMO_SDKAPPID, identifier=DEMO_ADMIN, secret_key=DEMO_SECRET_KEY,
            base_url="http://127.0.0.1:9", rate_limit_redis_url=url,
        ),
    ):  # fmt: skip
        with pytest.raises(timrest.TimValidationError) as info:
            make()
        assert info.value.field in ("url", "rate_limit_redis_url")
        assert "hunter2" not in str(info.value)  # a URL's password is never shown


def _sentinel(tmp_path: Path, master: RedisServer) -> RedisServer:
    config = tmp_path / "sentinel.conf"  # a sentinel rewrites its configuration file
    config.write_text(
        f"sentinel monitor svc 127.0.0.1 {master.port} 1\n"
        "sentinel down-after-milliseconds svc 60000\n"
    )
    return RedisServer("--sentinel", config=config)


def test_the_limiter_reaches_a_sentinel_services_master(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    sentinel = _sentinel(tmp_path, redis_server)
    try:
        url = f"redis+sentinel://127.0.0.1:{sentinel.port}/svc"
        limiter = RedisRateLimiter(url, 200, on_unavailable="fail")
        limiter.acquire("1:sentinel", 5.0)
        limiter.close()
        store = redis.Redis.from_url(redis_server.url)
        assert store.exists("timrest:gcra:{1:sentinel}")  # the master holds the slot
        store.close()
    finally:
        sentinel.kill()


async def test_the_async_limiter_reaches_a_sentinel_services_master(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    sentinel = _sentinel(tmp_path, redis_server)
    try:
        limiter = RedisRateLimiter(
            f"redis+sentinel://127.0.0.1:{sentinel.port}/svc", 200, on_unavailable="fail"
        )
        await limiter.async_acquire("1:sentinel-async", 5.0)
        await limiter.aclose()
        store = redis.Redis.from_url(redis_server.url)
        assert store.exists("timrest:gcra:{1:sentinel-async}")
        store.close()
    finally:
        sentinel.kill()


@pytest.fixture
def redis_cluster(tmp_path: Path) -> Iterator[RedisServer]:
    """A one-node Redis Cluster holding every slot."""
    # The cluster bus listens on a port of its own: by default the port + 10000, which is
    # past 65535 for a high ephemeral port; so it gets a free port too.
    node = RedisServer(
        "--cluster-enabled", "yes", "--cluster-config-file", str(tmp_path / "nodes.conf"),
        "--cluster-port", str(free_port()),
    )  # fmt: skip
    try:
        store = redis.Redis(port=node.port)
        store.execute_command("CLUSTER", "ADDSLOTSRANGE", 0, 16383)  # type: ignore[no-untyped-call]
        deadline = time.monotonic() + 20
        while b"cluster_state:ok" not in store.execute_command("CLUSTER", "INFO"):  # type: ignore[no-untyped-call]
            if time.monotonic() > deadline:
                pytest.fail("the one-node cluster did not come up")
            time.sleep(0.05)
        store.close()
        yield node
    finally:
        node.kill()


async def test_the_limiter_runs_on_a_redis_cluster(redis_cluster: RedisServer) -> None:
    url = f"redis+cluster://127.0.0.1:{redis_cluster.port}"
    node = redis.Redis(port=redis_cluster.port)  # the one node holds every key
    limiter = RedisRateLimiter(url, 200, on_unavailable="fail")
    limiter.acquire("1:cluster", 5.0)
    limiter.slow_down("1:cluster")
    assert node.exists("timrest:slow:{1:cluster}")  # the slow-down reached the cluster
    limiter.close()
    other = RedisRateLimiter(url, 200, on_unavailable="fail")
    await other.async_acquire("1:cluster-async", 5.0)
    assert node.exists("timrest:gcra:{1:cluster-async}")
    await other.aclose()
    node.close()
