"""The raw reply beside the parsed result (``client.with_raw_response``), and the bounded
copy of a reply that an error keeps (``TimError.response``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._errors import EXCERPT, CallInfo, RawReply
from ._lifecycle import Received

__all__ = ["RawResponse", "raw_reply", "raw_response"]

T = TypeVar("T")
Clean = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """A call's parsed result and the reply it came from (the UserSig masked in it)."""

    parsed: T
    """What the method returns without ``with_raw_response``."""
    status_code: int
    headers: Mapping[str, str] = field(repr=False)
    text: str = field(repr=False)
    """The reply's body, decoded (within ``max_response_bytes``)."""
    call: CallInfo

    @property
    def request_id(self) -> str:
        """The ``random`` the call sent: Tencent's request identity."""
        return self.call.random

    def json(self) -> Any:
        """The body as JSON (fields the spec does not know yet included)."""
        return json.loads(self.text)


def _headers(received: Received, clean: Clean) -> dict[str, str]:
    return {name: clean(value) for name, value in received.response.headers.items()}


def raw_reply(received: Received, clean: Clean) -> RawReply:
    """What an error keeps of a reply: status, headers and the body's first characters."""
    text = received.content[: EXCERPT * 4].decode("utf-8", errors="replace")
    return RawReply(
        status_code=received.response.status_code,
        headers=_headers(received, clean),
        excerpt=clean(text)[:EXCERPT],  # masked first, then cut: no UserSig part survives
    )


def raw_response(value: T, received: Received, call: CallInfo, clean: Clean) -> RawResponse[T]:
    return RawResponse(
        parsed=value,
        status_code=received.response.status_code,
        headers=_headers(received, clean),
        text=clean(received.content.decode("utf-8", errors="replace")),
        call=call,
    )
