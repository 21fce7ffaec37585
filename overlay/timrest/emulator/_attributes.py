"""Group custom attributes as the service keeps them: the limits and the write semantics.

Checked on the raw request, before the generic model validation, so that any client (not
only timrest, which checks the same limits before sending) gets the documented codes:
10045 (a key over 32 bytes), 10046 (a value over 4,000 bytes), 10047 (more than 16 keys in
the resulting map), 10048 (values over 16,000 bytes in total), 10049 (more than 5 writes per
second on one group), 10050 (a key to delete does not exist: nothing is deleted).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ._failure import ApiFailure
from ._state import (
    MAX_ATTR_KEY_BYTES,
    MAX_ATTR_KEYS,
    MAX_ATTR_TOTAL_BYTES,
    MAX_ATTR_VALUE_BYTES,
    Group,
)

__all__ = ["MAX_WRITES_PER_SECOND", "AttributeWrites", "limited_map", "requested_keys"]

MAX_WRITES_PER_SECOND = 5


def _items(data: dict[str, Any]) -> list[dict[str, Any]]:
    items = data.get("GroupAttr")
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ApiFailure(10004, "GroupAttr: required array of objects")
    return items


def requested_keys(data: dict[str, Any]) -> list[str]:
    """The keys of ``GroupAttr``, checked for length (10045) and repeats (10004)."""
    keys = []
    for item in _items(data):
        key = item.get("key")
        if isinstance(key, str) and len(key.encode()) > MAX_ATTR_KEY_BYTES:
            raise ApiFailure(10045, f"attribute key longer than {MAX_ATTR_KEY_BYTES} bytes")
        keys.append(key)
    if len(set(map(repr, keys))) != len(keys):
        raise ApiFailure(10004, "GroupAttr: a key appears twice")
    return [k for k in keys if isinstance(k, str)]


def limited_map(current: dict[str, str], data: dict[str, Any], *, replace: bool) -> dict[str, str]:
    """The attributes after a set (``replace``) or modify, within the documented limits."""
    requested_keys(data)
    written: dict[str, str] = {}
    for item in _items(data):
        key, value = item.get("key"), item.get("value")
        if isinstance(value, str) and len(value.encode()) > MAX_ATTR_VALUE_BYTES:
            raise ApiFailure(10046, f"attribute value longer than {MAX_ATTR_VALUE_BYTES} bytes")
        if isinstance(key, str) and isinstance(value, str):
            written[key] = value
    result = written if replace else {**current, **written}
    if len(result) > MAX_ATTR_KEYS:
        raise ApiFailure(10047, f"more than {MAX_ATTR_KEYS} group attributes")
    if sum(len(v.encode()) for v in result.values()) > MAX_ATTR_TOTAL_BYTES:
        raise ApiFailure(10048, f"attribute values over {MAX_ATTR_TOTAL_BYTES} bytes in total")
    return result


class AttributeWrites:
    """Writes per group per wall-clock second (set, modify, delete and clear together)."""

    def __init__(self) -> None:
        self._seconds: dict[tuple[int, str], Counter[int]] = defaultdict(Counter)
        self.refused = 0
        """Writes answered 10049."""

    def admit(self, sdkappid: int, group: Group, second: int) -> None:
        counts = self._seconds[(sdkappid, group.group_id)]
        if counts[second] >= MAX_WRITES_PER_SECOND:
            self.refused += 1
            raise ApiFailure(10049, "group attribute writes over 5 per second")
        for old in [s for s in counts if s < second - 1]:
            del counts[old]
        counts[second] += 1
