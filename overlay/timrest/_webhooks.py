"""Verifying and parsing one callback request (the public face is ``timrest.webhooks``)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._errors import TimError, TimValidationError
from ._generated.timrest_client.callbacks import CALLBACKS, QUERY, ReplyModel
from ._redact import Secret

if TYPE_CHECKING:
    from ._table import Callback

__all__ = [
    "ALLOW",
    "DEFAULT_WINDOW",
    "MAX_BODY_BYTES",
    "Delivery",
    "Reason",
    "Receiver",
    "Reply",
    "UnknownEvent",
    "WebhookError",
    "callbacks",
    "reply",
    "sign",
]

DEFAULT_WINDOW = 60.0
"""Seconds a ``RequestTime`` may differ from now (INFERRED: see the module's docstring)."""
MAX_BODY_BYTES = 1024 * 1024
"""The largest body accepted (Tencent's callbacks are a few KiB)."""

Reason = Literal[
    "missing_sdkappid",
    "wrong_sdkappid",
    "missing_sign",
    "bad_sign",
    "missing_request_time",
    "stale_request_time",
    "too_large",
    "malformed",
]


class WebhookError(TimError):
    """A callback request refused before its event was handled; ``reason`` says why."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(f"callback refused ({reason}): {detail}")
        self.reason: Reason = reason
        self.status_code = _STATUS[reason]
        """The HTTP status an adapter answers with."""

    def reply(self) -> Reply:
        """The ``FAIL`` reply to answer with (beside ``status_code``), naming the reason."""
        return reply(self.status_code, self.reason, ok=False)


_STATUS: dict[Reason, int] = {
    "missing_sdkappid": 403,
    "wrong_sdkappid": 403,
    "missing_sign": 401,
    "bad_sign": 401,
    "missing_request_time": 401,
    "stale_request_time": 401,
    "too_large": 413,
    "malformed": 400,
}


def sign(token: str, request_time: int | str) -> str:
    """Tencent's ``Sign``: hex SHA-256 of ``token`` followed by ``request_time``."""
    return hashlib.sha256(f"{token}{request_time}".encode()).hexdigest()


class UnknownEvent(BaseModel):
    """The body of a callback whose command the spec does not know (yet): every field kept."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)
    callback_command: str = Field(alias=QUERY.command)  # the body repeats the query's name


class Reply(ReplyModel):
    """What the receiver answers: the spec's callback reply model, and its JSON body."""

    def body(self) -> bytes:
        """The JSON body to send back."""
        return json.dumps(self.model_dump(by_alias=True), ensure_ascii=False).encode()


def reply(code: int = 0, info: str = "", *, ok: bool = True) -> Reply:
    """A ``Reply``: ``ActionStatus`` OK (or FAIL), ``ErrorCode`` ``code``, ``ErrorInfo``."""
    return Reply(action_status="OK" if ok else "FAIL", error_code=code, error_info=info)


ALLOW = reply()


@dataclass(frozen=True, slots=True)
class Delivery:
    """One verified callback: its typed ``event`` and what the query said about it."""

    command: str
    event: BaseModel
    """The body as the model of ``command`` (``UnknownEvent`` for a command not in the spec)."""
    callback: Callback | None
    """The spec's record of the callback (None for an unknown command)."""
    request_time: int | None = None
    client_ip: str = ""
    platform: str = ""
    """``OptPlatform`` as sent (compare case-insensitively: some callbacks send ``IOS``)."""
    query: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def before(self) -> bool:
        """Whether the reply decides if the event happens (a before-callback)."""
        return self.callback is not None and self.callback.kind == "before"

    def allow(self) -> Reply:
        return ALLOW

    def reject(self, code: int = 1, info: str = "") -> Reply:
        """Refuse a before-callback's event with ``code`` (1, or one this callback allows,
        such as 10100-10200 for a topic's creation); ``info`` reaches the caller."""
        if not self.before or self.callback is None:
            raise TimValidationError(
                "code", f"{self.command} is not a before-callback: its reply is ignored"
            )
        if not self.callback.may_reject_with(code):
            allowed = ", ".join(
                str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in self.callback.reject_codes
            )
            raise TimValidationError("code", f"{self.command} rejects with {allowed}, not {code}")
        return reply(code, info)


class Receiver:
    """Verifies and parses the callbacks of one app.

    ``token`` is the authentication token set in the console; without one (``None``) no
    ``Sign`` is asked for, and anyone who knows the URL can send events: keep it on.
    ``clock`` (Unix seconds) is injectable for tests.
    """

    def __init__(
        self,
        sdkappid: int,
        token: str | None,
        *,
        window: float = DEFAULT_WINDOW,
        clock: Callable[[], float] = time.time,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        if isinstance(sdkappid, bool) or not isinstance(sdkappid, int) or sdkappid < 1:
            raise TimValidationError("sdkappid", "must be the app's SDKAppID (an int >= 1)")
        if token is not None and (not isinstance(token, str) or not token):
            raise TimValidationError(
                "token", "must be the console's callback token (a non-empty str)"
            )
        if not window > 0:
            raise TimValidationError("window", f"must be seconds > 0, got {window!r}")
        self.sdkappid = sdkappid
        self._token = Secret(token) if token is not None else None
        self.window = window
        self._clock = clock
        self.max_body_bytes = max_body_bytes

    def __repr__(self) -> str:
        auth = "token" if self._token is not None else "no token"
        return f"Receiver(sdkappid={self.sdkappid}, {auth}, window={self.window})"

    def verify(self, query: Mapping[str, str]) -> None:
        """Check the query: the app's ``SdkAppid``, then ``Sign`` and a fresh
        ``RequestTime`` (when a token is set). Raises ``WebhookError``."""
        appid = query.get(QUERY.sdkappid)
        if appid is None:
            raise WebhookError("missing_sdkappid", f"the query has no {QUERY.sdkappid}")
        if appid.strip() != str(self.sdkappid):
            raise WebhookError(
                "wrong_sdkappid", f"{QUERY.sdkappid} {appid[:12]!r} is not this app's"
            )
        if self._token is None:
            return
        given = query.get(QUERY.sign)
        if not given:
            raise WebhookError("missing_sign", f"the query has no {QUERY.sign} (is a token set?)")
        stamp = query.get(QUERY.request_time, "")
        if not stamp.isdigit():
            raise WebhookError(
                "missing_request_time", f"{QUERY.sign} without a {QUERY.request_time} in seconds"
            )
        expected = sign(self._token.reveal(), stamp)
        if not hmac.compare_digest(expected.encode(), given.strip().lower().encode()):
            raise WebhookError(
                "bad_sign", f"{QUERY.sign} does not match the token and {QUERY.request_time}"
            )
        skew = self._clock() - int(stamp)
        if abs(skew) > self.window:
            raise WebhookError(
                "stale_request_time",
                f"{QUERY.request_time} is {abs(skew):.0f} s {'old' if skew > 0 else 'ahead'} "
                f"(window {self.window:.0f} s)",
            )

    def parse(self, query: Mapping[str, str], body: bytes) -> Delivery:
        """Verify the request and parse its body into the typed event of its command."""
        self.verify(query)
        if len(body) > self.max_body_bytes:
            raise WebhookError("too_large", f"body over {self.max_body_bytes:,} bytes")
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise WebhookError("malformed", "the body is not JSON") from None
        if not isinstance(data, dict):
            raise WebhookError("malformed", "the body is not a JSON object")
        command = data.get(QUERY.command, query.get(QUERY.command))
        if not isinstance(command, str) or not command:
            raise WebhookError("malformed", f"no {QUERY.command} in the body or the query")
        asked = query.get(QUERY.command)
        if asked is not None and asked != command:
            raise WebhookError("malformed", "the query and the body name other commands")
        callback = callbacks().get(command)
        model: type[BaseModel] = UnknownEvent if callback is None else callback.model
        try:
            event = model.model_validate({**data, QUERY.command: command})
        except ValidationError as exc:
            first = exc.errors(include_url=False, include_input=False)[0]
            where = ".".join(str(part) for part in first["loc"]) or "body"
            raise WebhookError("malformed", f"{command}: {where}: {first['msg']}") from None
        stamp = query.get(QUERY.request_time, "")
        return Delivery(
            command=command,
            event=event,
            callback=callback,
            request_time=int(stamp) if stamp.isdigit() else None,
            client_ip=query.get(QUERY.client_ip, ""),
            platform=query.get(QUERY.platform, ""),
            query=dict(query),
        )


def callbacks() -> Mapping[str, Callback]:
    """The spec's callbacks by command (generated from ``webhooks``)."""
    return CALLBACKS
