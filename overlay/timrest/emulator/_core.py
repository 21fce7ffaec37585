"""The transport-independent emulator: ``Emulator.handle(method, path, query, body)``.

It answers as the real service documents: HTTP 200 with the ActionStatus/ErrorCode/ErrorInfo
envelope, UserSigs verified with TLSSigAPIv2, requests validated with the generated models,
per-SDKAppID-and-API rate limits, opaque tamper-proof cursors, and injectable faults. Front
ends (HTTP server, httpx transport) only move bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel, ValidationError

from timrest import usersig as _usersig
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest._operation import Operation

from ._attributes import AttributeWrites, limited_map, requested_keys
from ._failure import ApiFailure
from ._faults import Fault, FaultQueue
from ._state import Group, State

__all__ = ["Emulator", "Reply"]

DEFAULT_PAGE = 50
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


# The spec names group types as Tencent's pages do; the emulator's Work and Meeting are
# the pages' Private and ChatRoom.
_PAGE_TYPE = {"Work": "Private", "Meeting": "ChatRoom"}
_ALL_TYPES = frozenset(("Private", "Public", "ChatRoom", "AVChatRoom", "Community"))
_SPEC_TYPES = {op.name: frozenset(op.group_types) for op in OPERATIONS.values() if op.group_types}


def _services() -> dict[str, dict[str, Operation[Any]]]:
    """Service -> command -> operation, from the spec's operation table."""
    services: dict[str, dict[str, Operation[Any]]] = defaultdict(dict)
    for op in OPERATIONS.values():
        service = op.endpoint.path.strip("/").split("/")[1]
        services[service][op.name] = op
    return dict(services)


class Emulator:
    """A stateful emulator of the REST operations of openapi.yaml (thread-safe).

    Routing, request validation and response checks come from the operation table; each
    operation's behaviour is a ``_do_<command>`` method.
    """

    SERVICES: ClassVar[dict[str, dict[str, Operation[Any]]]] = _services()

    def __init__(
        self,
        state: State | None = None,
        *,
        rate_limit: int | None = 200,
        rate_limit_code: int = 60007,
        clock: Callable[[], float] = time.time,
        unknown_fields: bool = False,
    ) -> None:
        self.state = state or State()
        self.unknown_fields = unknown_fields
        """Add fields no client knows to every object of every JSON response (as Tencent may
        one day): a client generated from the spec must keep working."""
        self.rate_limit = rate_limit
        """Calls per second per SDKAppID and API (None: unlimited)."""
        self.rate_limit_code = rate_limit_code
        self.faults = FaultQueue()
        self.stats = Stats()
        self._clock = clock
        self._lock = threading.RLock()
        self._cursor_key = secrets.token_bytes(16)
        self.attribute_writes = AttributeWrites()
        """Attribute writes per group and second (10049), and how many were refused."""

    # -- Python API ----------------------------------------------------------------------

    def inject(self, fault: Fault | str, **kwargs: Any) -> None:
        """Queue a fault: ``inject("error", count=2, code=10002)`` or ``inject(Fault(...))``."""
        self.faults.add(fault if isinstance(fault, Fault) else Fault(kind=fault, **kwargs))  # type: ignore[arg-type]

    def reset_stats(self) -> None:
        with self._lock:
            self.stats = Stats()

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
            self._admit(sdkappid, op.name)
            data = _json_object(body)
            fault = self.faults.take(op.name, has_cursor=bool(data.get("Next")))
            if fault is not None and fault.kind == "error":
                raise _Fail(fault.code, "injected fault")
            with self._lock:
                fields = getattr(self, f"_do_{op.name}")(sdkappid, data, fault)
                payload = _ok(op.response_model, **fields)
        except _Fail as fail:
            return _envelope(fail.code, fail.info, unknown=self.unknown_fields)
        if self.unknown_fields:
            payload = with_unknown_fields(payload)
        return self._apply(fault, payload)

    # -- steps ---------------------------------------------------------------------------

    def _route(self, path: str) -> Operation[Any]:
        parts = path.strip("/").split("/")
        if len(parts) != 3 or parts[0] != "v4" or parts[1] not in self.SERVICES:
            raise _Fail(60009, f"requested resource error: {path[:80]!r}")
        op = self.SERVICES[parts[1]].get(parts[2])
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

    def _admit(self, sdkappid: int, command: str) -> None:
        second = int(self._clock())
        with self._lock:
            counts = self.stats.accepted[(sdkappid, command)]
            if self.rate_limit is not None and counts[second] >= self.rate_limit:
                self.stats.rate_limited[(sdkappid, command)] += 1
                raise _Fail(self.rate_limit_code, "REST API call frequency exceeds the limit")
            counts[second] += 1

    def _group(self, sdkappid: int, data: dict[str, Any], *, community: bool) -> Group:
        gid = data.get("GroupId")
        if not isinstance(gid, str):
            raise _Fail(10004, "GroupId: required string")
        if not gid or len(gid.encode()) >= 48 or not (gid.isascii() and gid.isprintable()):
            raise _Fail(10015, f"invalid group ID {gid!r}")
        group = self.state.apps[sdkappid].groups.get(gid)
        if group is None:
            if community and not gid.startswith("@TGS#_"):
                raise _Fail(10015, f"invalid Community group ID {gid!r}")
            raise _Fail(10010, f"group {gid!r} not found or disbanded")
        return group

    def _do_get_group_attr(
        self, sdkappid: int, data: dict[str, Any], fault: Fault | None
    ) -> dict[str, Any]:
        group = self._group(sdkappid, data, community=False)
        _validate(OPERATIONS["get_group_attr"].request_model, data)
        attrs = [{"key": k, "value": v} for k, v in group.attributes.items()]
        return {"GroupAttrAry": attrs}

    def _attribute_write(self, command: str, sdkappid: int, data: dict[str, Any]) -> Group:
        """Checks shared by the writes: group, body model, group type, write rate."""
        group = self._group(sdkappid, data, community=False)
        _validate(OPERATIONS[command].request_model, data)
        if _PAGE_TYPE.get(group.type, group.type) not in _SPEC_TYPES.get(command, _ALL_TYPES):
            raise _Fail(10007, f"group type {group.type} does not support {command}")
        self.attribute_writes.admit(sdkappid, group, int(self._clock()))
        return group

    def _write_map(
        self, command: str, sdkappid: int, data: dict[str, Any], *, replace: bool
    ) -> dict[str, Any]:
        """A set (``replace``) or modify: the limits on the resulting map, then the write."""
        group = self._group(sdkappid, data, community=False)
        result = limited_map(group.attributes, data, replace=replace)
        self._attribute_write(command, sdkappid, data)
        group.attributes = result
        return {}

    def _do_set_group_attr(
        self, sdkappid: int, data: dict[str, Any], fault: Fault | None
    ) -> dict[str, Any]:
        return self._write_map("set_group_attr", sdkappid, data, replace=True)

    def _do_modify_group_attr(
        self, sdkappid: int, data: dict[str, Any], fault: Fault | None
    ) -> dict[str, Any]:
        return self._write_map("modify_group_attr", sdkappid, data, replace=False)

    def _do_delete_group_attr(
        self, sdkappid: int, data: dict[str, Any], fault: Fault | None
    ) -> dict[str, Any]:
        group = self._group(sdkappid, data, community=False)
        keys = requested_keys(data)
        self._attribute_write("delete_group_attr", sdkappid, data)
        missing = [key for key in keys if key not in group.attributes]
        if missing:
            raise _Fail(10050, f"group attribute {missing[0][:40]!r} does not exist")
        group.attributes = {k: v for k, v in group.attributes.items() if k not in keys}
        return {}

    def _do_clear_group_attr(
        self, sdkappid: int, data: dict[str, Any], fault: Fault | None
    ) -> dict[str, Any]:
        group = self._attribute_write("clear_group_attr", sdkappid, data)
        group.attributes = {}
        return {}

    def _do_get_permission_group_member_list(
        self, sdkappid: int, data: dict[str, Any], fault: Fault | None
    ) -> dict[str, Any]:
        group = self._group(sdkappid, data, community=True)
        pgid = data.get("PermissionGroupId")
        if isinstance(pgid, str) and not pgid.startswith("@PMG#_"):
            raise _Fail(110008, f"invalid permission group ID {pgid!r}")
        if group.type != "Community":
            raise _Fail(10007, f"group type {group.type} has no permission groups")
        request = _validate(OPERATIONS["get_permission_group_member_list"].request_model, data)
        pg = group.permission_groups.get(request.permission_group_id)
        if pg is None:
            raise _Fail(110006, f"permission group {request.permission_group_id!r} not found")
        scope = f"{sdkappid}/{group.group_id}/{pg.permission_group_id}"
        cursor = request.next or ""
        last_seq = self._decode_cursor(scope, cursor) if cursor else 0
        rows, more = pg.page_after(last_seq, request.limit or DEFAULT_PAGE)
        info = set(request.member_info_filter) if request.member_info_filter is not None else None
        custom = request.app_defined_data_filter_group_member
        members = [
            _member(group.members[acct], pg.joined_at(acct), info, custom) for acct, _ in rows
        ]
        next_cursor = self._encode_cursor(scope, rows[-1][1]) if more and rows else ""
        if fault is not None and fault.kind == "repeat_cursor":
            next_cursor = cursor
        return {"MemberNum": len(pg), "MemberList": members, "Next": next_cursor}

    def _mac(self, scope: str, seq: int) -> str:
        digest = hmac.new(self._cursor_key, f"{scope}#{seq}".encode(), hashlib.sha256)
        return digest.hexdigest()[:16]

    def _encode_cursor(self, scope: str, seq: int) -> str:
        token = f"{seq}.{self._mac(scope, seq)}".encode()
        return "TGS" + base64.urlsafe_b64encode(token).decode().rstrip("=")

    def _decode_cursor(self, scope: str, cursor: str) -> int:
        try:
            if not cursor.startswith("TGS"):
                raise ValueError
            raw = cursor[3:]
            token = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
            seq_text, mac = token.split(".")
            seq = int(seq_text)
        except (ValueError, binascii.Error, UnicodeDecodeError):
            raise _Fail(10004, "Next: invalid cursor") from None
        if not hmac.compare_digest(mac, self._mac(scope, seq)):
            raise _Fail(10004, "Next: invalid cursor for this permission group")
        return seq

    def _apply(self, fault: Fault | None, payload: dict[str, Any]) -> Reply:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        if fault is None or fault.kind == "repeat_cursor":
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


def _validate(model: type[BaseModel], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in error["loc"]) or "body"
        raise _Fail(10004, f"{where}: {error['msg']}") from None


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


def _member(
    record: dict[str, Any],
    joined_pg: int,
    info: set[str] | None,
    custom: list[str] | None,
) -> dict[str, Any]:
    """The member as the filters ask (see the operation description in openapi.yaml)."""
    full = {**record, "JoinPermissionGroupTime": joined_pg}
    defined = full.pop("AppMemberDefinedData", None)
    if info is not None:
        full = {k: v for k, v in full.items() if k == "Member_Account" or k in info}
    if custom is not None:
        full["AppMemberDefinedData"] = [d for d in defined or [] if d["Key"] in custom]
    elif info is None and defined:
        full["AppMemberDefinedData"] = defined
    return full
