"""The emulator over real HTTP, driven with plain httpx and UserSigs from Tencent's package."""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import TLSSigAPIv2

import timrest
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_PERMISSION_GROUP,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    Emulator,
    EmulatorServer,
    EmulatorTransport,
    State,
    demo_state,
    generated_members,
    load_seed,
)

ATTR = "/v4/group_open_attr_http_svc/get_group_attr"
MEMBERS = "/v4/group_open_http_svc/get_permission_group_member_list"


def sig(
    identifier: str = DEMO_ADMIN,
    key: str = DEMO_SECRET_KEY,
    sdkappid: int = DEMO_SDKAPPID,
    expire: int = 86400,
) -> str:
    return str(TLSSigAPIv2.TLSSigAPIv2(sdkappid, key).gen_sig(identifier, expire))


@pytest.fixture
def http(server: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url) as client:
        yield client


def call(http: httpx.Client, path: str, body: Any, **query: Any) -> dict[str, Any]:
    params = {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "usersig": sig(),
        "random": random.getrandbits(32),
        "contenttype": "json",
        **query,
    }
    params = {k: v for k, v in params.items() if v is not None}
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = http.post(path, params=params, content=content)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def members_body(**extra: Any) -> dict[str, Any]:
    return {"GroupId": DEMO_COMMUNITY, "PermissionGroupId": DEMO_PERMISSION_GROUP, **extra}


def test_get_group_attr(http: httpx.Client) -> None:
    reply = call(http, ATTR, {"GroupId": DEMO_ROOM})
    assert reply["ActionStatus"] == "OK" and reply["ErrorCode"] == 0 and reply["ErrorInfo"] == ""
    assert reply["GroupAttrAry"] == [
        {"key": "topic", "value": "launch"},
        {"key": "host", "value": "alice"},
        {"key": "viewers", "value": "1200"},
    ]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ({"sdkappid": None}, 60012),
        ({"sdkappid": "abc"}, 60006),
        ({"sdkappid": 1400000999}, 70020),
        ({"identifier": None}, 60002),
        ({"random": None}, 60002),
        ({"random": 4294967296}, 60002),
        ({"random": -1}, 60002),
        ({"contenttype": "xml"}, 60002),
        ({"usersig": None}, 70002),
        ({"usersig": "not-a-usersig"}, 70003),
        ({"usersig": sig(expire=1)}, 70001),
        ({"usersig": sig(key="0" * 64)}, 70009),
        ({"usersig": sig(identifier="someone")}, 70013),
        ({"usersig": sig(sdkappid=1400000001)}, 70014),
        ({"identifier": "someone", "usersig": sig(identifier="someone")}, 60010),
    ],
)
def test_authentication_errors(http: httpx.Client, query: dict[str, Any], code: int) -> None:
    if code == 70001:
        time.sleep(1.1)  # a UserSig valid 1 s, issued at a whole second, has now expired
    reply = call(http, ATTR, {"GroupId": DEMO_ROOM}, **query)
    assert (reply["ActionStatus"], reply["ErrorCode"]) == ("FAIL", code), reply


@pytest.mark.parametrize(
    ("path", "body", "code", "info"),
    [
        ("/v4/group_open_http_svc/nope", {}, 10003, "nope"),
        ("/v4/unknown_svc/get_group_attr", {}, 60009, "unknown_svc"),
        (ATTR, b"{not json", 60003, "JSON"),
        (ATTR, b"[1, 2]", 60003, "object"),
        (ATTR, {}, 10004, "GroupId"),
        (ATTR, {"GroupId": DEMO_ROOM, "Extra": 1}, 10004, "Extra"),
        (ATTR, {"GroupId": "@TGS#missing"}, 10010, "not found"),
        (ATTR, {"GroupId": "x" * 60}, 10015, "GroupId"),
        (MEMBERS, members_body(GroupId="@TGS#2PUBLIC1"), 10015, "@TGS#_"),  # not a Community ID
        (MEMBERS, members_body(GroupId="@TGS#_missing"), 10010, "not found"),
        (MEMBERS, members_body(GroupId="@TGS#nocommunity"), 10015, "GroupId"),
        (MEMBERS, members_body(PermissionGroupId="PMG_bad"), 110008, "PermissionGroupId"),
        (MEMBERS, members_body(PermissionGroupId="@PMG#_none"), 110006, "not found"),
        (MEMBERS, members_body(Limit=51), 10004, "Limit"),
        (MEMBERS, members_body(Limit=0), 10004, "Limit"),
        (MEMBERS, members_body(Offset=0), 10004, "Offset"),
        (MEMBERS, members_body(MemberInfoFilter=["Nope"]), 10004, "MemberInfoFilter"),
        (MEMBERS, members_body(Next="TGSforged"), 10004, "Next"),
        (MEMBERS, {"GroupId": DEMO_COMMUNITY}, 10004, "PermissionGroupId"),
    ],
)
def test_request_errors(http: httpx.Client, path: str, body: Any, code: int, info: str) -> None:
    reply = call(http, path, body)
    assert (reply["ActionStatus"], reply["ErrorCode"]) == ("FAIL", code), reply
    assert info in reply["ErrorInfo"]


def test_cursor_from_another_permission_group_is_rejected(http: httpx.Client) -> None:
    page = call(http, MEMBERS, members_body(Limit=2))
    reply = call(
        http, MEMBERS, members_body(PermissionGroupId="@PMG#_@PMG#cVIP", Next=page["Next"])
    )
    assert reply["ErrorCode"] == 10004


def test_get_only_post(http: httpx.Client) -> None:
    response = http.get(ATTR)
    assert response.status_code == 405
    assert response.json()["ErrorCode"] == 60002


def test_filters(http: httpx.Client) -> None:
    full = call(http, MEMBERS, members_body(Limit=1))["MemberList"][0]
    assert set(full) == {"Member_Account", *timrest.MEMBER_FIELDS, "AppMemberDefinedData"}
    only = call(http, MEMBERS, members_body(Limit=1, MemberInfoFilter=["Role", "NameCard"]))
    assert set(only["MemberList"][0]) == {"Member_Account", "Role", "NameCard"}
    custom = call(
        http, MEMBERS, members_body(Limit=1, AppDefinedDataFilter_GroupMember=["MemberDefined2"])
    )
    member = custom["MemberList"][0]
    assert [d["Key"] for d in member["AppMemberDefinedData"]] == ["MemberDefined2"]
    assert "JoinTime" in member
    both = call(
        http,
        MEMBERS,
        members_body(
            Limit=1, MemberInfoFilter=["Role"], AppDefinedDataFilter_GroupMember=["MemberDefined1"]
        ),
    )
    assert set(both["MemberList"][0]) == {"Member_Account", "Role", "AppMemberDefinedData"}


def test_member_num_limit_and_end(http: httpx.Client) -> None:
    reply = call(http, MEMBERS, members_body(PermissionGroupId="@PMG#_@PMG#cVIP", Limit=20))
    assert reply["MemberNum"] == 25 and len(reply["MemberList"]) == 20 and reply["Next"]
    last = call(
        http,
        MEMBERS,
        members_body(PermissionGroupId="@PMG#_@PMG#cVIP", Limit=20, Next=reply["Next"]),
    )
    assert len(last["MemberList"]) == 5 and last["Next"] == ""
    empty = call(http, MEMBERS, members_body(PermissionGroupId="@PMG#_@PMG#cEMPTY"))
    assert empty["MemberNum"] == 0 and empty["MemberList"] == [] and empty["Next"] == ""
    default = call(http, MEMBERS, members_body())
    assert len(default["MemberList"]) == 50


def walk(http: httpx.Client, body: dict[str, Any], between: Any = None) -> list[str]:
    seen, cursor, pages = [], "", 0
    while True:
        reply = call(http, MEMBERS, {**body, "Limit": 50, "Next": cursor})
        assert reply["ErrorCode"] == 0, reply
        seen += [m["Member_Account"] for m in reply["MemberList"]]
        cursor, pages = reply["Next"], pages + 1
        if not cursor:
            return seen
        if between:
            between(pages)


def test_paging_10000_members_exactly_once_with_changes() -> None:
    state = State()
    state.add_app(
        DEMO_SDKAPPID, DEMO_SECRET_KEY, [DEMO_ADMIN], ["MemberDefined1", "MemberDefined2"]
    )
    state.add_group(DEMO_SDKAPPID, DEMO_COMMUNITY, "Community")
    for m in generated_members(10_400, seed=3):
        state.add_member(DEMO_SDKAPPID, DEMO_COMMUNITY, m.pop("Member_Account"), **m)
    accounts = [f"user{i:06d}" for i in range(10_400)]
    state.add_permission_group(DEMO_SDKAPPID, DEMO_COMMUNITY, DEMO_PERMISSION_GROUP)
    state.add_permission_group_members(
        DEMO_SDKAPPID, DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, accounts[:10_000]
    )
    emulator = Emulator(state, rate_limit=None)
    with EmulatorServer(emulator) as srv, httpx.Client(base_url=srv.url) as http:
        plain = walk(http, members_body())
        assert len(plain) == 10_000 and set(plain) == set(accounts[:10_000])
        removed: set[str] = set()
        added: list[str] = []
        rng = random.Random(5)

        def churn(page: int) -> None:
            victims = rng.sample(sorted(set(accounts[:10_000]) - removed), 3)
            state.remove_permission_group_members(
                DEMO_SDKAPPID, DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, victims
            )
            removed.update(victims)
            newcomer = accounts[10_000 + page]
            state.add_permission_group_members(
                DEMO_SDKAPPID, DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, [newcomer]
            )
            added.append(newcomer)

        churned = walk(http, members_body(), churn)
    assert len(churned) == len(set(churned)), "a member was seen twice"
    stayed = set(accounts[:10_000]) - removed
    assert stayed <= set(churned), "a member present throughout was missed"
    assert set(churned) <= set(accounts[:10_000]) | set(added)
    assert set(added) <= set(churned)  # added members land at the end of the walk


def test_rate_limit_per_app_and_api(
    server: EmulatorServer, emulator: Emulator, http: httpx.Client
) -> None:
    emulator.rate_limit = 5
    codes = [call(http, ATTR, {"GroupId": DEMO_ROOM})["ErrorCode"] for _ in range(12)]
    assert 60007 in codes and codes.count(0) <= 10  # 5 per second, at most two seconds
    # the other API has its own budget
    assert call(http, MEMBERS, members_body(Limit=1))["ErrorCode"] == 0
    stats = http.get("/_emulator/stats").json()
    assert stats["max_per_second"][f"{DEMO_SDKAPPID}:get_group_attr"] <= 5
    assert stats["rate_limited"][f"{DEMO_SDKAPPID}:get_group_attr"] >= 1


def test_faults_over_http(http: httpx.Client) -> None:
    def fault(**spec: Any) -> None:
        assert http.post("/_emulator/faults", json=spec).status_code == 200

    fault(kind="error", count=2, code=10002)
    assert [call(http, ATTR, {"GroupId": DEMO_ROOM})["ErrorCode"] for _ in range(3)] == [
        10002,
        10002,
        0,
    ]
    fault(kind="http_502")
    response = http.post(ATTR, params=_params(), json={"GroupId": DEMO_ROOM})
    assert response.status_code == 502 and b"Bad Gateway" in response.content
    fault(kind="malformed_json")
    with pytest.raises(json.JSONDecodeError):
        http.post(ATTR, params=_params(), json={"GroupId": DEMO_ROOM}).json()
    fault(kind="missing_field", field="ErrorCode")
    assert "ErrorCode" not in call(http, ATTR, {"GroupId": DEMO_ROOM})
    fault(kind="delay", seconds=0.3)
    started = time.perf_counter()
    call(http, ATTR, {"GroupId": DEMO_ROOM})
    assert time.perf_counter() - started >= 0.3
    fault(kind="drop")
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(ATTR, params=_params(), json={"GroupId": DEMO_ROOM})
    fault(kind="repeat_cursor")
    first = call(http, MEMBERS, members_body(Limit=5))  # no cursor yet: fault stays pending
    repeated = call(http, MEMBERS, members_body(Limit=5, Next=first["Next"]))
    assert repeated["Next"] == first["Next"]
    assert http.post("/_emulator/faults", json={"kind": "nope"}).status_code == 400
    assert http.post("/_emulator/reset", json={}).json() == {"ok": True}


def _params() -> dict[str, Any]:
    return {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "usersig": sig(),
        "random": 1,
        "contenttype": "json",
    }


def test_keep_alive_and_concurrency(server: EmulatorServer) -> None:
    import concurrent.futures

    def worker(_: int) -> int:
        with httpx.Client(base_url=server.url) as http:
            return sum(
                call(http, ATTR, {"GroupId": DEMO_ROOM})["ErrorCode"] == 0 for _ in range(20)
            )

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert sum(pool.map(worker, range(4))) == 80


def test_in_process_transport_sync_and_async() -> None:
    emulator = Emulator(demo_state(members=10))
    with httpx.Client(transport=EmulatorTransport(emulator), base_url="http://emu") as http:
        assert call(http, ATTR, {"GroupId": DEMO_ROOM})["ErrorCode"] == 0

    import asyncio

    async def run() -> int:
        async with httpx.AsyncClient(
            transport=EmulatorTransport(emulator), base_url="http://emu"
        ) as client:
            response = await client.post(ATTR, params=_params(), json={"GroupId": DEMO_ROOM})
            code: int = response.json()["ErrorCode"]
            return code

    assert asyncio.run(run()) == 0


def test_seed_file(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text(
        "apps:\n"
        "  - sdkappid: 1400000123\n"
        "    secret_key: k123\n"
        "    admins: [boss]\n"
        "    custom_member_fields: [Level]\n"
        "    groups:\n"
        "      - {group_id: '@TGS#aR', type: AVChatRoom, attributes: {a: b}}\n"
        "      - group_id: '@TGS#_c'\n"
        "        type: Community\n"
        "        members:\n"
        "          - {Member_Account: ann, Role: Owner,"
        " AppMemberDefinedData: [{Key: Level, Value: '3'}]}\n"
        "        generate_members: {count: 3, prefix: m, seed: 1}\n"
        "        permission_groups:\n"
        "          - {permission_group_id: '@PMG#_p', members: all}\n"
    )
    state = load_seed(seed)
    group = state.group(1400000123, "@TGS#_c")
    assert len(group.permission_groups["@PMG#_p"]) == 4
    assert state.group(1400000123, "@TGS#aR").attributes == {"a": "b"}
    assert "k123" not in repr(state.app(1400000123))


@pytest.mark.parametrize(
    ("attributes", "rule"),
    [
        ({f"k{i}": "v" for i in range(17)}, "16"),
        ({"k" * 33: "v"}, "32"),
        ({"k": "v" * 4001}, "4000"),
        ({f"k{i}": "v" * 4000 for i in range(5)}, "16000"),
    ],
)
def test_attribute_limits(attributes: dict[str, str], rule: str) -> None:
    state = demo_state(members=1)
    with pytest.raises(ValueError, match=rule):
        state.group(DEMO_SDKAPPID, DEMO_ROOM).set_attributes(attributes)


def test_no_secret_in_emulator_logs(http: httpx.Client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    usersig = sig()
    http.post(ATTR, params={**_params(), "usersig": usersig}, json={"GroupId": DEMO_ROOM})
    http.post(ATTR, params={**_params(), "usersig": "garbage"}, json={"GroupId": DEMO_ROOM})
    assert any("timrest.emulator" in r.name for r in caplog.records)
    # The emulator's own records (httpx's client-side lines belong to this test's raw client).
    text = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("timrest"))
    assert usersig not in text and "garbage" not in text and DEMO_SECRET_KEY not in text


def test_yaml_seeds_name_their_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    seed = tmp_path / "seed.yaml"
    seed.write_text("apps: []\n")
    as_json = tmp_path / "seed.json"
    as_json.write_text('{"apps": []}')
    monkeypatch.setitem(sys.modules, "yaml", None)  # as if PyYAML were not installed
    with pytest.raises(ValueError, match=r"pip install 'timrest\[emulator\]'"):
        load_seed(seed)
    assert load_seed(as_json).apps == {}  # JSON seeds need nothing
