"""The `tim_emulator` fixture that timrest installs for its users' test suites."""

from __future__ import annotations

from timrest.emulator import DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, DEMO_ROOM
from timrest.emulator.pytest_plugin import EmulatorHandle


def test_fixture_serves_a_matching_client(tim_emulator: EmulatorHandle) -> None:
    assert tim_emulator.url.startswith("http://127.0.0.1:")
    with tim_emulator.client() as client:
        assert client.get_group_attributes(DEMO_ROOM)["topic"] == "launch"
        assert (
            len(list(client.iter_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP)))
            == 300
        )
    assert tim_emulator.secret_key not in repr(tim_emulator)


async def test_fixture_async_client(tim_emulator: EmulatorHandle) -> None:
    tim_emulator.emulator.inject("error", code=10002)
    async with tim_emulator.async_client() as client:
        assert await client.get_group_attributes(DEMO_ROOM)
