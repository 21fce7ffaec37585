"""Tencent's callbacks: the Sign test vector, every refusal with its reason, every command's
sample from the spec parsed into its type, and the ASGI and WSGI receivers behind real
servers on 127.0.0.1 (uvicorn, wsgiref)."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest
import yaml
from conftest import SPEC

from timrest import webhooks
from timrest._generated.timrest_models import CallbackReply
from timrest.webhooks import (
    CALLBACKS,
    CallbackAfterGroupAttrChanged,
    CallbackAfterTopicDestroyed,
    CallbackBeforeCreateTopic,
    Delivery,
    Receiver,
    Reply,
    UnknownEvent,
    WebhookError,
    sign,
)

APP = 1400000000
TOKEN = "callback-token-of-the-console-7f3a"
NOW = 1_700_000_000.0
SPEC_DATA = yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def receiver(**options: Any) -> Receiver:
    return Receiver(APP, TOKEN, clock=lambda: NOW, **options)


def query(command: str, *, at: float = NOW, token: str = TOKEN, **extra: str) -> dict[str, str]:
    stamp = str(int(at))
    return {
        "SdkAppid": str(APP),
        "CallbackCommand": command,
        "contenttype": "json",
        "ClientIP": "10.0.0.1",
        "OptPlatform": "RESTAPI",
        "Sign": sign(token, stamp),
        "RequestTime": stamp,
        **extra,
    }


def sample(command: str) -> dict[str, Any]:
    """The spec's example body of ``command`` (the spec is the test data)."""
    schema = CALLBACKS[command].model.__name__
    example: dict[str, Any] = SPEC_DATA["components"]["schemas"][schema]["examples"][0]
    return example


def test_the_pages_sign_vector() -> None:
    assert sign("xxxxyyyy", 1669872112) == (
        "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"
    )
    page = Receiver(APP, "xxxxyyyy", clock=lambda: 1669872112 + 30)
    page.verify(
        {
            "SdkAppid": str(APP),
            "Sign": "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061",
            "RequestTime": "1669872112",
        }
    )


def test_the_callback_table_is_the_specs() -> None:
    assert set(CALLBACKS) == set(SPEC_DATA["webhooks"])
    assert CALLBACKS["Group.CallbackBeforeCreateTopic"].kind == "before"
    assert CALLBACKS["Group.CallbackAfterCreateTopic"].kind == "after"


@pytest.mark.parametrize("command", sorted(SPEC_DATA["webhooks"]))
def test_every_commands_sample_parses_into_its_type(command: str) -> None:
    body = {**sample(command), "AFieldTencentAddsLater": {"nested": [1, 2]}}
    delivery = receiver().parse(query(command), json.dumps(body).encode())
    assert type(delivery.event) is CALLBACKS[command].model
    assert delivery.command == command and delivery.callback is CALLBACKS[command]
    dumped = delivery.event.model_dump(by_alias=True, exclude_none=True)
    assert dumped == body  # every field kept, the unknown one too
    assert delivery.client_ip == "10.0.0.1" and delivery.platform == "RESTAPI"
    assert delivery.request_time == int(NOW)


def test_page_defects_are_read_through() -> None:
    """EventTime: typed integer, sent as a string in the page's sample; TopicIdList: an
    array (the page's table says string)."""
    body = {**sample("Group.CallbackAfterGroupAttrChanged"), "EventTime": "1670574414123"}
    event = receiver().parse(query(body["CallbackCommand"]), json.dumps(body).encode()).event
    assert isinstance(event, CallbackAfterGroupAttrChanged)
    assert event.event_time == 1670574414123
    destroyed = sample("Group.CallbackAfterTopicDestroyed")
    delivery = receiver().parse(query(destroyed["CallbackCommand"]), json.dumps(destroyed).encode())
    assert isinstance(delivery.event, CallbackAfterTopicDestroyed)
    assert delivery.event.topic_id_list == destroyed["TopicIdList"]


def test_an_unknown_command_still_parses() -> None:
    command = "Group.CallbackAfterSomethingNew"
    body: dict[str, Any] = {"CallbackCommand": command, "GroupId": "@TGS#1", "N": 3}
    delivery = receiver().parse(query(command), json.dumps(body).encode())
    assert isinstance(delivery.event, UnknownEvent) and delivery.callback is None
    assert delivery.event.callback_command == "Group.CallbackAfterSomethingNew"
    assert delivery.event.model_dump(by_alias=True) == body
    assert delivery.allow().body() == b'{"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}'


GOOD = json.dumps(sample("Group.CallbackAfterCreateTopic")).encode()
COMMAND = "Group.CallbackAfterCreateTopic"


def _without(name: str) -> dict[str, str]:
    found = query(COMMAND)
    del found[name]
    return found


@pytest.mark.parametrize(
    ("asked", "body", "reason"),
    [
        (_without("SdkAppid"), GOOD, "missing_sdkappid"),
        ({**query(COMMAND), "SdkAppid": "1400000001"}, GOOD, "wrong_sdkappid"),
        (_without("Sign"), GOOD, "missing_sign"),
        ({**query(COMMAND), "Sign": "0" * 64}, GOOD, "bad_sign"),
        (query(COMMAND, token="another-token"), GOOD, "bad_sign"),
        ({**query(COMMAND), "RequestTime": str(int(NOW) + 1)}, GOOD, "bad_sign"),  # signed once
        (_without("RequestTime"), GOOD, "missing_request_time"),
        ({**query(COMMAND), "RequestTime": "soon"}, GOOD, "missing_request_time"),
        (query(COMMAND, at=NOW - 61), GOOD, "stale_request_time"),
        (query(COMMAND, at=NOW + 61), GOOD, "stale_request_time"),
        (query(COMMAND), b"{not json", "malformed"),
        (query(COMMAND), b"[1, 2]", "malformed"),
        (query(COMMAND), b"\xff\xfe", "malformed"),
        (
            query(COMMAND),
            json.dumps({"GroupId": 5, "CallbackCommand": COMMAND}).encode(),
            "malformed",
        ),
        (query("Group.CallbackBeforeCreateTopic"), GOOD, "malformed"),  # query vs body
        (query(COMMAND), b'{"x": "' + b"a" * (1024 * 1024) + b'"}', "too_large"),
    ],
)
def test_every_bad_request_is_refused_with_its_reason(
    asked: dict[str, str], body: bytes, reason: str
) -> None:
    with pytest.raises(WebhookError) as info:
        receiver().parse(asked, body)
    assert info.value.reason == reason
    text = f"{info.value} {info.value!r}"
    assert TOKEN not in text and sign(TOKEN, str(int(NOW))) not in text


def test_the_window_and_the_token_are_the_callers() -> None:
    late = query(COMMAND, at=NOW - 300)
    Receiver(APP, TOKEN, clock=lambda: NOW, window=600).parse(late, GOOD)
    open_receiver = Receiver(APP, None)  # authentication off in the console: no Sign asked
    open_receiver.parse({"SdkAppid": str(APP)}, GOOD)
    assert TOKEN not in repr(receiver())


def test_replies_follow_the_callbacks_rules() -> None:
    before = receiver().parse(
        query("Group.CallbackBeforeCreateTopic"),
        json.dumps(sample("Group.CallbackBeforeCreateTopic")).encode(),
    )
    assert isinstance(before.event, CallbackBeforeCreateTopic) and before.before
    assert before.reject().error_code == 1
    custom = before.reject(10150, "no such topics")
    assert json.loads(custom.body()) == {
        "ActionStatus": "OK",
        "ErrorCode": 10150,
        "ErrorInfo": "no such topics",
    }
    with pytest.raises(ValueError, match="10100-10200"):
        before.reject(10099)
    after = receiver().parse(query(COMMAND), GOOD)
    with pytest.raises(ValueError, match="not a before-callback"):
        after.reject()


# -- the receivers behind real servers -------------------------------------------------


def handler_for(seen: list[Delivery]) -> Callable[[Delivery], Reply | None]:
    def handle(delivery: Delivery) -> Reply | None:
        seen.append(delivery)
        if isinstance(delivery.event, CallbackBeforeCreateTopic):
            if delivery.event.name == "forbidden":
                return delivery.reject(10100, "topic name refused")
            if delivery.event.name == "crash":
                raise RuntimeError("the handler broke")
        return None

    return handle


@pytest.fixture
def asgi_server() -> Iterator[Callable[[Any], str]]:
    import uvicorn

    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app: Any) -> str:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline:
                pytest.fail("uvicorn did not start")
            time.sleep(0.01)
        servers.append((server, thread))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def wsgi_server() -> Iterator[Callable[[Any], str]]:
    started: list[Any] = []

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    def start(app: Any) -> str:
        server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(server)
        return f"http://127.0.0.1:{server.server_port}"

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


def _post(url: str, command: str, body: dict[str, Any], **asked: str) -> httpx.Response:
    return httpx.post(
        f"{url}/tim/callback?{urlencode({**query(command, at=time.time()), **asked})}",
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )


@pytest.mark.parametrize("kind", ["asgi", "wsgi"])
def test_a_receiver_behind_a_real_server(
    kind: str,
    asgi_server: Callable[[Any], str],
    wsgi_server: Callable[[Any], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[Delivery] = []
    real = Receiver(APP, TOKEN)
    make = webhooks.asgi_app if kind == "asgi" else webhooks.wsgi_app
    url = (asgi_server if kind == "asgi" else wsgi_server)(make(real, handler_for(seen)))
    caplog.set_level(logging.INFO, logger="timrest.webhooks")

    ok = _post(url, COMMAND, sample(COMMAND))
    assert ok.status_code == 200 and ok.json() == {
        "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""
    }  # fmt: skip
    assert [d.command for d in seen] == [COMMAND]

    before = "Group.CallbackBeforeCreateTopic"
    refused = _post(url, before, {**sample(before), "Name": "forbidden"})
    assert refused.status_code == 200
    assert refused.json() == {
        "ActionStatus": "OK", "ErrorCode": 10100, "ErrorInfo": "topic name refused"
    }  # fmt: skip

    crashed = _post(url, before, {**sample(before), "Name": "crash"})
    assert crashed.status_code == 500 and crashed.json()["ActionStatus"] == "FAIL"

    forged = _post(url, COMMAND, sample(COMMAND), Sign="0" * 64)
    assert forged.status_code == 401 and forged.json()["ErrorInfo"] == "bad_sign"
    other_app = _post(url, COMMAND, sample(COMMAND), SdkAppid="1400000009")
    assert other_app.status_code == 403
    assert len(seen) == 3  # refused requests never reach the handler
    assert httpx.get(url, timeout=10).status_code == 405
    huge = httpx.post(
        f"{url}/?{urlencode(query(COMMAND, at=time.time()))}",
        content=b"x" * (real.max_body_bytes + 1),
        timeout=10,
    )
    assert huge.status_code == 413
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert TOKEN not in logged and "bad_sign" in logged


def test_a_slow_async_handler_is_answered_within_tencents_two_seconds(
    asgi_server: Callable[[Any], str],
) -> None:
    async def slow(delivery: Delivery) -> Reply | None:
        await asyncio.sleep(30)
        return delivery.reject()

    url = asgi_server(webhooks.asgi_app(Receiver(APP, TOKEN), slow, deadline=0.3))
    before = "Group.CallbackBeforeCreateTopic"
    started = time.monotonic()
    answer = _post(url, before, sample(before))
    took = time.monotonic() - started
    assert answer.status_code == 200 and answer.json()["ErrorCode"] == 0  # allowed on timeout
    assert took < 2.0, took


def test_the_readme_example_runs() -> None:
    import subprocess
    import sys

    from conftest import ROOT

    section = (ROOT / "README.md").read_text().split("## Receiving Tencent's callbacks", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    ran = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == {
        "ActionStatus": "OK", "ErrorCode": 10100, "ErrorInfo": "no test topics"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("options", "field"),
    [({"sdkappid": 0, "token": TOKEN}, "sdkappid"), ({"sdkappid": APP, "token": ""}, "token"),
     ({"sdkappid": APP, "token": TOKEN, "window": 0}, "window")],
)  # fmt: skip
def test_a_receiver_is_refused_bad_settings_naming_them(
    options: dict[str, Any], field: str
) -> None:
    import timrest

    with pytest.raises(timrest.TimValidationError) as info:
        Receiver(**options)
    assert info.value.field == field and TOKEN not in str(info.value)


def test_a_refusal_is_answered_with_the_specs_reply() -> None:
    with pytest.raises(WebhookError) as info:
        receiver().parse({**query(COMMAND), "Sign": "0" * 64}, GOOD)
    answer = info.value.reply()
    assert isinstance(answer, webhooks.Reply) and isinstance(answer, CallbackReply)
    assert json.loads(answer.body()) == {
        "ActionStatus": "FAIL", "ErrorCode": 401, "ErrorInfo": "bad_sign"
    }  # fmt: skip
