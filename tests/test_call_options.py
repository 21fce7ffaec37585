"""A call's identity on its errors, the raw reply (``with_raw_response``), per-call escape
hatches (``extra_body=``, ``extra_headers=``) and derived clients (``with_options``), over
real HTTP on 127.0.0.1 against a server that records what it received."""

from __future__ import annotations

import asyncio
import pickle
import socket
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import Recorder, Seen

import timrest
from timrest import AsyncClient, Client
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_PERMISSION_GROUP,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
)

OK = {"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0}
ATTRS = {**OK, "GroupAttrAry": [{"key": "k", "value": "v"}]}


@pytest.fixture
def recorder(recorder: Callable[..., Recorder]) -> Callable[..., Recorder]:
    """conftest's, answering ``ATTRS`` unless told otherwise."""

    def start(
        reply: Callable[[Seen], tuple[dict[str, Any], dict[str, str]]] = lambda s: (ATTRS, {}),
    ) -> Recorder:
        return recorder(reply)

    return start


def options(url: str | list[str], **more: Any) -> dict[str, Any]:
    return {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "secret_key": DEMO_SECRET_KEY,
        "base_url": url,
        "rate_limit": None,
        "max_retries": 0,
        **more,
    }


def not_found(seen: Seen) -> tuple[dict[str, Any], dict[str, str]]:
    return {"ActionStatus": "FAIL", "ErrorCode": 10010, "ErrorInfo": "group gone"}, {}


# -- a failed call's identity ----------------------------------------------------------------


def test_an_api_error_names_the_method_and_carries_the_call_and_the_reply(
    recorder: Callable[..., Recorder],
) -> None:
    rec = recorder(not_found)
    with Client(**options(rec.url)) as client, pytest.raises(timrest.TimNotFoundError) as info:
        client.get_group_attributes("@TGS#gone")
    error = info.value
    assert str(error).startswith("get_group_attributes (get_group_attr): error 10010: group gone")
    assert error.call is not None and error.request_id == rec.seen[0].query["random"]
    assert (error.call.method, error.call.operation) == ("get_group_attributes", "get_group_attr")
    assert (error.call.host, error.call.attempt, error.call.hosts) == (rec.url, 1, (rec.url,))
    assert error.response is not None and error.response.status_code == 200
    assert error.response.headers["content-type"] == "application/json"
    assert '"ErrorCode": 10010' in error.response.excerpt
    shown = "".join(traceback.format_exception_only(error))
    assert shown.startswith("timrest.TimNotFoundError: get_group_attributes (get_group_attr)")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is timrest.TimNotFoundError and str(copy) == str(error)
    assert copy.request_id == error.request_id and copy.response == error.response


def test_every_public_error_shows_as_timrest() -> None:
    for name in timrest.__all__:
        value = getattr(timrest, name)
        if isinstance(value, type) and issubclass(value, timrest.TimError):
            assert value.__module__ == "timrest", name
            assert pickle.loads(pickle.dumps(value)) is value


def test_an_iterator_error_names_the_iterator(recorder: Callable[..., Recorder]) -> None:
    rec = recorder(not_found)
    with Client(**options(rec.url)) as client, pytest.raises(timrest.TimNotFoundError) as info:
        list(client.iter_permission_group_members("@TGS#_a", "@PMG#_b"))
    assert str(info.value).startswith(
        "iter_permission_group_members (get_permission_group_member_list): error 10010"
    )
    with Client(**options(rec.url)) as client, pytest.raises(timrest.TimValidationError) as bad:
        client.iter_permission_group_members("@TGS#_a", "@PMG#_b", limit=100)
    message = str(bad.value)
    assert message.startswith("iter_permission_group_members (get_permission_group_member_list)")
    assert "limit:" in message and "got 100" in message and "(Limit on the wire)" in message
    assert len(rec.seen) == 1  # the bad limit was refused before sending


def test_a_server_error_naming_a_wire_field_names_the_argument(
    client_kwargs: dict[str, Any],
) -> None:
    """The service speaks in wire names (``Next``): the error says which argument that is."""
    with Client(**client_kwargs) as client, pytest.raises(timrest.TimInvalidRequestError) as info:
        client.list_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, cursor="junk")
    assert info.value.arguments == {"Next": "cursor"}
    assert "(Next is the argument cursor; " in str(info.value)
    assert pickle.loads(pickle.dumps(info.value)).arguments == {"Next": "cursor"}


def test_a_failed_items_error_names_the_argument_too(recorder: Callable[..., Recorder]) -> None:
    topic = "@TGS#_@TGS#cA@TOPIC#_x"

    def per_item(seen: Seen) -> tuple[dict[str, Any], dict[str, str]]:
        items = [{"TopicId": topic, "ErrorCode": 10004, "ErrorInfo": "bad TopicIdList item"}]
        return {**OK, "DestroyResultItem": items}, {}

    rec = recorder(per_item)
    with Client(**options(rec.url)) as client:
        batch = client.destroy_topics("@TGS#_@TGS#cA", [topic])
    assert batch.failed[topic].arguments == {"TopicIdList": "topic_ids"}
    assert "TopicIdList is the argument topic_ids" in str(batch.failed[topic])
    not_named = timrest.TimAPIError(10010, "group gone", operation="get_group_attr")
    assert not_named.arguments == {} and "argument" not in str(not_named)


def test_the_reply_an_error_keeps_masks_a_reflected_usersig(
    recorder: Callable[..., Recorder],
) -> None:
    def reflect(seen: Seen) -> tuple[dict[str, Any], dict[str, str]]:
        usersig = seen.query["usersig"]
        pad = "x" * 480  # the UserSig straddles the excerpt's cut
        body = {"ActionStatus": "FAIL", "ErrorCode": 10010, "ErrorInfo": pad + usersig}
        return body, {"X-Echo": usersig}

    rec = recorder(reflect)
    with Client(**options(rec.url)) as client, pytest.raises(timrest.TimNotFoundError) as info:
        client.get_group_attributes("@TGS#gone")
    usersig = rec.seen[0].query["usersig"]
    reply = info.value.response
    assert reply is not None
    for text in (reply.excerpt, reply.headers["x-echo"], str(info.value), repr(info.value)):
        assert usersig[:24] not in text
    assert "x-echo" in reply.headers and len(reply.excerpt) <= 500


def test_a_transport_error_names_every_host_tried() -> None:
    dead = []
    for _ in range(2):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            dead.append(f"http://127.0.0.1:{sock.getsockname()[1]}")
    with (
        Client(
            **options(dead, max_retries=3, retry=timrest.RetryPolicy(initial_backoff=0.01))
        ) as c,
        pytest.raises(timrest.TimTransportError) as info,
    ):
        c.get_group_attributes(DEMO_ROOM)
    message = str(info.value)
    assert message.startswith("get_group_attributes (get_group_attr): ConnectError")
    assert f"tried {dead[0]}, {dead[1]}" in message and "after 4 attempts" in message
    assert info.value.call is not None and info.value.call.hosts == tuple(dead)
    assert info.value.response is None


def test_the_70020_hint_names_the_sdkappid_and_where_it_was_called(
    recorder: Callable[..., Recorder],
) -> None:
    def unknown_app(seen: Seen) -> tuple[dict[str, Any], dict[str, str]]:
        return {"ActionStatus": "FAIL", "ErrorCode": 70020, "ErrorInfo": ""}, {}

    rec = recorder(unknown_app)
    with Client(**options(rec.url)) as client, pytest.raises(timrest.TimAPIError) as info:
        client.get_group_attributes(DEMO_ROOM)
    assert f"SDKAppID {DEMO_SDKAPPID}" in info.value.hint
    assert f"base_url {rec.url}" in info.value.hint and "{" not in str(info.value)

    # Against a region: named by its name and domain (the reply comes from the same server).
    def route(request: httpx.Request) -> httpx.Response:
        forwarded = httpx.post(f"{rec.url}{request.url.path}?{request.url.query.decode()}",
                               content=request.read())  # fmt: skip
        return httpx.Response(200, json=forwarded.json())

    http = httpx.Client(transport=httpx.MockTransport(route))
    kwargs = {**options(rec.url), "region": "singapore", "http_client": http}
    del kwargs["base_url"]
    with Client(**kwargs) as client, pytest.raises(timrest.TimAPIError) as info:
        client.get_group_attributes(DEMO_ROOM)
    assert "region singapore (adminapisgp.im.qcloud.com)" in info.value.hint


# -- the raw reply -----------------------------------------------------------------------------


def test_with_raw_response_gives_the_reply_beside_the_result(
    recorder: Callable[..., Recorder],
) -> None:
    def newer(seen: Seen) -> tuple[dict[str, Any], dict[str, str]]:
        return {**ATTRS, "NewField": 7}, {"X-Trace": "abc"}

    rec = recorder(newer)
    with Client(**options(rec.url)) as client:
        raw = client.with_raw_response.get_group_attributes(DEMO_ROOM)
        assert raw.parsed == {"k": "v"} == client.get_group_attributes(DEMO_ROOM)
    assert raw.status_code == 200 and raw.headers["x-trace"] == "abc"
    assert raw.json()["NewField"] == 7  # what the spec does not know yet
    assert raw.request_id == rec.seen[0].query["random"] and raw.call.host == rec.url
    assert rec.seen[0].query["usersig"] not in repr(raw)


async def test_with_raw_response_async(recorder: Callable[..., Recorder]) -> None:
    rec = recorder()
    async with AsyncClient(**options(rec.url)) as client:
        raws = await asyncio.gather(
            *(client.with_raw_response.get_group_attributes(DEMO_ROOM) for _ in range(3))
        )
    assert [r.parsed for r in raws] == [{"k": "v"}] * 3
    assert sorted(r.request_id for r in raws) == sorted(s.query["random"] for s in rec.seen)


# -- extra_body and extra_headers ------------------------------------------------------------


def test_extra_body_and_headers_are_sent(recorder: Callable[..., Recorder]) -> None:
    rec = recorder()
    with Client(**options(rec.url)) as client:
        client.get_group_attributes(
            DEMO_ROOM, extra_body={"FutureFlag": [1, "a"]}, extra_headers={"X-Team": "chat"}
        )
        client.get_group_attributes(DEMO_ROOM)
    first, second = rec.seen
    assert first.body == {"GroupId": DEMO_ROOM, "FutureFlag": [1, "a"]}
    assert first.headers["x-team"] == "chat" and first.headers["content-type"] == "application/json"
    assert second.body == {"GroupId": DEMO_ROOM} and "x-team" not in second.headers


BAD_EXTRAS: list[tuple[dict[str, Any], str]] = [
    ({"extra_body": {"GroupId": "x"}}, "GroupId is the argument group_id=: pass it there"),
    ({"extra_body": {"F": float("nan")}}, "extra_body: must be JSON"),
    ({"extra_body": {"F": object()}}, "extra_body: must be JSON"),
    ({"extra_body": {"F": "x" * 70_000}}, "at most 65,536 bytes as JSON, got 70,009"),
    ({"extra_body": ["F"]}, "must be a mapping of field names to JSON values, not list"),
    ({"extra_headers": {"Content-Type": "text/plain"}}, "Content-Type is set by timrest"),
    ({"extra_headers": {"Bad Name": "v"}}, "not a header name: 'Bad Name'"),
    ({"extra_headers": {"X-Token": "secret\r\nX-Evil: 1"}}, "must be one line"),
    ({"extra_headers": {"X-Count": 3}}, "values must be strings, not int"),
    ({"extra_headers": {f"X-{i}": "v" for i in range(33)}}, "at most 32 headers, got 33"),
]


@pytest.mark.parametrize(("extra", "message"), BAD_EXTRAS)
def test_bad_extras_are_refused_before_sending(
    recorder: Callable[..., Recorder], extra: dict[str, Any], message: str
) -> None:
    rec = recorder()
    with Client(**options(rec.url)) as client, pytest.raises(timrest.TimValidationError) as info:
        client.get_group_attributes(DEMO_ROOM, **extra)
    assert message in str(info.value) and "secret" not in str(info.value)
    assert rec.seen == []


def test_a_spec_field_that_is_no_argument_is_refused_in_extra_body(
    recorder: Callable[..., Recorder],
) -> None:
    rec = recorder()
    with Client(**options(rec.url)) as client, pytest.raises(timrest.TimValidationError) as info:
        client.list_permission_group_members("@TGS#_a", "@PMG#_b", extra_body={"Limit": 5})
    assert "Limit is the argument limit=" in str(info.value)
    assert rec.seen == []


# -- derived clients ---------------------------------------------------------------------------


def test_with_options_shares_the_pool_and_the_usersig(recorder: Callable[..., Recorder]) -> None:
    rec = recorder(lambda seen: (not_found(seen)[0] if seen.body["GroupId"] == "@TGS#gone"
                                 else ATTRS, {}))  # fmt: skip
    with Client(**options(rec.url)) as client:
        client.get_group_attributes(DEMO_ROOM)
        patient = client.with_options(max_retries=2, timeout=30.0)
        assert patient.get_group_attributes(DEMO_ROOM) == {"k": "v"}
        patient.close()  # does nothing: the origin owns the pool
        client.get_group_attributes(DEMO_ROOM)
        with pytest.raises(timrest.TimNotFoundError) as info:
            patient.get_group_attributes("@TGS#gone")
    assert info.value.attempts == 1  # 10010 is not retried, whatever max_retries says
    assert len({s.peer for s in rec.seen}) == 1  # one keep-alive connection for both
    assert len({s.query["usersig"] for s in rec.seen}) == 1  # one cached UserSig


def test_with_options_may_change_identity_and_servers(recorder: Callable[..., Recorder]) -> None:
    first, second = recorder(), recorder()
    with Client(**options(first.url)) as client:
        other = client.with_options(base_url=second.url, identifier="ops")
        other.get_group_attributes(DEMO_ROOM)
        client.get_group_attributes(DEMO_ROOM)
        assert other.identifier == "ops" and client.identifier == DEMO_ADMIN
        moved = client.with_options(region="frankfurt")
        assert moved.base_url == "https://adminapiger.im.qcloud.com"
        cases: list[tuple[dict[str, Any], str]] = [
            ({"max_concurrency": 4}, "sizes the shared connection pool"),
            ({"timeout": -1}, "timeout"),
            ({"nonsense": 1}, "not an option of the client"),
        ]
        for bad, message in cases:
            with pytest.raises(timrest.TimValidationError, match=message):
                client.with_options(**bad)
    assert [s.query["identifier"] for s in second.seen] == ["ops"]
    assert [s.query["identifier"] for s in first.seen] == [DEMO_ADMIN]


async def test_with_options_async(recorder: Callable[..., Recorder]) -> None:
    rec = recorder()
    async with AsyncClient(**options(rec.url)) as client:
        await client.get_group_attributes(DEMO_ROOM)
        quick = client.with_options(timeout=5.0)
        await asyncio.gather(*(quick.get_group_attributes(DEMO_ROOM) for _ in range(3)))
        await quick.aclose()
        await client.get_group_attributes(DEMO_ROOM)
    assert len(rec.seen) == 5


def test_from_env_takes_typed_overrides(recorder: Callable[..., Recorder]) -> None:
    rec = recorder()
    env = {"TIM_IDENTIFIER": DEMO_ADMIN, "TIM_SECRET_KEY": DEMO_SECRET_KEY, "TIM_BASE_URL": rec.url}
    with Client.from_env(env, sdkappid=DEMO_SDKAPPID, rate_limit=None) as client:
        client.get_group_attributes(DEMO_ROOM)
    assert rec.seen[0].query["sdkappid"] == str(DEMO_SDKAPPID)


def test_the_client_docstring_lists_every_option_aligned() -> None:
    import inspect

    from timrest._options import OPTIONS

    for cls in (Client, AsyncClient):
        lines = (inspect.getdoc(cls) or "").splitlines()
        listed = [line for line in lines if line.lstrip().startswith("- ``")]
        assert len(listed) == len(OPTIONS) and all(line.startswith("- ``") for line in listed)
