"""The public client end to end, sync and async, against the emulator over real HTTP."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import timrest
from timrest import (
    AsyncClient,
    Client,
    Region,
    TimAPIError,
    TimAuthenticationError,
    TimHTTPStatusError,
    TimInvalidRequestError,
    TimMalformedResponseError,
    TimNotFoundError,
    TimPaginationError,
    TimPermissionError,
    TimRateLimitError,
    TimServerError,
    TimSignatureExpiredError,
    TimTimeoutError,
    TimTransportError,
    TimValidationError,
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
    demo_state,
)
from timrest.usersig import generate_usersig

VIP = "@PMG#_@PMG#cVIP"


def test_get_group_attributes(client_kwargs: dict[str, Any]) -> None:
    with Client(**client_kwargs) as client:
        assert client.get_group_attributes(DEMO_ROOM) == {
            "topic": "launch",
            "host": "alice",
            "viewers": "1200",
        }
        assert client.get_group_attributes("@TGS#aLIVEROOM2") == {}


async def test_get_group_attributes_async(client_kwargs: dict[str, Any]) -> None:
    async with AsyncClient(**client_kwargs) as client:
        assert (await client.get_group_attributes(DEMO_ROOM))["topic"] == "launch"


def test_list_page_and_filters(client_kwargs: dict[str, Any]) -> None:
    with Client(**client_kwargs) as client:
        page = client.list_permission_group_members(DEMO_COMMUNITY, VIP, limit=10)
        assert page.total == 25 and len(page.members) == 10 and page.has_more
        member = page.members[0]
        assert isinstance(member, timrest.PermissionGroupMember)
        assert member.member_account == "user000000" and member.role == "Owner"
        assert member.app_member_defined_data and member.join_permission_group_time
        nxt = client.list_permission_group_members(
            DEMO_COMMUNITY, VIP, limit=10, cursor=page.next_cursor
        )
        assert nxt.members[0].member_account == "user000010"
        slim = client.list_permission_group_members(
            DEMO_COMMUNITY, VIP, member_fields=["Role"], custom_fields=["MemberDefined2"], limit=1
        ).members[0]
        assert slim.role and slim.join_time is None
        assert [d.key for d in slim.app_member_defined_data or []] == ["MemberDefined2"]


def test_iterate_all(client_kwargs: dict[str, Any]) -> None:
    with Client(**client_kwargs) as client:
        iterator = client.iter_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP)
        accounts = [m.member_account for m in iterator]
        assert len(accounts) == 300 == len(set(accounts)) == iterator.total
        assert iterator.pages_fetched == 6 and iterator.resume_cursor == timrest.FINISHED
        assert iterator.finished
        pages = list(client.iter_permission_group_members(DEMO_COMMUNITY, VIP, limit=10).pages())
        assert [len(p.members) for p in pages] == [10, 10, 5] and pages[-1].next_cursor == ""


async def test_iterate_all_async(client_kwargs: dict[str, Any]) -> None:
    async with AsyncClient(**client_kwargs) as client:
        iterator = client.iter_permission_group_members(
            DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, limit=50
        )
        accounts = [m.member_account async for m in iterator]
        assert len(set(accounts)) == 300
        pages = [
            p
            async for p in client.iter_permission_group_members(
                DEMO_COMMUNITY, VIP, limit=10
            ).pages()
        ]
        assert [len(p.members) for p in pages] == [10, 10, 5]


def test_resume_interrupted_iteration(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    with Client(**{**client_kwargs, "max_retries": 0}) as client:
        iterator = client.iter_permission_group_members(
            DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, limit=50
        )
        got = [next(iterator).member_account for _ in range(120)]  # 3 pages fetched
        emulator.inject("error", code=10002)
        with pytest.raises(TimServerError):
            while True:
                got.append(next(iterator).member_account)
        saved = iterator.resume_cursor
        assert saved and len(got) == 150
        resumed = [
            m.member_account
            for m in client.iter_permission_group_members(
                DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, limit=50, cursor=saved
            )
        ]
    assert len(set(got) | set(resumed)) == 300 and len(resumed) == 150
    assert not set(got) & set(resumed)


@pytest.mark.parametrize("stop_after", [1, 13, 20, 24, 25])
def test_resume_mid_page_is_exactly_once(client_kwargs: dict[str, Any], stop_after: int) -> None:
    with Client(**client_kwargs) as client:
        iterator = client.iter_permission_group_members(DEMO_COMMUNITY, VIP, limit=10)
        first = [next(iterator).member_account for _ in range(stop_after)]
        saved = iterator.resume_cursor
        resumed = client.iter_permission_group_members(DEMO_COMMUNITY, VIP, limit=10, cursor=saved)
        rest = [m.member_account for m in resumed]
        again = resumed.resume_cursor
    assert first + rest == [f"user{i:06d}" for i in range(25) if f"user{i:06d}" in first + rest]
    assert len(first) + len(rest) == 25 == len(set(first + rest))  # nothing lost or repeated
    assert again == timrest.FINISHED


def test_a_finished_walk_stays_finished(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    with Client(**client_kwargs) as client:
        iterator = client.iter_permission_group_members(DEMO_COMMUNITY, VIP)
        assert len(list(iterator)) == 25
        emulator.reset_stats()
        again = client.iter_permission_group_members(
            DEMO_COMMUNITY, VIP, cursor=iterator.resume_cursor
        )
        assert list(again) == [] and again.finished and emulator.stats.requests == 0
        with pytest.raises(TimValidationError, match="cursor: not a resume token"):
            client.iter_permission_group_members(DEMO_COMMUNITY, VIP, cursor="tr1.!!")


async def test_resume_mid_page_async(client_kwargs: dict[str, Any]) -> None:
    async with AsyncClient(**client_kwargs) as client:
        iterator = client.iter_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP)
        first = [(await iterator.__anext__()).member_account for _ in range(73)]
        resumed = client.iter_permission_group_members(
            DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, cursor=iterator.resume_cursor
        )
        rest = [m.member_account async for m in resumed]
    assert len(first) + len(rest) == 300 == len(set(first + rest))


@pytest.mark.parametrize("is_async", [False, True])
async def test_repeated_cursor_guard(
    client_kwargs: dict[str, Any], emulator: Emulator, is_async: bool
) -> None:
    emulator.inject("repeat_cursor", count=100)
    if is_async:
        async with AsyncClient(**client_kwargs) as aclient:
            iterator = aclient.iter_permission_group_members(DEMO_COMMUNITY, VIP, limit=10)
            with pytest.raises(TimPaginationError) as info:
                [m async for m in iterator]
    else:
        with Client(**client_kwargs) as client, pytest.raises(TimPaginationError) as info:
            list(client.iter_permission_group_members(DEMO_COMMUNITY, VIP, limit=10))
    assert info.value.cursor  # where to resume from


@pytest.mark.parametrize(
    ("call", "error", "code"),
    [
        (lambda c: c.get_group_attributes("@TGS#missing"), TimNotFoundError, 10010),
        (lambda c: c.get_group_attributes("@TGS#" + "x" * 50), TimValidationError, None),
        (
            lambda c: c.list_permission_group_members(DEMO_COMMUNITY, "@PMG#_none"),
            TimNotFoundError,
            110006,
        ),
        (
            lambda c: c.list_permission_group_members(DEMO_COMMUNITY, VIP, cursor="TGSforged"),
            TimInvalidRequestError,
            10004,
        ),
    ],
)
def test_api_errors(
    client_kwargs: dict[str, Any], call: Any, error: type[Exception], code: int | None
) -> None:
    with Client(**client_kwargs) as client, pytest.raises(error) as info:
        call(client)
    if code is not None:
        assert isinstance(info.value, TimAPIError) and info.value.code == code
        assert info.value.operation and info.value.meaning and info.value.hint


@pytest.mark.parametrize(
    ("overrides", "error", "code"),
    [
        (
            {
                "secret_key": None,
                "usersig": generate_usersig(DEMO_SDKAPPID, "bob", DEMO_SECRET_KEY),
            },
            TimAuthenticationError,
            70013,
        ),
        ({"secret_key": "0" * 64}, TimAuthenticationError, 70009),
        ({"sdkappid": 1400000999}, TimAuthenticationError, 70020),
    ],
)
def test_authentication_errors(
    client_kwargs: dict[str, Any],
    overrides: dict[str, Any],
    error: type[Exception],
    code: int | None,
) -> None:
    with Client(**{**client_kwargs, **overrides}) as client, pytest.raises(error) as info:
        client.get_group_attributes(DEMO_ROOM)
    assert isinstance(info.value, timrest.TimError) and info.value.attempts == 1  # not retried
    if code:
        assert isinstance(info.value, TimAPIError) and info.value.code == code


def test_not_admin_is_permission_error(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    emulator.state.app(DEMO_SDKAPPID).admins.discard(DEMO_ADMIN)
    with Client(**client_kwargs) as client, pytest.raises(TimPermissionError) as info:
        client.get_group_attributes(DEMO_ROOM)
    assert info.value.code == 60010


def test_unknown_code_is_base_error(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    emulator.inject("error", code=99999)
    with Client(**client_kwargs) as client, pytest.raises(TimAPIError) as info:
        client.get_group_attributes(DEMO_ROOM)
    assert type(info.value) is TimAPIError and info.value.code == 99999


@pytest.mark.parametrize("is_async", [False, True])
async def test_retries_then_success(
    client_kwargs: dict[str, Any], emulator: Emulator, is_async: bool
) -> None:
    emulator.inject("error", count=2, code=10002)
    emulator.inject("http_502")
    emulator.inject("drop")
    emulator.inject("error", code=60007)
    emulator.reset_stats()
    kwargs = {**client_kwargs, "max_retries": 5}
    if is_async:
        async with AsyncClient(**kwargs) as aclient:
            assert (await aclient.get_group_attributes(DEMO_ROOM))["host"] == "alice"
    else:
        with Client(**kwargs) as client:
            assert client.get_group_attributes(DEMO_ROOM)["host"] == "alice"
    assert emulator.stats.requests == 6


def test_retries_exhausted_carry_last_code(
    client_kwargs: dict[str, Any], emulator: Emulator
) -> None:
    emulator.inject("error", count=10, code=70500)
    with Client(**client_kwargs) as client, pytest.raises(TimServerError) as info:
        client.get_group_attributes(DEMO_ROOM, max_retries=2)
    assert info.value.code == 70500 and info.value.attempts == 3


def test_not_retried_codes(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    emulator.inject("error", count=5, code=10004)
    emulator.reset_stats()
    with Client(**client_kwargs) as client, pytest.raises(TimInvalidRequestError):
        client.get_group_attributes(DEMO_ROOM)
    assert emulator.stats.requests == 1


def test_rate_limit_error_after_retries(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    emulator.inject("error", count=10, code=60007)
    with Client(**client_kwargs) as client, pytest.raises(TimRateLimitError):
        client.get_group_attributes(DEMO_ROOM, max_retries=1)


def test_malformed_responses(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    with Client(**client_kwargs) as client:
        for fault in (
            {"kind": "malformed_json"},
            {"kind": "missing_field"},
            {"kind": "missing_field", "field": "ErrorCode"},
        ):
            emulator.inject(Fault.from_dict(fault))
            with pytest.raises(TimMalformedResponseError):
                client.get_group_attributes(DEMO_ROOM)
        emulator.inject("missing_field", field="Next")
        with pytest.raises(TimMalformedResponseError, match="Next"):
            client.list_permission_group_members(DEMO_COMMUNITY, VIP)


def test_http_502_exhausted(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    emulator.inject("http_502", count=5)
    with Client(**client_kwargs) as client, pytest.raises(TimHTTPStatusError) as info:
        client.get_group_attributes(DEMO_ROOM, max_retries=1)
    assert info.value.status_code == 502


def test_timeout(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    emulator.inject("delay", count=2, seconds=0.5)
    with Client(**{**client_kwargs, "timeout": 0.2}) as client:
        with pytest.raises(TimTimeoutError):
            client.get_group_attributes(DEMO_ROOM, max_retries=1)
        assert client.get_group_attributes(DEMO_ROOM)


def test_connection_refused_fails_over_to_backup(client_kwargs: dict[str, Any]) -> None:
    dead = "http://127.0.0.1:9"  # discard port: nothing listens
    kwargs = {**client_kwargs, "base_url": [dead, client_kwargs["base_url"]]}
    with Client(**kwargs) as client:
        assert client.get_group_attributes(DEMO_ROOM)["topic"] == "launch"
        assert client.base_url == client_kwargs["base_url"]
    with (
        Client(**{**client_kwargs, "base_url": dead}) as client,
        pytest.raises(TimTransportError),
    ):
        client.get_group_attributes(DEMO_ROOM, max_retries=0)


@pytest.mark.parametrize("is_async", [False, True])
async def test_resign_after_expiry(
    client_kwargs: dict[str, Any], emulator: Emulator, is_async: bool
) -> None:
    client = (AsyncClient if is_async else Client)(**{**client_kwargs, "max_retries": 0})
    signer = client._settings.usersig
    # A cached UserSig that expired while the process slept (its renewal time not reached).
    stale = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 60, now=time.time() - 3600)
    signer._sig, signer._renew_at = stale, float("inf")  # type: ignore[attr-defined]
    emulator.reset_stats()
    if isinstance(client, AsyncClient):
        assert await client.get_group_attributes(DEMO_ROOM)
        await client.aclose()
    else:
        assert client.get_group_attributes(DEMO_ROOM)
        client.close()
    assert emulator.stats.requests == 2  # 70001, then re-signed and succeeded
    assert signer.current() != stale


def test_expired_static_usersig_is_not_retried(client_kwargs: dict[str, Any]) -> None:
    stale = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 1, now=1000)
    kwargs = {**client_kwargs, "secret_key": None, "usersig": stale}
    with Client(**kwargs) as client, pytest.raises(TimSignatureExpiredError) as info:
        client.get_group_attributes(DEMO_ROOM)
    assert info.value.attempts == 1 and not info.value.resignable


def test_usersig_provider(client_kwargs: dict[str, Any]) -> None:
    calls = []

    def provider() -> str:
        calls.append(1)
        return generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 86400)

    with Client(**{**client_kwargs, "secret_key": None, "usersig_provider": provider}) as c:
        for _ in range(3):
            c.get_group_attributes(DEMO_ROOM)
    assert len(calls) == 1  # cached until near expiry


def test_usersig_cached_and_thread_safe(client_kwargs: dict[str, Any]) -> None:
    with Client(**client_kwargs) as client:
        signer = client._settings.usersig
        seen: set[str] = set()
        threads = [threading.Thread(target=lambda: seen.add(signer.current())) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(seen) == 1


def test_fresh_random_per_request(client_kwargs: dict[str, Any]) -> None:
    randoms: list[str] = []

    def hook(request: httpx.Request) -> None:
        randoms.append(request.url.params["random"])

    http = httpx.Client(event_hooks={"request": [hook]})
    with Client(**client_kwargs, http_client=http) as client:
        for _ in range(5):
            client.get_group_attributes(DEMO_ROOM)
    assert len(set(randoms)) == 5 and all(0 <= int(r) < 2**32 for r in randoms)
    assert not http.is_closed  # caller's client is left open
    http.close()


def test_client_side_rate_limit(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    emulator.rate_limit = 20
    emulator.reset_stats()
    with Client(**{**client_kwargs, "rate_limit": 20, "max_retries": 0}) as client:
        started = time.monotonic()
        for _ in range(50):
            client.get_group_attributes(DEMO_ROOM)
        elapsed = time.monotonic() - started
    assert elapsed >= 2.0  # 50 calls at 20/s need more than two full windows
    assert emulator.stats.max_per_second(DEMO_SDKAPPID, "get_group_attr") <= 20
    assert not emulator.stats.rate_limited


async def test_client_side_rate_limit_async_shared(
    client_kwargs: dict[str, Any], emulator: Emulator
) -> None:
    import asyncio

    emulator.rate_limit = 30
    emulator.reset_stats()
    kwargs = {**client_kwargs, "rate_limit": 30, "max_retries": 0}
    async with AsyncClient(**kwargs) as one, AsyncClient(**kwargs) as two:
        await asyncio.gather(*(c.get_group_attributes(DEMO_ROOM) for c in [one, two] * 40))
    assert emulator.stats.max_per_second(DEMO_SDKAPPID, "get_group_attr") <= 30
    assert not emulator.stats.rate_limited


INVALID: list[tuple[str, dict[str, Any], str]] = [
    ("get_group_attributes", {"group_id": ""}, "group_id: must not be empty"),
    ("get_group_attributes", {"group_id": 42}, "group_id: must be a string"),
    ("get_group_attributes", {"group_id": "@TGS#\u00e9"}, "group_id: does not match ^[ -~]+$"),
    ("list", {"group_id": "@TGS#plain"}, "group_id: does not match ^@TGS#_[ -~]+$"),
    ("list", {"permission_group_id": "PMG_group"}, "starts with `@PMG#_`), got 'PMG_group'"),
    ("list", {"permission_group_id": "PMG"}, "permission_group_id: String should have at least 7"),
    ("list", {"permission_group_id": None}, "permission_group_id: required: must not be None"),
    ("list", {"limit": 0}, "limit: must be at least 1, got 0"),
    ("list", {"limit": 51}, "limit: must be at most 50, got"),
    ("list", {"limit": "5"}, "limit: must be an int"),
    ("list", {"member_fields": ["Rol"]}, "member_fields: unknown field 'Rol'; did you mean 'Role'"),
    ("list", {"member_fields": "Role"}, "member_fields: must be a list"),
    ("list", {"custom_fields": ["bad key!"]}, "custom_fields[0]: does not match ^[A-Za-z0-9_]+$"),
    ("list", {"cursor": 5}, "cursor: must be a string"),
    ("list", {"cursor": "TGS\nabc"}, "cursor: does not match ^[ -~]*$"),
    ("list", {"cursor": "TGS\x00"}, "cursor: does not match ^[ -~]*$"),
    ("iter", {"cursor": "TGSé"}, "cursor: does not match ^[ -~]*$"),
    ("list", {"cursor": "T" * 5000}, "cursor: String should have at most 1024 characters"),
    ("list", {"group_id": "@TGS#_" + "x" * 10_000}, "group_id: String should have at most 47"),
    ("iter", {"limit": 99}, "limit: must be at most 50, got"),
    ("iter", {"group_id": " "}, "group_id: must not be empty"),
]


@pytest.mark.parametrize(
    "group_id", [DEMO_ROOM, DEMO_COMMUNITY, "@TGS#2PUBLIC1", "@TGS#1WORK1", "@TGS#3MEETING1"]
)
def test_attributes_on_every_group_type(client_kwargs: dict[str, Any], group_id: str) -> None:
    with Client(**client_kwargs) as client:
        assert isinstance(client.get_group_attributes(group_id), dict)


@pytest.mark.parametrize(("method", "args", "message"), INVALID)
def test_bad_input_rejected_before_sending(
    client_kwargs: dict[str, Any],
    emulator: Emulator,
    method: str,
    args: dict[str, Any],
    message: str,
) -> None:
    emulator.reset_stats()
    with Client(**client_kwargs) as client, pytest.raises(TimValidationError) as info:
        if method == "get_group_attributes":
            client.get_group_attributes(**args)
        else:
            call = {"group_id": DEMO_COMMUNITY, "permission_group_id": VIP, **args}
            fn = (
                client.list_permission_group_members
                if method == "list"
                else client.iter_permission_group_members
            )
            fn(call.pop("group_id"), call.pop("permission_group_id"), **call)
    assert message in str(info.value)
    assert emulator.stats.requests == 0


BAD_CONFIG: list[tuple[dict[str, Any], str]] = [
    ({"sdkappid": "14x"}, "sdkappid: must be numeric"),
    ({"sdkappid": 0}, "sdkappid: must be between"),
    ({"identifier": ""}, "identifier: must not be empty"),
    ({"secret_key": None}, "secret_key: missing"),
    ({"secret_key": ""}, "secret_key: must be a non-empty string"),
    ({"usersig": "x"}, "usersig: pass only one of"),
    ({"base_url": None, "region": "singapur"}, "region: unknown region 'singapur'; did you mean"),
    ({"base_url": None}, "region: pass region="),
    ({"base_url": "ftp://x"}, "base_url: must be an http(s) URL"),
    ({"timeout": -1}, "timeout: must be a finite number of seconds > 0"),
    ({"max_retries": -1}, "max_retries: must be an int >= 0"),
    ({"rate_limit": 0}, "rate_limit: must be calls per second"),
]


@pytest.mark.parametrize(("overrides", "message"), BAD_CONFIG)
def test_bad_configuration(
    client_kwargs: dict[str, Any], overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(TimValidationError) as info:
        Client(**{**client_kwargs, **overrides})
    assert message in str(info.value)
    assert DEMO_SECRET_KEY not in str(info.value)


def test_from_env(server: EmulatorServer) -> None:
    env = {
        "TIM_SDKAPPID": str(DEMO_SDKAPPID),
        "TIM_IDENTIFIER": DEMO_ADMIN,
        "TIM_SECRET_KEY": DEMO_SECRET_KEY,
        "TIM_BASE_URL": server.url,
    }
    with Client.from_env(env, rate_limit=None) as client:
        assert client.get_group_attributes(DEMO_ROOM)
    with pytest.raises(TimValidationError, match="TIM_IDENTIFIER"):
        Client.from_env({"TIM_SDKAPPID": "1"})
    regional = Client.from_env({**env, "TIM_BASE_URL": "", "TIM_REGION": "sgp"})
    assert regional.base_url == "https://adminapisgp.im.qcloud.com"
    regional.close()


def test_regions() -> None:
    assert Region.parse("Singapore") is Region.parse("sgp") is Region.SINGAPORE
    assert Region.parse("silicon-valley") is Region.parse("usa") is Region.SILICON_VALLEY
    assert Region.JAKARTA.backup_domain == "adminapiidn.my-imcloud.com"
    assert Region.TOKYO.base_urls == ("https://adminapijpn.im.qcloud.com",)
    assert Region.CHINA.base_urls[1] == "https://adminapi.my-imcloud.com"
    assert Region.parse("ksa") is Region.parse("Riyadh") is Region.RIYADH
    assert Region.RIYADH.base_urls == ("https://adminapiksa.im.qcloud.com",)  # no backup
    with pytest.raises(TimValidationError, match="did you mean 'riyadh'"):
        Region.parse("riyad")
    with Client(sdkappid=1, identifier="a", secret_key="k", region="saudi") as client:
        assert client.base_url == "https://adminapiksa.im.qcloud.com"


def test_the_regions_are_the_specs_servers() -> None:
    """``Region`` is generated from openapi.yaml's servers: one member per server."""
    from conftest import SPEC

    servers = yaml.safe_load(SPEC.read_text())["servers"]
    assert [r.name.lower() for r in Region] == [s["x-tim-region"] for s in servers]
    for region, server in zip(Region, servers, strict=True):
        assert region.base_urls[0] == server["url"]
        assert region.aliases == tuple(server.get("x-tim-aliases", []))


def test_no_secret_in_logs_reprs_or_errors(
    client_kwargs: dict[str, Any], emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    emulator.inject("error", count=2, code=10002)
    emulator.inject("http_502")
    emulator.inject("drop")
    emulator.inject("malformed_json", count=1)
    emulator.inject("error", code=10004)
    errors: list[BaseException] = []
    with Client(**{**client_kwargs, "max_retries": 4}) as client:
        usersig = client._settings.usersig.current()
        for _ in range(4):
            try:
                client.get_group_attributes(DEMO_ROOM)
            except timrest.TimError as exc:
                errors.append(exc)
        text = "\n".join(
            [r.getMessage() for r in caplog.records]
            + [repr(client), str(client)]
            + [repr(e) + str(e) + repr(e.__dict__) for e in errors]
            + [repr(client._settings)]
        )
    assert "HTTP Request: POST" in text  # httpx did log the URL ...
    assert "usersig=***" in text  # ... with the UserSig masked
    assert errors and usersig not in text and DEMO_SECRET_KEY not in text


def test_picklable_errors() -> None:
    import pickle

    error = timrest._errors.api_error(10010, "gone", operation="get_group_attr")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is TimNotFoundError and again.code == 10010


def test_error_table_matches_spec() -> None:
    import yaml
    from conftest import SPEC

    spec = yaml.safe_load(SPEC.read_text())
    for path in spec["paths"].values():
        for entry in path["post"]["x-tim-error-codes"]:
            info = timrest.CODES[entry["code"]]
            assert info.category == entry["category"], entry
    for line in spec["info"]["description"].splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 3 and cells[1].isdigit():
            assert timrest.CODES[int(cells[1])].category == cells[2], line


def test_every_error_class_is_reachable_by_code() -> None:
    classes = {type(timrest._errors.api_error(code, "")) for code in timrest.CODES}
    assert classes == {
        TimAuthenticationError,
        TimSignatureExpiredError,
        TimPermissionError,
        TimRateLimitError,
        TimInvalidRequestError,
        TimNotFoundError,
        TimServerError,
    }


def test_every_option_is_documented_from_its_definition() -> None:
    from timrest._options import OPTIONS

    readme = (Path(__file__).parent.parent / "README.md").read_text()
    doc = Client.__doc__ or ""
    for name, opt in OPTIONS.items():
        assert f"``{name}``" in doc and opt.help in doc, name
        assert name in readme, name
        if opt.env:
            assert opt.env in readme and opt.env in doc, opt.env
    assert AsyncClient.__doc__ and "``rate_limit_replicas``" in AsyncClient.__doc__


def test_public_api() -> None:
    for name in timrest.__all__:
        assert hasattr(timrest, name), name
    with pytest.raises(TimValidationError):
        EmulatorServer  # noqa: B018
        Client(sdkappid=1, identifier="a", secret_key="k", region="moon")


@pytest.mark.parametrize(("method", "args", "message"), INVALID)
async def test_bad_input_rejected_before_sending_async(
    client_kwargs: dict[str, Any],
    emulator: Emulator,
    method: str,
    args: dict[str, Any],
    message: str,
) -> None:
    emulator.reset_stats()
    async with AsyncClient(**client_kwargs) as client:
        with pytest.raises(TimValidationError) as info:
            if method == "get_group_attributes":
                await client.get_group_attributes(**args)
            elif method == "list":
                call = {"group_id": DEMO_COMMUNITY, "permission_group_id": VIP, **args}
                await client.list_permission_group_members(
                    call.pop("group_id"), call.pop("permission_group_id"), **call
                )
            else:
                call = {"group_id": DEMO_COMMUNITY, "permission_group_id": VIP, **args}
                client.iter_permission_group_members(
                    call.pop("group_id"), call.pop("permission_group_id"), **call
                )
    assert message in str(info.value)
    assert emulator.stats.requests == 0


def test_per_call_timeout(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    with Client(**client_kwargs) as client:
        emulator.inject("delay", seconds=1.0)
        with pytest.raises(TimTimeoutError) as info:
            client.get_group_attributes(DEMO_ROOM, timeout=0.2, max_retries=0)
        assert client.base_url in str(info.value)  # transport errors name the host
        emulator.inject("delay", seconds=0.3)
        assert client.get_group_attributes(DEMO_ROOM)  # the client's 10 s applies again
        emulator.reset_stats()
        for bad in (0, -1, float("nan"), float("inf"), "1"):
            with pytest.raises(TimValidationError, match="timeout: must be a finite number"):
                client.get_group_attributes(DEMO_ROOM, timeout=bad)  # type: ignore[arg-type]
        assert emulator.stats.requests == 0


async def test_per_call_timeout_async(client_kwargs: dict[str, Any], emulator: Emulator) -> None:
    async with AsyncClient(**client_kwargs) as client:
        emulator.inject("delay", seconds=1.0)
        with pytest.raises(TimTimeoutError):
            await client.list_permission_group_members(
                DEMO_COMMUNITY, VIP, timeout=0.2, max_retries=0
            )


def test_region_and_base_url_contradict(client_kwargs: dict[str, Any]) -> None:
    with pytest.raises(TimValidationError, match="pass region= or base_url=, not both"):
        Client(**{**client_kwargs, "region": "singapore"})


def test_a_library_call_writes_nothing_to_stderr(server: EmulatorServer) -> None:
    """No logging configured: retries and failover stay off stderr (they go to `timrest`)."""
    script = (
        "import timrest\n"
        "from timrest.emulator import *\n"
        "c = timrest.Client(sdkappid=DEMO_SDKAPPID, identifier=DEMO_ADMIN,\n"
        "    secret_key=DEMO_SECRET_KEY, base_url=['http://127.0.0.1:9', URL],\n"
        "    retry=timrest.RetryPolicy(initial_backoff=0.01, jitter=0.0))\n"
        "print(c.get_group_attributes(DEMO_ROOM))\n"
    ).replace("URL", repr(server.url))
    server.emulator.inject("error", code=10002)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "launch" in result.stdout


def test_retries_failover_and_resigning_are_logged(
    client_kwargs: dict[str, Any], emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="timrest")
    dead = "http://127.0.0.1:9"
    with Client(**{**client_kwargs, "base_url": [dead, client_kwargs["base_url"]]}) as client:
        emulator.inject("error", code=70001)
        assert client.get_group_attributes(DEMO_ROOM)
    lines = [r.getMessage() for r in caplog.records if r.name == "timrest"]
    assert any(f"get_group_attr: {dead} unreachable, failing over to" in line for line in lines)
    assert any(f"at {dead} failed (TimTransportError)" in line for line in lines)
    assert any("TimSignatureExpiredError 70001); re-signing and retrying" in line for line in lines)
    assert all("usersig=" not in line and DEMO_SECRET_KEY not in line for line in lines)


@pytest.mark.parametrize(
    "value", ["@TGS#" + "\u00e9" * 1_000_000, "x" * 1_000_000, "\x00" * 10_000]
)
def test_messages_echo_only_a_short_prefix(client_kwargs: dict[str, Any], value: str) -> None:
    with Client(**client_kwargs) as client, pytest.raises(TimValidationError) as info:
        client.list_permission_group_members(DEMO_COMMUNITY, value)
    assert len(str(info.value)) < 300


def test_explicit_arguments_beat_the_environment(server: EmulatorServer) -> None:
    env = {
        "TIM_SDKAPPID": str(DEMO_SDKAPPID),
        "TIM_IDENTIFIER": "not-an-admin",
        "TIM_SECRET_KEY": DEMO_SECRET_KEY,
        "TIM_BASE_URL": "http://127.0.0.1:9",
    }
    with Client.from_env(env, identifier=DEMO_ADMIN, base_url=server.url, rate_limit=None) as c:
        assert c.identifier == DEMO_ADMIN and c.base_url == server.url
        assert c.get_group_attributes(DEMO_ROOM)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_failover_returns_to_the_primary_after_a_cool_down(
    client_kwargs: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    import timrest._core

    now = [1000.0]  # the core's clock, moved by hand: nothing here depends on timing
    monkeypatch.setattr(timrest._core, "time", types.SimpleNamespace(monotonic=lambda: now[0]))
    port = free_port()
    primary_url = f"http://127.0.0.1:{port}"
    backup = Emulator(demo_state(members=5))
    primary = Emulator(demo_state(members=5))
    with EmulatorServer(backup) as backup_server:
        urls = [primary_url, backup_server.url]
        with Client(**{**client_kwargs, "base_url": urls}) as client:
            assert client.get_group_attributes(DEMO_ROOM)  # primary refused: on the backup
            assert client.base_url == backup_server.url
            with EmulatorServer(primary, "127.0.0.1", port):
                assert client.get_group_attributes(DEMO_ROOM)  # still within the cool-down
                assert primary.stats.requests == 0
                now[0] += timrest._core.FAILBACK_AFTER
                assert client.get_group_attributes(DEMO_ROOM)  # back to the primary
                assert primary.stats.requests == 1 and client.base_url == primary_url


def test_concurrent_failures_never_flip_back_to_a_dead_host(
    client_kwargs: dict[str, Any],
) -> None:
    """Two calls fail on the dead primary at once: both move away from it, once."""
    from timrest._generated.timrest_client.operations import GET_GROUP_ATTR

    dead, live = "http://127.0.0.1:9", client_kwargs["base_url"]
    with Client(**{**client_kwargs, "base_url": [dead, live]}) as client:
        refused = httpx.ConnectError("refused")
        client._transport_error(GET_GROUP_ATTR, refused, 0)  # the first failure moves on
        client._transport_error(GET_GROUP_ATTR, refused, 0)  # the second one, concurrent
        assert client.base_url == live  # a toggle would have gone back to the dead host
