"""`nox -s contract`, the Python half: Prism and schemathesis against openapi.yaml.

1. Starts Prism's mock server from openapi.yaml and calls every operation through the
   generated methods of ``timrest.Client`` with every named request example (turned into
   the method's Python arguments by the operation table): each must be accepted (Prism
   validates requests against the spec) and its response must parse.
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

import timrest
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest._table import Operation
from timrest.emulator import emulator_process
from timrest.usersig import generate_usersig

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"


def python_arguments(op: Operation[Any], body: dict[str, Any]) -> dict[str, Any]:
    """A wire body as the keyword arguments of the operation's generated method."""
    args: dict[str, Any] = {}
    for param in op.params:
        if param.wire not in body:
            continue
        value = body[param.wire]
        if param.kind == "mapping":
            value = {row[param.item_key]: row[param.item_value] for row in value}
        elif param.kind == "keys":
            value = [row[param.item_key] for row in value]
        args[param.name] = value
    return args


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
        usersig = generate_usersig(1400000000, "administrator", "k")
        with timrest.Client(
            sdkappid=1400000000,
            identifier="administrator",
            usersig=usersig,
            base_url=url,
            rate_limit=None,
            max_retries=0,
        ) as client:
            for path, item in spec["paths"].items():
                op = OPERATIONS[path.rsplit("/", 1)[1]]
                examples = item["post"]["requestBody"]["content"]["application/json"]["examples"]
                for name, example in examples.items():
                    try:
                        getattr(client, op.method)(**python_arguments(op, example["value"]))
                    except timrest.TimError as exc:
                        raise SystemExit(f"{op.name}/{name}: Prism refused it: {exc}") from None
                    calls += 1
                    print(f"prism: {op.method}() example {name!r} accepted and parsed")
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
    spec = yaml.safe_load(SPEC.read_text())
    expected = sum(
        len(item["post"]["requestBody"]["content"]["application/json"]["examples"])
        for item in spec["paths"].values()
    )
    if calls != expected:
        raise SystemExit(f"expected every named request example ({expected}), called {calls}")
    schemathesis()
    print("contract: Prism accepted every request example; schemathesis found no violation")


if __name__ == "__main__":
    main()
