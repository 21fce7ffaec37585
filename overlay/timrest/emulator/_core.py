"""The transport-independent emulator: ``Emulator.handle(method, path, query, body)``.

It answers as the real service documents: HTTP 200 with the ActionStatus/ErrorCode/ErrorInfo
envelope, UserSigs verified with TLSSigAPIv2, requests validated with the generated models,
per-SDKAppID-and-API rate limits, opaque tamper-proof cursors, and injectable faults. Front
ends (HTTP server, httpx transport) only move bytes.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from pydantic import BaseModel

from timrest import usersig as _usersig
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest._table import BatchResult, Operation

from ._attributes import AttributeHandlers, GroupWrites
from ._callbacks import CallbackSender, CallbackSettings
from ._checks import check_request
from ._failure import ApiFailure
from ._faults import Fault, FaultQueue
from ._handlers import Call, EmulatorSetupError, handlers_of
from ._permission_groups import PermissionGroupHandlers
from ._state import GROUP_TYPES, State
from ._topics import TopicHandlers

__all__ = ["SPEC_RATES", "Emulator", "EmulatorSetupError", "Reply"]

SPEC_RATES: Literal["spec"] = "spec"
"""``Emulator(rate_limit=SPEC_RATES)``: each operation at its ``x-tim-rate-limit``."""
_JSON = {"Content-Type": "application/json; charset=utf-8"}
_BAD_GATEWAY = (
    b"<html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)
_SIG_ERRORS: list[tuple[type[_usersig.UserSigError], int, str]] = [
    (_usersig.UserSigMalformedError, 70003, "usersig invalid: could not be parsed"),
    (_usersig.UserSigSdkAppIdMismatchError, 70014, "sdkappid does not match the usersig"),
    (_usersig.UserSigIdentifierMismatchError, 70013, "identifier does not match the usersig"),
    (_usersig.UserSigExpiredError, 70001, "usersig expired"),
    (_usersig.UserSigUserBufMismatchError, 70005, "usersig invalid"),
    (_usersig.UserSigSignatureMismatchError, 70009, "usersig verification failed"),
]


@dataclass(slots=True)
class Reply:
    """What to send back; ``drop`` = close the connection mid-response, ``delay`` first."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=lambda: dict(_JSON))
    delay: float = 0.0
    drop: bool = False


_Fail = ApiFailure


@dataclass
class Stats:
    """Calls seen, per (sdkappid, command): accepted per wall-clock second, rate-limited."""

    accepted: dict[tuple[int, str], Counter[int]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    rate_limited: Counter[tuple[int, str]] = field(default_factory=Counter)
    requests: int = 0

    def max_per_second(self, sdkappid: int, command: str) -> int:
        counts = self.accepted.get((sdkappid, command))
        return max(counts.values()) if counts else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "accepted": {
                f"{app}:{cmd}": {str(sec): n for sec, n in sorted(c.items())}
                for (app, cmd), c in self.accepted.items()
            },
            "max_per_second": {
                f"{app}:{cmd}": max(c.values()) for (app, cmd), c in self.accepted.items()
            },
            "rate_limited": {f"{app}:{cmd}": n for (app, cmd), n in self.rate_limited.items()},
        }


def _services(
    operations: Mapping[str, Operation[Any]],
) -> dict[str, dict[str, Operation[Any]]]:
    """Service -> command -> operation, from the spec's operation table."""
    services: dict[str, dict[str, Operation[Any]]] = defaultdict(dict)
    for op in operations.values():
        unknown = set(op.group_types) - set(GROUP_TYPES)
        if unknown:
            raise EmulatorSetupError(f"{op.name}: unknown group types {sorted(unknown)}")
        services[op.service][op.name] = op
    return dict(services)


class Emulator(AttributeHandlers, PermissionGroupHandlers, TopicHandlers):
    """A stateful emulator of the REST operations of openapi.yaml (thread-safe).

    Routing, request checks, group types, rate limits and response checks come from the
    operation table; each operation's behaviour is one handler (``_handlers.handles``),
    checked against the table when the emulator is built.
    """

    OPERATIONS: ClassVar[Mapping[str, Operation[Any]]] = OPERATIONS
    """The table served (a subclass may serve another, e.g. a scratch spec's)."""

    def __init__(
        self,
        state: State | None = None,
        *,
        rate_limit: int | Literal["spec"] | None = SPEC_RATES,
        rate_limit_code: int = 60007,
        clock: Callable[[], float] = time.time,
        unknown_fields: bool = False,
    ) -> None:
        self._handlers = handlers_of(type(self), self.OPERATIONS)
        self._services = _services(self.OPERATIONS)
        self.state = state or State()
        self.unknown_fields = unknown_fields
        """Add fields no client knows to every object of every JSON response (as Tencent may
        one day): a client generated from the spec must keep working."""
        self.rate_limit = rate_limit
        """Calls per second per SDKAppID and API: ``"spec"`` (each operation's documented
        rate), one number for every operation, or None (unlimited)."""
        self.rate_limit_code = rate_limit_code
        self.faults = FaultQueue()
        self.stats = Stats()
        self._clock = clock
        self._lock = threading.RLock()
        self._cursor_key = secrets.token_bytes(16)
        self.group_writes = GroupWrites()
        """Writes per group and second (10049), and how many were refused."""
        self.callbacks = CallbackSender(clock)
        """The callbacks sent to the apps' servers (``configure_callbacks``)."""

    # -- Python API ----------------------------------------------------------------------

    def inject(self, fault: Fault | str, **kwargs: Any) -> None:
        """Queue a fault: ``inject("error", count=2, code=10002)`` or ``inject(Fault(...))``."""
        fault = fault if isinstance(fault, Fault) else Fault(kind=fault, **kwargs)  # type: ignore[arg-type]
        ops = self.OPERATIONS
        if fault.operation is not None and fault.operation not in ops:
            raise ValueError(
                f"fault operation {fault.operation[:40]!r} is no operation of the spec"
            )
        if fault.kind == "item_error" and ops[str(fault.operation)].result.kind != "batch":
            raise ValueError(f"{fault.operation} is not answered per item: no item_error")
        self.faults.add(fault)

    def reset_stats(self) -> None:
        with self._lock:
            self.stats = Stats()

    def configure_callbacks(self, sdkappid: int, settings: CallbackSettings | None) -> None:
        """Send ``sdkappid``'s callbacks as ``settings`` say (None: none), as the console's
        callback URL, token and switches would."""
        self.callbacks.configure(sdkappid, settings)

    # -- the entry point -----------------------------------------------------------------

    def handle(self, method: str, path: str, query: dict[str, str], body: bytes) -> Reply:
        """Answer one request. ``query`` holds the decoded query parameters."""
        with self._lock:
            self.stats.requests += 1
        if method.upper() != "POST":
            reply = _envelope(60002, "the REST API accepts POST only")
            reply.status = 405
            reply.headers["Allow"] = "POST"
            return reply
        try:
            op = self._route(path)
            sdkappid = self._authenticate(query)
            self._admit(sdkappid, op)
            data = _json_object(body)
            fault = self.faults.take(op.name, has_cursor=bool(data.get("Next")))
            if fault is not None and fault.kind == "error":
                raise _Fail(fault.code, "injected fault")
            call = Call(
                op, sdkappid, data, check_request(op, data), fault, query.get("identifier", "")
            )
            with self._lock:
                fields = getattr(self, self._handlers[op.name])(call)
                payload = _ok(op.response_model, **fields)
            self.callbacks.after(sdkappid, call.events)  # queued: sent in the background
        except _Fail as fail:
            return _envelope(fail.code, fail.info, unknown=self.unknown_fields)
        if self.unknown_fields:
            payload = with_unknown_fields(payload)
        return self._apply(op, fault, payload)

    # -- steps ---------------------------------------------------------------------------

    def _route(self, path: str) -> Operation[Any]:
        parts = path.strip("/").split("/")
        if len(parts) != 3 or parts[0] != "v4" or parts[1] not in self._services:
            raise _Fail(60009, f"requested resource error: {path[:80]!r}")
        op = self._services[parts[1]].get(parts[2])
        if op is None:
            raise _Fail(10003, f"invalid command word {parts[2][:40]!r}")
        return op

    def _authenticate(self, query: dict[str, str]) -> int:
        raw_app = query.get("sdkappid")
        if not raw_app:
            raise _Fail(60012, "sdkappid is required")
        if not _digits(raw_app) or not 0 < int(raw_app) <= 0xFFFFFFFF:
            raise _Fail(60006, "invalid sdkappid")
        sdkappid = int(raw_app)
        identifier = query.get("identifier")
        if not identifier:
            raise _Fail(60002, "identifier is required")
        raw_random = query.get("random", "")
        if not _digits(raw_random) or int(raw_random) > 0xFFFFFFFF:
            raise _Fail(60002, "random must be an integer from 0 to 4294967295")
        if query.get("contenttype") != "json":
            raise _Fail(60002, "contenttype must be json")
        sig = query.get("usersig", "")
        if not sig:
            raise _Fail(70002, "usersig is empty")
        app = self.state.apps.get(sdkappid)
        if app is None:
            raise _Fail(70020, "sdkappid not found")
        try:
            _usersig.verify_usersig(
                sig,
                sdkappid=sdkappid,
                identifier=identifier,
                secret_key=app.secret_key,
                now=self._clock(),
            )
        except _usersig.UserSigError as exc:
            for cls, code, info in _SIG_ERRORS:
                if isinstance(exc, cls):
                    raise _Fail(code, info) from None
            raise  # pragma: no cover - every UserSigError subclass is listed
        if identifier not in app.admins:
            raise _Fail(60010, "the identifier is not an app admin")
        return sdkappid

    def rate_for(self, op: Operation[Any]) -> int | None:
        """The calls per second admitted for ``op`` per SDKAppID (None: unlimited)."""
        if self.rate_limit == SPEC_RATES:
            return op.rate_limit
        return self.rate_limit if isinstance(self.rate_limit, int) else None

    def _admit(self, sdkappid: int, op: Operation[Any]) -> None:
        second = int(self._clock())
        limit = self.rate_for(op)
        with self._lock:
            counts = self.stats.accepted[(sdkappid, op.name)]
            if limit is not None and counts[second] >= limit:
                self.stats.rate_limited[(sdkappid, op.name)] += 1
                raise _Fail(self.rate_limit_code, "REST API call frequency exceeds the limit")
            counts[second] += 1

    def _apply(self, op: Operation[Any], fault: Fault | None, payload: dict[str, Any]) -> Reply:
        if fault is not None and fault.kind == "item_error":
            _fail_first_item(op, payload, fault.code)
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        if fault is None or fault.kind in ("repeat_cursor", "item_error"):
            return Reply(200, body)
        if fault.kind == "http_502":
            headers = {"Content-Type": "text/html"}
            if fault.seconds:
                headers["Retry-After"] = f"{fault.seconds:g}"
            return Reply(502, _BAD_GATEWAY, headers)
        if fault.kind == "delay":
            return Reply(200, body, delay=fault.seconds)
        if fault.kind == "drop":
            return Reply(200, body, drop=True)
        if fault.kind == "malformed_json":
            return Reply(200, body[: max(1, len(body) // 2)])
        payload.pop(fault.field, None)
        return Reply(200, json.dumps(payload, separators=(",", ":")).encode())


def _fail_first_item(op: Operation[Any], payload: dict[str, Any], code: int) -> None:
    """Answer the first item of a per-item reply with ``code`` (where the table says each
    item holds its code and its text)."""
    result = op.result
    assert isinstance(result, BatchResult)  # inject() admits batch operations only
    items = payload.get(result.items) or []
    if items:
        items[0][result.code] = code
        if result.info:
            items[0][result.info] = "injected fault"


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise _Fail(60003, "request body is not valid JSON") from None
    except RecursionError:
        raise _Fail(60003, "request body nests too deeply") from None
    if not isinstance(data, dict):
        raise _Fail(60003, "request body must be a JSON object")
    return data


def _digits(text: str) -> bool:
    """ASCII digits only (``str.isdigit`` takes superscripts and other scripts' digits)."""
    return text.isascii() and text.isdigit() and len(text) <= 20


def _ok(model: type[BaseModel], **fields: Any) -> dict[str, Any]:
    payload = {"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, **fields}
    # The response is checked against the generated model: a reply the spec forbids is a bug.
    model.model_validate(payload)
    return payload


def _envelope(code: int, info: str, *, unknown: bool = False) -> Reply:
    payload: dict[str, Any] = {"ActionStatus": "FAIL", "ErrorInfo": info, "ErrorCode": code}
    if unknown:
        payload = with_unknown_fields(payload)
    return Reply(200, json.dumps(payload, separators=(",", ":")).encode())


UNKNOWN_FIELD = "X_Emulator_Unknown"


def with_unknown_fields(value: Any) -> Any:
    """``value`` with ``UNKNOWN_FIELD`` (an object, an array and a number inside) added to
    every JSON object in it, however deep."""
    if isinstance(value, dict):
        extra = {"Note": "a field no client knows", "List": [1, "two"], "Nested": {"N": 3}}
        return {**{k: with_unknown_fields(v) for k, v in value.items()}, UNKNOWN_FIELD: extra}
    if isinstance(value, list):
        return [with_unknown_fields(item) for item in value]
    return value
