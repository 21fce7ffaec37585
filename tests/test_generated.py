"""The generated layer: the wire format it drives, and timrest_models on upstream samples.

The upstream samples are facts from Tencent's pages (their JSON, made valid), kept as test
data in tests/data/upstream_samples.json; the pages themselves are not in the repository.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlsplit

import pydantic
import pytest
import yaml
from conftest import SPEC

import timrest
from timrest._generated.timrest_client import ENDPOINTS
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest._generated.timrest_models import (
    GetGroupAttrResponse,
    GetPermissionGroupMemberListResponse,
)
from timrest._generated.timrest_models import (
    GetPermissionGroupMemberListRequest as MemberListRequestModel,
)

SAMPLES = json.loads((Path(__file__).parent / "data" / "upstream_samples.json").read_text())


class Recorder(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    seen: ClassVar[list[dict[str, Any]]] = []
    reply: ClassVar[bytes] = b""

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
        reply = Recorder.reply
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
    Recorder.reply = b'{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"GroupAttrAry":[]}'
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


AUTH: dict[str, Any] = {"sdkappid": 1400000000, "identifier": "admin", "usersig": "eJx*-_"}
MEMBER_BODY = {
    "GroupId": "@TGS#_g",
    "PermissionGroupId": "@PMG#_p",
    "MemberInfoFilter": ["Role"],
    "AppDefinedDataFilter_GroupMember": ["Level"],
    "Limit": 20,
    "Next": "",
}


def _query_names(seen: dict[str, Any]) -> list[str]:
    return [name for name, _ in seen["query"]]


def test_wire_format_sync(recorder: str) -> None:
    with timrest.Client(base_url=recorder, rate_limit=None, **AUTH) as client:
        client.get_group_attributes("@TGS#a")
        Recorder.reply = b'{"ActionStatus":"OK","ErrorCode":0,"Next":"","MemberList":[]}'
        client.list_permission_group_members(
            "@TGS#_g", "@PMG#_p", member_fields=["Role"], custom_fields=["Level"], limit=20
        )
    attr, members = Recorder.seen
    assert attr["path"] == "/v4/group_open_attr_http_svc/get_group_attr"
    assert attr["body"] == {"GroupId": "@TGS#a"} and attr["type"] == "application/json"
    query = dict(attr["query"])
    assert _query_names(attr) == ["sdkappid", "identifier", "usersig", "contenttype", "random"]
    assert query["sdkappid"] == "1400000000" and query["usersig"] == "eJx*-_"
    assert query["contenttype"] == "json" and 0 <= int(query["random"]) < 2**32
    assert members["path"] == "/v4/group_open_http_svc/get_permission_group_member_list"
    assert members["body"] == MEMBER_BODY


async def test_wire_format_async(recorder: str) -> None:
    Recorder.reply = b'{"ActionStatus":"OK","ErrorCode":0,"Next":"","MemberList":[]}'
    async with timrest.AsyncClient(base_url=recorder, rate_limit=None, **AUTH) as client:
        await client.list_permission_group_members("@TGS#_g", "@PMG#_p")
        await client.list_permission_group_members("@TGS#_g", "@PMG#_p")
    first, second = Recorder.seen
    assert first["body"] == {
        "GroupId": "@TGS#_g",
        "PermissionGroupId": "@PMG#_p",
        "Limit": 50,
        "Next": "",
    }
    assert dict(first["query"])["random"] != dict(second["query"])["random"]  # fresh per request


def test_endpoints_come_from_the_spec() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    assert set(ENDPOINTS) == set(spec["paths"])
    for path, endpoint in ENDPOINTS.items():
        op = spec["paths"][path]["post"]
        assert endpoint.method == "POST"
        names = [p["$ref"].rsplit("/", 1)[1] for p in op["parameters"]]
        assert [q.name for q in endpoint.query] == names
        table = OPERATIONS[path.rsplit("/", 1)[1]]
        assert table.endpoint is endpoint and table.method == op["x-timrest-method"]
        assert table.request_model.__name__ == endpoint.request_schema
        assert table.response_model.__name__ == endpoint.response_schema


def test_models_accept_every_upstream_response() -> None:
    member_pages = SAMPLES["get_permission_group_member_list"]["responses"]
    parsed = [GetPermissionGroupMemberListResponse.model_validate(s) for s in member_pages]
    roles = {m.role for p in parsed for m in p.member_list or []}
    assert "Member " in roles and "Owner" in roles  # the upstream typo survives, untouched
    (attrs,) = SAMPLES["get_group_attr"]["responses"]
    assert GetGroupAttrResponse.model_validate(attrs).group_attr_ary


def test_models_accept_valid_upstream_requests_and_reject_invalid() -> None:
    for name, samples in SAMPLES.items():
        model = OPERATIONS[name].request_model
        for sample in samples["requests"]:
            model.model_validate(sample)
        for sample in samples["rejected_requests"]:
            with pytest.raises(pydantic.ValidationError, match="Offset"):
                model.model_validate(sample)  # Communities do not take Offset


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
    count = 0
    for path, item in spec["paths"].items():
        op = item["post"]
        table = OPERATIONS[path.rsplit("/", 1)[1]]
        for example in op["requestBody"]["content"]["application/json"]["examples"].values():
            table.request_model.model_validate(example["value"])
            count += 1
        for example in op["responses"]["200"]["content"]["application/json"]["examples"].values():
            table.response_model.model_validate(example["value"])
            count += 1
    assert count >= 2 * len(spec["paths"])


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
