"""`nox -s contract`: the spec in other teams' hands, making real signed calls.

Generates clients from generated/openapi.sdk.yaml as a TypeScript team and a Java team would,
builds them, and runs each against the emulator twice: as it is, and with ``--unknown-fields``
(every object of every reply carries a field no client knows). Each must read the group's
attributes, page through the permission group to its end and see error 10010 as data, and run
the Community scenario on IDs of its own (create a permission group, add members twice, create
a topic, destroy it beside one that never existed: every per-item code read), with the same
results as the Python client, and with effects the Python client then reads back.

- TypeScript: @hey-api/openapi-ts (pinned in tools/node), `tsc --strict`, run with Node.
- Java: openapi-generator (PyPI's openapi-generator-cli), `java` generator. The calls use the
  `native` library (java.net.http + Jackson): its dependencies are in Debian but for Jackson's
  jsr310 module, which its ApiClient registers although the contract has no date fields, so an
  empty stand-in takes its place (contract/java/stubs). The default library, okhttp-gson, needs
  gson-fire and okhttp 4 (not in Debian): its models are built alone, and parse recorded
  replies with unknown fields (``ParseUnknown``).

Usage: python contract/consumers.py NODE_BIN_DIR BUILD_DIR
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

import timrest
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_PERMISSION_GROUP,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    emulator_process,
)
from timrest.emulator._core import UNKNOWN_FIELD
from timrest.usersig import generate_usersig

ROOT = Path(__file__).resolve().parent.parent
SDK_SPEC = ROOT / "generated" / "openapi.sdk.yaml"
JARS = ("jackson-databind", "jackson-core", "jackson-annotations", "jakarta-annotation-api",
        "jsr305", "gson", "okio")  # fmt: skip
MEMBERS = 120
ARGS = [str(DEMO_SDKAPPID), DEMO_ADMIN, DEMO_SECRET_KEY, DEMO_ROOM, DEMO_COMMUNITY,
        DEMO_PERMISSION_GROUP]  # fmt: skip
ACCOUNTS = ["user000001", "user000002"]  # members of the demo Community
PYTHON_TAG = "contract_python"
OPTIONS: dict[str, Any] = {"sdkappid": DEMO_SDKAPPID, "identifier": DEMO_ADMIN,
                           "secret_key": DEMO_SECRET_KEY, "rate_limit": None}  # fmt: skip


def run(*cmd: str | Path, cwd: Path | None = None) -> str:
    result = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False, timeout=600
    )
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(map(str, cmd))[:200]} failed:\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def build_typescript(node_bin: Path, build: Path) -> list[str]:
    work = build / "ts"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for name in ("consumer.ts", "tsconfig.json"):
        shutil.copy(ROOT / "contract" / "ts" / name, work / name)
    # openapi-ts reads a bare relative path as a registry shorthand: give it ./ or an absolute.
    run(node_bin / "openapi-ts", "-i", SDK_SPEC, "-o", work / "client")
    run(node_bin / "tsc", "-p", work / "tsconfig.json", "--typeRoots", node_bin.parent / "@types")
    return ["node", str(work / "out" / "consumer.js")]


def _generate_java(build: Path, name: str, library: str, spec: Path, *extra: str) -> Path:
    out = build / "java" / name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    # The jsr310-based date helpers: replaced by an empty stand-in (no field is a date).
    (out / ".openapi-generator-ignore").write_text(
        "**/RFC3339JavaTimeModule.java\n**/RFC3339InstantDeserializer.java\n"
    )
    run(
        "openapi-generator-cli", "generate", "-g", "java", "-i", spec, "-o", out,
        "--library", library,
        "--additional-properties",
        "openApiNullable=false,hideGenerationTimestamp=true,useJakartaEe=true,"
        "invokerPackage=tim.client,apiPackage=tim.client.api,modelPackage=tim.client.model",
        "--global-property", "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false",
        *extra,
    )  # fmt: skip
    return out


def _javac(sources: list[Path], classes: Path, classpath: str) -> None:
    classes.mkdir(parents=True, exist_ok=True)
    run("javac", "-nowarn", "-encoding", "UTF-8", "-d", classes, "-cp", classpath, *sources)


def build_java(build: Path) -> list[str]:
    jars = ":".join(f"/usr/share/java/{jar}.jar" for jar in JARS)
    stubs = ROOT / "contract" / "java" / "stubs"
    native = _generate_java(build, "native", "native", SDK_SPEC)
    classes = build / "java" / "native-classes"
    sources = sorted((native / "src" / "main" / "java").rglob("*.java"))
    sources += [stubs / "com/fasterxml/jackson/datatype/jsr310/JavaTimeModule.java",
                stubs / "tim/client/RFC3339JavaTimeModule.java",
                ROOT / "contract" / "java" / "Consumer.java"]  # fmt: skip
    _javac(sources, classes, jars)
    return ["java", "-cp", f"{classes}:{jars}", "Consumer"]


def build_gson_models(build: Path, spec: Path, name: str) -> list[str]:
    """okhttp-gson's models of ``spec`` (with its JSON class) and ``ParseUnknown``."""
    jars = ":".join(f"/usr/share/java/{jar}.jar" for jar in JARS)
    support = "JSON.java:AbstractOpenApiSchema.java:ApiException.java"
    gson = _generate_java(
        build, name, "okhttp-gson", spec, "--global-property", f"models,supportingFiles={support}"
    )
    classes = build / "java" / f"{name}-classes"
    sources = sorted((gson / "src" / "main" / "java").rglob("*.java"))
    sources += sorted((ROOT / "contract" / "java" / "stubs" / "io" / "gsonfire").glob("*.java"))
    sources += [ROOT / "contract" / "java" / "ParseUnknown.java"]
    _javac(sources, classes, jars)
    return ["java", "-cp", f"{classes}:{jars}", "ParseUnknown"]


def closed_variant(build: Path) -> Path:
    """openapi.sdk.yaml as it was before 1.3.0: response objects without
    ``additionalProperties: true`` (the control: its models must refuse unknown fields)."""
    text = SDK_SPEC.read_text().replace("additionalProperties: true", "x-was-open: true")
    out = build / "openapi.sdk.closed.yaml"
    out.write_text(text)
    return out


def community(client: timrest.Client, tag: str) -> dict[str, Any]:
    """The Community scenario the consumers run, as the wire answers it to the Python client."""
    raw = client.with_raw_response
    group = f"@PMG#_{tag}"
    created = raw.create_permission_group(DEMO_COMMUNITY, tag, 3, permission_group_id=group).json()
    added = [
        [[item["Member_Account"], item["Result"]] for item in reply["MemberList"]]
        for reply in (
            raw.add_permission_group_members(DEMO_COMMUNITY, group, ACCOUNTS).json()
            for _ in range(2)
        )
    ]
    topic = f"{DEMO_COMMUNITY}@TOPIC#_{tag}"
    topic = raw.create_topic(DEMO_COMMUNITY, tag, topic_id=topic).json()["TopicId"]
    never = f"{DEMO_COMMUNITY}@TOPIC#_never_{tag}"
    destroyed = raw.destroy_topics(DEMO_COMMUNITY, [topic, never]).json()["DestroyResultItem"]
    return {
        "created": created["ErrorCode"],
        "permission_group": created["PermissionGroupId"],
        "added": added[0],
        "again": added[1],
        "topic": topic,
        "destroyed": [[item["TopicId"], item["ErrorCode"]] for item in destroyed],
    }


def effects(url: str, tag: str) -> tuple[list[str], list[str]]:
    """What the Python client reads back of a consumer's scenario: the members of its
    permission group, and the topics of its tag still in the Community (none)."""
    with timrest.Client(**OPTIONS, base_url=url) as client:
        members = [
            m.member_account
            for m in client.iter_permission_group_members(DEMO_COMMUNITY, f"@PMG#_{tag}")
        ]
        topics = client.with_raw_response.get_topics(DEMO_COMMUNITY, DEMO_ADMIN).json()[
            "TopicAndSelfInfo"
        ]
    return members, [t["TopicInfo"]["TopicId"] for t in topics if tag in t["TopicInfo"]["TopicId"]]


def expected(url: str) -> dict[str, Any]:
    """What every consumer must report: read with the Python client."""
    with timrest.Client(**OPTIONS, base_url=url) as client:
        attributes = client.get_group_attributes(DEMO_ROOM)
        members = [
            m.member_account
            for m in client.iter_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP)
        ]
        try:
            client.get_group_attributes("@TGS#_no_such_group")
            code = 0
        except timrest.TimAPIError as error:
            code = error.code
        scenario = community(client, PYTHON_TAG)
    if len(set(members)) != MEMBERS or len(members) != MEMBERS:
        raise SystemExit(f"the Python client saw {len(members)} members, not {MEMBERS}")
    codes = [[code for _, code in scenario[k]] for k in ("added", "again", "destroyed")]
    if codes != [
        [0, 0],
        [10013, 10013],
        [0, 10010],
    ]:  # added; already members; destroyed, never was
        raise SystemExit(f"the Python client's scenario answered {codes}")
    if effects(url, PYTHON_TAG) != (ACCOUNTS, []):
        raise SystemExit(f"the Python client's scenario left {effects(url, PYTHON_TAG)}")
    return {"attributes": attributes, "members": members, "error": code, "community": scenario}


def record_replies(url: str, folder: Path) -> list[Path]:
    """Raw replies of the emulator (with unknown fields) for ParseUnknown."""
    usersig = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 3600)
    query: dict[str, str | int] = {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "usersig": usersig,
        "random": 1,
        "contenttype": "json",
    }
    calls = [
        ("/v4/group_open_attr_http_svc/get_group_attr", {"GroupId": DEMO_ROOM}),
        ("/v4/group_open_http_svc/get_permission_group_member_list",
         {"GroupId": DEMO_COMMUNITY, "PermissionGroupId": DEMO_PERMISSION_GROUP, "Limit": 50,
          "Next": ""}),
    ]  # fmt: skip
    paths = []
    for i, (path, body) in enumerate(calls):
        reply = httpx.post(url + path, params=query, json=body).json()
        if UNKNOWN_FIELD not in reply or reply["ErrorCode"] != 0:
            raise SystemExit(f"{path}: not a success with unknown fields: {reply}")
        target = folder / f"reply{i}.json"
        target.write_text(json.dumps(reply))
        paths.append(target)
    return paths


def check(name: str, command: list[str], url: str, want: dict[str, Any], tag: str) -> None:
    got = json.loads(run(*command, url, *ARGS, tag, *ACCOUNTS).strip().splitlines()[-1])
    problems = []
    # The Python client's scenario, on this consumer's IDs.
    scenario = json.loads(json.dumps(want["community"]).replace(PYTHON_TAG, tag))
    if got["community"] != scenario:
        problems.append(f"community {got['community']} != {scenario}")
    if effects(url, tag) != (ACCOUNTS, []):
        problems.append(f"the Python client reads back {effects(url, tag)} of its scenario")
    if got["attributes"] != want["attributes"]:
        problems.append(f"attributes {got['attributes']} != {want['attributes']}")
    if got["members"] != want["members"]:
        problems.append(f"{len(got['members'])} members, not the {len(want['members'])} expected")
    if got["error"]["code"] != want["error"] or got["error"]["known"] is not True:
        problems.append(f"error {got['error']} (want {want['error']}, known)")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))
    codes = [code for _, code in got["community"]["again"] + got["community"]["destroyed"]]
    print(f"{name}: {len(got['members'])} members in {got['pages']} pages, attributes, "
          f"error {got['error']['code']} and the Community's per-item codes {codes} as the "
          "Python client saw them")  # fmt: skip


def main(node_bin: Path, build: Path) -> None:
    consumers = {
        ("TypeScript (@hey-api/openapi-ts)", "contract_ts"): build_typescript(node_bin, build)
    }
    consumers["Java (openapi-generator, native)", "contract_java"] = build_java(build)
    parse_unknown = build_gson_models(build, SDK_SPEC, "okhttp-gson")
    parse_closed = build_gson_models(build, closed_variant(build), "okhttp-gson-closed")
    for unknown in (False, True):
        label = "with unknown fields" if unknown else "as specified"
        with emulator_process(rate_limit=None, demo_members=MEMBERS, unknown_fields=unknown) as url:
            want = expected(url)  # the Python consumer, on the same replies
            print(f"-- emulator {label}: Python client: {len(want['members'])} members")
            for (name, tag), command in consumers.items():
                check(f"{name}, {label}", command, url, want, tag)
            if unknown:
                replies = record_replies(url, build)
                parsed = run(*parse_unknown, *replies).strip()
                print(f"Java okhttp-gson models parse replies with unknown fields: {parsed}")
                refused = subprocess.run(
                    [*parse_closed, *map(str, replies)], capture_output=True, text=True, check=False
                )
                if refused.returncode == 0 or UNKNOWN_FIELD not in refused.stderr:
                    raise SystemExit("the control failed: closed models accepted unknown fields")
                print("control: the same models without additionalProperties: true refuse them")


if __name__ == "__main__":
    os.environ.setdefault("NO_UPDATE_NOTIFIER", "1")
    main(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())
