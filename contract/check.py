"""`nox -s contract`, the Python half: Prism and schemathesis against openapi.yaml.

1. Starts Prism's mock server from openapi.yaml and calls both operations through the
   generated client (timrest_client) for every named request example: each must be
   accepted (HTTP 200; Prism validates requests against the spec) and the response must
   parse, with the generated client and with the public models.
2. Starts the emulator and runs schemathesis (positive mode) against it.

Usage: python contract/check.py NODE_BIN_DIR
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from timrest.emulator import emulator_process
from timrest.usersig import generate_usersig
from timrest_client import Client as GeneratedClient
from timrest_client.api.group import get_group_attr, get_permission_group_member_list
from timrest_client.models import GetGroupAttrRequest, GetPermissionGroupMemberListRequest
from timrest_models import GetGroupAttrResponse, GetPermissionGroupMemberListResponse

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
OPERATIONS: dict[str, tuple[Any, Any, Any]] = {
    "getGroupAttr": (get_group_attr, GetGroupAttrRequest, GetGroupAttrResponse),
    "getPermissionGroupMemberList": (
        get_permission_group_member_list,
        GetPermissionGroupMemberListRequest,
        GetPermissionGroupMemberListResponse,
    ),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for(url: str, proc: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server for {url} exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not come up in {seconds} s")


def prism(node_bin: Path) -> int:
    port = free_port()
    proc = subprocess.Popen(
        [str(node_bin / "prism"), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    calls = 0
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(url, proc)
        spec = yaml.safe_load(SPEC.read_text())
        auth = {
            "sdkappid": 1400000000,
            "identifier": "administrator",
            "random": 99999999,
            "usersig": generate_usersig(1400000000, "administrator", "k"),
        }
        with GeneratedClient(base_url=url, raise_on_unexpected_status=True) as client:
            for item in spec["paths"].values():
                op = item["post"]
                module, request_cls, model = OPERATIONS[op["operationId"]]
                examples = op["requestBody"]["content"]["application/json"]["examples"]
                for name, example in examples.items():
                    response = module.sync_detailed(
                        client=client, body=request_cls.from_dict(example["value"]), **auth
                    )
                    if response.status_code != 200 or response.parsed is None:
                        raise SystemExit(
                            f"{op['operationId']}/{name}: Prism answered "
                            f"{response.status_code}: {response.content[:300]!r}"
                        )
                    model.model_validate_json(response.content)
                    calls += 1
                    print(f"prism: {op['operationId']} example {name!r} accepted and parsed")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return calls


def schemathesis() -> None:
    with emulator_process(rate_limit=None, demo_members=100) as url:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                str(SPEC),
                "--url",
                url,
                "--mode",
                "positive",
                "--max-examples",
                "50",
                "--seed",
                "1",
                "--generation-database",
                "none",
                "--no-color",
            ],
            check=True,
        )


def main() -> None:
    calls = prism(Path(sys.argv[1]))
    if calls < 7:  # basic; basic, firstPage, nextPage, memberFields, customFields, allInOne
        raise SystemExit(f"expected every named request example (7), called {calls}")
    schemathesis()
    print("contract: Prism accepted every request example; schemathesis found no violation")


if __name__ == "__main__":
    main()
