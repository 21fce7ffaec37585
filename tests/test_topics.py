"""Community topics end to end, sync and async, against the emulator over real HTTP: create,
import, read with a member's view, change and destroy, per-item outcomes, the codes the
emulator answers, checks before sending, and resend safety."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from test_permission_groups import Call, signed_post
from test_permission_groups import call as call  # the sync/async fixture

import timrest
from timrest import Client, TimTransportError
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest.emulator import DEMO_COMMUNITY, DEMO_TOPIC, Emulator, EmulatorServer

PLAIN = "@TGS#_@TGS#cSECONDCOMMUNITY"  # a Community without topics


def test_topics_with_their_effect_read_back(call: Call) -> None:
    assigned = call("create_topic", DEMO_COMMUNITY, "话题", notification="n" * 300)
    assert assigned.startswith(f"{DEMO_COMMUNITY}@TOPIC#_@TOPIC#")
    custom = call("create_topic", DEMO_COMMUNITY, "news", topic_id=f"{DEMO_COMMUNITY}@TOPIC#_news")
    imported = call(
        "import_topic", DEMO_COMMUNITY, "old", topic_id=f"{DEMO_COMMUNITY}@TOPIC#_old",
        create_time=1600000000,
    )  # fmt: skip
    read = call("get_topics", DEMO_COMMUNITY, "user000001")
    assert read.ok and {assigned, custom, imported, DEMO_TOPIC} <= set(read.succeeded)
    item = read.succeeded[imported]
    assert item.topic_info.create_time == 1600000000 and item.topic_info.group_id == DEMO_COMMUNITY
    assert item.self_info is not None and item.self_info.msg_flag is not None

    assert call("modify_topic", DEMO_COMMUNITY, custom, name="headlines", mute_all="On") is None
    some = call(
        "get_topics", DEMO_COMMUNITY, "user000001", topic_ids=[custom], fields=["TopicName"]
    )
    info = some.succeeded[custom].topic_info
    assert info.topic_name == "headlines" and info.mute_all_member is None  # filtered out

    destroyed = call(
        "destroy_topics", DEMO_COMMUNITY, [assigned, custom, f"{DEMO_COMMUNITY}@TOPIC#_never"]
    )
    assert set(destroyed.succeeded) == {assigned, custom}
    assert destroyed.failed[f"{DEMO_COMMUNITY}@TOPIC#_never"].code == 10010
    again = call("destroy_topics", DEMO_COMMUNITY, [custom])
    assert again.ok and again.applied == (custom,)  # 110003: destroyed before
    after = call("get_topics", DEMO_COMMUNITY, "user000001", topic_ids=[custom, imported])
    assert after.failed[custom].code == 110003 and list(after.succeeded) == [imported]
    with pytest.raises(timrest.TimNotFoundError) as gone:
        call("modify_topic", DEMO_COMMUNITY, custom, name="x")
    assert gone.value.code == 10010  # the page's code for a destroyed topic


def test_a_topic_the_service_could_not_destroy_is_a_failed_item(
    call: Call, emulator: Emulator
) -> None:
    """110002 (a server fault for one topic) from the emulator's item_error fault: the other
    topic is destroyed, the failed one is typed with its meaning and hint."""
    first = call("create_topic", DEMO_COMMUNITY, "a")
    second = call("create_topic", DEMO_COMMUNITY, "b")
    emulator.inject("item_error", code=110002, operation="destroy_topic")
    batch = call("destroy_topics", DEMO_COMMUNITY, [first, second])
    error = batch.failed[first]
    assert type(error) is timrest.TimServerError and error.code == 110002
    assert error.info == "injected fault" and error.hint == "read ErrorInfo"
    assert list(batch.succeeded) == [second] and not batch.ok
    with pytest.raises(timrest.TimBatchError) as raised:
        batch.raise_for_failures()
    assert raised.value.failed == {first: error}


@pytest.mark.parametrize(
    ("fault", "why"),
    [
        ({}, "names its operation"),
        ({"operation": "get_group_attr"}, "not answered per item"),
        ({"operation": "no_such_call"}, "no operation of the spec"),
    ],
)
def test_an_item_error_needs_an_operation_answered_per_item(
    emulator: Emulator, fault: dict[str, Any], why: str
) -> None:
    with pytest.raises(ValueError, match=why):
        emulator.inject("item_error", code=110002, **fault)
    assert len(emulator.faults) == 0


def test_a_destroyed_topic_leaves_every_permission_group(call: Call) -> None:
    topic = call("create_topic", DEMO_COMMUNITY, "temp")
    pg = call("create_permission_group", DEMO_COMMUNITY, "g", 0)
    assert call("add_topic_permissions", DEMO_COMMUNITY, pg, {topic: 8}).ok
    call("destroy_topics", DEMO_COMMUNITY, [topic]).raise_for_failures()
    assert call("get_topic_permissions", DEMO_COMMUNITY, pg).succeeded == {}


def test_topic_codes(
    client_kwargs: dict[str, Any], server: EmulatorServer, emulator: Emulator
) -> None:
    emulator.rate_limit = None  # 200 creates at full speed: the quota is under test, not the rate
    with Client(**client_kwargs) as client:
        with pytest.raises(timrest.TimPermissionError) as off:
            client.create_topic(PLAIN, "t")
        assert off.value.code == 11000
        taken = f"{DEMO_COMMUNITY}@TOPIC#_taken"
        client.create_topic(DEMO_COMMUNITY, "t", topic_id=taken)
        with pytest.raises(timrest.TimInvalidRequestError) as used:
            client.create_topic(DEMO_COMMUNITY, "t", topic_id=taken)
        assert used.value.code == 10025
        with pytest.raises(timrest.TimInvalidRequestError) as imported:
            client.import_topic(DEMO_COMMUNITY, "t", topic_id=taken)
        assert imported.value.code == 10021
        most, code = OPERATIONS["create_topic"].quota or (0, 0)  # x-tim-quota
        assert most and OPERATIONS["import_topic"].quota == (most, code)
        while len(client.get_topics(DEMO_COMMUNITY, "user000001").succeeded) < most:
            client.create_topic(DEMO_COMMUNITY, "filler")
        with pytest.raises(timrest.TimInvalidRequestError) as full:
            client.create_topic(DEMO_COMMUNITY, "one too many")
        assert full.value.code == code and f"at most {most} topics" in full.value.info
        with pytest.raises(timrest.TimInvalidRequestError) as also:
            client.import_topic(DEMO_COMMUNITY, "one too many")
        assert also.value.code == code
    other = f"{PLAIN}@TOPIC#_x"
    bad = {"GroupId": DEMO_COMMUNITY, "TopicId": other, "TopicName": "t"}
    assert signed_post(server.url, "import_topic", bad)["ErrorCode"] == 10004  # another prefix


@pytest.mark.parametrize(
    "case",
    [
        ("create_topic", (DEMO_COMMUNITY, "n" * 31), {}, "name: must be at most 30 bytes"),
        ("create_topic", (DEMO_COMMUNITY, "话" * 11), {}, "name: must be at most 30 bytes in UTF-8, got 33"),
        ("create_topic", (DEMO_COMMUNITY, "t"), {"face_url": "u" * 101}, "face_url: must be at most 100"),
        ("create_topic", (DEMO_COMMUNITY, "t"), {"introduction": "i" * 241}, "introduction: must be at most 240"),
        ("create_topic", (DEMO_COMMUNITY, "t"), {"topic_id": "@TOPIC#_a_bare_topic"}, "topic_id: does not match"),
        # What the pattern cannot say (x-tim-compound-id): the Community's own ID, a custom part.
        ("create_topic", (DEMO_COMMUNITY, "t"), {"topic_id": "@TGS#_other@TOPIC#_x"},
         "topic_id: must be GroupId then '@TOPIC#_' then a custom part"),
        ("create_topic", (DEMO_COMMUNITY, "t"), {"topic_id": f"{DEMO_COMMUNITY}@TOPIC#_@TOPIC#x"},
         "not starting with '@TOPIC#'"),
        ("import_topic", (DEMO_COMMUNITY, "t"), {"topic_id": f"{DEMO_COMMUNITY}@TOPIC#_a@TGS#_b"},
         "not containing '@TGS#_', got '@TGS#_@TGS#cDEMOCOMMUNITY@TOPIC#_a@TGS"),
        ("modify_topic", (DEMO_COMMUNITY, DEMO_TOPIC), {"mute_all": "Maybe"}, "mute_all"),
        ("destroy_topics", (DEMO_COMMUNITY, [f"{DEMO_COMMUNITY}@TOPIC#_{i}" for i in range(51)]), {},
         "topic_ids: must hold at most 50 items, got 51"),
        ("get_topics", (DEMO_COMMUNITY, "u"), {"fields": ["TopicNam"]}, "did you mean 'TopicName'"),
    ],
)  # fmt: skip
def test_topic_checks_before_sending(refused: Callable[..., str], case: tuple[Any, ...]) -> None:
    method, args, kwargs, says = case  # refused before sending, naming the argument
    assert says in refused(method, *args, **kwargs)


def test_topic_creates_are_resent_only_with_a_custom_id(
    client_kwargs: dict[str, Any], emulator: Emulator
) -> None:
    with Client(**client_kwargs) as client:
        emulator.reset_stats()
        emulator.inject("drop", operation="create_topic")
        with pytest.raises(TimTransportError):
            client.create_topic(DEMO_COMMUNITY, "once")
        assert emulator.stats.requests == 1
        emulator.reset_stats()
        emulator.inject("drop", operation="import_topic")
        custom = f"{DEMO_COMMUNITY}@TOPIC#_moved"
        assert client.import_topic(DEMO_COMMUNITY, "moved", topic_id=custom) == custom
        assert emulator.stats.requests == 2  # the resend answered 10021: imported
        names = [
            i.topic_info.topic_name if i.topic_info else None
            for i in client.get_topics(DEMO_COMMUNITY, "u").succeeded.values()
        ]
        assert names.count("once") == 1 and names.count("moved") == 1
