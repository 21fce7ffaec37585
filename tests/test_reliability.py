"""The reliability suite: a fault matrix (sync and async), exactly-once under faults, and load.

Every case ends in success or in the documented ``TimError`` subclass, never another
exception; every case runs with DEBUG logging captured (httpx and httpcore included) and
checks that neither the secret key nor a UserSig appears.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import psutil
import pytest

from timrest import (
    AsyncClient,
    Client,
    TimError,
    TimHTTPStatusError,
    TimMalformedResponseError,
    TimPaginationError,
    TimRateLimitError,
    TimServerError,
    TimTimeoutError,
    TimTransportError,
)
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_PERMISSION_GROUP,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    Emulator,
    EmulatorServer,
    Fault,
    emulator_process,
    state_from_dict,
)
from timrest.usersig import generate_usersig

USERSIG = re.compile(r"eJ[A-Za-z0-9*_-]{60,}")
VIP = "@PMG#_@PMG#cVIP"


@dataclass(frozen=True)
class Case:
    name: str
    faults: list[Fault]
    outcome: type[TimError] | None  # None: success
    call: str = "attrs"  # attrs | page | walk
    options: tuple[tuple[str, Any], ...] = ()
    last_code: int | None = None


CASES = [
    Case("10002 once", [Fault("error", code=10002)], None),
    Case("10002 three times", [Fault("error", count=3, code=10002)], None),
    Case(
        "server codes",
        [Fault("error", code=70500), Fault("error", code=60008), Fault("error", code=70169)],
        None,
    ),
    Case("HTTP 502 with HTML", [Fault("http_502", count=2)], None),
    Case("dropped mid-response", [Fault("drop", count=2)], None, "page"),
    Case(
        "delay beyond timeout, then fine",
        [Fault("delay", seconds=0.4)],
        None,
        options=(("timeout", 0.2),),
    ),
    Case(
        "delay beyond timeout, no retries",
        [Fault("delay", seconds=0.4)],
        TimTimeoutError,
        options=(("timeout", 0.2), ("max_retries", 0)),
    ),
    Case("malformed JSON", [Fault("malformed_json")], TimMalformedResponseError),
    Case("malformed JSON page", [Fault("malformed_json")], TimMalformedResponseError, "page"),
    Case("missing ActionStatus", [Fault("missing_field")], TimMalformedResponseError),
    Case(
        "missing ErrorCode", [Fault("missing_field", field="ErrorCode")], TimMalformedResponseError
    ),
    Case("missing Next", [Fault("missing_field", field="Next")], TimMalformedResponseError, "page"),
    Case("missing MemberList", [Fault("missing_field", field="MemberList")], None, "page"),
    Case("rate limited, then fine", [Fault("error", code=60007), Fault("error", code=10006)], None),
    Case(
        "rate limited throughout",
        [Fault("error", count=9, code=60011)],
        TimRateLimitError,
        options=(("max_retries", 2),),
        last_code=60011,
    ),
    Case("repeated cursor", [Fault("repeat_cursor", count=50)], TimPaginationError, "walk"),
    Case(
        "retries exhausted",
        [Fault("error", count=9, code=10002)],
        TimServerError,
        options=(("max_retries", 2),),
        last_code=10002,
    ),
    Case(
        "502 exhausted",
        [Fault("http_502", count=9)],
        TimHTTPStatusError,
        options=(("max_retries", 1),),
    ),
    Case(
        "drops exhausted",
        [Fault("drop", count=9)],
        TimTransportError,
        options=(("max_retries", 1),),
    ),
    Case(
        "faults then a full walk",
        [Fault("error", code=10002), Fault("drop"), Fault("http_502")],
        None,
        "walk",
    ),
]

FAST: dict[str, Any] = {
    "initial_backoff": 0.001,
    "max_backoff": 0.005,
    "jitter": 0.001,
    "rate_limit_backoff": 0.005,
}


def _kwargs(url: str, case: Case) -> dict[str, Any]:
    from timrest import RetryPolicy

    options = dict(case.options)
    return {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "secret_key": DEMO_SECRET_KEY,
        "base_url": url,
        "rate_limit": None,
        "retry": RetryPolicy(**FAST),
        **options,
    }


def _sync(client: Client, call: str) -> object:
    if call == "attrs":
        return client.get_group_attributes(DEMO_ROOM)
    if call == "page":
        return client.list_permission_group_members(DEMO_COMMUNITY, VIP, limit=10)
    return len(list(client.iter_permission_group_members(DEMO_COMMUNITY, VIP, limit=10)))


async def _async(client: AsyncClient, call: str) -> object:
    if call == "attrs":
        return await client.get_group_attributes(DEMO_ROOM)
    if call == "page":
        return await client.list_permission_group_members(DEMO_COMMUNITY, VIP, limit=10)
    return len(
        [m async for m in client.iter_permission_group_members(DEMO_COMMUNITY, VIP, limit=10)]
    )


def _no_secrets(caplog: pytest.LogCaptureFixture, *extra: str) -> None:
    text = "\n".join([r.getMessage() for r in caplog.records] + list(extra))
    assert DEMO_SECRET_KEY not in text
    assert not USERSIG.search(text), "a UserSig leaked into the logs"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_fault_matrix(
    case: Case,
    is_async: bool,
    emulator: Emulator,
    server: EmulatorServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    for fault in case.faults:
        emulator.inject(fault)
    outcome: object = None
    error: BaseException | None = None
    try:
        if is_async:
            async with AsyncClient(**_kwargs(server.url, case)) as aclient:
                outcome = await _async(aclient, case.call)
        else:
            with Client(**_kwargs(server.url, case)) as client:
                outcome = _sync(client, case.call)
    except Exception as exc:
        error = exc
    if case.outcome is None:
        assert error is None, repr(error)
        if case.call == "walk":
            assert outcome == 25
    else:
        assert isinstance(error, case.outcome), repr(error)
        if case.last_code is not None:
            assert getattr(error, "code", None) == case.last_code
    _no_secrets(caplog, repr(error), str(error))


def test_unknown_enum_values_pass_through(server: EmulatorServer, emulator: Emulator) -> None:
    emulator.state.add_member(
        DEMO_SDKAPPID, DEMO_COMMUNITY, "odd", Role="Member ", MsgFlag="FutureFlag"
    )
    emulator.state.add_permission_group_members(DEMO_SDKAPPID, DEMO_COMMUNITY, VIP, ["odd"])
    with Client(
        sdkappid=DEMO_SDKAPPID,
        identifier=DEMO_ADMIN,
        secret_key=DEMO_SECRET_KEY,
        base_url=server.url,
    ) as client:
        members = list(client.iter_permission_group_members(DEMO_COMMUNITY, VIP))
    odd = members[-1]
    assert (odd.member_account, odd.role, odd.msg_flag) == ("odd", "Member ", "FutureFlag")


def test_expired_signature_mid_walk_is_renewed(server: EmulatorServer, emulator: Emulator) -> None:
    with Client(
        sdkappid=DEMO_SDKAPPID,
        identifier=DEMO_ADMIN,
        secret_key=DEMO_SECRET_KEY,
        base_url=server.url,
        max_retries=0,
    ) as client:
        walk = client.iter_permission_group_members(DEMO_COMMUNITY, VIP, limit=10)
        first = [next(walk) for _ in range(10)]
        signer = client._settings.usersig
        signer._sig = generate_usersig(  # type: ignore[attr-defined]
            DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 5, now=1000
        )
        rest = list(walk)
    assert len(first) + len(rest) == 25


def _big_emulator(members: int) -> Emulator:
    state = state_from_dict(
        {
            "apps": [
                {
                    "sdkappid": DEMO_SDKAPPID,
                    "secret_key": DEMO_SECRET_KEY,
                    "admins": [DEMO_ADMIN],
                    "custom_member_fields": ["MemberDefined1", "MemberDefined2"],
                    "groups": [
                        {
                            "group_id": DEMO_COMMUNITY,
                            "type": "Community",
                            "generate_members": {"count": members, "seed": 11},
                            "permission_groups": [
                                {"permission_group_id": DEMO_PERMISSION_GROUP, "members": "all"}
                            ],
                        },
                        {"group_id": DEMO_ROOM, "type": "AVChatRoom", "attributes": {"a": "b"}},
                    ],
                }
            ]
        }
    )
    return Emulator(state, rate_limit=None)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_exactly_once_with_random_faults(is_async: bool) -> None:
    emulator = _big_emulator(5000)
    rng = random.Random(2024)
    kinds = [
        Fault("error", code=10002),
        Fault("http_502"),
        Fault("drop"),
        Fault("error", code=60007),
        Fault("delay", seconds=0.05),
    ]
    original: Callable[..., Any] = emulator.handle
    injected = [0]

    def flaky(method: str, path: str, query: dict[str, str], body: bytes) -> Any:
        if "member_list" in path and rng.random() < 0.25:
            emulator.inject(rng.choice(kinds))
            injected[0] += 1
        return original(method, path, query, body)

    emulator.handle = flaky  # type: ignore[method-assign]
    kwargs = _kwargs("", Case("", [], None))
    kwargs["max_retries"] = 6
    with EmulatorServer(emulator) as server:
        kwargs["base_url"] = server.url
        if is_async:
            async with AsyncClient(**kwargs) as aclient:
                accounts = [
                    m.member_account
                    async for m in aclient.iter_permission_group_members(
                        DEMO_COMMUNITY, DEMO_PERMISSION_GROUP
                    )
                ]
        else:
            with Client(**kwargs) as client:
                accounts = [
                    m.member_account
                    for m in client.iter_permission_group_members(
                        DEMO_COMMUNITY, DEMO_PERMISSION_GROUP
                    )
                ]
    assert injected[0] >= 10
    assert len(accounts) == 5000 == len(set(accounts))


@pytest.fixture
def emulator_url() -> Iterator[str]:
    """The emulator in its own process (as in production: no shared GIL with the client)."""
    with emulator_process(rate_limit=None, demo_members=10) as url:
        yield url


async def test_load_5000_calls_at_concurrency_100(emulator_url: str) -> None:
    url, process = emulator_url, psutil.Process()
    fds_before = process.num_fds()
    client = AsyncClient(
        sdkappid=DEMO_SDKAPPID,
        identifier=DEMO_ADMIN,
        secret_key=DEMO_SECRET_KEY,
        base_url=url,
        rate_limit=None,
    )
    gate = asyncio.Semaphore(100)
    errors: list[BaseException] = []

    async def one() -> None:
        async with gate:
            try:
                assert (await client.get_group_attributes(DEMO_ROOM))["topic"] == "launch"
            except Exception as exc:
                errors.append(exc)

    await asyncio.gather(*(one() for _ in range(5000)))
    open_during = process.num_fds()
    await client.aclose()
    fds_after = process.num_fds()
    with Client(
        sdkappid=DEMO_SDKAPPID,
        identifier=DEMO_ADMIN,
        secret_key=DEMO_SECRET_KEY,
        base_url=url,
        rate_limit=None,
    ) as still:
        assert still.get_group_attributes(DEMO_ROOM)["topic"] == "launch"  # still answers
    async with httpx.AsyncClient() as admin:
        stats = (await admin.get(f"{url}/_emulator/stats")).json()
    assert errors == []
    assert stats["requests"] >= 5001
    assert open_during - fds_before <= 16 + 2  # at most max_concurrency connections
    assert fds_after <= fds_before + 1, (fds_before, open_during, fds_after)
