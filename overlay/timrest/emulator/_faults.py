"""Faults the emulator can inject into its next calls, for resilience tests."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Literal, get_args

__all__ = ["FAULT_KINDS", "Fault", "FaultQueue"]

FaultKind = Literal[
    "error",
    "item_error",
    "http_502",
    "delay",
    "drop",
    "malformed_json",
    "missing_field",
    "repeat_cursor",
]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)


@dataclass(frozen=True, slots=True)
class Fault:
    """Make the next ``count`` matching calls misbehave.

    kinds: ``error`` (answer ErrorCode ``code``, default 10002), ``item_error`` (a call
    answered per item answers its first item with ``code``: the call's change is made, the
    reply says the item failed, as a server fault after the write would; needs
    ``operation``, one answered per item), ``http_502`` (HTML body;
    with ``seconds``, a ``Retry-After`` header),
    ``delay`` (wait ``seconds`` before answering), ``drop`` (close the connection in the
    middle of the response), ``malformed_json``, ``missing_field`` (drop ``field`` from the
    envelope, default ActionStatus), ``repeat_cursor`` (answer the request's own cursor as
    ``Next``; waits for a request that has a cursor). ``operation`` limits it to one command.
    """

    kind: FaultKind
    count: int = 1
    code: int = 10002
    seconds: float = 0.0
    field: str = "ActionStatus"
    operation: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"fault kind must be one of {FAULT_KINDS}, got {self.kind!r}")
        if self.count < 1:
            raise ValueError("fault count must be >= 1")
        if self.kind == "item_error" and self.operation is None:
            raise ValueError("an item_error fault names its operation (one answered per item)")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fault:
        allowed = set(cls.__dataclass_fields__)
        unknown = set(data) - allowed
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        return cls(**data)


class FaultQueue:
    """Pending faults, consumed in order by matching calls (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[list[Any]] = []  # [fault, remaining]

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._pending.append([fault, fault.count])

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def __len__(self) -> int:
        with self._lock:
            return sum(remaining for _, remaining in self._pending)

    def take(self, operation: str, *, has_cursor: bool) -> Fault | None:
        """The fault for this call, if one is pending (and count it as used)."""
        with self._lock:
            for entry in self._pending:
                fault: Fault = entry[0]
                if fault.operation not in (None, operation):
                    continue
                if fault.kind == "repeat_cursor" and not has_cursor:
                    continue
                entry[1] -= 1
                if entry[1] == 0:
                    self._pending.remove(entry)
                return fault
        return None
