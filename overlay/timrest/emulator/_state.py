"""The emulator's data: apps, groups, attributes, members and permission groups.

Every member record is validated with the generated ``PermissionGroupMember`` model when it
is stored, so the emulator cannot answer a member the spec does not allow.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from timrest._generated.timrest_models import PermissionGroupMember

__all__ = [
    "GROUP_TYPES",
    "GROUP_TYPE_ALIASES",
    "App",
    "Group",
    "PermissionGroup",
    "State",
    "Topic",
]

GroupType = Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"]
GROUP_TYPES: tuple[str, ...] = ("Private", "Public", "ChatRoom", "AVChatRoom", "Community")
"""The group types, named as the spec's ``x-tim-group-types`` and Tencent's pages name them."""
GROUP_TYPE_ALIASES = {"Work": "Private", "Meeting": "ChatRoom"}
"""The newer client SDKs' names, accepted in seeds."""
MAX_MEMBER_FIELDS = 5
"""Member-level custom fields an app may configure (a console setting)."""


@dataclass(slots=True)
class PermissionGroup:
    """Members in the order they joined; each join gets a fresh, increasing sequence number."""

    permission_group_id: str
    name: str = ""
    permission: int = 0
    custom_string: str = ""
    created_at: int = 0
    seq: int = 0
    """Its place in the Community's listing (creation order)."""
    topic_permissions: dict[str, int] = field(default_factory=dict)
    """Topic ID -> the topic-level permission bitmask the group holds there."""
    _seq_of: dict[str, int] = field(default_factory=dict)
    _account_at: dict[int, str] = field(default_factory=dict)
    _order: list[int] = field(default_factory=list)
    _joined: dict[str, int] = field(default_factory=dict)

    def add(self, account: str, seq: int, joined_at: int) -> None:
        if account in self._seq_of:
            return
        self._seq_of[account] = seq
        self._account_at[seq] = account
        self._order.append(seq)  # seqs come from one increasing counter
        self._joined[account] = joined_at

    def remove(self, account: str) -> None:
        seq = self._seq_of.pop(account, None)
        if seq is None:
            return
        del self._account_at[seq]
        del self._joined[account]
        del self._order[bisect.bisect_left(self._order, seq)]

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, account: object) -> bool:
        return account in self._seq_of

    def page_after(self, last_seq: int, limit: int) -> tuple[list[tuple[str, int]], bool]:
        """Up to ``limit`` (account, seq) after ``last_seq``, and whether more follow."""
        start = bisect.bisect_right(self._order, last_seq)
        seqs = self._order[start : start + limit]
        more = start + limit < len(self._order)
        return [(self._account_at[s], s) for s in seqs], more

    def joined_at(self, account: str) -> int:
        return self._joined[account]

    def info(self) -> dict[str, Any]:
        """As ``get_permission_group`` answers it (wire names)."""
        return {
            "PermissionGroupId": self.permission_group_id,
            "PermissionGroupName": self.name,
            "Permission": self.permission,
            "CustomString": self.custom_string,
            "MemberNum": len(self),
            "CreateTime": self.created_at,
        }


@dataclass(slots=True)
class Topic:
    """A topic of a Community; ``fields`` holds its profile by wire name."""

    topic_id: str
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Group:
    group_id: str
    type: GroupType
    attributes: dict[str, str] = field(default_factory=dict)
    members: dict[str, dict[str, Any]] = field(default_factory=dict)
    permission_groups: dict[str, PermissionGroup] = field(default_factory=dict)
    support_topic: bool = False
    """A Community created with topics on (``SupportTopic: 1``)."""
    topics: dict[str, Topic] = field(default_factory=dict)
    destroyed_topics: set[str] = field(default_factory=set)

    def set_attributes(self, attributes: dict[str, str]) -> None:
        """Replace the attributes (seeds), within the limits ``set_group_attr`` documents."""
        from timrest._generated.timrest_client.operations import OPERATIONS

        from ._checks import check_request
        from ._failure import ApiFailure

        op = OPERATIONS["set_group_attr"]
        rows = [{"key": key, "value": value} for key, value in attributes.items()]
        try:
            check_request(op, {"GroupId": self.group_id, "GroupAttr": rows})
        except ApiFailure as failure:
            raise ValueError(
                f"attributes of {self.group_id}: {failure.info} ({failure.code})"
            ) from None
        self.attributes = dict(attributes)


@dataclass(slots=True)
class App:
    sdkappid: int
    secret_key: str
    admins: set[str]
    custom_member_fields: tuple[str, ...] = ()
    groups: dict[str, Group] = field(default_factory=dict)
    community: bool = True
    """The console's Community switch (off: Community operations answer 11000)."""

    def __repr__(self) -> str:  # never show the secret key
        return (
            f"App(sdkappid={self.sdkappid}, admins={sorted(self.admins)}, "
            f"groups={len(self.groups)})"
        )


class State:
    """All apps; mutate through the methods so that the invariants hold."""

    def __init__(self) -> None:
        self.apps: dict[int, App] = {}
        self._seq = itertools.count(1)

    def add_app(
        self,
        sdkappid: int,
        secret_key: str,
        admins: list[str] | tuple[str, ...] | set[str] = ("administrator",),
        custom_member_fields: list[str] | tuple[str, ...] = (),
        community: bool = True,
    ) -> App:
        if len(custom_member_fields) > MAX_MEMBER_FIELDS:
            raise ValueError(f"at most {MAX_MEMBER_FIELDS} member-level custom fields per app")
        app = App(int(sdkappid), secret_key, set(admins), tuple(custom_member_fields))
        app.community = community
        self.apps[app.sdkappid] = app
        return app

    def app(self, sdkappid: int) -> App:
        return self.apps[sdkappid]

    def add_group(
        self,
        sdkappid: int,
        group_id: str,
        type: str,
        attributes: dict[str, str] | None = None,
        support_topic: bool = False,
    ) -> Group:
        name = GROUP_TYPE_ALIASES.get(type, type)
        if name not in GROUP_TYPES:
            known = (*GROUP_TYPES, *GROUP_TYPE_ALIASES)
            raise ValueError(f"group type must be one of {known}, got {type!r}")
        if name == "Community" and not group_id.startswith("@TGS#_"):
            raise ValueError(f"Community group IDs start with '@TGS#_', got {group_id!r}")
        if support_topic and name != "Community":
            raise ValueError("only Community groups support topics")
        group = Group(group_id, cast(GroupType, name), support_topic=support_topic)
        if attributes:
            group.set_attributes(attributes)
        self.app(sdkappid).groups[group_id] = group
        return group

    def group(self, sdkappid: int, group_id: str) -> Group:
        return self.app(sdkappid).groups[group_id]

    def add_member(self, sdkappid: int, group_id: str, account: str, **fields: Any) -> None:
        """Add a group member; ``fields`` use the wire names (Role, JoinTime, NameCard...)."""
        app = self.app(sdkappid)
        record = {"Member_Account": account, **fields}
        for item in record.get("AppMemberDefinedData", []):
            if item.get("Key") not in app.custom_member_fields:
                raise ValueError(f"custom member field {item.get('Key')!r} is not configured")
        member = PermissionGroupMember.model_validate(record)
        stored = member.model_dump(by_alias=True, exclude_none=True)
        stored.pop("JoinPermissionGroupTime", None)  # belongs to the permission group
        self.group(sdkappid, group_id).members[account] = stored

    def next_seq(self) -> int:
        """A fresh number from the one increasing counter (joins, creations)."""
        return next(self._seq)

    def add_topic(self, sdkappid: int, group_id: str, topic_id: str, **fields: Any) -> Topic:
        """Add a topic; ``fields`` use the wire names (TopicName, CustomString...)."""
        group = self.group(sdkappid, group_id)
        if not group.support_topic:
            raise ValueError(f"{group_id} does not support topics (support_topic)")
        if not topic_id.startswith(f"{group_id}@TOPIC#_"):
            raise ValueError(f"topic IDs start with '{group_id}@TOPIC#_', got {topic_id!r}")
        topic = Topic(topic_id, {"TopicName": topic_id.rsplit("#_", 1)[-1], **fields})
        group.topics[topic_id] = topic
        return topic

    def add_permission_group(
        self,
        sdkappid: int,
        group_id: str,
        permission_group_id: str,
        name: str = "",
        permission: int = 0,
        custom_string: str = "",
        created_at: int = 1704804868,
    ) -> PermissionGroup:
        group = self.group(sdkappid, group_id)
        if group.type != "Community":
            raise ValueError("permission groups exist only in Community groups")
        if not permission_group_id.startswith("@PMG#_"):
            raise ValueError(
                f"permission group IDs start with '@PMG#_', got {permission_group_id!r}"
            )
        pg = PermissionGroup(
            permission_group_id, name, permission, custom_string, created_at, self.next_seq()
        )
        group.permission_groups[permission_group_id] = pg
        return pg

    def add_permission_group_members(
        self,
        sdkappid: int,
        group_id: str,
        permission_group_id: str,
        accounts: list[str],
        joined_at: int = 1704804868,
    ) -> None:
        group = self.group(sdkappid, group_id)
        pg = group.permission_groups[permission_group_id]
        for account in accounts:
            if account not in group.members:
                raise ValueError(f"{account!r} is not a member of {group_id}")
            pg.add(account, next(self._seq), joined_at)

    def remove_permission_group_members(
        self, sdkappid: int, group_id: str, permission_group_id: str, accounts: list[str]
    ) -> None:
        pg = self.group(sdkappid, group_id).permission_groups[permission_group_id]
        for account in accounts:
            pg.remove(account)
