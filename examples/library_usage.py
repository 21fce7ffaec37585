"""timrest as a library, against the emulator: `python examples/library_usage.py [MEMBERS]`.

Starts the emulator (demo dataset) in a child process on a free loopback port, reads and
writes the attributes of a live room and iterates a whole permission group, ending with a
summary.
(The README's main job, `nox -s demo`, does the same through the `timrest` command.)
"""

from __future__ import annotations

import sys
import time

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


def main(members: int = 20000) -> None:
    with emulator_process(demo_members=members) as url:
        print(f"emulator: {url}")
        with timrest.Client(
            sdkappid=DEMO_SDKAPPID, identifier=DEMO_ADMIN, secret_key=DEMO_SECRET_KEY, base_url=url
        ) as client:
            print(f"attributes of {DEMO_ROOM}: {client.get_group_attributes(DEMO_ROOM)}")
            client.modify_group_attributes(DEMO_ROOM, {"host": "bob", "seat1": "carol"})
            client.delete_group_attributes(DEMO_ROOM, ["viewers"])
            print(f"after modify and delete: {client.get_group_attributes(DEMO_ROOM)}")
            started = time.perf_counter()
            iterator = client.iter_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP)
            count, roles = 0, dict[str | None, int]()
            for member in iterator:
                count += 1
                roles[member.role] = roles.get(member.role, 0) + 1
                if count % 5000 == 0:
                    print(f"  exported {count}/{iterator.total} members", file=sys.stderr)
            elapsed = time.perf_counter() - started
        print(
            f"exported {count} of {iterator.total} members of {DEMO_PERMISSION_GROUP} in "
            f"{iterator.pages_fetched} pages, {elapsed:.2f} s ({count / elapsed:,.0f}/s); "
            f"roles {dict(sorted((str(k), v) for k, v in roles.items()))}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
