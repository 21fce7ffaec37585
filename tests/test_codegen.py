"""Spec-first all the way up: a new operation in a scratch copy of openapi.yaml becomes typed
``Client``/``AsyncClient`` methods, error codes and a table entry after `nox -s generate`,
with no hand-written code, and works over real HTTP against a scripted server."""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from browser import build_reference, rendered_dom, section
from conftest import ROOT, SPEC

AUTH = [{"$ref": f"#/components/parameters/{name}"} for name in
        ("sdkappid", "identifier", "usersig", "random", "contenttype")]  # fmt: skip

NEW_PATH = "/v4/group_open_http_svc/get_online_member_list"
NEW_OPERATION: dict[str, Any] = {
    "post": {
        "tags": ["group"],
        "operationId": "getOnlineMemberList",
        "summary": "List the members of a group who are online",
        "description": "Returns one page of the online members of a group, by cursor.",
        "x-tim-group-types": ["AVChatRoom"],
        "x-tim-rate-limit": {"calls": 100, "per": "second"},
        "x-tim-error-codes": [
            {
                "code": 10010,
                "category": "not_found",
                "retry": "never",
                "meaning": "No such room (scratch spec).",
                "hint": "check the room ID (scratch spec)",
            }
        ],
        "x-timrest-method": "list_online_members",
        "x-timrest-idempotent": True,
        "x-timrest-result": {
            "kind": "page",
            "items": "OnlineList",
            "cursor": "Next",
            "next": "Next",
            "total": "OnlineNum",
            "iterate": "iter_online_members",
        },
        "parameters": AUTH,
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": "#/components/schemas/GetOnlineMemberListRequest"}
                }
            },
        },
        "responses": {
            "200": {
                "description": "One page of online members.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/GetOnlineMemberListResponse"}
                    }
                },
            }
        },
    }
}
NEW_SCHEMAS: dict[str, Any] = {
    "OnlineRole": {"type": "string", "enum": ["Owner", "Admin", "Member"]},
    "GetOnlineMemberListRequest": {
        "type": "object",
        "additionalProperties": False,
        "required": ["GroupId"],
        "properties": {
            "GroupId": {"$ref": "#/components/schemas/GroupId"},
            "Roles": {
                "type": "array",
                "maxItems": 3,
                "items": {"$ref": "#/components/schemas/OnlineRole"},
                "description": "Only members with these roles.",
                "x-timrest-param": {"name": "roles"},
            },
            "Limit": {
                "type": "integer",
                "minimum": 1,
                "maximum": 20,
                "description": "The most members per page.",
                "x-timrest-param": {"name": "limit", "default": 2},
            },
            "Next": {
                "type": "string",
                "description": "The cursor: empty for the first page.",
                "x-timrest-param": {"name": "cursor", "default": ""},
            },
        },
    },
    "OnlineMember": {
        "type": "object",
        "required": ["Member_Account"],
        "properties": {
            "Member_Account": {"type": "string"},
            "Role": {"type": "string"},
        },
    },
    "GetOnlineMemberListResponse": {
        "allOf": [
            {"$ref": "#/components/schemas/BaseResponse"},
            {
                "type": "object",
                "properties": {
                    "Next": {"type": "string"},
                    "OnlineNum": {"type": "integer"},
                    "OnlineList": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/OnlineMember"},
                    },
                },
            },
        ]
    },
}

SCRIPT = textwrap.dedent(
    """
    import asyncio, inspect, json, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import timrest

    seen = []
    ROOM = [("alice", "Owner"), ("bob", "Admin"), ("carol", "Member"), ("dave", "Member"),
            ("erin", "Member")]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append({"path": self.path.split("?")[0], "body": body})
            if body["GroupId"] == "@TGS#missing":
                reply = {"ActionStatus": "FAIL", "ErrorInfo": "", "ErrorCode": 10010}
            else:
                rows = [m for m in ROOM if m[1] in body.get("Roles", ["Owner", "Admin", "Member"])]
                start = int(body["Next"][1:]) if body["Next"] else 0
                page = rows[start:start + body["Limit"]]
                more = start + body["Limit"] < len(rows)
                reply = {"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0,
                         "OnlineNum": len(rows), "Next": f"c{start + len(page)}" if more else "",
                         "OnlineList": [{"Member_Account": a, "Role": r} for a, r in page]}
            data = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = dict(sdkappid=1400000000, identifier="admin", usersig="eJx-sig",
                   base_url=f"http://127.0.0.1:{server.server_address[1]}", rate_limit=None)
    out = {"signature": list(inspect.signature(timrest.Client.list_online_members).parameters)}
    with timrest.Client(**options) as client:
        page = client.list_online_members("@TGS#room")
        out["page"] = [[m.member_account for m in page.items], page.next_cursor, page.total]
        out["sync"] = [m.member_account for m in client.iter_online_members(
            "@TGS#room", roles=["Member", "Admin"])]
        try:
            client.list_online_members("@TGS#missing")
        except timrest.TimNotFoundError as exc:
            out["error"] = [type(exc).__name__, exc.code, exc.meaning, exc.hint]
        for bad in ({"limit": 30}, {"roles": ["Guest"]}):
            try:
                client.list_online_members("@TGS#room", **bad)
            except timrest.TimValidationError as exc:
                out.setdefault("invalid", []).append(str(exc))

    async def main():
        async with timrest.AsyncClient(**options) as client:
            return [m.member_account async for m in client.iter_online_members(
                "@TGS#room", limit=3, cursor="c1")]

    out["async"] = asyncio.run(main())

    # The command: a subcommand with its flags, every item streamed as JSON lines, then as a
    # table, against the same server.
    import os, subprocess, sys
    env = {**os.environ, "TIM_SDKAPPID": "1400000000", "TIM_IDENTIFIER": "admin",
           "TIM_USERSIG": "eJx-sig", "TIM_BASE_URL": options["base_url"], "COLUMNS": "200"}
    def cli(*args):
        run = subprocess.run([sys.executable, "-m", "timrest.cli", *args],
                             capture_output=True, text=True, env=env, timeout=120)
        return [run.returncode, run.stdout, run.stderr]
    out["cli"] = cli("list-online-members", "@TGS#room", "--roles", "Member,Owner",
                     "--limit", "1", "--json")
    out["cli_table"] = cli("list-online-members", "@TGS#room")
    out["cli_help"] = cli("list-online-members", "--help")[1]

    # The emulator has no handler for it: it refuses to start, naming it.
    from timrest.emulator import Emulator, EmulatorSetupError
    try:
        Emulator()
    except EmulatorSetupError as exc:
        out["emulator"] = str(exc)
    out["seen"] = seen
    print(json.dumps(out))
    """
)


def nox(tree: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [sys.executable, "-m", "nox", "-f", str(tree / "noxfile.py"), *args,
         "--envdir", str(ROOT / ".nox"), "--reuse-existing-virtualenvs"],
        capture_output=True, text=True, cwd=tree, env=env, timeout=600, check=False,
    )  # fmt: skip


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("openapi.yaml", "openapi-python-client.yaml", "pyproject.toml", "noxfile.py",
                 "SPEC-CHANGELOG.md"):  # fmt: skip
        shutil.copy(ROOT / name, tmp_path / name)
    for folder in ("generated", "templates", "tools"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "node")
        )
    # The hand-written package, byte for byte, with its link to this tree's generated/.
    shutil.copytree(
        ROOT / "overlay", tmp_path / "overlay", symlinks=True,
        ignore=shutil.ignore_patterns("__pycache__"),
    )  # fmt: skip
    assert (tmp_path / "overlay/timrest/_generated").is_symlink()
    return tmp_path


def test_a_new_operation_needs_only_the_spec(tree: Path) -> None:
    """A paged operation with a list argument, added to a scratch spec: after `nox -s
    generate` alone it is a method of both clients, a command that pages to the end, an
    entry of the reference, a page the upstream check agrees with, and a named start-up
    error of the emulator."""
    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"][NEW_PATH] = NEW_OPERATION
    spec["components"]["schemas"].update(NEW_SCHEMAS)
    (tree / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    generated = nox(tree, "-s", "generate")
    assert generated.returncode == 0, generated.stdout + generated.stderr

    # The hand-written package is a copy of this repository's, untouched; only generated/ is new.
    for path in (ROOT / "overlay").rglob("*.py"):
        if "_generated" not in path.parts:
            copy = tree / path.relative_to(ROOT)
            assert copy.read_bytes() == path.read_bytes(), copy
    env = {**os.environ, "PYTHONPATH": str(tree / "overlay")}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300,
        check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["signature"] == [
        "self", "group_id", "roles", "limit", "cursor", "max_retries", "timeout", "extra_body",
        "extra_headers",
    ]  # fmt: skip
    assert out["page"] == [["alice", "bob"], "c2", 5]
    assert out["sync"] == ["bob", "carol", "dave", "erin"]  # three pages of two
    assert out["async"] == ["bob", "carol", "dave", "erin"]  # from the cursor, pages of three
    assert out["error"] == [
        "TimNotFoundError",
        10010,
        "No such room (scratch spec).",
        "check the room ID (scratch spec)",
    ]
    assert out["invalid"][0].startswith(
        "list_online_members (get_online_member_list): limit: must be at most 20, got 30"
    )
    assert "roles: unknown field 'Guest'" in out["invalid"][1]
    assert "Owner, Admin, Member" in out["invalid"][1]
    paths = {call["path"] for call in out["seen"]}
    assert paths == {NEW_PATH}
    assert out["seen"][0]["body"] == {"GroupId": "@TGS#room", "Limit": 2, "Next": ""}
    assert out["seen"][1]["body"]["Roles"] == ["Member", "Admin"]

    code, stdout, stderr = out["cli"]
    assert code == 0, stderr
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert [row["Member_Account"] for row in rows] == ["alice", "carol", "dave", "erin"]
    cli_bodies = [c["body"] for c in out["seen"] if c["body"].get("Roles") == ["Member", "Owner"]]
    assert [b["Next"] for b in cli_bodies] == ["", "c1", "c2", "c3"]  # one a page, to the end
    assert all(b["Limit"] == 1 for b in cli_bodies)
    code, stdout, stderr = out["cli_table"]
    assert code == 0, stderr
    for account in ("alice", "bob", "carol", "dave", "erin"):
        assert account in stdout
    assert "Member_Account" in stdout and "Role" in stdout
    assert "--roles" in out["cli_help"] and "Only members with these roles" in out["cli_help"]
    assert "--limit" in out["cli_help"] and "--cursor" in out["cli_help"]
    assert "get_online_member_list" in out["emulator"], out.get("emulator")
    # Every call went through the client, including the command's: no invalid one was sent.
    assert all(1 <= c["body"]["Limit"] <= 20 for c in out["seen"])

    # The reference, built from the scratch tree, as a browser shows it.
    page = build_reference(tree / "build" / "python.html", env)
    dom = html.unescape(rendered_dom(page))
    text = section(dom, "Client.list_online_members")
    assert 'id="AsyncClient.iter_online_members"' in dom
    assert "roles" in text and "Roles" in text and "at most 20" in text
    assert "check the room ID (scratch spec)" in text and "at most 100 calls per second" in text

    # Its page, written from the scratch spec, agrees with it in the upstream check.
    assert "the spec agrees" in page_check(tree, "get_online_member_list", tree / "openapi.yaml")

    methods = (tree / "generated/timrest_client/methods.py").read_text()
    assert methods.count("def list_online_members(") == 4  # sync and async, plain and raw
    assert methods.count("def iter_online_members(") == 2
    table = (tree / "generated/timrest_client/operations.py").read_text()
    assert "rate_limit=100" in table


def page_check(tree: Path, command: str, spec: Path) -> str:
    """Write ``command``'s page from the tree's spec, then check it against ``spec``."""
    for form in ("markdown", "text"):
        page = subprocess.run(
            [sys.executable, str(tree / "tools/pages.py"), "--spec", str(tree / "openapi.yaml"),
             "--form", form, command], capture_output=True, text=True, check=True, timeout=60,
        ).stdout  # fmt: skip
        path = tree / f"{command}.{form}"
        path.write_text(page, encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, str(tree / "tools/upstream.py"), "--spec", str(spec),
         str(tree / f"{command}.markdown"), str(tree / f"{command}.text")],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    return checked.stdout + checked.stderr


def test_generation_names_what_the_spec_lacks(tree: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    del spec["paths"]["/v4/group_open_attr_http_svc/get_group_attr"]["post"]["x-timrest-method"]
    (tree / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    result = nox(tree, "-s", "generate")
    assert result.returncode != 0
    assert "POST /v4/group_open_attr_http_svc/get_group_attr: x-timrest-method" in (
        result.stdout + result.stderr
    )


FIELD_SCRIPT = textwrap.dedent(
    """
    import inspect, json, os, subprocess, sys
    import httpx
    import timrest
    from timrest.emulator import (DEMO_ADMIN, DEMO_ROOM, DEMO_SDKAPPID, DEMO_SECRET_KEY,
                                  Emulator, EmulatorTransport, demo_state)

    sent = []
    emulator = Emulator(demo_state())  # starts: the operation still has its handler
    transport = EmulatorTransport(emulator)
    hook = lambda request: sent.append(json.loads(request.read()))
    with timrest.Client(sdkappid=DEMO_SDKAPPID, identifier=DEMO_ADMIN,
                        secret_key=DEMO_SECRET_KEY, base_url="http://emulator",
                        http_client=httpx.Client(transport=transport,
                                                 event_hooks={"request": [hook]})) as client:
        attrs = client.get_group_attributes(DEMO_ROOM, topic_id="@TOPIC#_scratch")
    out = {"signature": list(inspect.signature(timrest.AsyncClient.get_group_attributes).parameters),
           "sent": sent, "attrs": attrs}
    out["help"] = subprocess.run([sys.executable, "-m", "timrest.cli", "get-group-attributes",
                                  "--help"], capture_output=True, text=True, timeout=120,
                                 env={**os.environ, "COLUMNS": "200"}).stdout
    print(json.dumps(out))
    """
)


def test_an_optional_field_reaches_every_edge(tree: Path) -> None:
    """A maintainer adds an optional request field: the keyword argument, the request body,
    the emulator's acceptance, the command's flag and the reference entry follow."""
    spec = yaml.safe_load(SPEC.read_text())
    request = spec["components"]["schemas"]["GetGroupAttrRequest"]
    request["properties"]["TopicId"] = {
        "type": "string",
        "maxLength": 64,
        "description": "The topic whose attributes to read (scratch spec).",
    }
    (tree / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    generated = nox(tree, "-s", "generate")
    assert generated.returncode == 0, generated.stdout + generated.stderr

    env = {**os.environ, "PYTHONPATH": str(tree / "overlay")}
    run = subprocess.run(
        [sys.executable, "-c", FIELD_SCRIPT], capture_output=True, text=True, env=env,
        timeout=180, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["signature"] == [
        "self", "group_id", "topic_id", "max_retries", "timeout", "extra_body", "extra_headers"
    ]  # fmt: skip
    assert out["sent"][0]["TopicId"] == "@TOPIC#_scratch" and isinstance(out["attrs"], dict)
    assert "--topic-id" in out["help"] and "(scratch spec)" in out["help"]

    # The page written from the scratch spec agrees with it, and the field is drift to the old.
    assert page_check(tree, "get_group_attr", tree / "openapi.yaml").count("the spec agrees") == 2
    assert "request field TopicId: on the page, not in the spec" in page_check(
        tree, "get_group_attr", SPEC
    )

    page = build_reference(tree / "build" / "python.html", env)
    text = section(html.unescape(rendered_dom(page)), "Client.get_group_attributes")
    assert "topic_id" in text and "TopicId" in text and "(scratch spec)" in text


def _generator() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "generate_ops", ROOT / "tools/generate_operations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_ops"] = module
    spec.loader.exec_module(module)
    return module


def test_the_callback_query_and_reply_come_from_the_spec() -> None:
    generator = _generator()
    data = yaml.safe_load(SPEC.read_text())
    found = generator._callbacks(data)
    assert {cb["reply"] for cb in found} == {"CallbackReply"}
    shared = generator._callback_shared(found)
    assert dict(shared[1])["sign"] == "Sign" and dict(shared[1])["sdkappid"] == "SdkAppid"

    unnamed = yaml.safe_load(SPEC.read_text())
    del unnamed["components"]["parameters"]["callbackSign"]["x-timrest-param"]
    with pytest.raises(generator.SpecError, match=r"parameter .Sign. needs x-timrest-param\.name"):
        generator._callbacks(unnamed)

    other = yaml.safe_load(SPEC.read_text())
    post = other["webhooks"]["Group.CallbackAfterCreateTopic"]["post"]
    post["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/BaseResponse"
    }
    with pytest.raises(generator.SpecError, match="one reply model and one query"):
        generator._callback_shared(generator._callbacks(other))
