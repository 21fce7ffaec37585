"""What the runtime does with an operation's record (``_table.Operation``): check the
arguments and build the body, encode it, and shape a successful response for the caller.

Nothing here knows any particular operation: every fact comes from the record.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from pydantic import BaseModel

from ._errors import TimMalformedResponseError, TimValidationError
from ._pagination import Page
from ._table import MappingResult, Operation, PageResult, ResponseResult
from ._validation import check_argument, validate_body

__all__ = ["build_body", "encode", "shape"]

R = TypeVar("R")


def build_body(op: Operation[Any], args: Mapping[str, object]) -> dict[str, Any]:
    """Check the arguments (keyed by wire name) and validate them with the request model;
    the JSON-ready body. Raises ``TimValidationError`` naming the argument."""
    values: dict[str, Any] = {}
    for param in op.params:
        value = args.get(param.wire)
        if value is None:
            if param.required:
                rule = (
                    "required: must not be None"
                    if param.wire in args
                    else "missing: this argument is required"
                )
                raise TimValidationError(param.name, rule)
            continue
        values[param.wire] = check_argument(param, value)
    return validate_body(op.request_model, op.params, values)


def encode(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def shape(op: Operation[R], parsed: BaseModel, body: Mapping[str, Any]) -> R:
    """The caller's result from the parsed response (``body``: what was sent)."""
    result = op.result
    if isinstance(result, PageResult):
        following = getattr(parsed, op.attribute(result.next))
        if following is None:
            error = TimMalformedResponseError(
                f"{op.name}: successful response without {result.next}"
            )
            error.operation = op.name
            raise error
        total = getattr(parsed, op.attribute(result.total)) if result.total else None
        page = Page(
            items=getattr(parsed, op.attribute(result.items)) or [],
            next_cursor=following,
            total=total,
            cursor=body.get(result.cursor) or "",
        )
        return cast(R, page)
    if isinstance(result, MappingResult):
        rows = getattr(parsed, op.attribute(result.items)) or []
        key = op.item_attribute(result.items, result.key)
        value = op.item_attribute(result.items, result.value)
        return cast(R, {getattr(row, key): getattr(row, value) for row in rows})
    if isinstance(result, ResponseResult):
        return cast(R, parsed)
    return cast(R, None)
