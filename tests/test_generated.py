"""The generated layer: wire format of timrest_client, and timrest_models on upstream examples."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlsplit

import pydantic
import pytest
import yaml
from conftest import SPEC, UPSTREAM

from timrest_client import Client as GeneratedClient
from timrest_client.api.group import get_group_attr, get_permission_group_member_list
from timrest_client.models import GetGroupAttrRequest, GetPermissionGroupMemberListRequest
from timrest_models import (
    GetGroupAttrRequest as GroupAttrRequestModel,
)
from timrest_models import (
    GetGroupAttrResponse,
    GetPermissionGroupMemberListResponse,
)
from timrest_models import (
    GetPermissionGroupMemberListRequest as MemberListRequestModel,
)


class Recorder(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        url = urlsplit(self.path)
        Recorder.seen.append(
            {
                "path": url.path,
                "query": parse_qsl(url.query),
                "body": json.loads(body),
                "type": self.headers["Content-Type"],
            }
        )
        reply = b'{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"GroupAttrAry":[]}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    Recorder.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


AUTH: dict[str, Any] = {
    "sdkappid": 1400000000,
    "identifier": "admin",
    "usersig": "eJx*-_",
    "random": 99999999,
}
QUERY = [
    ("sdkappid", "1400000000"),
    ("identifier", "admin"),
    ("usersig", "eJx*-_"),
    ("random", "99999999"),
    ("contenttype", "json"),
]
MEMBER_BODY = {
    "GroupId": "@TGS#_g",
    "PermissionGroupId": "@PMG#_p",
    "Limit": 20,
    "Next": "",
    "MemberInfoFilter": ["Role"],
    "AppDefinedDataFilter_GroupMember": ["Level"],
}


def test_wire_format_sync(recorder: str) -> None:
    with GeneratedClient(base_url=recorder) as client:
        get_group_attr.sync_detailed(
            client=client, body=GetGroupAttrRequest.from_dict({"GroupId": "@TGS#a"}), **AUTH
        )
        get_permission_group_member_list.sync_detailed(
            client=client, body=GetPermissionGroupMemberListRequest.from_dict(MEMBER_BODY), **AUTH
        )
    attr, members = Recorder.seen
    assert attr == {
        "path": "/v4/group_open_attr_http_svc/get_group_attr",
        "query": QUERY,
        "body": {"GroupId": "@TGS#a"},
        "type": "application/json",
    }
    assert members["path"] == "/v4/group_open_http_svc/get_permission_group_member_list"
    assert members["query"] == QUERY and members["body"] == MEMBER_BODY


async def test_wire_format_async(recorder: str) -> None:
    async with GeneratedClient(base_url=recorder) as client:
        await get_permission_group_member_list.asyncio_detailed(
            client=client,
            body=GetPermissionGroupMemberListRequest.from_dict(
                {"GroupId": "@TGS#_g", "PermissionGroupId": "@PMG#_p"}
            ),
            **AUTH,
        )
    (seen,) = Recorder.seen
    assert seen["query"] == QUERY
    assert seen["body"] == {"GroupId": "@TGS#_g", "PermissionGroupId": "@PMG#_p"}  # unset: absent


def upstream_json_blocks(name: str) -> list[dict[str, Any]]:
    """The JSON samples of an upstream page, with its // comments and trailing commas removed."""
    text = (UPSTREAM / name).read_text()
    blocks: list[dict[str, Any]] = []
    depth, current = 0, list[str]()
    blocks_dropped: list[list[str]] = []
    for line in text.splitlines():
        code = re.sub(r"\s*//.*$", "", line).strip()
        if depth == 0 and not code.startswith("{"):
            continue
        if depth and code and code[0] not in '"{}[]':
            blocks_dropped.append(current)  # an unfinished fragment ("MemberList": [ ....)
            depth, current = 0, list[str]()
            continue
        current.append(code)
        depth += code.count("{") + code.count("[") - code.count("}") - code.count("]")
        if depth == 0:
            joined = re.sub(r",\s*([}\]])", r"\1", "\n".join(current))
            blocks.append(json.loads(joined))
            current = []
    return blocks


def test_upstream_pages_parse() -> None:
    samples = upstream_json_blocks("get_permission_group_member_list.txt")
    responses = [s for s in samples if "ActionStatus" in s and "MemberList" in s]
    assert len(responses) == 4  # basic, specified fields, custom fields, all in one
    attr_page = (UPSTREAM / "get_group_attr.md").read_text()
    attr_samples = [json.loads(b) for b in re.findall(r"```\n(\{.*?\})\n```", attr_page, re.S)]
    assert len(attr_samples) == 2


def test_models_accept_every_upstream_response() -> None:
    samples = upstream_json_blocks("get_permission_group_member_list.txt")
    parsed = [
        GetPermissionGroupMemberListResponse.model_validate(s)
        for s in samples
        if "ActionStatus" in s and "MemberList" in s
    ]
    roles = {m.role for p in parsed for m in p.member_list or []}
    assert "Member " in roles and "Owner" in roles  # the upstream typo survives, untouched
    attr_page = (UPSTREAM / "get_group_attr.md").read_text()
    response = json.loads(re.findall(r"```\n(\{.*?\})\n```", attr_page, re.S)[1])
    assert GetGroupAttrResponse.model_validate(response).group_attr_ary


def test_models_accept_valid_upstream_requests_and_reject_invalid() -> None:
    samples = upstream_json_blocks("get_permission_group_member_list.txt")
    requests = [s for s in samples if "GroupId" in s and "ActionStatus" not in s]
    assert len(requests) == 5
    valid = [s for s in requests if "Offset" not in s]
    for sample in valid:
        MemberListRequestModel.model_validate(sample)
    (all_in_one,) = [s for s in requests if "Offset" in s]
    with pytest.raises(pydantic.ValidationError, match="Offset"):
        MemberListRequestModel.model_validate(all_in_one)  # Communities do not take Offset
    GroupAttrRequestModel.model_validate({"GroupId": "@TGS#aC5SZEAEF"})


INVALID_REQUESTS = [
    {"GroupId": "@TGS#_g", "PermissionGroupId": "@PMG#_p", "Limit": 60},
    {"GroupId": "@TGS#_g", "PermissionGroupId": "@PMG#_p", "Limit": 0},
    {"GroupId": "@TGS#_g"},
    {"GroupId": "@TGS#plain", "PermissionGroupId": "@PMG#_p"},
    {"GroupId": "@TGS#_g", "PermissionGroupId": "plain"},
    {"GroupId": "@TGS#_g", "PermissionGroupId": "@PMG#_p", "MemberInfoFilter": ["Age"]},
    {"GroupId": "@TGS#_g", "PermissionGroupId": "@PMG#_p", "Next": 5},
    {"GroupId": "@TGS#_g", "PermissionGroupId": "@PMG#_p", "Offset": 0},
]


@pytest.mark.parametrize("body", INVALID_REQUESTS)
def test_models_reject_invalid_requests(body: dict[str, Any]) -> None:
    with pytest.raises(pydantic.ValidationError):
        MemberListRequestModel.model_validate(body)


def test_every_spec_example_is_valid() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    models: dict[str, tuple[Any, Any]] = {
        "getGroupAttr": (GroupAttrRequestModel, GetGroupAttrResponse),
        "getPermissionGroupMemberList": (
            MemberListRequestModel,
            GetPermissionGroupMemberListResponse,
        ),
    }
    count = 0
    for item in spec["paths"].values():
        op = item["post"]
        request_model, response_model = models[op["operationId"]]
        for example in op["requestBody"]["content"]["application/json"]["examples"].values():
            request_model.model_validate(example["value"])
            count += 1
        for example in op["responses"]["200"]["content"]["application/json"]["examples"].values():
            response_model.model_validate(example["value"])
            count += 1
    assert count == 20


def test_response_models_tolerate_new_fields() -> None:
    body = {
        "ActionStatus": "MAYBE",
        "ErrorCode": 0,
        "NewField": 1,
        "MemberList": [
            {"Member_Account": "a", "Role": "Guest", "MsgFlag": "Other", "Unknown": True}
        ],
        "Next": "",
    }
    parsed = GetPermissionGroupMemberListResponse.model_validate(body)
    assert parsed.member_list and parsed.member_list[0].role == "Guest"
