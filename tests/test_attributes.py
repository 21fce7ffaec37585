"""The group-attribute family end to end: set, modify, delete, clear and get, sync and async,
against the emulator's HTTP server on 127.0.0.1; the emulator's limits for any client (raw
httpx with Tencent's own UserSigs); the checks before sending; retry safety."""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import TLSSigAPIv2

import timrest
from timrest import (
    AsyncClient,
    Client,
    RetryPolicy,
    TimInvalidRequestError,
    TimNotFoundError,
    TimPermissionError,
    TimRateLimitError,
    TimTransportError,
    TimValidationError,
)
from timrest._errors import api_error
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    Emulator,
    EmulatorServer,
    demo_state,
)

PUBLIC = "@TGS#2PUBLIC1"
GROUPS = [DEMO_ROOM, DEMO_COMMUNITY, PUBLIC, "@TGS#1WORK1", "@TGS#3MEETING1"]
SVC = "/v4/group_open_http_svc/"


class SteppingClock:
    """Wall-clock time frozen in one second until the emulator refuses a write with 10049,
    then one second later: makes "more than 5 writes per second" deterministic."""

    def __init__(self) -> None:
        self.start = float(int(time.time()))
        self.emulator: Emulator | None = None

    def __call__(self) -> float:
        refused = self.emulator.group_writes.refused if self.emulator else 0
        return self.start + (1.0 if refused else 0.0)


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def emulator(clock: SteppingClock) -> Emulator:
    emulator = Emulator(demo_state(members=20), clock=clock)
    clock.emulator = emulator
    return emulator


@pytest.fixture
def options(client_kwargs: dict[str, Any]) -> dict[str, Any]:
    """The shared client arguments (conftest), against this module's emulator."""
    return client_kwargs


@pytest.fixture
def client(options: dict[str, Any]) -> Iterator[Client]:
    with Client(**options) as client:
        yield client


@pytest.mark.parametrize("group", GROUPS)
def test_each_write_and_its_effect(client: Client, group: str, clock: SteppingClock) -> None:
    client.set_group_attributes(group, {"seat1": "alice", "seat2": "bob", "长": "值"})
    assert client.get_group_attributes(group) == {"seat1": "alice", "seat2": "bob", "长": "值"}
    client.set_group_attributes(group, {"seat3": "carol"})  # replaces every attribute
    assert client.get_group_attributes(group) == {"seat3": "carol"}
    client.modify_group_attributes(group, {"seat3": "dave", "seat4": "erin"})  # upsert
    assert client.get_group_attributes(group) == {"seat3": "dave", "seat4": "erin"}
    client.delete_group_attributes(group, ["seat3"])
    assert client.get_group_attributes(group) == {"seat4": "erin"}
    clock.start += 1  # the next second: at most 5 writes per group per second
    if group == DEMO_COMMUNITY:
        with pytest.raises(TimPermissionError) as info:
            client.clear_group_attributes(group)
        assert info.value.code == 10007 and "Communities" in info.value.hint
        assert client.get_group_attributes(group) == {"seat4": "erin"}
    else:
        client.clear_group_attributes(group)
        assert client.get_group_attributes(group) == {}
        client.clear_group_attributes(group)  # clearing nothing succeeds


async def test_each_write_async(options: dict[str, Any]) -> None:
    async with AsyncClient(**options) as client:
        await client.set_group_attributes(PUBLIC, {"a": "1", "b": "2"})
        await client.modify_group_attributes(PUBLIC, {"b": "3"})
        await client.delete_group_attributes(PUBLIC, ["a"])
        assert await client.get_group_attributes(PUBLIC) == {"b": "3"}
        await client.clear_group_attributes(PUBLIC)
        assert await client.get_group_attributes(PUBLIC) == {}
        with pytest.raises(TimNotFoundError) as info:
            await client.delete_group_attributes(PUBLIC, ["gone"])
        assert info.value.code == 10050


def test_codes_from_the_resulting_map(client: Client, clock: SteppingClock) -> None:
    client.set_group_attributes(PUBLIC, {f"k{i}": "v" for i in range(10)})
    with pytest.raises(TimInvalidRequestError) as too_many:
        client.modify_group_attributes(PUBLIC, {f"n{i}": "v" for i in range(7)})
    assert too_many.value.code == 10047 and "16" in too_many.value.meaning
    client.set_group_attributes(PUBLIC, {f"k{i}": "x" * 4000 for i in range(3)})
    with pytest.raises(TimInvalidRequestError) as too_big:
        client.modify_group_attributes(PUBLIC, {"more": "y" * 4000, "most": "z" * 100})
    assert too_big.value.code == 10048
    with pytest.raises(TimNotFoundError) as missing:
        client.delete_group_attributes(PUBLIC, ["k0", "nope"])
    assert missing.value.code == 10050 and "nothing was deleted" in missing.value.hint
    clock.start += 1
    assert set(client.get_group_attributes(PUBLIC)) == {"k0", "k1", "k2"}  # k0 kept


def sig() -> str:
    return str(TLSSigAPIv2.TLSSigAPIv2(DEMO_SDKAPPID, DEMO_SECRET_KEY).gen_sig(DEMO_ADMIN))


def raw(url: str, command: str, body: dict[str, Any]) -> dict[str, Any]:
    """A call from any client: plain httpx, Tencent's own UserSig."""
    query: dict[str, str | int] = {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "usersig": sig(),
        "random": random.getrandbits(32),
        "contenttype": "json",
    }
    reply = httpx.post(f"{url}{SVC}{command}", params=query, content=json.dumps(body))
    result: dict[str, Any] = reply.json()
    return result


@pytest.mark.parametrize(
    ("command", "attrs", "code"),
    [
        ("set_group_attr", [{"key": "k" * 33, "value": "v"}], 10045),
        ("modify_group_attr", [{"key": "é" * 17, "value": "v"}], 10045),  # 34 bytes
        ("delete_group_attr", [{"key": "k" * 33}], 10045),
        ("set_group_attr", [{"key": "k", "value": "v" * 4001}], 10046),
        ("modify_group_attr", [{"key": "k", "value": "值" * 1334}], 10046),  # 4,002 bytes
        ("set_group_attr", [{"key": f"k{i}", "value": "v"} for i in range(17)], 10047),
        ("set_group_attr", [{"key": f"k{i}", "value": "v" * 4000} for i in range(5)], 10048),
        ("delete_group_attr", [{"key": "absent"}], 10050),
        ("set_group_attr", [{"key": "a", "value": "1"}, {"key": "a", "value": "2"}], 10004),
        ("set_group_attr", [{"key": "a"}], 10004),
    ],
)
def test_the_emulator_enforces_limits_for_any_client(
    server: EmulatorServer, command: str, attrs: list[dict[str, str]], code: int
) -> None:
    reply = raw(server.url, command, {"GroupId": PUBLIC, "GroupAttr": attrs})
    assert reply["ActionStatus"] == "FAIL" and reply["ErrorCode"] == code, reply
    assert raw(server.url, "clear_group_attr", {"GroupId": DEMO_COMMUNITY})["ErrorCode"] == 10007


@pytest.mark.parametrize(
    ("code", "error", "operation"),
    [
        (10045, TimInvalidRequestError, "set_group_attr"),
        (10046, TimInvalidRequestError, "modify_group_attr"),
        (10047, TimInvalidRequestError, "modify_group_attr"),
        (10048, TimInvalidRequestError, "set_group_attr"),
        (10049, TimRateLimitError, "delete_group_attr"),
        (10050, TimNotFoundError, "delete_group_attr"),
        (10007, TimPermissionError, "clear_group_attr"),
    ],
)
def test_codes_map_to_the_error_tree_with_hints(
    code: int, error: type[Exception], operation: str
) -> None:
    mapped = api_error(code, "", operation=operation)
    assert isinstance(mapped, error) and mapped.hint and mapped.meaning != "Unknown error code."
    assert mapped.hint == timrest_codes(operation)[code]


def timrest_codes(operation: str) -> dict[int, str]:
    from timrest._codes import codes_for

    return {code: info.hint for code, info in codes_for(operation).items()}


INVALID: list[tuple[str, tuple[Any, ...], str]] = [
    ("set_group_attributes", (PUBLIC, {}), "attributes: must hold at least one key"),
    ("modify_group_attributes", (PUBLIC, {"": "v"}), "attributes key: must not be empty"),
    (
        "set_group_attributes",
        (PUBLIC, {"k" * 33: "v"}),
        "must be at most 32 bytes in UTF-8, got 33",
    ),
    (
        "set_group_attributes",
        (PUBLIC, {"é" * 17: "v"}),
        "must be at most 32 bytes in UTF-8, got 34",
    ),
    (
        "modify_group_attributes",
        (PUBLIC, {"k": "v" * 4001}),
        "attributes['k']: must be at most 4000",
    ),
    ("set_group_attributes", (PUBLIC, {"k": "值" * 1334}), "at most 4000 bytes in UTF-8, got 4002"),
    (
        "set_group_attributes",
        (PUBLIC, {str(i): "v" for i in range(17)}),
        "attributes: must hold at most 16 items, got 17",
    ),
    (
        "set_group_attributes",
        (PUBLIC, {str(i): "v" * 4000 for i in range(5)}),
        "values must total at most 16000",
    ),
    ("set_group_attributes", (PUBLIC, {"k": 5}), "attributes['k']: must be a string, not int"),
    ("set_group_attributes", (PUBLIC, {5: "v"}), "attributes key: must be a string, not int"),
    ("set_group_attributes", (PUBLIC, [("k", "v")]), "attributes: must be a mapping of strings"),
    ("delete_group_attributes", (PUBLIC, []), "keys: must name at least one key"),
    ("delete_group_attributes", (PUBLIC, "key"), "keys: must be a list of strings"),
    ("delete_group_attributes", (PUBLIC, ["k" * 33]), "keys[0]: must be at most 32 bytes"),
    ("delete_group_attributes", (PUBLIC, ["a", "a"]), "keys: must not repeat a name"),
    ("clear_group_attributes", ("",), "group_id: must not be empty"),
]


@pytest.mark.parametrize(("method", "args", "message"), INVALID)
def test_checked_before_sending(
    client: Client, emulator: Emulator, method: str, args: tuple[Any, ...], message: str
) -> None:
    emulator.reset_stats()
    with pytest.raises(TimValidationError) as info:
        getattr(client, method)(*args)
    assert message in str(info.value)
    assert emulator.stats.requests == 0


@pytest.mark.parametrize(("method", "args", "message"), INVALID[:4])
async def test_checked_before_sending_async(
    options: dict[str, Any], emulator: Emulator, method: str, args: tuple[Any, ...], message: str
) -> None:
    emulator.reset_stats()
    async with AsyncClient(**options) as client:
        with pytest.raises(TimValidationError) as info:
            await getattr(client, method)(*args)
    assert message in str(info.value) and emulator.stats.requests == 0


WAIT_OUT = RetryPolicy(max_retries=2, initial_backoff=0.01, jitter=0.0, rate_limit_backoff=0.05)


def test_more_than_5_writes_per_second_is_waited_out(
    options: dict[str, Any], emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="timrest")
    with Client(**{**options, "retry": WAIT_OUT}) as client:
        for value in range(6):  # the 6th write in the second answers 10049, then succeeds
            client.modify_group_attributes(PUBLIC, {"n": str(value)})
        assert client.get_group_attributes(PUBLIC) == {"n": "5"}
    assert emulator.group_writes.refused == 1
    (retry,) = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert "modify_group_attr" in retry and "TimRateLimitError 10049" in retry


async def test_more_than_5_writes_per_second_is_waited_out_async(
    options: dict[str, Any], emulator: Emulator
) -> None:
    async with AsyncClient(**{**options, "retry": WAIT_OUT}) as client:
        for value in range(5):
            await client.modify_group_attributes(PUBLIC, {"n": str(value)})
        await client.delete_group_attributes(PUBLIC, ["n"])  # refused at the door: resent
    assert emulator.group_writes.refused == 1
    assert (await_get(options)) == {}


def await_get(options: dict[str, Any]) -> dict[str, str]:
    with Client(**options) as client:
        return client.get_group_attributes(PUBLIC)


def test_a_delete_is_not_resent_after_a_dropped_connection(
    client: Client, emulator: Emulator, clock: SteppingClock
) -> None:
    client.set_group_attributes(PUBLIC, {"a": "1", "b": "2"})
    emulator.reset_stats()
    emulator.inject("drop", operation="delete_group_attr")
    with pytest.raises(TimTransportError) as info:
        client.delete_group_attributes(PUBLIC, ["a"])
    assert info.value.request_sent and info.value.attempts == 1
    assert emulator.stats.requests == 1  # not sent again: it had been applied
    assert client.get_group_attributes(PUBLIC) == {"b": "2"}

    emulator.reset_stats()
    emulator.inject("drop", operation="modify_group_attr")
    client.modify_group_attributes(PUBLIC, {"b": "3"})  # idempotent: retried
    assert emulator.stats.requests == 2
    assert client.get_group_attributes(PUBLIC) == {"b": "3"}


def test_a_delete_is_resent_when_it_never_left(emulator: Emulator, options: dict[str, Any]) -> None:
    """A refused connection (nothing sent) is retried even for a delete, on the backup."""
    with EmulatorServer(emulator) as live:
        dead = "http://127.0.0.1:9"  # the discard port: connection refused
        backup = {**options, "base_url": [dead, live.url]}
        with Client(**backup) as client:
            client.set_group_attributes(PUBLIC, {"a": "1"})
            client.delete_group_attributes(PUBLIC, ["a"])
            assert client.get_group_attributes(PUBLIC) == {}
            assert client.base_url == live.url


def test_the_public_api_lists_the_family() -> None:
    for name in ("set", "modify", "delete", "clear", "get"):
        assert callable(getattr(timrest.Client, f"{name}_group_attributes"))
        assert callable(getattr(timrest.AsyncClient, f"{name}_group_attributes"))
