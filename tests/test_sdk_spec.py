"""The spec as a contract other teams generate from: forward-compatible responses, the derived
SDK variant (apiKey security, ErrorCodeKnown, curl samples), servers that agree with ``Region``,
the changelog and version rule, and the emulator's unknown-fields switch."""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from conftest import ROOT, SPEC
from test_codegen import nox, tree  # noqa: F401  (the scratch-tree fixture)

import timrest
from timrest import CODES, Region
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_PERMISSION_GROUP,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    Emulator,
    EmulatorServer,
    demo_state,
)
from timrest.emulator._core import UNKNOWN_FIELD
from timrest.usersig import generate_usersig

SDK_SPEC = ROOT / "generated" / "openapi.sdk.yaml"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text())
    return data


def sdk_spec_module() -> Any:
    spec = importlib.util.spec_from_file_location("sdk_spec", ROOT / "tools" / "sdk_spec.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def walk(spec: dict[str, Any], schema: dict[str, Any], seen: set[str]) -> Iterator[dict[str, Any]]:
    """``schema`` and every schema reachable from it (following $refs once each)."""
    ref = schema.get("$ref")
    if ref is not None:
        name = ref.rsplit("/", 1)[1]
        if name in seen:
            return
        seen.add(name)
        yield from walk(spec, spec["components"]["schemas"][name], seen)
        return
    yield schema
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            yield from walk(spec, part, seen)
    for value in schema.get("properties", {}).values():
        yield from walk(spec, value, seen)
    if isinstance(schema.get("items"), dict):
        yield from walk(spec, schema["items"], seen)


def media_schemas(spec: dict[str, Any], where: str) -> Iterator[dict[str, Any]]:
    for item in spec["paths"].values():
        for op in item.values():
            if where == "responses":
                for response in op["responses"].values():
                    for media in response.get("content", {}).values():
                        yield media["schema"]
            else:
                yield op["requestBody"]["content"]["application/json"]["schema"]


def test_every_response_object_is_open_and_every_request_object_closed() -> None:
    spec = load(SPEC)
    seen: set[str] = set()
    response_objects = [
        s
        for root in media_schemas(spec, "responses")
        for s in walk(spec, root, seen)
        if s.get("type") == "object" or "properties" in s
    ]
    assert len(response_objects) >= 6
    for schema in response_objects:
        assert schema.get("additionalProperties") is True, schema.get("description")
        for prop in schema.get("properties", {}).values():
            assert "maxItems" not in prop, prop.get("description")
    requests = [
        s
        for root in media_schemas(spec, "requests")
        for s in walk(spec, root, set())
        if s.get("type") == "object"
    ]
    assert requests and all(s.get("additionalProperties") is False for s in requests)
    limit = spec["components"]["schemas"]["GetPermissionGroupMemberListRequest"]
    assert limit["properties"]["Limit"]["maximum"] == 50  # the request keeps its limit


def test_the_python_models_keep_unknown_fields_and_accept_a_larger_page() -> None:
    from timrest._generated.timrest_models import GetPermissionGroupMemberListResponse

    members = [{"Member_Account": f"u{i}", "Brand_New": i} for i in range(60)]
    page = GetPermissionGroupMemberListResponse.model_validate(
        {"ActionStatus": "OK", "ErrorCode": 0, "MemberList": members, "Next": "", "New": 1}
    )
    assert page.member_list is not None and len(page.member_list) == 60
    assert page.model_extra == {"New": 1}
    assert page.member_list[0].model_extra == {"Brand_New": 0}


def test_the_sdk_spec_is_derived_from_openapi_yaml() -> None:
    derived = sdk_spec_module().derive(load(SPEC))
    assert load(SDK_SPEC) == derived  # the drift check guards the bytes; this the meaning
    assert SDK_SPEC.read_text().startswith("# DO NOT EDIT")


def test_the_sdk_spec_declares_the_credentials_as_api_keys() -> None:
    sdk = load(SDK_SPEC)
    schemes = sdk["components"]["securitySchemes"]
    assert {name: (s["type"], s["in"], s["name"]) for name, s in schemes.items()} == {
        name: ("apiKey", "query", name) for name in ("sdkappid", "identifier", "usersig")
    }
    assert sdk["security"] == [{"sdkappid": [], "identifier": [], "usersig": []}]
    calls = {n for n in sdk["components"]["parameters"] if not n.startswith("callback")}
    assert calls == {"random", "contenttype"}
    for item in sdk["paths"].values():
        for op in item.values():
            refs = [p["$ref"].rsplit("/", 1)[1] for p in op["parameters"]]
            assert refs == ["random", "contenttype"]  # per call, one shared type each
    for item in sdk["webhooks"].values():  # what Tencent sends: its own query, no credentials
        for op in item.values():
            assert all(p["$ref"].rsplit("/", 1)[1].startswith("callback") for p in op["parameters"])
            assert "security" not in op


def test_error_codes_are_data_for_machines() -> None:
    known = load(SDK_SPEC)["components"]["schemas"]["ErrorCodeKnown"]
    assert known["enum"] == sorted(CODES)  # every code the SDK maps, and no other
    names = known["x-enum-varnames"]
    assert len(set(names)) == len(names) == len(known["enum"])
    assert all(re.fullmatch(r"E\d+_[A-Z0-9_]+", name) for name in names)
    assert known["x-enum-descriptions"] == [CODES[c].meaning for c in known["enum"]]
    spec = load(SPEC)
    for item in spec["paths"].values():
        for op in item.values():
            for name, example in _failure_examples(op):
                assert "illustrative" in example.get("description", ""), name


def _failure_examples(op: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for response in op["responses"].values():
        for media in response.get("content", {}).values():
            for name, example in media.get("examples", {}).items():
                if example["value"].get("ErrorCode"):
                    yield name, example


def test_servers_and_region_agree() -> None:
    servers = load(SPEC)["servers"]
    assert servers[0]["x-tim-region"] == "china"
    assert [s["x-tim-region"] for s in servers] == [r.name.lower() for r in Region]
    for server in servers:
        region = Region[server["x-tim-region"].upper()]
        assert server["url"] == f"https://{region.domain}"
        backup = server.get("x-tim-backup-url")
        assert backup == (f"https://{region.backup_domain}" if region.backup_domain else None)
        assert region.base_urls == tuple(u for u in (server["url"], backup) if u)
    table = load(SDK_SPEC)["info"]["description"]
    assert (
        "| Region | Server |" in table and "| tokyo | `https://adminapijpn.im.qcloud.com`" in table
    )


def test_tags_are_described_and_every_operation_links_its_page() -> None:
    spec = load(SPEC)
    tags = {t["name"]: t["description"] for t in spec["tags"]}
    assert all(tags.values())
    used: set[str] = set()
    for item in spec["paths"].values():
        for op in item.values():
            assert set(op["tags"]) <= set(tags)
            used |= set(op["tags"])
            assert op["externalDocs"]["url"] == op["x-tim-upstream"]["page"]
    for item in spec["webhooks"].values():
        for op in item.values():
            assert set(op["tags"]) <= set(tags)
            used |= set(op["tags"])
            assert op["externalDocs"]["url"].startswith("https://www.tencentcloud.com/document/")
    assert used == set(tags)  # no tag without an operation or a callback


def test_every_curl_sample_is_a_signed_call_the_emulator_accepts(server: EmulatorServer) -> None:
    """Each operation's x-codeSamples curl command, replayed against the emulator with its
    host and a real UserSig in place of the example ones, reaches the operation: the envelope
    answers with no URL or authentication code."""
    sdk = load(SDK_SPEC)
    usersig = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 3600)
    example_sig = sdk["components"]["securitySchemes"]["usersig"]
    assert example_sig  # the scheme is documented; the sample carries the parameter's example
    answered = 0
    for path, item in sdk["paths"].items():
        for op in item.values():
            (sample,) = op["x-codeSamples"]
            assert sample["lang"] == "Shell" and sample["label"] == "curl"
            words = shlex.split(sample["source"], comments=True)
            url = next(w for w in words if w.startswith("https://"))
            assert path in url and "sdkappid=" in url and "usersig=" in url and "random=" in url
            body = words[words.index("-d") + 1]
            url = re.sub(r"^https://[^/]+", server.url, url)
            url = re.sub(r"usersig=[^&]+", f"usersig={usersig}", url)
            url = url.replace("sdkappid=1400000000", f"sdkappid={DEMO_SDKAPPID}")
            url = url.replace("identifier=administrator", f"identifier={DEMO_ADMIN}")
            reply = httpx.post(url, content=body, headers={"Content-Type": "application/json"})
            code = reply.json()["ErrorCode"]
            assert not 60000 <= code < 80000, (op["operationId"], reply.json())
            answered += 1
    from timrest._generated.timrest_client.operations import OPERATIONS

    assert answered == len(OPERATIONS)  # every operation of the table has its sample


def test_the_changelog_names_the_current_version() -> None:
    version = load(SPEC)["info"]["version"]
    changelog = (ROOT / "SPEC-CHANGELOG.md").read_text()
    assert f"## {version}\n" in changelog
    assert json.loads((ROOT / "generated" / "STAMP.json").read_text())["spec_version"] == version


def test_a_spec_change_without_a_version_bump_is_refused(tree: Path) -> None:  # noqa: F811
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=tree, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tree, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=tree, check=True)
    spec = tree / "openapi.yaml"
    spec.write_text(spec.read_text().replace("Get the custom attributes", "Read the attributes"))
    refused = nox(tree, "-s", "generate")
    assert refused.returncode != 0
    assert "bump it and add a SPEC-CHANGELOG.md entry" in refused.stdout + refused.stderr
    version = load(SPEC)["info"]["version"]
    major, minor, patch = map(int, version.split("."))
    bumped = f"{major}.{minor}.{patch + 1}"
    spec.write_text(spec.read_text().replace(f"  version: {version}", f"  version: {bumped}", 1))
    no_entry = nox(tree, "-s", "generate")
    assert (
        no_entry.returncode != 0 and f"no '## {bumped}' entry" in no_entry.stdout + no_entry.stderr
    )
    changelog = tree / "SPEC-CHANGELOG.md"
    changelog.write_text(changelog.read_text() + f"\n## {bumped}\n\n- Reworded a summary.\n")
    done = nox(tree, "-s", "generate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads((tree / "generated" / "STAMP.json").read_text())["spec_version"] == bumped


@pytest.mark.parametrize("unknown", [False, True])
def test_the_unknown_fields_switch(unknown: bool) -> None:
    """With the switch, every object of every reply (failures too) carries a field no client
    knows; the Python client reads the same results either way."""
    emulator = Emulator(demo_state(members=60), unknown_fields=unknown)
    with EmulatorServer(emulator) as server:
        usersig = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 3600)
        query: dict[str, str | int] = {"sdkappid": DEMO_SDKAPPID, "identifier": DEMO_ADMIN,
                                       "usersig": usersig, "random": 7, "contenttype": "json"}  # fmt: skip
        page = httpx.post(
            f"{server.url}/v4/group_open_http_svc/get_permission_group_member_list",
            params=query,
            json={
                "GroupId": DEMO_COMMUNITY,
                "PermissionGroupId": DEMO_PERMISSION_GROUP,
                "Limit": 5,
                "Next": "",
            },
        ).json()
        failure = httpx.post(
            f"{server.url}/v4/group_open_attr_http_svc/get_group_attr",
            params=query,
            json={"GroupId": "@TGS#_missing"},
        ).json()
        objects = [page, failure, *page["MemberList"]]
        objects += [d for m in page["MemberList"] for d in m.get("AppMemberDefinedData", [])]
        assert all((UNKNOWN_FIELD in o) is unknown for o in objects)
        with timrest.Client(sdkappid=DEMO_SDKAPPID, identifier=DEMO_ADMIN,
                            secret_key=DEMO_SECRET_KEY, base_url=server.url) as client:  # fmt: skip
            members = list(
                client.iter_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP)
            )
            attributes = client.get_group_attributes(DEMO_ROOM)
    assert len(members) == 60 and attributes
    assert all((UNKNOWN_FIELD in (m.model_extra or {})) is unknown for m in members)
