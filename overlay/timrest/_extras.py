"""The escape hatch of every method: ``extra_body=`` (request fields the spec does not know
yet) and ``extra_headers=``, checked before anything is sent."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._errors import TimValidationError, short

if TYPE_CHECKING:
    from ._table import Operation

__all__ = ["MAX_EXTRA_BODY_BYTES", "MAX_EXTRA_HEADERS", "extra_headers", "merge_extra_body"]

MAX_EXTRA_BODY_BYTES = 64 * 1024
"""The largest ``extra_body`` accepted, as JSON."""
MAX_EXTRA_HEADERS = 32
_MAX_HEADER_BYTES = 8 * 1024
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_RESERVED = frozenset(
    {"host", "content-length", "content-type", "transfer-encoding", "accept-encoding",
     "connection", "te", "upgrade", "trailer"}
)  # fmt: skip
"""Headers timrest (or HTTP itself) owns: replacing them would break the framing."""


def merge_extra_body(
    op: Operation[Any], body: dict[str, Any], extra: Mapping[str, object] | None
) -> dict[str, Any]:
    """``body`` with the fields of ``extra``: fields the spec does not know, JSON values."""
    if extra is None:
        return body
    if not isinstance(extra, Mapping):
        raise TimValidationError(
            "extra_body",
            f"must be a mapping of field names to JSON values, not {type(extra).__name__}",
        )
    arguments = {p.wire: p.name for p in op.params}
    known = {f.alias or name for name, f in op.request_model.model_fields.items()}
    for key in extra:
        if not isinstance(key, str) or not key:
            raise TimValidationError("extra_body", f"field names must be strings, got {short(key)}")
        if key in arguments:
            raise TimValidationError(
                "extra_body", f"{key} is the argument {arguments[key]}=: pass it there"
            )
        if key in known:
            raise TimValidationError(
                "extra_body", f"{key} is a field of the spec: extra_body is for fields it lacks"
            )
    try:
        size = len(json.dumps(extra, ensure_ascii=False, allow_nan=False).encode())
    except (TypeError, ValueError) as exc:
        raise TimValidationError("extra_body", f"must be JSON: {short(str(exc))}") from None
    if size > MAX_EXTRA_BODY_BYTES:
        raise TimValidationError(
            "extra_body", f"must be at most {MAX_EXTRA_BODY_BYTES:,} bytes as JSON, got {size:,}"
        )
    return {**body, **extra}


def extra_headers(extra: Mapping[str, str] | None) -> dict[str, str]:
    """The checked ``extra_headers``: token names, single-line values, none of HTTP's own."""
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        raise TimValidationError(
            "extra_headers",
            f"must be a mapping of header names to strings, not {type(extra).__name__}",
        )
    if len(extra) > MAX_EXTRA_HEADERS:
        raise TimValidationError(
            "extra_headers", f"at most {MAX_EXTRA_HEADERS} headers, got {len(extra)}"
        )
    checked: dict[str, str] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise TimValidationError("extra_headers", f"not a header name: {short(name)}")
        if name.lower() in _RESERVED:
            raise TimValidationError("extra_headers", f"{name} is set by timrest and HTTP")
        if not isinstance(value, str):
            raise TimValidationError(
                "extra_headers", f"{name}: values must be strings, not {type(value).__name__}"
            )
        if any(c in value for c in "\r\n\0") or len(value.encode()) > _MAX_HEADER_BYTES:
            raise TimValidationError(  # the value is not echoed: it may be a credential
                "extra_headers",
                f"{name}: must be one line of at most {_MAX_HEADER_BYTES:,} bytes "
                f"(got {len(value.encode()):,} bytes)",
            )
        checked[name] = value
    return checked
