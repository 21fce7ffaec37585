"""`nox -s bench`: timrest's overhead as ratios against raw httpx, measured in the same run.

The emulator runs in a separate process (keep-alive, loopback, rate limit off). Each round
interleaves the overlay call and its baseline; the table shows median ratios. `--quick`
checks that everything runs (CI), not the numbers.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

import timrest
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_PERMISSION_GROUP,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
)
from timrest.usersig import generate_usersig
from timrest_models import GetPermissionGroupMemberListResponse


def timed(fn: Callable[[], object], n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - started) / n


def compare(
    name: str,
    ours: Callable[[], object],
    base: Callable[[], object],
    rounds: int,
    n: int,
    target: float,
) -> tuple[str, float, float, float, float]:
    ours(), base()  # warm up
    ratios, ours_t, base_t = [], [], []
    for _ in range(rounds):
        b = timed(base, n)
        o = timed(ours, n)
        ratios.append(o / b)
        ours_t.append(o)
        base_t.append(b)
    return (
        name,
        statistics.median(base_t),
        statistics.median(ours_t),
        statistics.median(ratios),
        target,
    )


def _hammer(args: tuple[str, bytes, int]) -> int:
    url, body, n = args
    with httpx.Client() as client:
        for _ in range(n):
            reply = client.post(url, content=body, headers={"Content-Type": "application/json"})
            if reply.json()["ErrorCode"] != 0:
                raise RuntimeError(reply.text)
    return n


def emulator_throughput(url: str, body: bytes, per_client: int) -> float:
    """Requests/second the emulator serves to 4 concurrent keep-alive client processes."""
    with multiprocessing.Pool(4) as pool:
        pool.map(_hammer, [(url, body, 10)] * 4)  # connect and warm up
        started = time.perf_counter()
        total = sum(pool.map(_hammer, [(url, body, per_client)] * 4))
        return total / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds, n = (2, 20) if args.quick else (15, 200)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "timrest.emulator",
            "--port",
            "0",
            "--rate-limit",
            "0",
            "--demo-members",
            "1000",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().rsplit(" ", 1)[-1].strip()
        usersig = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY)
        query = (
            f"?sdkappid={DEMO_SDKAPPID}&identifier={DEMO_ADMIN}&usersig={usersig}"
            f"&random=99999999&contenttype=json"
        )
        attr_url = f"{url}/v4/group_open_attr_http_svc/get_group_attr{query}"
        page_url = f"{url}/v4/group_open_http_svc/get_permission_group_member_list{query}"
        page_body = json.dumps(
            {
                "GroupId": DEMO_COMMUNITY,
                "PermissionGroupId": DEMO_PERMISSION_GROUP,
                "Limit": 50,
                "Next": "",
            }
        ).encode()
        attr_body = json.dumps({"GroupId": DEMO_ROOM}).encode()
        headers = {"Content-Type": "application/json"}
        raw = httpx.Client()
        client = timrest.Client(
            sdkappid=DEMO_SDKAPPID,
            identifier=DEMO_ADMIN,
            secret_key=DEMO_SECRET_KEY,
            base_url=url,
            rate_limit=None,
        )
        client_limited = timrest.Client(
            sdkappid=DEMO_SDKAPPID,
            identifier=DEMO_ADMIN,
            secret_key=DEMO_SECRET_KEY,
            base_url=url,
            rate_limit=2000,
        )
        page_bytes = raw.post(page_url, content=page_body, headers=headers).content
        throughput = emulator_throughput(attr_url, attr_body, 50 if args.quick else 1500)
        rows = [
            compare(
                "1. one 50-member page: overlay / raw httpx + json.loads",
                lambda: client.list_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP),
                lambda: json.loads(raw.post(page_url, content=page_body, headers=headers).content),
                rounds,
                n,
                1.10,
            ),
            compare(
                "2. get_group_attributes: overlay / raw httpx + json.loads",
                lambda: client.get_group_attributes(DEMO_ROOM),
                lambda: json.loads(raw.post(attr_url, content=attr_body, headers=headers).content),
                rounds,
                n,
                1.05,
            ),
            compare(
                "2b. same, with the in-process rate limiter on (2,000/s)",
                lambda: client_limited.get_group_attributes(DEMO_ROOM),
                lambda: json.loads(raw.post(attr_url, content=attr_body, headers=headers).content),
                rounds,
                n,
                1.05,
            ),
            compare(
                "3. parse one 50-member page: models / json.loads",
                lambda: GetPermissionGroupMemberListResponse.model_validate_json(page_bytes),
                lambda: json.loads(page_bytes),
                rounds,
                n * 10,
                1.5,
            ),
        ]
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        f"machine: {platform.platform()}, Python {platform.python_version()}, "
        f"{'quick' if args.quick else 'full'} mode ({rounds} interleaved rounds x {n})"
    )
    verdict = "ok" if throughput >= 2000 else "MISSED"
    print(
        f"0. emulator: {throughput:,.0f} requests/s from 4 concurrent keep-alive clients; "
        f"ratio to the 2,000/s target {throughput / 2000:.2f} (>= 1.00) {verdict}"
    )
    print(f"{'figure':60} {'baseline':>10} {'timrest':>10} {'ratio':>7} {'target':>7}")
    for name, base, ours, ratio, target in rows:
        verdict = "ok" if ratio <= target else "MISSED"
        print(
            f"{name:60} {base * 1e6:8.0f}us {ours * 1e6:8.0f}us {ratio:7.2f} "
            f"{'<=' + str(target):>7} {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
