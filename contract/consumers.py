"""`nox -s contract`: the spec in other teams' hands, making real signed calls.

Generates clients from generated/openapi.sdk.yaml as a TypeScript team and a Java team would,
builds them, and runs each against the emulator twice: as it is, and with ``--unknown-fields``
(every object of every reply carries a field no client knows). Each must read the group's
attributes, page through the permission group to its end and see error 10010 as data, with
the same results as the Python client and as the emulator's own state.

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


def expected(url: str) -> dict[str, Any]:
    """What every consumer must report: read with the Python client."""
    options: dict[str, Any] = {"sdkappid": DEMO_SDKAPPID, "identifier": DEMO_ADMIN,
                               "secret_key": DEMO_SECRET_KEY}  # fmt: skip
    with timrest.Client(**options, base_url=url, rate_limit=None) as client:
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
    if len(set(members)) != MEMBERS or len(members) != MEMBERS:
        raise SystemExit(f"the Python client saw {len(members)} members, not {MEMBERS}")
    return {"attributes": attributes, "members": members, "error": code}


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


def check(name: str, command: list[str], url: str, want: dict[str, Any]) -> None:
    got = json.loads(run(*command, url, *ARGS).strip().splitlines()[-1])
    problems = []
    if got["attributes"] != want["attributes"]:
        problems.append(f"attributes {got['attributes']} != {want['attributes']}")
    if got["members"] != want["members"]:
        problems.append(f"{len(got['members'])} members, not the {len(want['members'])} expected")
    if got["error"]["code"] != want["error"] or got["error"]["known"] is not True:
        problems.append(f"error {got['error']} (want {want['error']}, known)")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))
    print(f"{name}: {len(got['members'])} members in {got['pages']} pages, attributes and "
          f"error {got['error']['code']} as the Python client saw them")  # fmt: skip


def main(node_bin: Path, build: Path) -> None:
    consumers = {"TypeScript (@hey-api/openapi-ts)": build_typescript(node_bin, build)}
    consumers["Java (openapi-generator, native)"] = build_java(build)
    parse_unknown = build_gson_models(build, SDK_SPEC, "okhttp-gson")
    parse_closed = build_gson_models(build, closed_variant(build), "okhttp-gson-closed")
    for unknown in (False, True):
        label = "with unknown fields" if unknown else "as specified"
        with emulator_process(rate_limit=None, demo_members=MEMBERS, unknown_fields=unknown) as url:
            want = expected(url)  # the Python consumer, on the same replies
            print(f"-- emulator {label}: Python client: {len(want['members'])} members")
            for name, command in consumers.items():
                check(f"{name}, {label}", command, url, want)
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
