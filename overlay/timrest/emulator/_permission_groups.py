"""Community permission groups as the service keeps them: created, changed and destroyed
(at most 20 per Community), their topic permissions (topics of the same Community), and
their members (members of the Community), paged with opaque cursors that are tamper-proof (an
HMAC of the scope and the position) and stable while members join and leave.

Per-item outcomes follow the spec's ``x-tim-upstream.inferred`` notes of each operation."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from typing import Any

from ._failure import ApiFailure
from ._handlers import Call, HandlerBase, handles
from ._state import Group, PermissionGroup

__all__ = ["DEFAULT_PAGE", "PermissionGroupHandlers", "member_view"]

DEFAULT_PAGE = 50


class PermissionGroupHandlers(HandlerBase):
    """The permission-group operations of a Community."""

    _cursor_key: bytes

    def _permission_group(self, call: Call) -> tuple[Group, PermissionGroup]:
        group = self._group(call)
        pgid = call.data["PermissionGroupId"]
        pg = group.permission_groups.get(pgid)
        if pg is None:
            raise ApiFailure(110006, f"permission group {pgid[:48]!r} not found")
        return group, pg

    @handles("create_permission_group")
    def _create_permission_group(self, call: Call) -> dict[str, Any]:
        group = self._group(call)
        data = call.data
        pgid = data.get("PermissionGroupId")
        if pgid is not None and pgid in group.permission_groups:
            raise ApiFailure(10025, f"permission group ID {pgid[:48]!r} is already used")
        self._within_quota(call, len(group.permission_groups), "permission groups")
        if pgid is None:
            pgid = f"@PMG#_@PMG#c{self.state.next_seq():08X}"
        self.state.add_permission_group(
            call.sdkappid,
            group.group_id,
            pgid,
            data["PermissionGroupName"],
            data["Permission"],
            data.get("CustomString", ""),
            int(self._clock()),
        )
        return {"PermissionGroupId": pgid}

    @handles("destroy_permission_group")
    def _destroy_permission_group(self, call: Call) -> dict[str, Any]:
        group = self._group(call)
        results = []
        for pgid in call.data["PermissionGroupIdList"]:
            if group.permission_groups.pop(pgid, None) is None:
                results.append(_item(110006, "permission group not found", PermissionGroupId=pgid))
            else:
                results.append(_item(0, "", PermissionGroupId=pgid))
        return {"PermissionGroupResultList": results}

    @handles("modify_permission_group")
    def _modify_permission_group(self, call: Call) -> dict[str, Any]:
        _, pg = self._permission_group(call)
        data = call.data
        pg.name = data.get("PermissionGroupName", pg.name)
        pg.permission = data.get("Permission", pg.permission)
        pg.custom_string = data.get("CustomString", pg.custom_string)
        return {}

    @handles("get_permission_group")
    def _get_permission_group(self, call: Call) -> dict[str, Any]:
        group = self._group(call)
        data = call.data
        wanted = data.get("PermissionGroupIdList")
        if wanted:
            for pgid in wanted:
                if pgid not in group.permission_groups:
                    raise ApiFailure(110006, f"permission group {pgid[:48]!r} not found")
            return {
                "PermissionGroupInfoList": [group.permission_groups[i].info() for i in wanted],
                "Next": "",
            }
        scope = f"{call.sdkappid}/{group.group_id}/permission-groups"
        cursor = data.get("Next") or ""
        last_seq = self._decode_cursor(scope, cursor) if cursor else 0
        ordered = sorted(group.permission_groups.values(), key=lambda pg: pg.seq)
        after = [pg for pg in ordered if pg.seq > last_seq]
        limit = data.get("Limit") or 20
        page, more = after[:limit], len(after) > limit
        following = self._encode_cursor(scope, page[-1].seq) if more and page else ""
        return {"PermissionGroupInfoList": [pg.info() for pg in page], "Next": following}

    def _topic_permissions(self, call: Call, mode: str) -> dict[str, Any]:
        group, pg = self._permission_group(call)
        results = []
        for row in call.data["TopicPermissionList"]:
            topic_id = row["TopicId"]
            if topic_id not in group.topics:
                results.append(_item(10010, "topic not found", TopicId=topic_id))
            elif mode == "set" and topic_id not in pg.topic_permissions:
                results.append(_item(10004, "no permission in this topic yet", TopicId=topic_id))
            else:
                pg.topic_permissions[topic_id] = row["Permission"]
                results.append(_item(0, "", TopicId=topic_id))
        return {"TopicPermissionResultList": results}

    @handles("add_topic_permission_group")
    def _add_topic_permission_group(self, call: Call) -> dict[str, Any]:
        return self._topic_permissions(call, "add")

    @handles("set_topic_permission_group")
    def _set_topic_permission_group(self, call: Call) -> dict[str, Any]:
        return self._topic_permissions(call, "set")

    @handles("delete_topic_permission_group")
    def _delete_topic_permission_group(self, call: Call) -> dict[str, Any]:
        _, pg = self._permission_group(call)
        results = []
        for topic_id in call.data["TopicIdList"]:
            pg.topic_permissions.pop(topic_id, None)
            results.append(_item(0, "", TopicId=topic_id))
        return {"TopicPermissionResultList": results}

    @handles("get_topic_permission_group")
    def _get_topic_permission_group(self, call: Call) -> dict[str, Any]:
        group, pg = self._permission_group(call)
        wanted = call.data.get("TopicIdList")
        results = []
        for topic_id in wanted if wanted is not None else list(pg.topic_permissions):
            if topic_id not in group.topics:
                results.append(_item(10010, "topic not found", TopicId=topic_id))
            elif topic_id not in pg.topic_permissions:
                results.append(_item(10004, "no permission in this topic", TopicId=topic_id))
            else:
                permission = pg.topic_permissions[topic_id]
                results.append(_item(0, "", TopicId=topic_id, Permission=permission))
        return {"TopicPermissionResultList": results}

    @handles("add_permission_group_member")
    def _add_permission_group_member(self, call: Call) -> dict[str, Any]:
        group, pg = self._permission_group(call)
        results = []
        for row in call.data["MemberList"]:
            account = row["Member_Account"]
            if account not in group.members:
                code = 10007  # not a member of the Community (INFERRED)
            elif account in pg:
                code = 10013
            else:
                pg.add(account, self.state.next_seq(), int(self._clock()))
                code = 0
            results.append({"Member_Account": account, "Result": code})
        return {"MemberList": results}

    @handles("delete_permission_group_member")
    def _delete_permission_group_member(self, call: Call) -> dict[str, Any]:
        _, pg = self._permission_group(call)
        results = []
        for row in call.data["MemberList"]:
            pg.remove(row["Member_Account"])
            results.append({"Member_Account": row["Member_Account"], "Result": 0})
        return {"MemberList": results}

    @handles("get_permission_group_member_list")
    def _get_permission_group_member_list(self, call: Call) -> dict[str, Any]:
        group, pg = self._permission_group(call)
        request: Any = call.request
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


def _item(code: int, info: str, **key: Any) -> dict[str, Any]:
    """One item of a batch reply (its key, ``ErrorCode`` and ``ErrorInfo``)."""
    return {"ErrorCode": code, "ErrorInfo": info, **key}


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
