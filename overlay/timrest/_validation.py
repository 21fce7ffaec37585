"""Argument checks that run before any request, with errors naming the field and the rule.

Type and prefix checks live here; the spec's own constraints (lengths, patterns, ``Limit``
1..50) are enforced by the generated request models, whose errors are mapped to the
caller's argument names.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from timrest_models import MemberInfoField

from ._errors import TimValidationError

__all__ = [
    "MEMBER_FIELDS",
    "build_body",
    "check_id",
    "check_limit",
    "check_names",
    "check_sdkappid",
]

COMMUNITY_PREFIX = "@TGS#_"
PERMISSION_GROUP_PREFIX = "@PMG#_"
MEMBER_FIELDS: tuple[str, ...] = get_args(get_args(MemberInfoField.__value__)[0])
"""The member fields ``MemberInfoFilter`` accepts, from the spec."""


def check_id(field: str, value: object, *, prefix: str | None = None, what: str = "ID") -> str:
    """A non-empty printable-ASCII ID string, optionally with a required prefix."""
    if not isinstance(value, str):
        raise TimValidationError(field, f"must be a string, not {type(value).__name__}")
    if not value.strip():
        raise TimValidationError(field, "must not be empty")
    if not value.isascii() or not value.isprintable():
        raise TimValidationError(field, "must be printable ASCII (0x20-0x7E)")
    if prefix is not None and not value.startswith(prefix):
        raise TimValidationError(field, f"must start with {prefix!r} ({what}), got {value!r}")
    return value


def check_sdkappid(value: object) -> int:
    """An SDKAppID: an int, or a string of digits, in 1..4294967295."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise TimValidationError("sdkappid", f"must be numeric, got {value!r}")
    if not 1 <= value <= 0xFFFFFFFF:
        raise TimValidationError("sdkappid", f"must be between 1 and 4294967295, got {value}")
    return value


def check_limit(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TimValidationError("limit", f"must be an int, not {type(value).__name__}")
    return value


def check_names(
    field: str, values: Iterable[str] | None, *, allowed: tuple[str, ...] | None = None
) -> list[str] | None:
    """A list of distinct strings (``None`` stays ``None``); unknown names get a suggestion."""
    if values is None:
        return None
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise TimValidationError(field, "must be a list of strings")
    names = list(values)
    for name in names:
        if not isinstance(name, str):
            raise TimValidationError(field, f"items must be strings, not {type(name).__name__}")
        if allowed is not None and name not in allowed:
            near = difflib.get_close_matches(name, allowed, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise TimValidationError(
                field, f"unknown field {name!r}{hint} (one of: {', '.join(allowed)})"
            )
    if len(set(names)) != len(names):
        raise TimValidationError(field, "must not repeat a name")
    return names


def build_body(
    model: type[BaseModel], fields: Mapping[str, str], values: Mapping[str, Any]
) -> dict[str, Any]:
    """Validate ``values`` (keyed by wire name) with the spec model; JSON-ready dict.

    ``fields`` maps wire names to the caller's argument names, for the error message.
    """
    try:
        request = model.model_validate(values)
    except ValidationError as exc:
        error = exc.errors(include_url=False, include_input=False)[0]
        loc = error["loc"]
        name = fields.get(str(loc[0]), str(loc[0])) if loc else "request"
        where = "".join(f"[{part}]" for part in loc[1:])
        raise TimValidationError(f"{name}{where}", error["msg"]) from None
    return request.model_dump(by_alias=True, exclude_none=True, mode="json")
