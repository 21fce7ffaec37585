"""Community permission groups as the service keeps them: their members, paged with opaque
cursors that are tamper-proof (an HMAC of the permission group and the position) and stable
while members join and leave."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from typing import Any

from ._failure import ApiFailure
from ._handlers import Call, HandlerBase, handles

__all__ = ["DEFAULT_PAGE", "PermissionGroupHandlers", "member_view"]

DEFAULT_PAGE = 50


class PermissionGroupHandlers(HandlerBase):
    """The permission-group operations of a Community."""

    _cursor_key: bytes

    @handles("get_permission_group_member_list")
    def _get_permission_group_member_list(self, call: Call) -> dict[str, Any]:
        group = self._group(call)
        request: Any = call.request
        pg = group.permission_groups.get(request.permission_group_id)
        if pg is None:
            raise ApiFailure(110006, f"permission group {request.permission_group_id!r} not found")
        scope = f"{call.sdkappid}/{group.group_id}/{pg.permission_group_id}"
        cursor = request.next or ""
        last_seq = self._decode_cursor(scope, cursor) if cursor else 0
        rows, more = pg.page_after(last_seq, request.limit or DEFAULT_PAGE)
        info = set(request.member_info_filter) if request.member_info_filter is not None else None
        custom = request.app_defined_data_filter_group_member
        members = [
            member_view(group.members[acct], pg.joined_at(acct), info, custom) for acct, _ in rows
        ]
        next_cursor = self._encode_cursor(scope, rows[-1][1]) if more and rows else ""
        if call.fault is not None and call.fault.kind == "repeat_cursor":
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
            raise ApiFailure(10004, "Next: invalid cursor") from None
        if not hmac.compare_digest(mac, self._mac(scope, seq)):
            raise ApiFailure(10004, "Next: invalid cursor for this permission group")
        return seq


def member_view(
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
