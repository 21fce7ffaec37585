"""A local, stateful emulator of the two REST operations, for tests and demos.

    from timrest.emulator import Emulator, EmulatorServer, demo_state
    emulator = Emulator(demo_state())
    with EmulatorServer(emulator) as server:     # real HTTP on 127.0.0.1, port 0
        ...  # point a client (any language) at server.url
    emulator.inject("error", count=2, code=10002)  # fault injection

Front ends: ``EmulatorServer`` (HTTP, in a thread), ``emulator_process()`` (HTTP, in a
child process), ``EmulatorTransport`` (in-process httpx transport), the ``tim_emulator``
pytest fixture, and ``python -m timrest.emulator`` / ``timrest emulator serve``.
"""

from ._callbacks import CallbackDelivery, CallbackSettings
from ._core import SPEC_RATES, Emulator, EmulatorSetupError, Reply
from ._faults import FAULT_KINDS, Fault
from ._process import emulator_process
from ._seed import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_PERMISSION_GROUP,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    DEMO_TOPIC,
    demo_state,
    generated_members,
    load_seed,
    state_from_dict,
)
from ._server import EmulatorServer
from ._state import GROUP_TYPES, State
from ._transport import EmulatorTransport

__all__ = [
    "DEMO_ADMIN",
    "DEMO_COMMUNITY",
    "DEMO_PERMISSION_GROUP",
    "DEMO_ROOM",
    "DEMO_SDKAPPID",
    "DEMO_SECRET_KEY",
    "DEMO_TOPIC",
    "FAULT_KINDS",
    "GROUP_TYPES",
    "SPEC_RATES",
    "CallbackDelivery",
    "CallbackSettings",
    "Emulator",
    "EmulatorServer",
    "EmulatorSetupError",
    "EmulatorTransport",
    "Fault",
    "Reply",
    "State",
    "demo_state",
    "emulator_process",
    "generated_members",
    "load_seed",
    "state_from_dict",
]
