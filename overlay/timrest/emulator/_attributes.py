"""Group custom attributes as the service keeps them: the write semantics and the limits on
the resulting attributes.

The limits are the table's (the ``GroupAttr`` field of each write, from the spec): the
request checks (``_checks``) answer a key or value too long and a request with too many
keys; these handlers answer what only the state can tell: more attributes, or more bytes of
values, in the group after the write (the same rules' codes: 10047, 10048), a key to delete
that does not exist (10050: nothing is deleted) and too many writes per second on one group
(the operations' ``x-tim-rate-limit.group``: 10049).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from timrest._table import Operation, Param

from ._checks import utf8_size
from ._failure import ApiFailure
from ._handlers import Call, HandlerBase, handles
from ._state import Group

__all__ = ["AttributeHandlers", "GroupWrites"]


class GroupWrites:
    """Writes per group per wall-clock second, shared by every operation with a group limit."""

    def __init__(self) -> None:
        self._seconds: dict[tuple[int, str], Counter[int]] = defaultdict(Counter)
        self.refused = 0
        """Writes answered with the group limit's code (10049)."""

    def admit(self, op: Operation[Any], sdkappid: int, group: Group, second: int) -> None:
        if op.group_rate_limit is None:
            return
        counts = self._seconds[(sdkappid, group.group_id)]
        if counts[second] >= op.group_rate_limit:
            self.refused += 1
            raise ApiFailure(
                op.group_rate_code or 10004,
                f"writes to group {group.group_id} over {op.group_rate_limit} per second",
            )
        for old in [s for s in counts if s < second - 1]:
            del counts[old]
        counts[second] += 1


def _pairs(call: Call, param: Param) -> dict[str, str]:
    rows = call.data.get(param.wire) or []
    return {row[param.item_key]: row.get(param.item_value, "") for row in rows}


def _within(param: Param, attributes: dict[str, str]) -> dict[str, str]:
    """``attributes`` (a group's, after a write) within the field's limits."""
    if param.max_items is not None and len(attributes) > param.max_items:
        raise ApiFailure(
            param.code_for("max_items"), f"more than {param.max_items} attributes in the group"
        )
    total = sum(utf8_size(value) for value in attributes.values())
    if param.values_max_bytes is not None and total > param.values_max_bytes:
        raise ApiFailure(
            param.code_for("values_max_bytes"),
            f"attribute values over {param.values_max_bytes} bytes in total",
        )
    return attributes


class AttributeHandlers(HandlerBase):
    """get, set, modify, delete and clear of a group's custom attributes."""

    group_writes: GroupWrites

    def _write(self, call: Call) -> Group:
        group = self._group(call)
        self.group_writes.admit(call.op, call.sdkappid, group, int(self._clock()))
        return group

    @handles("get_group_attr")
    def _get_group_attr(self, call: Call) -> dict[str, Any]:
        group = self._group(call)
        return {"GroupAttrAry": [{"key": k, "value": v} for k, v in group.attributes.items()]}

    def _changed(self, call: Call, group: Group, kind: str, attrs: dict[str, str]) -> None:
        """The after-change callback. What ``GroupAttr`` holds is not stated (UNKNOWN):
        here the attributes written (set, modify), the ones deleted (delete), none (clear)."""
        self._after(
            call,
            "Group.CallbackAfterGroupAttrChanged",
            GroupId=group.group_id,
            Type=group.type,
            Operator_Account=call.identifier,
            OptionType=kind,
            GroupAttr=[{"key": k, "value": v} for k, v in attrs.items()],
            EventTime=self._event_time(),
        )

    def _write_map(self, call: Call, *, replace: bool) -> dict[str, Any]:
        param = call.op.param("attributes")
        group = self._group(call)
        written = _pairs(call, param)
        result = _within(param, written if replace else {**group.attributes, **written})
        self._write(call)
        group.attributes = result
        self._changed(call, group, "set" if replace else "modify", written)
        return {}

    @handles("set_group_attr")
    def _set_group_attr(self, call: Call) -> dict[str, Any]:
        return self._write_map(call, replace=True)

    @handles("modify_group_attr")
    def _modify_group_attr(self, call: Call) -> dict[str, Any]:
        return self._write_map(call, replace=False)

    @handles("delete_group_attr")
    def _delete_group_attr(self, call: Call) -> dict[str, Any]:
        param = call.op.param("keys")
        group = self._write(call)
        keys = [row[param.item_key] for row in call.data[param.wire]]
        missing = [key for key in keys if key not in group.attributes]
        if missing:
            raise ApiFailure(10050, f"group attribute {missing[0][:40]!r} does not exist")
        deleted = {k: v for k, v in group.attributes.items() if k in keys}
        group.attributes = {k: v for k, v in group.attributes.items() if k not in keys}
        self._changed(call, group, "delete", deleted)
        return {}

    @handles("clear_group_attr")
    def _clear_group_attr(self, call: Call) -> dict[str, Any]:
        group = self._write(call)
        group.attributes = {}
        self._changed(call, group, "clear", {})
        return {}
