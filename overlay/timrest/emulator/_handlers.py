"""How the emulator's operations are served: one handler per operation of the table.

A handler is a method marked ``@handles("command")``; it receives the ``Call`` (the
operation's record, the app, the raw body and the body validated by ``check_request``) and
changes the state or reads it, answering the response fields. The routing, the checks that
the table can make (``_checks``), the group lookup and its group-type check (from the
operation's ``x-tim-group-types``) happen before or around it, for every operation alike.

``Emulator`` checks when it is built that every operation of the table has exactly one
handler: a new operation without one is an ``EmulatorSetupError`` at start-up naming it,
never a 70500 at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from timrest._table import Operation

from ._failure import ApiFailure
from ._state import Group, State

if TYPE_CHECKING:
    from ._callbacks import CallbackSender
    from ._faults import Fault

__all__ = ["Call", "EmulatorSetupError", "HandlerBase", "handlers_of", "handles"]

F = TypeVar("F", bound=Callable[..., Any])
_MARK = "_tim_handles"


class EmulatorSetupError(Exception):
    """The emulator cannot serve the operation table as it is (a missing or stray handler)."""


@dataclass(frozen=True, slots=True)
class Call:
    """One request, checked: what a handler works from."""

    op: Operation[Any]
    sdkappid: int
    data: dict[str, Any]
    """The body as sent (wire names)."""
    request: BaseModel
    """The body validated with the operation's request model."""
    fault: Fault | None = None
    identifier: str = ""
    """The admin account that made the call."""
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """The after-callbacks to send once the call has succeeded (``HandlerBase._after``)."""


def handles(command: str) -> Callable[[F], F]:
    """Mark a method as the handler of ``command`` (the operation's last path segment)."""

    def mark(method: F) -> F:
        setattr(method, _MARK, command)
        return method

    return mark


def handlers_of(cls: type, operations: Mapping[str, Operation[Any]]) -> dict[str, str]:
    """Command -> method name, for every handler of ``cls``; ``EmulatorSetupError`` unless
    each operation of ``operations`` has exactly one and no handler names another."""
    found: dict[str, list[str]] = {}
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            command = getattr(value, _MARK, None)
            if isinstance(command, str):
                found.setdefault(command, [])
                if name not in found[command]:
                    found[command].append(name)
    problems = []
    for command, op in operations.items():
        if command not in found:
            problems.append(
                f"operation {command} (POST {op.endpoint.path}, {op.method}) has no handler: "
                f'add a method marked @handles("{command}") to the emulator'
            )
    for command, names in sorted(found.items()):
        if command not in operations:
            problems.append(f"{', '.join(names)} handles {command}, which the spec does not have")
        elif len(names) > 1:
            problems.append(f"{command} has more than one handler: {', '.join(names)}")
    if problems:
        raise EmulatorSetupError("the emulator cannot serve the spec:\n  " + "\n  ".join(problems))
    return {command: names[0] for command, names in found.items()}


class HandlerBase:
    """What every family of handlers may use: the state, the clock and the group lookup."""

    state: State
    _clock: Callable[[], float]
    callbacks: CallbackSender

    def _before(self, call: Call, command: str, **fields: Any) -> None:
        """Send the before-callback ``command`` now; its reply may fail the call."""
        self.callbacks.before(call.sdkappid, command, fields)

    def _after(self, call: Call, command: str, **fields: Any) -> None:
        """Send the after-callback ``command`` once the call has succeeded."""
        call.events.append((command, fields))

    def _event_time(self) -> int:
        return int(self._clock() * 1000)

    @staticmethod
    def _within_quota(call: Call, held: int, what: str) -> None:
        """The operation's ``x-tim-quota``: a group holding its most answers the code."""
        if call.op.quota is not None and held >= call.op.quota[0]:
            most, code = call.op.quota
            raise ApiFailure(code, f"a Community holds at most {most} {what}")

    def _group(self, call: Call, field: str = "GroupId") -> Group:
        """The group the call names, of a type the operation supports (10010, 10007)."""
        gid = call.data.get(field)
        app = self.state.apps[call.sdkappid]
        if call.op.group_types == ("Community",) and not app.community:
            raise ApiFailure(11000, "the Community feature is not enabled for this app")
        group = app.groups.get(gid) if isinstance(gid, str) else None
        if group is None:
            raise ApiFailure(10010, f"group {str(gid)[:48]!r} not found or disbanded")
        types = call.op.group_types
        if types and group.type not in types:
            raise ApiFailure(10007, f"group type {group.type} does not support {call.op.name}")
        return group
