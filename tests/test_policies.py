"""Decision logic without a server: retry policy table, UserSig sources, rate limiter."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from timrest import (
    Client,
    LocalRateLimiter,
    RetryPolicy,
    TimHTTPStatusError,
    TimMalformedResponseError,
    TimRateLimitTimeoutError,
    TimTimeoutError,
    TimTransportError,
    TimValidationError,
)
from timrest._auth import ProvidedUserSig, SecretKeySigner, StaticUserSig
from timrest._errors import TimError, api_error
from timrest._redact import Secret
from timrest.emulator import DEMO_ADMIN, DEMO_ROOM, DEMO_SDKAPPID, DEMO_SECRET_KEY
from timrest.usersig import decode_usersig, generate_usersig

POLICY = RetryPolicy(rate_limit_backoff=1.0, initial_backoff=0.25, jitter=0.0)


def resignable() -> TimError:
    error = api_error(70001, "expired")
    error.resignable = True  # type: ignore[attr-defined]
    return error


def not_sent() -> TimTransportError:
    error = TimTransportError("refused")
    error.request_sent = False
    return error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (api_error(10002, ""), 0.25),
        (api_error(70500, ""), 0.25),
        (api_error(60008, ""), 0.25),
        (api_error(10004, ""), None),
        (api_error(10010, ""), None),
        (api_error(70009, ""), None),
        (api_error(99999, ""), None),  # unknown codes are not retried
        (api_error(70001, ""), None),  # cannot re-sign
        (resignable(), 0.0),
        (TimTransportError("reset"), 0.25),
        (TimTimeoutError("slow"), 0.25),
        (TimMalformedResponseError("junk"), None),
        (TimHTTPStatusError("", status_code=502), 0.25),
        (TimHTTPStatusError("", status_code=503, retry_after=2.0), 2.0),
        (TimHTTPStatusError("", status_code=503, retry_after=120.0), None),
        (TimHTTPStatusError("", status_code=404), None),
        (ValueError("a bug"), None),
    ],
)
def test_wait_table(error: Exception, expected: float | None) -> None:
    assert POLICY.wait(error, 1) == expected


def test_backoff_doubles_up_to_the_cap() -> None:
    policy = RetryPolicy(initial_backoff=0.5, max_backoff=3.0, jitter=0.0)
    assert [policy.backoff(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


@pytest.mark.parametrize("code", [60007, 60011, 60018, 60019, 10006])
def test_rate_limit_codes_wait_longer(code: int) -> None:
    wait = POLICY.wait(api_error(code, ""), 1)
    assert isinstance(wait, float) and 1.0 <= wait <= 2.0


def test_budget_counts_attempts_and_resigns_once() -> None:
    budget = POLICY.budget(2, idempotent=True)
    assert budget.next_wait(api_error(10002, ""), 1) is not None
    assert budget.next_wait(resignable(), 2) == 0.0  # a spare attempt
    assert budget.next_wait(api_error(10002, ""), 3) is not None
    assert budget.next_wait(resignable(), 4) is None  # only once per call
    assert budget.next_wait(api_error(10002, ""), 4) is None  # 2 retries + 1 re-sign spent


def test_budget_stops_at_the_total_timeout() -> None:
    now = [0.0]
    policy = RetryPolicy(total_timeout=1.0, initial_backoff=0.6, jitter=0.0)
    budget = policy.budget(5, idempotent=True, clock=lambda: now[0])
    assert budget.next_wait(api_error(10002, ""), 1) == 0.6
    now[0] = 0.5
    assert budget.next_wait(api_error(10002, ""), 2) is None  # 0.5 + 1.2 > 1.0


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (not_sent(), True),  # never reached the service
        (api_error(60007, ""), True),  # refused at the door
        (resignable(), True),
        (TimTransportError("dropped after sending"), False),
        (TimTimeoutError("read timeout"), False),
        (api_error(10002, ""), False),  # may have been applied
        (TimHTTPStatusError("", status_code=502), False),
    ],
)
def test_not_idempotent_retries_only_what_never_applied(error: TimError, retried: bool) -> None:
    budget = POLICY.budget(3, idempotent=False)
    assert (budget.next_wait(error, 1) is not None) is retried
    assert POLICY.budget(3, idempotent=True).next_wait(error, 1) is not None


def test_secret_key_signer_renews_at_half_life() -> None:
    now = [1_000_000.0]
    signer = SecretKeySigner(
        DEMO_SDKAPPID, DEMO_ADMIN, Secret(DEMO_SECRET_KEY), ttl=3600, clock=lambda: now[0]
    )
    first = signer.current()
    now[0] += 1799
    assert signer.current() == first
    now[0] += 2
    second = signer.current()
    assert second != first and decode_usersig(second).time == int(now[0])
    assert signer.invalidate(second) and signer.current() == second  # same second: same sig
    assert DEMO_SECRET_KEY not in repr(signer) and second not in repr(signer)


def test_provided_usersig_renews_before_expiry() -> None:
    now = [2_000_000.0]
    calls: list[str] = []

    def provider() -> str:
        sig = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 1000, now=now[0])
        calls.append(sig)
        return sig

    source = ProvidedUserSig(provider, margin=300, clock=lambda: now[0])
    source.current()
    now[0] += 499
    source.current()
    assert len(calls) == 1
    now[0] += 2  # past half its life
    source.current()
    assert len(calls) == 2


def test_static_usersig_cannot_renew() -> None:
    static = StaticUserSig(Secret("abc"))
    assert static.current() == "abc" and not static.invalidate("abc") and "abc" not in repr(static)


def test_secret_hides_itself() -> None:
    secret = Secret(DEMO_SECRET_KEY)
    assert DEMO_SECRET_KEY not in repr(secret) + str(secret) + f"{secret}"
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(secret)


def test_local_rate_limiter_waits_then_times_out() -> None:
    limiter = LocalRateLimiter(5)
    started = time.monotonic()
    for _ in range(10):
        limiter.acquire("k", max_wait=5)
    assert time.monotonic() - started >= 0.9  # the second five waited for the window
    for _ in range(5):
        limiter.acquire("other", max_wait=5)  # keys do not share a budget
    with pytest.raises(TimRateLimitTimeoutError, match=r"within 0\.01 s"):
        for _ in range(10):
            limiter.acquire("k2", max_wait=0.01)


async def test_local_rate_limiter_async() -> None:
    limiter = LocalRateLimiter(3)
    started = time.monotonic()
    for _ in range(6):
        await limiter.async_acquire("k", max_wait=5)
    assert time.monotonic() - started >= 0.9
    with pytest.raises(TimRateLimitTimeoutError):
        for _ in range(6):
            await limiter.async_acquire("k", max_wait=0.01)


def test_shared_limiter_is_per_rate() -> None:
    assert LocalRateLimiter.shared(7) is LocalRateLimiter.shared(7)
    assert LocalRateLimiter.shared(7) is not LocalRateLimiter.shared(8)
    with pytest.raises(ValueError, match=">= 1"):
        LocalRateLimiter(0)


def test_client_reports_rate_limiter_timeout(client_kwargs: dict[str, Any]) -> None:
    from timrest import Client

    kwargs = {**client_kwargs, "rate_limit": 2, "rate_limit_timeout": 0.05}
    with Client(**kwargs) as client, pytest.raises(TimRateLimitTimeoutError):
        for _ in range(5):
            client.get_group_attributes(DEMO_ROOM)


def test_retry_after_is_honoured(client_kwargs: dict[str, Any], emulator: Any) -> None:
    from timrest import Client

    emulator.inject("http_502", seconds=0.3)
    with Client(**client_kwargs) as client:
        started = time.monotonic()
        assert client.get_group_attributes(DEMO_ROOM)
    assert time.monotonic() - started >= 0.3


def test_per_call_max_retries_is_checked(client_kwargs: dict[str, Any]) -> None:
    from timrest import Client

    with Client(**client_kwargs) as client, pytest.raises(TimValidationError, match="max_retries"):
        client.get_group_attributes(DEMO_ROOM, max_retries=-1)


def test_emulator_command_line(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(
        '{"apps": [{"sdkappid": 1400000042, "secret_key": "k", "admins": ["boss"],'
        ' "groups": [{"group_id": "@TGS#aR", "type": "AVChatRoom",'
        ' "attributes": {"a": "b"}}]}]}'
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "timrest.emulator",
            "--seed",
            str(seed),
            "--port",
            "0",
            "--fault",
            "error:1:10002",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("timrest emulator listening on http://127.0.0.1:")
        url = line.split()[-1]
        params: dict[str, Any] = {
            "sdkappid": 1400000042,
            "identifier": "boss",
            "random": 1,
            "contenttype": "json",
            "usersig": generate_usersig(1400000042, "boss", "k"),
        }
        path = f"{url}/v4/group_open_attr_http_svc/get_group_attr"
        codes = [
            httpx.post(path, params=params, json={"GroupId": "@TGS#aR"}).json()["ErrorCode"]
            for _ in range(2)
        ]
        assert codes == [10002, 0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()


@pytest.mark.parametrize(
    ("fault", "why"),
    [
        ("item_error:1:110002", "names its operation"),
        ("item_error:1:110002:get_group_attr", "not answered per item"),
        ("error:x", "invalid literal"),
        ("boom:1", "fault kind must be one of"),
    ],
)
def test_a_bad_fault_on_the_command_line_is_a_usage_error(fault: str, why: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timrest.emulator", "--port", "0", "--fault", fault],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"error: --fault {fault!r}: ") and why in done.stderr
    assert "Traceback" not in done.stderr


def test_a_fault_on_the_command_line_is_read_with_its_operation() -> None:
    from timrest.emulator.__main__ import parse_fault

    fault = parse_fault("item_error:2:110002:destroy_topic")
    assert (fault.kind, fault.count, fault.code, fault.operation) == (
        "item_error", 2, 110002, "destroy_topic"
    )  # fmt: skip
    assert parse_fault("delay:1:5").seconds == 5.0 and parse_fault("drop").count == 1


def test_local_limiter_allows_a_small_burst_then_paces() -> None:
    limiter = LocalRateLimiter(200)  # a burst of 4, then one call every ~5.3 ms
    assert limiter.burst == 4
    asked = [(limiter._reserve("burst", 5.0)[0], time.monotonic()) for _ in range(30)]
    assert [wait for wait, _ in asked[:4]] == [0.0] * 4  # the burst leaves at once
    due = [wait + when for wait, when in asked]
    gaps = [b - a for a, b in itertools.pairwise(due[4:])]
    assert min(gaps) >= 1 / 200 - 0.001  # then paced, however fast the callers ask


async def _next_after_cancelled_waiters(limiter: Any, key: str) -> float:
    """60 callers wait for slots of a 10/s limit and are cancelled: how long the next
    caller then waits (about one slot if the slots came back; ~6 s if not)."""
    import asyncio

    waiters = [asyncio.create_task(limiter.async_acquire(key, 30.0)) for _ in range(60)]
    await asyncio.sleep(0.3)  # each has reserved its slot and sleeps until it
    for waiter in waiters:
        waiter.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    started = time.monotonic()
    await limiter.async_acquire(key, 30.0)
    return time.monotonic() - started


async def test_cancelled_waiters_give_their_slots_back() -> None:
    limiter = LocalRateLimiter(10)
    waited = await _next_after_cancelled_waiters(limiter, "k")
    assert waited < 1.0, waited  # one slot is 0.105 s; the 57 abandoned ones last 6 s
    # the next ones are paced again, on the slots given back
    started = time.monotonic()
    for _ in range(5):
        await limiter.async_acquire("k", 30.0)
    assert time.monotonic() - started >= 4 * (1 / (10 * 0.95)) - 0.05


def test_an_interrupted_sync_waiter_gives_its_slot_back() -> None:
    import signal

    class Interrupted(Exception):
        pass

    def interrupt(signum: int, frame: object) -> None:
        raise Interrupted

    limiter = LocalRateLimiter(10)
    ahead = [limiter._reserve("k", 30.0)[1] for _ in range(20)]  # 20 callers still waiting
    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        with pytest.raises(Interrupted):
            limiter.acquire("k", 30.0)  # its slot lies ~2 s ahead: interrupted in its sleep
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    given_back = limiter._reserve("k", 30.0)[1]
    after = limiter._reserve("k", 30.0)[1]
    interval = 1 / (10 * 0.95)
    assert abs(given_back - (ahead[-1] + interval)) < 1e-6  # the interrupted caller's slot
    assert abs(after - (given_back + interval)) < 1e-6  # then the schedule goes on


def test_a_limiters_timeout_names_the_operation(client_kwargs: dict[str, Any]) -> None:
    limiter = LocalRateLimiter(1)
    with Client(**{**client_kwargs, "rate_limit": limiter, "rate_limit_timeout": 0.1}) as client:
        client.get_group_attributes(DEMO_ROOM)
        with pytest.raises(TimRateLimitTimeoutError) as info:
            client.get_group_attributes(DEMO_ROOM)  # the next slot is 1 s away
    assert info.value.operation == "get_group_attr"
