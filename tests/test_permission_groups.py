"""The Community permission-group family end to end, sync and async, against the emulator over
real HTTP on 127.0.0.1: every operation with its effect read back, per-item failures in the
batch result, each code the emulator answers mapped, checks before sending, retry safety."""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from test_cli import env as env  # the fixture
from test_cli import run

import timrest
from timrest import (
    AsyncClient,
    Batch,
    Client,
    CommunityPermission,
    TimAPIError,
    TimBatchError,
    TimTransportError,
    TopicPermission,
)
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    DEMO_TOPIC,
    Emulator,
    EmulatorServer,
)
from timrest.usersig import generate_usersig

OTHER_TOPIC = f"{DEMO_COMMUNITY}@TOPIC#_announcements"
NO_TOPIC = f"{DEMO_COMMUNITY}@TOPIC#_nowhere"
Call = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, client_kwargs: dict[str, Any]) -> Iterator[Call]:
    """``call("method", *args, **kwargs)`` through ``Client`` or ``AsyncClient``; an iterator
    method answers a list."""
    if request.param == "sync":
        with Client(**client_kwargs) as client:

            def sync(method: str, /, *args: Any, **kwargs: Any) -> Any:
                result = getattr(client, method)(*args, **kwargs)
                return list(result) if method.startswith("iter_") else result

            yield sync
        return
    with asyncio.Runner() as runner:
        aclient = AsyncClient(**client_kwargs)

        async def collect(method: str, /, *args: Any, **kwargs: Any) -> Any:
            if method.startswith("iter_"):
                return [item async for item in getattr(aclient, method)(*args, **kwargs)]
            return await getattr(aclient, method)(*args, **kwargs)

        def run_async(method: str, /, *args: Any, **kwargs: Any) -> Any:
            return runner.run(collect(method, *args, **kwargs))

        yield run_async
        runner.run(aclient.aclose())


def members(call: Call, pg: str) -> list[str]:
    rows = call("iter_permission_group_members", DEMO_COMMUNITY, pg, limit=2)
    return [m.member_account for m in rows]


def test_every_operation_with_its_effect_read_back(call: Call) -> None:
    P = CommunityPermission
    assigned = call(
        "create_permission_group", DEMO_COMMUNITY, "mods", P.MANAGE_TOPIC | P.SEND_GROUP_MESSAGE
    )
    assert assigned.startswith("@PMG#_@PMG#")
    custom = call(
        "create_permission_group", DEMO_COMMUNITY, "出版", 1, permission_group_id="@PMG#_press",
        custom_string="x" * 3000,
    )  # fmt: skip
    assert custom == "@PMG#_press"
    listed = {
        g.permission_group_id: g for g in call("iter_permission_groups", DEMO_COMMUNITY, limit=2)
    }
    assert {assigned, custom} <= set(listed) and len(listed) == 5  # three from the seed
    assert listed[assigned].permission == P.MANAGE_TOPIC | P.SEND_GROUP_MESSAGE == 80
    assert listed[custom].permission_group_name == "出版" and listed[custom].member_num == 0

    assert call("modify_permission_group", DEMO_COMMUNITY, custom, permission=7) is None
    (info,) = call("list_permission_groups", DEMO_COMMUNITY, permission_group_ids=[custom]).items
    assert info.permission == 7 and info.permission_group_name == "出版"  # the name unchanged
    assert (
        P(info.permission)
        == P.MANAGE_GROUP_INFO | P.MANAGE_GROUP_MEMBER | P.MANAGE_PERMISSION_GROUP_INFO
    )

    added = call(
        "add_permission_group_members",
        DEMO_COMMUNITY,
        custom,
        ["user000001", "user000002", "stranger"],
    )
    assert isinstance(added, Batch) and not added.ok
    assert set(added.succeeded) == {"user000001", "user000002"} and added.applied == ()
    assert added.failed["stranger"].code == 10007  # not a member of the Community
    again = call(
        "add_permission_group_members", DEMO_COMMUNITY, custom, ["user000001", "user000003"]
    )
    assert again.ok and again.applied == ("user000001",)  # 10013: already there, counted done
    assert members(call, custom) == ["user000001", "user000002", "user000003"]

    t = TopicPermission
    granted = call(
        "add_topic_permissions", DEMO_COMMUNITY, custom,
        {DEMO_TOPIC: t.SEND_TOPIC_MESSAGE | t.TOPIC_AT_ALL, NO_TOPIC: t.SEND_TOPIC_MESSAGE},
    )  # fmt: skip
    assert list(granted.succeeded) == [DEMO_TOPIC] and granted.failed[NO_TOPIC].code == 10010
    read = call("get_topic_permissions", DEMO_COMMUNITY, custom)
    assert read.ok and {k: v.permission for k, v in read.succeeded.items()} == {DEMO_TOPIC: 72}
    changed = call("set_topic_permissions", DEMO_COMMUNITY, custom, {DEMO_TOPIC: 8, OTHER_TOPIC: 8})
    assert list(changed.succeeded) == [DEMO_TOPIC] and changed.failed[OTHER_TOPIC].code == 10004
    named = call(
        "get_topic_permissions", DEMO_COMMUNITY, custom, topic_ids=[DEMO_TOPIC, OTHER_TOPIC]
    )
    assert named.succeeded[DEMO_TOPIC].permission == 8 and set(named.failed) == {OTHER_TOPIC}
    assert call("delete_topic_permissions", DEMO_COMMUNITY, custom, [DEMO_TOPIC]).ok
    assert call("get_topic_permissions", DEMO_COMMUNITY, custom).succeeded == {}

    removed = call(
        "remove_permission_group_members", DEMO_COMMUNITY, custom, ["user000002", "user000009"]
    )
    assert removed.ok  # one not in the group: removed all the same
    assert members(call, custom) == ["user000001", "user000003"]

    destroyed = call("destroy_permission_groups", DEMO_COMMUNITY, [assigned, custom, "@PMG#_gone"])
    assert set(destroyed.succeeded) == {assigned, custom}
    assert destroyed.failed["@PMG#_gone"].code == 110006
    with pytest.raises(TimBatchError) as failed:
        destroyed.raise_for_failures()
    assert "'@PMG#_gone': 110006 (The permission group does not exist" in str(failed.value)
    remaining = {g.permission_group_id for g in call("iter_permission_groups", DEMO_COMMUNITY)}
    assert not remaining & {assigned, custom}
    with pytest.raises(timrest.TimNotFoundError) as gone:
        call("iter_permission_group_members", DEMO_COMMUNITY, custom)
    assert gone.value.code == 110006


def test_a_batch_that_fully_succeeds_returns_itself_from_raise_for_failures(call: Call) -> None:
    pg = call("create_permission_group", DEMO_COMMUNITY, "ok", 0)
    batch = call("add_permission_group_members", DEMO_COMMUNITY, pg, ["user000005"])
    assert batch.raise_for_failures() is batch and batch.missing == ()


def signed_post(url: str, command: str, body: dict[str, Any]) -> dict[str, Any]:
    """A call from any client: plain httpx, no checks before sending."""
    query: dict[str, str | int] = {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "usersig": generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 600),
        "random": random.getrandbits(32),
        "contenttype": "json",
    }
    path = f"/v4/group_open_http_svc/{command}"
    reply = httpx.post(f"{url}{path}", params=query, content=json.dumps(body), timeout=30)
    result: dict[str, Any] = reply.json()
    return result


@pytest.mark.parametrize(
    ("command", "body", "code"),
    [
        (
            "modify_permission_group",
            {"GroupId": "@TGS#nope", "PermissionGroupId": "@PMG#_x"},
            10015,
        ),
        (
            "modify_permission_group",
            {"GroupId": DEMO_COMMUNITY, "PermissionGroupId": "bad"},
            110008,
        ),
        (
            "create_permission_group",
            {
                "GroupId": DEMO_COMMUNITY,
                "PermissionGroupId": "@PMG#_@PMG#x",
                "PermissionGroupName": "n",
                "Permission": 1,
            },
            110008,
        ),
        (
            "destroy_permission_group",
            {"GroupId": DEMO_COMMUNITY, "PermissionGroupIdList": []},
            10004,
        ),
        (
            "add_permission_group_member",
            {
                "GroupId": DEMO_COMMUNITY,
                "PermissionGroupId": "@PMG#_@PMG#cVIP",
                "MemberList": [{"Member_Account": f"u{i}"} for i in range(101)],
            },
            10004,
        ),
    ],
)
def test_the_emulator_checks_every_client(
    server: EmulatorServer, command: str, body: dict[str, Any], code: int
) -> None:
    assert signed_post(server.url, command, body)["ErrorCode"] == code


def test_each_code_is_answered_and_mapped(
    client_kwargs: dict[str, Any], emulator: Emulator
) -> None:
    with Client(**client_kwargs) as client:
        cases: list[tuple[Callable[[], Any], type[TimAPIError], int]] = [
            (
                lambda: client.create_permission_group("@TGS#_@TGS#cNONE", "n", 1),
                timrest.TimNotFoundError,
                10010,
            ),
            (
                lambda: client.create_permission_group(
                    DEMO_COMMUNITY, "n", 1, permission_group_id="@PMG#_@PMG#cVIP"[:6] + "VIP"
                ),
                timrest.TimInvalidRequestError,
                10025,
            ),
            (
                lambda: client.modify_permission_group(DEMO_COMMUNITY, "@PMG#_none", name="x"),
                timrest.TimNotFoundError,
                110006,
            ),
        ]
        client.create_permission_group(DEMO_COMMUNITY, "v", 1, permission_group_id="@PMG#_VIP")
        for action, cls, code in cases:
            with pytest.raises(cls) as info:
                action()
            assert info.value.code == code and info.value.hint, code
        most, code = OPERATIONS["create_permission_group"].quota or (0, 0)  # x-tim-quota
        while len(client.list_permission_groups(DEMO_COMMUNITY).items) < most:
            client.create_permission_group(DEMO_COMMUNITY, "filler", 0)
        with pytest.raises(timrest.TimInvalidRequestError) as full:
            client.create_permission_group(DEMO_COMMUNITY, "one too many", 0)
        assert full.value.code == code and f"at most {most}" in full.value.info
    emulator.state.app(DEMO_SDKAPPID).community = False
    with Client(**client_kwargs) as client, pytest.raises(timrest.TimPermissionError) as off:
        client.list_permission_groups(DEMO_COMMUNITY)
    assert off.value.code == 11000 and "enable Community" in off.value.hint


@pytest.mark.parametrize(
    "case",
    [
        ("create_permission_group", (DEMO_COMMUNITY, "n", 1), {"permission_group_id": "@PMG#_@PMG#c1"},
         "permission_group_id: does not match"),
        ("create_permission_group", (DEMO_COMMUNITY, "n", 1), {"permission_group_id": "@PMG#_tab\there"},
         "permission_group_id: does not match"),
        ("create_permission_group", (DEMO_COMMUNITY, "n", -1), {}, "permission: must be at least 0, got -1"),
        ("create_permission_group", (DEMO_COMMUNITY, "n" * 151, 1), {}, "name: must be at most 150 bytes"),
        ("create_permission_group", (DEMO_COMMUNITY, "名" * 51, 1), {}, "name: must be at most 150 bytes in UTF-8, got 153"),
        ("create_permission_group", ("@TGS#notcommunity", "n", 1), {}, "group_id: does not match"),
        ("add_permission_group_members", (DEMO_COMMUNITY, "@PMG#_p", [f"u{i}" for i in range(101)]), {},
         "accounts: must hold at most 100 items, got 101"),
        ("destroy_permission_groups", (DEMO_COMMUNITY, [f"@PMG#_{i}" for i in range(21)]), {},
         "permission_group_ids: must hold at most 20 items, got 21"),
        ("add_topic_permissions", (DEMO_COMMUNITY, "@PMG#_p", {DEMO_TOPIC: "8"}), {},
         "permissions[" ),
        ("add_topic_permissions", (DEMO_COMMUNITY, "@PMG#_p", {"not-a-topic": 8}), {},
         "permissions"),
        ("set_topic_permissions", (DEMO_COMMUNITY, "@PMG#_p", {}), {}, "permissions: must hold at least one key"),
        ("list_permission_groups", (DEMO_COMMUNITY,), {"limit": 21}, "limit: must be at most 20, got 21"),
    ],
)  # fmt: skip
def test_checks_before_sending(refused: Callable[..., str], case: tuple[Any, ...]) -> None:
    method, args, kwargs, says = case  # refused before sending, naming the argument
    assert says in refused(method, *args, **kwargs)


def test_a_create_without_a_custom_id_is_not_resent(
    client_kwargs: dict[str, Any], emulator: Emulator
) -> None:
    with Client(**client_kwargs) as client:
        before = len(list(client.iter_permission_groups(DEMO_COMMUNITY)))
        emulator.reset_stats()
        emulator.inject("drop", operation="create_permission_group")
        with pytest.raises(TimTransportError) as info:
            client.create_permission_group(DEMO_COMMUNITY, "once", 1)
        assert info.value.request_sent and emulator.stats.requests == 1
        assert len(list(client.iter_permission_groups(DEMO_COMMUNITY))) == before + 1


def test_a_create_with_a_custom_id_is_resent_and_reports_the_group(
    client_kwargs: dict[str, Any], emulator: Emulator
) -> None:
    with Client(**client_kwargs) as client:
        emulator.reset_stats()
        emulator.inject("drop", operation="create_permission_group")
        created = client.create_permission_group(
            DEMO_COMMUNITY, "once", 1, permission_group_id="@PMG#_once"
        )
        assert created == "@PMG#_once" and emulator.stats.requests == 2  # the resend: 10025
        names = [g.permission_group_name for g in client.iter_permission_groups(DEMO_COMMUNITY)]
        assert names.count("once") == 1
        with pytest.raises(timrest.TimInvalidRequestError) as twice:  # not a resend: an error
            client.create_permission_group(
                DEMO_COMMUNITY, "again", 1, permission_group_id="@PMG#_once"
            )
        assert twice.value.code == 10025


def test_a_dropped_add_of_members_is_resent_and_reports_them_added(
    client_kwargs: dict[str, Any], emulator: Emulator
) -> None:
    with Client(**client_kwargs) as client:
        pg = client.create_permission_group(DEMO_COMMUNITY, "drop", 0)
        emulator.reset_stats()
        emulator.inject("drop", operation="add_permission_group_member")
        batch = client.add_permission_group_members(
            DEMO_COMMUNITY, pg, ["user000007", "user000008"]
        )
        assert emulator.stats.requests == 2
        assert batch.ok and set(batch.succeeded) == {"user000007", "user000008"}
        assert set(batch.applied) == {"user000007", "user000008"}  # the first attempt did it

        emulator.inject("drop", operation="destroy_permission_group")
        destroyed = client.destroy_permission_groups(DEMO_COMMUNITY, [pg])
        assert destroyed.ok and destroyed.applied == (pg,)  # 110006 on the resend: destroyed
        assert pg not in {
            g.permission_group_id for g in client.iter_permission_groups(DEMO_COMMUNITY)
        }


def test_the_command_drives_the_family(env: dict[str, str]) -> None:
    created = run(
        env, "create-permission-group", DEMO_COMMUNITY, "ops", "manage_topic|send_group_message"
    )
    assert created.returncode == 0, created.stderr
    pg = created.stdout.strip()
    assert pg.startswith("@PMG#_@PMG#")
    added = run(env, "add-permission-group-members", DEMO_COMMUNITY, pg, "user000001", "stranger")
    assert added.returncode == 1, added.stderr
    assert "user000001\tok" in added.stdout
    assert "stranger\tfailed 10007:" in added.stdout and "1 of 2 failed" in added.stderr
    granted = run(
        env,
        "add-topic-permissions",
        DEMO_COMMUNITY,
        pg,
        f"{DEMO_TOPIC}=send_topic_message",
        "--json",
    )
    assert granted.returncode == 0, granted.stderr
    assert json.loads(granted.stdout)["succeeded"] == {DEMO_TOPIC: {"TopicId": DEMO_TOPIC}}
    read = run(env, "get-topic-permissions", DEMO_COMMUNITY, pg, "--json")
    assert json.loads(read.stdout)["succeeded"][DEMO_TOPIC]["Permission"] == 8
    listed = run(env, "list-permission-groups", DEMO_COMMUNITY, "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {"PermissionGroupId": pg, "Permission": 80}.items() <= next(
        r for r in rows if r["PermissionGroupId"] == pg
    ).items()
    bad = run(env, "create-permission-group", DEMO_COMMUNITY, "ops", "manage_nothing")
    assert bad.returncode == 2 and "not a bit of CommunityPermission" in bad.stderr


def test_the_readme_example_runs(server: EmulatorServer) -> None:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    section = readme.split("### Permission groups: a worked example", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert 'base_url="http://127.0.0.1:8080"' in code
    code = code.replace("http://127.0.0.1:8080", server.url)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["user000001", "user000002"]
