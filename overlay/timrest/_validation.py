"""Argument checks that run before any request, with errors naming the argument and the rule.

``check_argument`` checks a Python argument's type and shape as its ``Param`` (from the
spec) describes it and turns it into the wire value; ``validate_body`` then validates the
whole body with the generated request model (lengths, patterns, ranges, enums), mapping
its errors back to the caller's argument names. Messages echo at most a short prefix of a
bad value.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._errors import TimValidationError, short

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._table import Param

__all__ = [
    "check_argument",
    "check_id",
    "check_sdkappid",
    "short",
    "validate_body",
]


def check_id(field: str, value: object, *, what: str = "ID") -> str:
    """A non-empty printable-ASCII ID string (settings such as ``identifier``)."""
    if not isinstance(value, str):
        raise TimValidationError(field, f"must be a string, not {type(value).__name__}")
    if not value.strip():
        raise TimValidationError(field, f"must not be empty ({what})")
    if not value.isascii() or not value.isprintable():
        raise TimValidationError(field, "must be printable ASCII (0x20-0x7E)")
    return value


def check_sdkappid(value: object) -> int:
    """An SDKAppID: an int, or a string of digits, in 1..4294967295."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise TimValidationError("sdkappid", f"must be numeric, got {short(value)}")
    if not 1 <= value <= 0xFFFFFFFF:
        raise TimValidationError("sdkappid", f"must be between 1 and 4294967295, got {value}")
    return value


def _string(name: str, value: object, max_bytes: int | None) -> str:
    if not isinstance(value, str):
        raise TimValidationError(name, f"must be a string, not {type(value).__name__}")
    if max_bytes is not None and len(value.encode()) > max_bytes:
        raise TimValidationError(
            name, f"must be at most {max_bytes} bytes in UTF-8, got {len(value.encode())}"
        )
    return value


def _strings(name: str, values: object) -> list[object]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise TimValidationError(name, "must be a list of strings")
    return list(values)


def check_argument(param: Param, value: object) -> Any:
    """The wire value of one argument, or ``TimValidationError`` naming it."""
    name = param.name
    if param.kind == "string":
        text = _string(name, value, param.max_bytes)
        if param.required and not text.strip():
            raise TimValidationError(name, "must not be empty")
        if param.choices and text not in param.choices:
            near = difflib.get_close_matches(text, param.choices, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise TimValidationError(
                name, f"must be one of {', '.join(param.choices)}, got {short(text)}{hint}"
            )
        return text
    if param.kind == "integer":
        return _integer(name, value, param)
    if param.kind == "mapping":
        rows = _mapping(param, value)
        _count(param, len(rows))
        return rows
    names = _strings(name, value)
    _count(param, len(names))
    for index, item in enumerate(names):
        _string(f"{name}[{index}]", item, param.key_max_bytes)
        if param.choices and item not in param.choices:
            near = difflib.get_close_matches(str(item), param.choices, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise TimValidationError(
                name, f"unknown field {short(item)}{hint} (one of: {', '.join(param.choices)})"
            )
    if len(set(names)) != len(names):
        raise TimValidationError(name, "must not repeat a name")
    if param.kind == "keys":
        if param.required and not names:
            raise TimValidationError(name, "must name at least one key")
        return [{param.item_key: key} for key in names]
    return names


def _count(param: Param, count: int) -> None:
    if param.max_items is not None and count > param.max_items:
        raise TimValidationError(
            param.name, f"must hold at most {param.max_items} items, got {count}"
        )


def _integer(name: str, value: object, param: Param) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TimValidationError(name, f"must be an int, not {type(value).__name__}")
    if param.minimum is not None and value < param.minimum:
        raise TimValidationError(name, f"must be at least {param.minimum}, got {value}")
    if param.maximum is not None and value > param.maximum:
        raise TimValidationError(name, f"must be at most {param.maximum}, got {value}")
    return int(value)  # an IntFlag is sent as its number


def _mapping(param: Param, value: object) -> list[dict[str, object]]:
    name = param.name
    if not isinstance(value, Mapping):
        what = "ints" if param.value_kind == "integer" else "strings"
        raise TimValidationError(name, f"must be a mapping of {what}, not {type(value).__name__}")
    if param.required and not value:
        raise TimValidationError(name, "must hold at least one key")
    total = 0
    rows: list[dict[str, object]] = []
    for key, item in value.items():
        _string(f"{name} key", key, None)
        if not key:
            raise TimValidationError(f"{name} key", "must not be empty")
        _string(f"{name} key {short(key)}", key, param.key_max_bytes)
        if param.value_kind == "integer":
            rows.append(
                {
                    param.item_key: key,
                    param.item_value: _integer(f"{name}[{short(key)}]", item, param),
                }
            )
            continue
        _string(f"{name}[{short(key)}]", item, param.value_max_bytes)
        total += len(item.encode())
        rows.append({param.item_key: key, param.item_value: item})
    if param.values_max_bytes is not None and total > param.values_max_bytes:
        raise TimValidationError(
            name,
            f"values must total at most {param.values_max_bytes} bytes in UTF-8, got {total}",
        )
    return rows


def validate_body(
    model: type[BaseModel], params: Sequence[Param], values: Mapping[str, Any]
) -> dict[str, Any]:
    """Validate the wire ``values`` with the spec's model; the JSON-ready body."""
    from pydantic import ValidationError  # with the first call, not with ``import timrest``

    try:
        request = model.model_validate(values)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        loc = error["loc"]
        param = next((p for p in params if loc and p.wire == loc[0]), None)
        name = param.name if param is not None else str(loc[0]) if loc else "request"
        where = "".join(f"[{part}]" for part in loc[1:])
        rule = error["msg"]
        if error["type"] == "string_pattern_mismatch":
            pattern = (error.get("ctx") or {}).get("pattern", "")
            rule = f"does not match {pattern}"
            if param is not None and param.doc:
                rule += f" ({param.doc.strip().rstrip('.')})"
        if "got " not in rule:
            rule += f", got {short(error.get('input'))}"
        raise TimValidationError(f"{name}{where}", rule) from None
    return request.model_dump(by_alias=True, exclude_none=True, mode="json")
