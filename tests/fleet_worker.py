"""A fleet replica for test_redis_limiter: N async calls through a Redis-limited client.

Usage: python fleet_worker.py EMULATOR_URL REDIS_URL CALLS RATE REPLICAS START_AT
The replicas start together at the Unix time START_AT, like a fleet already running.
Prints one JSON line: {"ok": successes, "errors": {error class: count}}.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import sys
import time

import timrest
from timrest.emulator import DEMO_ADMIN, DEMO_ROOM, DEMO_SDKAPPID, DEMO_SECRET_KEY

# An application decides where library logs go: this one prints warnings on stderr.
logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")


async def main(
    url: str, redis_url: str, calls: int, rate: int, replicas: int, start_at: float
) -> None:
    errors: collections.Counter[str] = collections.Counter()
    ok = 0
    async with timrest.AsyncClient(
        sdkappid=DEMO_SDKAPPID,
        identifier=DEMO_ADMIN,
        secret_key=DEMO_SECRET_KEY,
        base_url=url,
        rate_limit=rate,
        rate_limit_redis_url=redis_url,
        rate_limit_replicas=replicas,
        max_retries=0,
        rate_limit_timeout=60,
    ) as client:
        await asyncio.sleep(max(0.0, start_at - time.time()))

        async def one() -> None:
            nonlocal ok
            try:
                await client.get_group_attributes(DEMO_ROOM)
                ok += 1
            except timrest.TimError as error:
                errors[type(error).__name__] += 1

        await asyncio.gather(*(one() for _ in range(calls)))
    print(json.dumps({"ok": ok, "errors": dict(errors)}), flush=True)


if __name__ == "__main__":
    url, redis_url, calls, rate, replicas, start_at = sys.argv[1:7]
    asyncio.run(main(url, redis_url, int(calls), int(rate), int(replicas), float(start_at)))
