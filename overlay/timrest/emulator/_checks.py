"""The emulator's request checks, all from the operation table, in one place.

Every request body is checked against its operation's record before a handler sees it:
byte limits, item counts and repeated keys per field (``Param``), answered with the code the
spec gives the broken rule (``x-tim-violation-codes``, else 10004), then the whole body with
the generated request model (required fields, lengths, patterns, ranges, enums). Any
client, not only timrest (which checks the same rules before sending), gets the documented
codes.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from timrest._table import Operation, Param

from ._failure import ApiFailure

__all__ = ["check_request", "utf8_size"]


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8", errors="surrogatepass"))


def _fail(param: Param, rule: Any, message: str) -> ApiFailure:
    return ApiFailure(param.code_for(rule), f"{param.wire}: {message}")


def _check_list(param: Param, items: list[Any]) -> None:
    if param.max_items is not None and len(items) > param.max_items:
        raise _fail(param, "max_items", f"at most {param.max_items} items, got {len(items)}")
    keys: list[str] = []
    total = 0
    for item in items:
        if param.kind == "names":
            limit = param.key_max_bytes
            if isinstance(item, str) and limit is not None and utf8_size(item) > limit:
                raise _fail(param, "key_max_bytes", f"over {limit} bytes")
            continue
        if not isinstance(item, dict):
            continue  # the model names the wrong type
        key = item.get(param.item_key)
        if isinstance(key, str):
            if param.key_max_bytes is not None and utf8_size(key) > param.key_max_bytes:
                raise _fail(
                    param, "key_max_bytes", f"a {param.item_key} over {param.key_max_bytes} bytes"
                )
            keys.append(key)
        value = item.get(param.item_value) if param.item_value else None
        if isinstance(value, str):
            size = utf8_size(value)
            if param.value_max_bytes is not None and size > param.value_max_bytes:
                raise _fail(
                    param,
                    "value_max_bytes",
                    f"a {param.item_value} over {param.value_max_bytes} bytes",
                )
            total += size
    if param.values_max_bytes is not None and total > param.values_max_bytes:
        raise _fail(
            param, "values_max_bytes", f"values over {param.values_max_bytes} bytes in total"
        )
    if len(set(keys)) != len(keys):
        raise ApiFailure(10004, f"{param.wire}: a {param.item_key} appears twice")


def check_request(op: Operation[Any], data: dict[str, Any]) -> BaseModel:
    """The validated request model of ``data``, or ``ApiFailure`` with the spec's code."""
    for param in op.params:
        value = data.get(param.wire)
        if param.kind == "string" and isinstance(value, str) and param.max_bytes is not None:
            if utf8_size(value) > param.max_bytes:
                raise _fail(param, "max_bytes", f"over {param.max_bytes} bytes")
        elif param.is_list and isinstance(value, list):
            _check_list(param, value)
    try:
        return op.request_model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors(include_url=False, include_input=False)[0]
        loc = error["loc"]
        where = ".".join(str(p) for p in loc) or "body"
        named = next((p for p in op.params if loc and p.wire == loc[0]), None)
        code = 10004  # a missing field or a wrong JSON type: an invalid parameter
        kind = error["type"]
        if named is not None and kind != "missing" and not kind.endswith("_type"):
            code = named.code_for("invalid")
        raise ApiFailure(code, f"{where}: {error['msg']}") from None
