"""The emulator fires Tencent's callbacks: signed, with the real query, after the attribute
writes and around the topic operations, to a receiver behind a real server (the ASGI and
WSGI receivers of ``timrest.webhooks``); a before-callback that rejects fails the call."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest
from test_webhooks import asgi_server, wsgi_server  # noqa: F401  (fixtures)

import timrest
from timrest import Client
from timrest.emulator import (
    DEMO_COMMUNITY,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    CallbackSettings,
    Emulator,
    EmulatorServer,
)
from timrest.webhooks import (
    CALLBACKS,
    CallbackAfterGroupAttrChanged,
    CallbackBeforeCreateTopic,
    Delivery,
    Receiver,
    Reply,
    asgi_app,
    wsgi_app,
)

TOKEN = "emulator-callback-token-51c9"


def rejecting(seen: list[Delivery]) -> Callable[[Delivery], Reply | None]:
    """Records each delivery; refuses topics named ``no`` (1) and ``custom`` (10150)."""

    def handle(delivery: Delivery) -> Reply | None:
        seen.append(delivery)
        if isinstance(delivery.event, CallbackBeforeCreateTopic):
            if delivery.event.name == "no":
                return delivery.reject()
            if delivery.event.name == "custom":
                return delivery.reject(10150, "topic names are moderated")
        return None

    return handle


@pytest.mark.parametrize("kind", ["asgi", "wsgi"])
def test_every_write_and_topic_call_reaches_the_apps_receiver(
    kind: str,
    emulator: Emulator,
    client_kwargs: dict[str, Any],
    asgi_server: Callable[[Any], str],  # noqa: F811
    wsgi_server: Callable[[Any], str],  # noqa: F811
) -> None:
    seen: list[Delivery] = []
    receiver = Receiver(DEMO_SDKAPPID, TOKEN)  # checks each Sign, RequestTime and SdkAppid
    make = asgi_app if kind == "asgi" else wsgi_app
    url = (asgi_server if kind == "asgi" else wsgi_server)(make(receiver, rejecting(seen)))
    emulator.configure_callbacks(DEMO_SDKAPPID, CallbackSettings(urls=(url,), token=TOKEN))
    with Client(**client_kwargs) as client:
        client.set_group_attributes(DEMO_ROOM, {"a": "1", "b": "2"})
        client.modify_group_attributes(DEMO_ROOM, {"c": "3"})
        client.delete_group_attributes(DEMO_ROOM, ["a"])
        client.clear_group_attributes(DEMO_ROOM)
        assert emulator.callbacks.drain()  # after-callbacks go in the background, in order
        attrs = [d.event for d in seen]
        assert all(isinstance(e, CallbackAfterGroupAttrChanged) for e in attrs)
        changes = [(e.option_type, e.group_id) for e in attrs]  # type: ignore[attr-defined]
        assert changes == [(op, DEMO_ROOM) for op in ("set", "modify", "delete", "clear")]
        first = attrs[0]
        assert isinstance(first, CallbackAfterGroupAttrChanged) and first.group_attr is not None
        assert {(a.key, a.value) for a in first.group_attr} == {("a", "1"), ("b", "2")}
        assert first.operator_account == client.identifier and first.type == "AVChatRoom"
        assert first.event_time is not None and first.event_time > 1_600_000_000_000

        del seen[:]
        topic = client.create_topic(DEMO_COMMUNITY, "news")
        client.modify_topic(DEMO_COMMUNITY, topic, name="headlines", notification="hello")
        client.destroy_topics(DEMO_COMMUNITY, [topic]).raise_for_failures()
        assert emulator.callbacks.drain()
        assert [d.command for d in seen] == [
            "Group.CallbackBeforeCreateTopic",
            "Group.CallbackAfterCreateTopic",
            "Group.CallbackAfterTopicInfoChanged",
            "Group.CallbackAfterTopicDestroyed",
        ]
        created = seen[1].event.model_dump(by_alias=True, exclude_none=True)
        assert created["TopicId"] == topic and created["Name"] == "news"
        changed = seen[2].event.model_dump(by_alias=True, exclude_none=True)
        assert changed["Name"] == "headlines" and changed["Notification"] == "hello"
        assert seen[3].event.model_dump(by_alias=True)["TopicIdList"] == [topic]

        with pytest.raises(timrest.TimAPIError) as refused:
            client.create_topic(DEMO_COMMUNITY, "no")
        assert refused.value.code == CALLBACKS["Group.CallbackBeforeCreateTopic"].refused_code
        with pytest.raises(timrest.TimAPIError) as custom:
            client.create_topic(DEMO_COMMUNITY, "custom")
        assert custom.value.code == 10150 and "moderated" in custom.value.info
        listed = client.get_topics(DEMO_COMMUNITY, "user000001").succeeded.values()
        names = {t.topic_info.topic_name for t in listed if t.topic_info is not None}
        assert not names & {"no", "custom"}  # a rejected topic was never created
    recorded = emulator.callbacks.deliveries
    assert recorded and all(d.status == 200 and d.sdkappid == DEMO_SDKAPPID for d in recorded)
    assert TOKEN not in json.dumps([d.as_dict() for d in recorded])


def test_only_the_switched_on_commands_are_sent(
    emulator: Emulator,
    client_kwargs: dict[str, Any],
    asgi_server: Callable[[Any], str],  # noqa: F811
) -> None:
    seen: list[Delivery] = []
    url = asgi_server(asgi_app(Receiver(DEMO_SDKAPPID, TOKEN), rejecting(seen)))
    only = frozenset({"Group.CallbackAfterTopicDestroyed"})
    emulator.configure_callbacks(
        DEMO_SDKAPPID, CallbackSettings(urls=(url,), token=TOKEN, commands=only)
    )
    with Client(**client_kwargs) as client:
        client.set_group_attributes(DEMO_ROOM, {"a": "1"})
        topic = client.create_topic(DEMO_COMMUNITY, "no")  # the before-callback is off
        client.destroy_topics(DEMO_COMMUNITY, [topic])
    assert emulator.callbacks.drain()
    assert [d.command for d in seen] == ["Group.CallbackAfterTopicDestroyed"]


@pytest.fixture
def slow_receiver() -> Any:
    """A receiver that answers after 3 s (past Tencent's 2 s), counting requests."""
    hits: list[str] = []

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    def app(environ: Any, start_response: Any) -> list[bytes]:
        hits.append(environ["QUERY_STRING"])
        time.sleep(3)
        start_response("200 OK", [("Content-Type", "application/json")])
        return [b'{"ActionStatus": "OK", "ErrorCode": 1, "ErrorInfo": "too late"}']

    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIServer

    class Threaded(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    server = make_server("127.0.0.1", 0, app, server_class=Threaded, handler_class=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()
    server.server_close()


def test_a_receiver_that_does_not_answer_in_time(
    emulator: Emulator, client_kwargs: dict[str, Any], slow_receiver: Any
) -> None:
    """Tencent waits 2 s: a before-callback then lets the event happen; an after-callback
    is tried once more only where the console's retry-on-timeout is on."""
    url, hits = slow_receiver
    emulator.configure_callbacks(
        DEMO_SDKAPPID,
        CallbackSettings(urls=(url,), timeout=0.5, retry_on_timeout=True),
    )
    with Client(**client_kwargs) as client:
        topic = client.create_topic(DEMO_COMMUNITY, "late")  # the reply (1) came too late
    assert topic.startswith(DEMO_COMMUNITY)
    assert emulator.callbacks.drain()
    tried = [(d.command, d.attempt, d.error) for d in emulator.callbacks.deliveries]
    assert tried == [
        ("Group.CallbackBeforeCreateTopic", 1, "timeout"),  # never retried
        ("Group.CallbackAfterCreateTopic", 1, "timeout"),
        ("Group.CallbackAfterCreateTopic", 2, "timeout"),
    ]
    assert len(hits) == 3 and all("Sign=" not in q for q in hits)  # no token: no Sign


def test_an_unreachable_receiver_never_fails_a_call(
    emulator: Emulator, client_kwargs: dict[str, Any]
) -> None:
    emulator.configure_callbacks(
        DEMO_SDKAPPID, CallbackSettings(urls=("http://127.0.0.1:9/tim",), token=TOKEN)
    )
    with Client(**client_kwargs) as client:
        client.set_group_attributes(DEMO_ROOM, {"a": "1"})
        client.create_topic(DEMO_COMMUNITY, "fine")
    assert emulator.callbacks.drain()
    errors = {d.error for d in emulator.callbacks.deliveries}
    assert errors == {"ConnectError"}


def test_the_admin_endpoint_configures_and_shows_deliveries(
    server: EmulatorServer,
    emulator: Emulator,
    client_kwargs: dict[str, Any],
    asgi_server: Callable[[Any], str],  # noqa: F811
) -> None:
    seen: list[Delivery] = []
    url = asgi_server(asgi_app(Receiver(DEMO_SDKAPPID, TOKEN), rejecting(seen)))
    admin = f"{server.url}/_emulator/callbacks"
    set_up = httpx.post(
        admin,
        json={"sdkappid": DEMO_SDKAPPID, "urls": [url], "token": TOKEN,
              "commands": ["Group.CallbackAfterGroupAttrChanged"]},
        timeout=10,
    )  # fmt: skip
    assert set_up.status_code == 200, set_up.text
    assert TOKEN not in set_up.text
    with Client(**client_kwargs) as client:
        client.modify_group_attributes(DEMO_ROOM, {"k": "v"})
    assert emulator.callbacks.drain()
    shown = httpx.get(admin, timeout=10)
    assert shown.status_code == 200 and TOKEN not in shown.text
    (delivery,) = shown.json()["deliveries"]
    assert delivery["command"] == "Group.CallbackAfterGroupAttrChanged"
    assert delivery["status"] == 200 and delivery["body"]["OptionType"] == "modify"
    assert len(seen) == 1
    bad = httpx.post(admin, json={"sdkappid": DEMO_SDKAPPID, "urls": ["ftp://x"]}, timeout=10)
    assert bad.status_code == 400 and "http://" in bad.json()["error"]
    off = httpx.post(admin, json={"sdkappid": DEMO_SDKAPPID, "urls": []}, timeout=10)
    assert off.status_code == 200  # no URLs: callbacks off
    assert httpx.post(f"{server.url}/_emulator/reset", json={}, timeout=10).status_code == 200
    assert httpx.get(admin, timeout=10).json()["deliveries"] == []


def test_webhooks_listen_prints_what_a_handler_receives(
    emulator: Emulator, client_kwargs: dict[str, Any], tmp_path: Any
) -> None:
    """``timrest webhooks listen``: verified events as JSON lines, a before-callback refused
    with the code asked for, a forged request refused on stderr, SIGTERM ends it cleanly."""
    import os
    import signal
    import subprocess
    import sys

    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    env = {**os.environ, "TIM_SDKAPPID": str(DEMO_SDKAPPID)}
    command = [sys.executable, "-m", "timrest.cli", "webhooks", "listen", "--token-file",
               str(token_file), "--reject", "Group.CallbackBeforeCreateTopic:10150"]  # fmt: skip
    with subprocess.Popen(
        command, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        banner = proc.stderr.readline()
        assert banner.startswith("listening on http://127.0.0.1:") and "Sign checked" in banner
        url = banner.split()[2]
        emulator.configure_callbacks(DEMO_SDKAPPID, CallbackSettings(urls=(url,), token=TOKEN))
        with Client(**client_kwargs) as client:
            client.set_group_attributes(DEMO_ROOM, {"seat": "alice"})
            assert emulator.callbacks.drain()  # printed before the next callback
            with pytest.raises(timrest.TimAPIError) as refused:
                client.create_topic(DEMO_COMMUNITY, "anything")
        assert refused.value.code == 10150
        lines = [json.loads(proc.stdout.readline()) for _ in range(2)]
        forged = httpx.post(f"{url}?SdkAppid={DEMO_SDKAPPID}&Sign={'0' * 64}&RequestTime=1",
                            content=b"{}", timeout=10)  # fmt: skip
        assert forged.status_code == 401
        refusal = proc.stderr.readline()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        rest = proc.stderr.read()
    assert proc.returncode == 0, rest
    attrs, before = lines
    assert attrs["command"] == "Group.CallbackAfterGroupAttrChanged"
    assert attrs["event"]["GroupAttr"] == [{"key": "seat", "value": "alice"}]
    assert attrs["platform"] == "RESTAPI" and attrs["request_time"] > 0
    assert before["command"] == "Group.CallbackBeforeCreateTopic"
    assert before["reply"]["ErrorCode"] == 10150
    assert refusal.startswith("refused: ") and "bad_sign" in refusal
    assert TOKEN not in banner + refusal + rest + json.dumps(lines)


def test_a_slow_receiver_counts_as_failed_without_holding_the_call(
    emulator: Emulator, client_kwargs: dict[str, Any], slow_receiver: Any
) -> None:
    """A handler that takes 3 s: the emulator waits Tencent's 2 s for it and records a
    failed delivery, while the call that caused the callback has long been answered."""
    url, hits = slow_receiver
    emulator.configure_callbacks(DEMO_SDKAPPID, CallbackSettings(urls=(url,)))  # 2 s wait
    with Client(**client_kwargs) as client:
        started = time.monotonic()
        client.set_group_attributes(DEMO_ROOM, {"a": "1"})
        took = time.monotonic() - started
    assert emulator.callbacks.drain()
    (delivery,) = emulator.callbacks.deliveries
    assert delivery.error == "timeout" and delivery.status is None
    assert delivery.seconds >= 1.9  # it waited the 2 s
    assert took < delivery.seconds  # and the call did not wait for it
    assert len(hits) == 1


@pytest.mark.parametrize("framework", ["fastapi", "flask"])
def test_the_framework_examples_receive_the_emulators_callbacks(
    framework: str,
    emulator: Emulator,
    client_kwargs: dict[str, Any],
    asgi_server: Callable[[Any], str],  # noqa: F811
    wsgi_server: Callable[[Any], str],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """examples/callbacks_fastapi.py behind uvicorn and examples/callbacks_flask.py behind
    wsgiref, tested as the README says: against the emulator's callbacks."""
    import importlib.util
    from pathlib import Path

    monkeypatch.setenv("TIM_SDKAPPID", str(DEMO_SDKAPPID))
    monkeypatch.setenv("TIM_CALLBACK_TOKEN", TOKEN)
    path = Path(__file__).parent.parent / "examples" / f"callbacks_{framework}.py"
    spec = importlib.util.spec_from_file_location(f"callbacks_{framework}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    url = asgi_server(module.api) if framework == "fastapi" else wsgi_server(module.web)
    emulator.configure_callbacks(
        DEMO_SDKAPPID, CallbackSettings(urls=(f"{url}/tim/callback",), token=TOKEN)
    )
    with Client(**client_kwargs) as client:
        client.set_group_attributes(DEMO_ROOM, {"a": "1"})
        with pytest.raises(timrest.TimAPIError) as refused:
            client.create_topic(DEMO_COMMUNITY, "test-topic")
        assert refused.value.code == 10100 and "no test topics" in refused.value.info
        assert client.create_topic(DEMO_COMMUNITY, "launch").startswith(DEMO_COMMUNITY)
    assert emulator.callbacks.drain()
    assert httpx.get(f"{url}/changed", timeout=10).json() == [DEMO_ROOM]
    assert all(d.status == 200 for d in emulator.callbacks.deliveries)
    forged = httpx.post(
        f"{url}/tim/callback?SdkAppid={DEMO_SDKAPPID}&Sign={'0' * 64}&RequestTime=1",
        content=b"{}",
        timeout=10,
    )
    assert forged.status_code == 401 and forged.json()["ErrorInfo"] == "bad_sign"
