"""What the runtime does with an operation's record (``_table.Operation``): check the
arguments and build the body, encode it, and shape a successful response for the caller.

Nothing here knows any particular operation: every fact comes from the record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._batch import Batch
from ._errors import (
    TimAPIError,
    TimMalformedResponseError,
    TimValidationError,
    api_error,
    short,
)
from ._extras import merge_extra_body
from ._pagination import Page
from ._table import (
    BatchResult,
    MappingResult,
    Operation,
    PageResult,
    ResponseResult,
    ValueResult,
)
from ._validation import check_argument, validate_body

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._invoker import PerCall

__all__ = ["build_body", "encode", "shape"]

R = TypeVar("R")


def build_body(
    op: Operation[Any], args: Mapping[str, object], call: PerCall | None = None
) -> dict[str, Any]:
    """Check the arguments (keyed by wire name) and validate them with the request model;
    the JSON-ready body. Raises ``TimValidationError`` naming the method, the argument and
    its wire name."""
    try:
        extra = call.extra_body if call is not None else None
        return merge_extra_body(op, _build_body(op, args), extra)
    except TimValidationError as error:
        error.operation = op.name
        error.method = (call.method if call is not None else None) or op.method
        root = error.field.partition("[")[0]
        error.wire = next((p.wire for p in op.params if p.name == root), None)
        raise


def _build_body(op: Operation[Any], args: Mapping[str, object]) -> dict[str, Any]:
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
            if param.wire in args and param.default is not None:
                # An argument with a real default (a cursor's "", a page size) is never
                # sent as null or left out by passing None: its type says what it takes.
                shown = '"", the first page' if param.default == "" else repr(param.default)
                raise TimValidationError(
                    param.name,
                    f"must be a {type(param.default).__name__}, not None (default: {shown})",
                )
            continue
        values[param.wire] = check_argument(param, value)
    body = validate_body(op.request_model, op.params, values)
    for param in op.params:  # what the schema's pattern cannot say (x-tim-compound-id)
        value = values.get(param.wire)
        if param.id_prefix_field and isinstance(value, str):
            broken = param.compound_violation(value, values)
            if broken is not None:
                raise TimValidationError(param.name, f"{broken}, got {short(value)}")
    return body


def encode(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def _malformed(op: Operation[Any], what: str) -> TimMalformedResponseError:
    error = TimMalformedResponseError(f"successful response {what}")
    error.operation, error.method = op.name, op.method
    return error


def _same(text: str) -> str:
    return text


def shape(
    op: Operation[R],
    parsed: BaseModel,
    body: Mapping[str, Any],
    resent: bool = False,
    clean: Callable[[str], str] = _same,
) -> R:
    """The caller's result from the parsed response (``body``: what was sent; ``resent``:
    an earlier attempt of this call may have been applied; ``clean``: redacts text the
    service sent, such as per-item ``ErrorInfo``)."""
    result = op.result
    if isinstance(result, PageResult):
        following = getattr(parsed, op.attribute(result.next))
        if following is None and result.next_optional:
            following = ""
        if following is None:
            raise _malformed(op, f"without {result.next}")
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
    if isinstance(result, ValueResult):
        value = getattr(parsed, op.attribute(result.field))
        if value is None:
            raise _malformed(op, f"without {result.field}")
        return cast(R, value)
    if isinstance(result, BatchResult):
        return cast(R, batch(op, result, parsed, body, resent, clean))
    return cast(R, None)


def applied(op: Operation[R], body: Mapping[str, Any]) -> R:
    """The result of a resent call that the service answered with one of the operation's
    ``applied_codes``: the first attempt took effect."""
    result = op.result
    if isinstance(result, ValueResult) and result.request is not None:
        return cast(R, body[result.request])
    return cast(R, None)  # the generator allows applied codes only where this holds


def _requested(op: Operation[Any], result: BatchResult, body: Mapping[str, Any]) -> list[str]:
    if result.request is None:
        return []
    rows = body.get(result.request) or []
    param = next(p for p in op.params if p.wire == result.request)
    return [row[param.item_key] if isinstance(row, Mapping) else row for row in rows]


def _key(item: BaseModel, path: tuple[str, ...]) -> object:
    node: object = item.model_dump(by_alias=True)
    for part in path:
        node = node.get(part) if isinstance(node, Mapping) else None
    return node


def batch(
    op: Operation[Any],
    result: BatchResult,
    parsed: BaseModel,
    body: Mapping[str, Any],
    resent: bool,
    clean: Callable[[str], str] = _same,
) -> Batch[Any]:
    """The per-item outcome of a batch call (see ``_batch.Batch``)."""
    rows = getattr(parsed, op.attribute(result.items)) or []
    code_of = op.item_attribute(result.items, result.code)
    info_of = op.item_attribute(result.items, result.info) if result.info else None
    done = set(result.applied) | (set(result.applied_on_retry) if resent else set())
    succeeded: dict[str, Any] = {}
    failed: dict[str, TimAPIError] = {}
    already: list[str] = []
    for row in rows:
        key = _key(row, result.key)
        if not isinstance(key, str):
            raise _malformed(op, f"with an item of {result.items} without {'.'.join(result.key)}")
        code = getattr(row, code_of)
        code = 0 if code is None else int(code)
        if code == 0 or code in done:
            succeeded[key] = row
            if code:
                already.append(key)
        else:
            info = (getattr(row, info_of) if info_of else "") or ""
            info = clean(info)
            failed[key] = api_error(code, info, operation=op.name, arguments=op.arguments_in(info))
    answered = succeeded.keys() | failed.keys()
    missing = tuple(k for k in _requested(op, result, body) if k not in answered)
    return Batch(op.name, succeeded, failed, tuple(already), missing)
