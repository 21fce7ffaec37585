"""Hostile servers and bad data, against scripted servers on 127.0.0.1: endless walks, UserSigs
in frames and reflected text, another event loop, markup and formulas in exported text."""

from __future__ import annotations

import asyncio
import itertools
import json
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Recorder

import timrest
from timrest import AsyncClient, Client, TimPaginationError
from timrest.emulator import DEMO_ADMIN, DEMO_SDKAPPID, DEMO_SECRET_KEY

Script = Callable[[dict[str, Any], str], dict[str, Any]]


@pytest.fixture
def scripted(recorder: Callable[..., Recorder]) -> Callable[[Script], str]:
    """A server answering each request with ``script(body, target)`` (a JSON object)."""
    return lambda script: recorder(lambda seen: (script(seen.body, seen.target), {})).url


def options(url: str) -> dict[str, Any]:
    return {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "secret_key": DEMO_SECRET_KEY,
        "base_url": url,
        "rate_limit": None,
        "max_retries": 0,
    }


OK = {"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0}


def endless_empty(body: dict[str, Any], path: str) -> dict[str, Any]:
    return {**OK, "MemberNum": 0, "MemberList": [], "Next": f"c{next(COUNTER)}"}


def endless_members(body: dict[str, Any], path: str) -> dict[str, Any]:
    n = next(COUNTER)
    return {**OK, "MemberNum": 2, "MemberList": [{"Member_Account": f"u{n}"}], "Next": f"c{n}"}


COUNTER = itertools.count()


@pytest.mark.parametrize("script", [endless_empty, endless_members])
def test_an_endless_walk_stops_with_the_resume_cursor(
    scripted: Callable[[Script], str], script: Script
) -> None:
    url = scripted(script)
    with Client(**options(url)) as client, pytest.raises(TimPaginationError) as info:
        for _ in client.iter_permission_group_members("@TGS#_g", "@PMG#_p"):
            pass
    assert info.value.cursor.startswith("c")
    assert "without end" in str(info.value)


async def test_an_endless_walk_stops_async(scripted: Callable[[Script], str]) -> None:
    url = scripted(endless_empty)
    async with AsyncClient(**options(url)) as client:
        with pytest.raises(TimPaginationError):
            async for _ in client.iter_permission_group_members("@TGS#_g", "@PMG#_p"):
                pass


def test_no_usersig_in_the_frames_or_text_of_a_raised_error(
    scripted: Callable[[Script], str],
) -> None:
    """Error trackers capture frame locals: none may hold the UserSig; reflected text is
    redacted too."""

    def reflect(body: dict[str, Any], path: str) -> dict[str, Any]:
        return {"ActionStatus": "FAIL", "ErrorCode": 10004, "ErrorInfo": f"bad request {path}"}

    url = scripted(reflect)
    with Client(**options(url)) as client:
        usersig = client._settings.usersig.current()
        with pytest.raises(timrest.TimAPIError) as info:
            client.get_group_attributes("@TGS#a")
    error = info.value
    assert usersig not in str(error) and usersig not in repr(error)
    assert usersig not in getattr(error, "info", "") and "usersig=***" in error.info
    # The package's own frames, by its location (not by a word in the path: a clone may
    # sit in a folder named timrest, and this test's frame holds the UserSig on purpose).
    package = Path(timrest.__file__).resolve().parent
    frames = [
        f
        for f, _ in traceback.walk_tb(error.__traceback__)
        if Path(f.f_code.co_filename).resolve().is_relative_to(package)
    ]
    assert len(frames) >= 3  # the driver, the lifecycle, the parser
    for frame in frames:
        for name, value in frame.f_locals.items():
            assert usersig not in repr(value), f"{frame.f_code.co_name}: local {name}"


async def test_an_async_client_on_another_event_loop_says_why(
    scripted: Callable[[Script], str],
) -> None:
    url = scripted(lambda body, path: {**OK, "GroupAttrAry": []})
    client = AsyncClient(**options(url))
    assert await client.get_group_attributes("@TGS#a") == {}

    def elsewhere() -> BaseException | None:
        try:
            asyncio.run(client.get_group_attributes("@TGS#a"))
        except BaseException as exc:
            return exc
        return None

    error = await asyncio.to_thread(elsewhere)
    assert isinstance(error, timrest.TimError)
    assert "event loop" in str(error)
    await client.aclose()


HOSTILE = {"[/b]": "markup", "\x1b[31mred\x1b[0m": "escape", '=HYPERLINK("x")': "formula",
           "+1": "plus", "@SUM(A1)": "at"}  # fmt: skip


def hostile_server() -> Any:
    from timrest.emulator import DEMO_COMMUNITY, Emulator, EmulatorServer, demo_state

    state = demo_state(members=5)
    pg = "@PMG#_@PMG#cHOSTILE"
    state.add_permission_group(DEMO_SDKAPPID, DEMO_COMMUNITY, pg)
    for i, card in enumerate(HOSTILE):
        state.add_member(DEMO_SDKAPPID, DEMO_COMMUNITY, f"evil{i}", Role="Member", NameCard=card)
    state.add_permission_group_members(
        DEMO_SDKAPPID, DEMO_COMMUNITY, pg, [f"evil{i}" for i in range(len(HOSTILE))]
    )
    return EmulatorServer(Emulator(state)), DEMO_COMMUNITY, pg


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_the_export_treats_member_text_as_data(fmt: str, tmp_path: Any) -> None:
    import csv
    import os
    import subprocess
    import sys

    server, community, pg = hostile_server()
    with server:
        env = {**os.environ, "TIM_SDKAPPID": str(DEMO_SDKAPPID), "TIM_IDENTIFIER": DEMO_ADMIN,
               "TIM_SECRET_KEY": DEMO_SECRET_KEY, "TIM_BASE_URL": server.url}  # fmt: skip
        out = tmp_path / f"members.{fmt}"
        result = subprocess.run(
            [sys.executable, "-m", "timrest.cli", "permission-group-members", community, pg,
             "--format", fmt, "--fields", "NameCard", "--output", str(out)],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert "\x1b" not in text and "\\x1b[31mred" in text  # the escape is shown, not obeyed
    if fmt == "table":
        assert "[/b]" in text  # printed, not taken as markup
    else:
        cards = [row["NameCard"] for row in csv.DictReader(text.splitlines())]
        assert '\'=HYPERLINK("x")' in cards and "'+1" in cards and "'@SUM(A1)" in cards
        assert not any(card.startswith(("=", "+", "-", "@")) for card in cards)


def test_scrub_masks_usersigs_in_a_tracker_event() -> None:
    event = {
        "message": "GET https://h/v4/x?sdkappid=1&usersig=eJxSECRET&random=2",
        "exception": {"values": [{"value": "failed: usersig=eJxSECRET"}]},
        "breadcrumbs": [("http", "POST /v4?usersig=eJxSECRET")],
        "level": 40,
    }
    scrubbed = timrest.scrub(event)
    assert "eJxSECRET" not in repr(scrubbed) and scrubbed["level"] == 40
    assert scrubbed["breadcrumbs"][0] == ("http", "POST /v4?usersig=***")


# -- the emulator answers every request ------------------------------------------------


def _exchange(url: str, raw: bytes) -> tuple[int, bytes]:
    """Send ``raw`` bytes to the server at ``url``; the status and body of its answer."""
    import socket

    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(raw)
        data = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
            head, sep, body = data.partition(b"\r\n\r\n")
            if sep:
                lengths = [
                    h for h in head.split(b"\r\n") if h.lower().startswith(b"content-length")
                ]
                if lengths and len(body) >= int(lengths[0].split(b":")[1]):
                    break
    assert data, "the server closed the connection without an answer"
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


def _api_path(sdkappid: str = str(DEMO_SDKAPPID)) -> str:
    from urllib.parse import quote

    from timrest.usersig import generate_usersig

    sig = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 3600)
    return (
        f"/v4/group_open_attr_http_svc/get_group_attr?sdkappid={quote(sdkappid)}"
        f"&identifier={DEMO_ADMIN}&usersig={sig}&random=1&contenttype=json"
    )


def _post(path: str, body: bytes, *headers: str, length: str | bool | None = None) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", *headers]
    if length is not False:
        lines.append(f"Content-Length: {len(body) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@pytest.mark.parametrize(
    ("raw", "status", "code"),
    [
        (_post(_api_path(), b"{}", length="1e3"), 400, None),
        (_post(_api_path(), b"{}", length="\u0662".encode().decode("latin-1")), 400, None),
        (_post(_api_path(), b"{}", length="-2"), 400, None),
        (_post(_api_path(), b"{}", "Content-Length: 2"), 400, None),  # two lengths
        (_post(_api_path(), b"2\r\n{}\r\n0\r\n\r\n", "Transfer-Encoding: chunked", length=False),
         400, None),
        (_post(_api_path(), b"", length=str(2 * 1024 * 1024)), 413, None),
        (b"GET / HTTP/1.1\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", 431, None),
        (_post(_api_path("\u00b9\u00b2"), b"{}"), 200, 60006),  # superscript digits
        (_post(_api_path("\uff11\uff14"), b"{}"), 200, 60006),  # full-width digits
        (_post(_api_path(), b"[" * 100_000 + b"]" * 100_000), 200, 60003),  # deep nesting
        (_post(_api_path(), b'{"GroupId": ' + b"[" * 500 + b"]" * 500 + b"}"), 200, 10004),
    ],
)  # fmt: skip
def test_the_emulator_answers_every_request(
    server: Any, raw: bytes, status: int, code: int | None
) -> None:
    got, body = _exchange(server.url, raw)
    assert got == status, body[:200]
    if code is not None:
        assert json.loads(body)["ErrorCode"] == code
    # and it still serves the next client
    assert _exchange(server.url, _post(_api_path(), b'{"GroupId": "@TGS#_x"}'))[0] == 200


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        (("Content-Type: application/json",), 200),
        (("Content-Type: text/plain",), 415),  # what a cross-site form can send
        ((), 415),
        (("Content-Type: application/json", "Origin: http://evil.example"), 403),
        (("Content-Type: application/json", "Origin: null"), 403),
        (("Content-Type: application/json", "Host: evil.example"), 403),  # DNS rebinding
    ],
)
def test_admin_endpoints_refuse_what_a_web_page_can_send(
    server: Any, headers: tuple[str, ...], status: int
) -> None:
    port = server.url.rsplit(":", 1)[1]
    own_host = [h for h in headers if h.startswith("Host:")] or [f"Host: 127.0.0.1:{port}"]
    rest = [h for h in headers if not h.startswith("Host:")]
    body = b'{"kind": "error", "code": 10002}'
    raw = (
        "\r\n".join(["POST /_emulator/faults HTTP/1.1", *own_host, *rest,
                     f"Content-Length: {len(body)}"]) + "\r\n\r\n"
    ).encode() + body  # fmt: skip
    assert _exchange(server.url, raw)[0] == status
    assert len(server.emulator.faults) == (1 if status == 200 else 0)
    server.emulator.faults.clear()


def test_a_failing_handler_answers_500_with_the_envelope(
    server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> Any:
        raise KeyError("bug")

    monkeypatch.setattr(server.emulator, "_get_group_attr", broken)
    status, body = _exchange(server.url, _post(_api_path(), b'{"GroupId": "@TGS#_x"}'))
    assert status == 500 and json.loads(body)["ErrorCode"] == 70500


def test_batch_and_value_replies_that_break_the_contract(
    scripted: Callable[[Script], str],
) -> None:
    """Per-item text that reflects the request is redacted; an item asked for and not
    answered is ``missing`` (not a success); a listing whose reply lacks the optional cursor
    ends; a create answered without its ID is a malformed reply, not ``None``."""

    def script(body: dict[str, Any], path: str) -> dict[str, Any]:
        command = path.split("?")[0].rsplit("/", 1)[-1]
        if command == "add_permission_group_member":  # answers the first account only
            return {**OK, "MemberList": [{"Member_Account": "a", "Result": 10004}]}
        if command == "destroy_permission_group":
            item = {"PermissionGroupId": "@PMG#_x", "ErrorCode": 10004, "ErrorInfo": path}
            return {**OK, "PermissionGroupResultList": [item]}
        if command == "get_permission_group":
            return {**OK, "PermissionGroupInfoList": [{"PermissionGroupId": "@PMG#_x"}]}
        return dict(OK)  # create_permission_group without PermissionGroupId

    url = scripted(script)
    with Client(**options(url)) as client:
        usersig = client._settings.usersig.current()
        added = client.add_permission_group_members("@TGS#_g", "@PMG#_p", ["a", "b"])
        assert not added.ok and added.missing == ("b",) and set(added.failed) == {"a"}
        with pytest.raises(timrest.TimBatchError) as batch_error:
            added.raise_for_failures()
        assert "'b': not in the reply" in str(batch_error.value)
        destroyed = client.destroy_permission_groups("@TGS#_g", ["@PMG#_x"])
        info = destroyed.failed["@PMG#_x"].info
        assert usersig not in info and "usersig=***" in info
        assert usersig not in repr(destroyed) and usersig not in str(destroyed.failed["@PMG#_x"])
        listed = [g.permission_group_id for g in client.iter_permission_groups("@TGS#_g")]
        assert listed == ["@PMG#_x"]  # no Next: the listing ends after one page
        with pytest.raises(timrest.TimMalformedResponseError) as malformed:
            client.create_permission_group("@TGS#_g", "n", 1)
        assert "without PermissionGroupId" in str(malformed.value)


def test_a_cursor_of_none_is_refused_not_sent_as_null(
    scripted: Callable[[Script], str],
) -> None:
    seen: list[dict[str, Any]] = []

    def record(body: dict[str, Any], path: str) -> dict[str, Any]:
        seen.append(body)
        return endless_empty(body, path)

    url = scripted(record)
    with Client(**options(url)) as client:
        for call in (client.list_permission_group_members, client.iter_permission_group_members):
            with pytest.raises(timrest.TimValidationError) as info:
                call("@TGS#_a", "@PMG#_b", cursor=None)  # type: ignore[arg-type]
            assert (
                str(info.value) == f"{call.__name__} (get_permission_group_member_list): "
                'cursor: must be a str, not None (default: "", the first page) (Next on the wire)'
            )
            with pytest.raises(timrest.TimValidationError, match="limit: must be a int"):
                call("@TGS#_a", "@PMG#_b", limit=None)  # type: ignore[arg-type]
    assert seen == []  # refused before sending


def test_a_call_stopped_outside_its_lifecycle_closes_it(
    scripted: Callable[[Script], str],
) -> None:
    """A limiter's error (raised by the driver, not the lifecycle) ends the call's flow:
    no suspended frame (with the signed request in it) outlives the call."""
    url = scripted(lambda body, path: {**OK, "GroupAttrAry": []})
    limiter = timrest.LocalRateLimiter(1)
    with Client(**{**options(url), "rate_limit": limiter, "rate_limit_timeout": 0.05}) as client:
        client.get_group_attributes("@TGS#a")
        with pytest.raises(timrest.TimRateLimitTimeoutError) as info:
            client.get_group_attributes("@TGS#a")
    flows = [
        frame.f_locals["flow"]
        for frame, _ in traceback.walk_tb(info.value.__traceback__)
        if "flow" in frame.f_locals
    ]
    assert flows and all(flow.gi_frame is None for flow in flows)  # closed, not suspended
