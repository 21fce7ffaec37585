# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The typed client methods: one per operation of openapi.yaml (two for a listing).

Each method hands its arguments, keyed by their wire names, to the runtime with the
operation's record; ``Client`` and ``AsyncClient`` inherit these classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._invoker import AsyncInvoker, PerCall, RawAsyncInvoker, RawSyncInvoker, SyncInvoker
from . import operations as ops

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Literal

    from ..._batch import Batch
    from ..._pagination import AsyncPageIterator, Page, PageIterator
    from ..._raw import RawResponse
    from ..timrest_models import (
        MemberInfoField,
        MuteAllMember,
        PermissionGroupInfo,
        PermissionGroupMember,
        PermissionGroupMemberResult,
        PermissionGroupResult,
        TopicAndSelfInfoItem,
        TopicField,
        TopicPermissionResult,
        TopicResult,
    )

__all__ = ["AsyncOperations", "RawAsyncOperations", "RawSyncOperations", "SyncOperations"]


class SyncOperations(SyncInvoker):
    """The operations of openapi.yaml, synchronous."""

    def get_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, str]:
        """Get the custom attributes of a group.

        Returns every custom attribute (key/value pair) of a group, of any of the five group
        types. Attribute limits: at most 16 keys, each key at most 32 bytes, each value at most
        4,000 bytes, all values together at most 16,000 bytes. Note the service name
        `group_open_attr_http_svc`, unlike the attribute write operations, which live under
        `group_open_http_svc`. A group without attributes answers an empty `GroupAttrAry`
        (INFERRED: the page shows no such sample; clients should also accept the field absent).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44187
        """
        return self._invoke(
            ops.GET_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def set_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Replace every custom attribute of a group.

        Replaces the custom attributes of a group with the given ones: keys not given are
        removed (INFERRED from the client SDK's "init" semantics: the page only says "reset").
        Every group type. Limits on the resulting attributes: at most 16 keys, each key at most
        32 bytes, each value at most 4,000 bytes, all values together at most 16,000 bytes
        (bytes of UTF-8: INFERRED, the page says bytes without naming an encoding).

        Maximum call frequency: 200 calls per second; writes to one group (set, modify, delete
        and clear together) at most 5 per second (10049).

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            attributes: ``GroupAttr``. The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8 (`x-tim-max-total-bytes`).
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44190
        """
        return self._invoke(
            ops.SET_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def modify_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Add or overwrite custom attributes of a group.

        Adds the given keys and overwrites the values of existing ones; other attributes stay
        (INFERRED from the client SDK's "set" semantics). Every group type. The limits apply to
        the resulting attributes: at most 16 keys, keys of at most 32 bytes, values of at most
        4,000 bytes, all values together at most 16,000 bytes.

        Maximum call frequency: 200 calls per second; writes to one group (set, modify, delete
        and clear together) at most 5 per second (10049).

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            attributes: ``GroupAttr``. The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8 (`x-tim-max-total-bytes`).
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44188
        """
        return self._invoke(
            ops.MODIFY_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def delete_group_attributes(
        self,
        group_id: str,
        keys: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete custom attributes of a group.

        Removes the given keys. If any of them does not exist the call fails with 10050 and
        nothing is removed (INFERRED: the page documents 10050 but not partial outcomes). Not
        idempotent: a retried delete that had been applied answers 10050, so a delete that may
        have reached the service is not sent again. Every group type.

        Maximum call frequency: 200 calls per second; writes to one group (set, modify, delete
        and clear together) at most 5 per second (10049).

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            keys: ``GroupAttr``. The keys to delete (at most 16).
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/59499
        """
        return self._invoke(
            ops.DELETE_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": keys,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def clear_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove every custom attribute of a group.

        Removes every custom attribute of a group; clearing a group without attributes succeeds
        (INFERRED). Every group type except Community, which answers 10007 (INFERRED code: the
        page says only "not supported").

        Maximum call frequency: 200 calls per second; writes to one group (set, modify, delete
        and clear together) at most 5 per second (10049).

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44189
        """
        return self._invoke(
            ops.CLEAR_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def list_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[MemberInfoField] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Page[PermissionGroupMember]:
        """List the members of a Community permission group.

        Returns one page of the members of a permission group, with their group member fields
        and member-level custom fields. Applies to **Community** groups only (group IDs start with
        `@TGS#_`); any other group type answers 10007.

        Paging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the
        `Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`
        (1 to 50) bounds the page size. Communities do not support `Offset`.

        `MemberInfoFilter` selects which member fields to return (`Member_Account` is always
        returned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`
        selects which member-level custom fields to return in `AppMemberDefinedData`.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of the Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of the permission group; starts with `@PMG#_`.
            member_fields: ``MemberInfoFilter``. The member fields to return (`Member_Account` is always returned).
            custom_fields: ``AppDefinedDataFilter_GroupMember``. The member-level custom fields to return in `AppMemberDefinedData`.
            limit: ``Limit``. The maximum number of members in the response `MemberList`.
            cursor: ``Next``. The cursor: `""` for the first page, then the `Next` of the previous response.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61242
        """
        return self._invoke(
            ops.GET_PERMISSION_GROUP_MEMBER_LIST,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberInfoFilter": member_fields,
                "AppDefinedDataFilter_GroupMember": custom_fields,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def iter_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[MemberInfoField] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageIterator[PermissionGroupMember]:
        """Every item across pages, from ``cursor`` on: List the members of a Community permission group.

        Returns one page of the members of a permission group, with their group member fields
        and member-level custom fields. Applies to **Community** groups only (group IDs start with
        `@TGS#_`); any other group type answers 10007.

        Paging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the
        `Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`
        (1 to 50) bounds the page size. Communities do not support `Offset`.

        `MemberInfoFilter` selects which member fields to return (`Member_Account` is always
        returned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`
        selects which member-level custom fields to return in `AppMemberDefinedData`.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of the Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of the permission group; starts with `@PMG#_`.
            member_fields: ``MemberInfoFilter``. The member fields to return (`Member_Account` is always returned).
            custom_fields: ``AppDefinedDataFilter_GroupMember``. The member-level custom fields to return in `AppMemberDefinedData`.
            limit: ``Limit``. The maximum number of members in the response `MemberList`.
            cursor: ``Next``. The cursor: `""` for the first page, then the `Next` of the previous response.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61242
        """
        return self._iterate(
            ops.GET_PERMISSION_GROUP_MEMBER_LIST,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberInfoFilter": member_fields,
                "AppDefinedDataFilter_GroupMember": custom_fields,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def create_permission_group(
        self,
        group_id: str,
        name: str,
        permission: int,
        *,
        permission_group_id: str | None = None,
        custom_string: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create a permission group in a Community.

        Creates a permission group in a Community (`@TGS#_` group IDs) with a name, a
        Community-level permission bitmask (`Permission`, see `CommunityPermission`) and
        optional custom data, and answers its ID. Without `PermissionGroupId` the service
        assigns one (`@PMG#_@PMG#...`); a custom ID starts with `@PMG#_`, must not start with
        `@PMG#_@PMG#` and holds printable ASCII only. A Community holds at most 20 permission
        groups by default (from the client guide).

        Retry safety: a create without a custom ID is not idempotent (a resend could make a
        second group); with a custom ID a resend is safe, and a resend answered "ID already
        used" (10025, INFERRED) means the first attempt created it.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. A custom permission group ID: starts with `@PMG#_` but not with `@PMG#_@PMG#` (the prefix of the IDs the service assigns), printable ASCII only.
            name: ``PermissionGroupName``. The name of a permission group, at most 150 bytes of UTF-8.
            permission: ``Permission``. A Community-level permission bitmask (64 bits; a set bit grants the permission).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61232
        """
        return self._invoke(
            ops.CREATE_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "PermissionGroupName": name,
                "Permission": permission,
                "CustomString": custom_string,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def destroy_permission_groups(
        self,
        group_id: str,
        permission_group_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[PermissionGroupResult]:
        """Destroy permission groups of a Community.

        Destroys up to 20 permission groups of a Community and answers per group in
        `PermissionGroupResultList` (`ErrorCode` 0: destroyed). Their members and topic
        permissions go with them (INFERRED).

        Retry safety: a resend is safe; on a resend, a group answered as not found (110006)
        was destroyed by the first attempt.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_ids: ``PermissionGroupIdList``. The permission groups to destroy, at most 20.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61233
        """
        return self._invoke(
            ops.DESTROY_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def modify_permission_group(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        name: str | None = None,
        permission: int | None = None,
        custom_string: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change a permission group's name, permission or data.

        Changes the name, the Community-level permission bitmask (replaced, not merged) or the
        custom data of a permission group; fields not sent stay as they are (INFERRED).

        Retry safety: a resend is safe (it sets the same values).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            name: ``PermissionGroupName``. The name of a permission group, at most 150 bytes of UTF-8.
            permission: ``Permission``. A Community-level permission bitmask (64 bits; a set bit grants the permission).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61234
        """
        return self._invoke(
            ops.MODIFY_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "PermissionGroupName": name,
                "Permission": permission,
                "CustomString": custom_string,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def list_permission_groups(
        self,
        group_id: str,
        *,
        permission_group_ids: Iterable[str] | None = None,
        limit: int = 20,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Page[PermissionGroupInfo]:
        """List the permission groups of a Community.

        Returns the permission groups of a Community: the ones named in
        `PermissionGroupIdList`, or all of them, a page at a time (`Limit` up to 20, cursor
        `Next`: `""` first, then the `Next` of the previous response; `""` ends the listing).

        Retry safety: a read; a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_ids: ``PermissionGroupIdList``. The permission groups to return; without it, every one, by page.
            limit: ``Limit``. The most permission groups per page.
            cursor: ``Next``. The cursor; `""` for the first page, then the `Next` of the previous response.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61235
        """
        return self._invoke(
            ops.GET_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def iter_permission_groups(
        self,
        group_id: str,
        *,
        permission_group_ids: Iterable[str] | None = None,
        limit: int = 20,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PageIterator[PermissionGroupInfo]:
        """Every item across pages, from ``cursor`` on: List the permission groups of a Community.

        Returns the permission groups of a Community: the ones named in
        `PermissionGroupIdList`, or all of them, a page at a time (`Limit` up to 20, cursor
        `Next`: `""` first, then the `Next` of the previous response; `""` ends the listing).

        Retry safety: a read; a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_ids: ``PermissionGroupIdList``. The permission groups to return; without it, every one, by page.
            limit: ``Limit``. The most permission groups per page.
            cursor: ``Next``. The cursor; `""` for the first page, then the `Next` of the previous response.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61235
        """
        return self._iterate(
            ops.GET_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def add_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        permissions: Mapping[str, int],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicPermissionResult]:
        """Grant a permission group permissions in topics.

        Gives a permission group a topic-level permission bitmask (see `TopicPermission`) in
        each of up to 50 topics of its Community, answered per topic in
        `TopicPermissionResultList`. A topic that already has one in this group takes the new
        value (INFERRED).

        Retry safety: a resend is safe (it grants the same values).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            permissions: ``TopicPermissionList``. Each topic and its permission bitmask, at most 50 topics.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61236
        """
        return self._invoke(
            ops.ADD_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicPermissionList": permissions,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def set_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        permissions: Mapping[str, int],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicPermissionResult]:
        """Change a permission group's permissions in topics.

        Replaces the topic-level permission bitmask a permission group holds in each of up to
        50 topics, answered per topic in `TopicPermissionResultList`. A topic the group holds
        no permission in answers 10004 in its item (INFERRED): add it first.

        Retry safety: a resend is safe (it sets the same values).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            permissions: ``TopicPermissionList``. Each topic and its permission bitmask, at most 50 topics.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61237
        """
        return self._invoke(
            ops.SET_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicPermissionList": permissions,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def delete_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        topic_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicPermissionResult]:
        """Remove a permission group's permissions in topics.

        Removes the topic-level permission a permission group holds in each of up to 50
        topics, answered per topic in `TopicPermissionResultList`. A topic it holds none in
        answers 0 (INFERRED, as for members).

        Retry safety: a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            topic_ids: ``TopicIdList``. The topics, at most 50.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61238
        """
        return self._invoke(
            ops.DELETE_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def get_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        topic_ids: Iterable[str] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicPermissionResult]:
        """Read a permission group's permissions in topics.

        Returns the topic-level permission bitmask a permission group holds in the topics
        named in `TopicIdList`, or in every topic it holds one in, answered per topic in
        `TopicPermissionResultList` (`Permission` on success).

        Retry safety: a read; a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            topic_ids: ``TopicIdList``. The topics to read; without it, every topic the group holds a permission in.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61239
        """
        return self._invoke(
            ops.GET_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def add_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        accounts: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[PermissionGroupMemberResult]:
        """Add Community members to a permission group.

        Adds up to 100 members of the Community to a permission group, answered per member in
        `MemberList[].Result`: 0 added, 10013 already in the permission group (counted as
        added), 10007 not a member of the Community (INFERRED).

        Retry safety: a resend is safe: members the first attempt added answer 10013 and are
        reported as added.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            accounts: ``MemberList``. The accounts (UserIDs), at most 100.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61240
        """
        return self._invoke(
            ops.ADD_PERMISSION_GROUP_MEMBER,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberList": accounts,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def remove_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        accounts: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[PermissionGroupMemberResult]:
        """Remove members from a permission group.

        Removes up to 100 accounts from a permission group (they stay in the Community),
        answered per account in `MemberList[].Result` (INFERRED, as for adding). An account that
        is not in the permission group is removed all the same (0).

        Retry safety: a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            accounts: ``MemberList``. The accounts (UserIDs), at most 100.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61241
        """
        return self._invoke(
            ops.DELETE_PERMISSION_GROUP_MEMBER,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberList": accounts,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def create_topic(
        self,
        group_id: str,
        name: str,
        *,
        topic_id: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create a topic in a Community.

        Creates a topic in a topic-enabled Community and answers its ID: the service assigns
        `{GroupId}@TOPIC#_@TOPIC#...`, or `TopicId` gives a custom one
        (`{GroupId}@TOPIC#_` then printable ASCII, at most 96 bytes in all). A Community holds at
        most 200 topics (10037). Note the service name `million_group_open_http_svc`.

        Retry safety: a create without a custom ID is not idempotent; with one, a resend is
        safe, and a resend answered 10025 (the ID is already yours) means the first attempt
        created it.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            topic_id: ``TopicId``. A custom topic ID: the Community's group ID, `@TOPIC#_`, then a custom part (printable ASCII, not containing `@TGS#_` or starting with `@TOPIC#`); at most 96 bytes in all.
            name: ``TopicName``. The topic's name, at most 30 bytes of UTF-8.
            from_account: ``From_Account``. A member's UserID (the page types it uint64; the samples send a string).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            face_url: ``FaceUrl``. The topic's photo URL, at most 100 bytes.
            notification: ``Notification``. The topic's notice, at most 300 bytes of UTF-8.
            introduction: ``Introduction``. The topic's introduction, at most 240 bytes of UTF-8.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/49471
        """
        return self._invoke(
            ops.CREATE_TOPIC,
            {
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def destroy_topics(
        self,
        group_id: str,
        topic_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicResult]:
        """Destroy topics of a Community.

        Destroys topics of a Community, answered per topic in `DestroyResultItem`; a topic
        destroyed before answers 110003 (counted as done). Irreversible.

        Retry safety: a resend is safe (110003 for what the first attempt destroyed).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            topic_ids: ``TopicIdList``. The topics, at most 50.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/49470
        """
        return self._invoke(
            ops.DESTROY_TOPIC,
            {
                "GroupId": group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def get_topics(
        self,
        group_id: str,
        from_account: str,
        *,
        topic_ids: Iterable[str] | None = None,
        fields: Iterable[TopicField] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicAndSelfInfoItem]:
        """Read topics of a Community and a member's view of them.

        Returns the topics named in `TopicIdList`, or every topic of the Community, each with
        `From_Account`'s own state in it (`SelfInfo`), answered per topic in
        `TopicAndSelfInfo`. The page says the top-level `ErrorCode` carries no meaning here:
        check each item (the SDK still raises for a top-level failure such as 10010 for the
        Community). `ResponseFilter` keeps only the named `TopicInfo` fields (`GroupID` and
        `TopicId` always come). Note `GroupID`, with a capital D, in `TopicInfo`.

        Retry safety: a read; a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            from_account: ``From_Account``. A member's UserID (the page types it uint64; the samples send a string).
            topic_ids: ``TopicIdList``. The topics to read; without it, every topic of the Community.
            fields: ``ResponseFilter``. The `TopicInfo` fields to return; without it, every field.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/49469
        """
        return self._invoke(
            ops.GET_TOPIC,
            {
                "GroupId": group_id,
                "From_Account": from_account,
                "TopicIdList": topic_ids,
                "ResponseFilter": fields,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def modify_topic(
        self,
        group_id: str,
        topic_id: str,
        *,
        name: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all: MuteAllMember | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change a topic's profile.

        Changes a topic's name, custom data, photo URL, notice, introduction or whether all
        members are muted (`MuteAllMember` `On`/`Off`); fields not sent stay as they are.

        Retry safety: a resend is safe (it sets the same values).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            topic_id: ``TopicId``. A topic ID: the Community's group ID, then `@TOPIC#_`, then the service's `@TOPIC#...` or a custom part; at most 96 bytes, printable ASCII.
            name: ``TopicName``. The topic's name, at most 30 bytes of UTF-8.
            from_account: ``From_Account``. A member's UserID (the page types it uint64; the samples send a string).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            face_url: ``FaceUrl``. The topic's photo URL, at most 100 bytes.
            notification: ``Notification``. The topic's notice, at most 300 bytes of UTF-8.
            introduction: ``Introduction``. The topic's introduction, at most 240 bytes of UTF-8.
            mute_all: ``MuteAllMember``. `On`: only the owner and admins may speak in the topic; `Off`: everyone may.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/49468
        """
        return self._invoke(
            ops.MODIFY_TOPIC,
            {
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
                "MuteAllMember": mute_all,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def import_topic(
        self,
        group_id: str,
        name: str,
        *,
        group_type: Literal["Community"] | None = None,
        topic_id: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        create_time: int | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Import a topic (migration).

        Creates a topic with a given creation time, for migration: no callbacks fire and no
        notifications are sent. A custom `TopicId` already used answers 10021. Note the service
        name `group_open_http_svc`, unlike the other topic operations.

        Retry safety: without a custom ID a resend could import twice; with one, a resend
        answered 10021 means the first attempt imported it.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_type: ``Type``. The group type; only `Community`.
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            topic_id: ``TopicId``. A custom topic ID: the Community's group ID, `@TOPIC#_`, then a custom part (printable ASCII, not containing `@TGS#_` or starting with `@TOPIC#`); at most 96 bytes in all.
            name: ``TopicName``. The topic's name, at most 30 bytes of UTF-8.
            from_account: ``From_Account``. A member's UserID (the page types it uint64; the samples send a string).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            face_url: ``FaceUrl``. The topic's photo URL, at most 100 bytes.
            notification: ``Notification``. The topic's notice, at most 300 bytes of UTF-8.
            introduction: ``Introduction``. The topic's introduction, at most 240 bytes of UTF-8.
            create_time: ``CreateTime``. When the topic was created, in Unix seconds (default the time of the request).
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/53448
        """
        return self._invoke(
            ops.IMPORT_TOPIC,
            {
                "Type": group_type,
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
                "CreateTime": create_time,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )


class AsyncOperations(AsyncInvoker):
    """The operations of openapi.yaml, asynchronous (``await``, ``async for``)."""

    async def get_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, str]:
        """Get the custom attributes of a group.

        Returns every custom attribute (key/value pair) of a group, of any of the five group
        types. Attribute limits: at most 16 keys, each key at most 32 bytes, each value at most
        4,000 bytes, all values together at most 16,000 bytes. Note the service name
        `group_open_attr_http_svc`, unlike the attribute write operations, which live under
        `group_open_http_svc`. A group without attributes answers an empty `GroupAttrAry`
        (INFERRED: the page shows no such sample; clients should also accept the field absent).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44187
        """
        return await self._invoke(
            ops.GET_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def set_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Replace every custom attribute of a group.

        Replaces the custom attributes of a group with the given ones: keys not given are
        removed (INFERRED from the client SDK's "init" semantics: the page only says "reset").
        Every group type. Limits on the resulting attributes: at most 16 keys, each key at most
        32 bytes, each value at most 4,000 bytes, all values together at most 16,000 bytes
        (bytes of UTF-8: INFERRED, the page says bytes without naming an encoding).

        Maximum call frequency: 200 calls per second; writes to one group (set, modify, delete
        and clear together) at most 5 per second (10049).

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            attributes: ``GroupAttr``. The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8 (`x-tim-max-total-bytes`).
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44190
        """
        return await self._invoke(
            ops.SET_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def modify_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Add or overwrite custom attributes of a group.

        Adds the given keys and overwrites the values of existing ones; other attributes stay
        (INFERRED from the client SDK's "set" semantics). Every group type. The limits apply to
        the resulting attributes: at most 16 keys, keys of at most 32 bytes, values of at most
        4,000 bytes, all values together at most 16,000 bytes.

        Maximum call frequency: 200 calls per second; writes to one group (set, modify, delete
        and clear together) at most 5 per second (10049).

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            attributes: ``GroupAttr``. The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8 (`x-tim-max-total-bytes`).
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44188
        """
        return await self._invoke(
            ops.MODIFY_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def delete_group_attributes(
        self,
        group_id: str,
        keys: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete custom attributes of a group.

        Removes the given keys. If any of them does not exist the call fails with 10050 and
        nothing is removed (INFERRED: the page documents 10050 but not partial outcomes). Not
        idempotent: a retried delete that had been applied answers 10050, so a delete that may
        have reached the service is not sent again. Every group type.

        Maximum call frequency: 200 calls per second; writes to one group (set, modify, delete
        and clear together) at most 5 per second (10049).

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            keys: ``GroupAttr``. The keys to delete (at most 16).
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/59499
        """
        return await self._invoke(
            ops.DELETE_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": keys,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def clear_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Remove every custom attribute of a group.

        Removes every custom attribute of a group; clearing a group without attributes succeeds
        (INFERRED). Every group type except Community, which answers 10007 (INFERRED code: the
        page says only "not supported").

        Maximum call frequency: 200 calls per second; writes to one group (set, modify, delete
        and clear together) at most 5 per second (10049).

        Arguments:
            group_id: ``GroupId``. A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44189
        """
        return await self._invoke(
            ops.CLEAR_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def list_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[MemberInfoField] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Page[PermissionGroupMember]:
        """List the members of a Community permission group.

        Returns one page of the members of a permission group, with their group member fields
        and member-level custom fields. Applies to **Community** groups only (group IDs start with
        `@TGS#_`); any other group type answers 10007.

        Paging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the
        `Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`
        (1 to 50) bounds the page size. Communities do not support `Offset`.

        `MemberInfoFilter` selects which member fields to return (`Member_Account` is always
        returned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`
        selects which member-level custom fields to return in `AppMemberDefinedData`.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of the Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of the permission group; starts with `@PMG#_`.
            member_fields: ``MemberInfoFilter``. The member fields to return (`Member_Account` is always returned).
            custom_fields: ``AppDefinedDataFilter_GroupMember``. The member-level custom fields to return in `AppMemberDefinedData`.
            limit: ``Limit``. The maximum number of members in the response `MemberList`.
            cursor: ``Next``. The cursor: `""` for the first page, then the `Next` of the previous response.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61242
        """
        return await self._invoke(
            ops.GET_PERMISSION_GROUP_MEMBER_LIST,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberInfoFilter": member_fields,
                "AppDefinedDataFilter_GroupMember": custom_fields,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def iter_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[MemberInfoField] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPageIterator[PermissionGroupMember]:
        """Every item across pages, from ``cursor`` on: List the members of a Community permission group.

        Returns one page of the members of a permission group, with their group member fields
        and member-level custom fields. Applies to **Community** groups only (group IDs start with
        `@TGS#_`); any other group type answers 10007.

        Paging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the
        `Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`
        (1 to 50) bounds the page size. Communities do not support `Offset`.

        `MemberInfoFilter` selects which member fields to return (`Member_Account` is always
        returned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`
        selects which member-level custom fields to return in `AppMemberDefinedData`.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of the Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of the permission group; starts with `@PMG#_`.
            member_fields: ``MemberInfoFilter``. The member fields to return (`Member_Account` is always returned).
            custom_fields: ``AppDefinedDataFilter_GroupMember``. The member-level custom fields to return in `AppMemberDefinedData`.
            limit: ``Limit``. The maximum number of members in the response `MemberList`.
            cursor: ``Next``. The cursor: `""` for the first page, then the `Next` of the previous response.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61242
        """
        return self._iterate(
            ops.GET_PERMISSION_GROUP_MEMBER_LIST,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberInfoFilter": member_fields,
                "AppDefinedDataFilter_GroupMember": custom_fields,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def create_permission_group(
        self,
        group_id: str,
        name: str,
        permission: int,
        *,
        permission_group_id: str | None = None,
        custom_string: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create a permission group in a Community.

        Creates a permission group in a Community (`@TGS#_` group IDs) with a name, a
        Community-level permission bitmask (`Permission`, see `CommunityPermission`) and
        optional custom data, and answers its ID. Without `PermissionGroupId` the service
        assigns one (`@PMG#_@PMG#...`); a custom ID starts with `@PMG#_`, must not start with
        `@PMG#_@PMG#` and holds printable ASCII only. A Community holds at most 20 permission
        groups by default (from the client guide).

        Retry safety: a create without a custom ID is not idempotent (a resend could make a
        second group); with a custom ID a resend is safe, and a resend answered "ID already
        used" (10025, INFERRED) means the first attempt created it.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. A custom permission group ID: starts with `@PMG#_` but not with `@PMG#_@PMG#` (the prefix of the IDs the service assigns), printable ASCII only.
            name: ``PermissionGroupName``. The name of a permission group, at most 150 bytes of UTF-8.
            permission: ``Permission``. A Community-level permission bitmask (64 bits; a set bit grants the permission).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61232
        """
        return await self._invoke(
            ops.CREATE_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "PermissionGroupName": name,
                "Permission": permission,
                "CustomString": custom_string,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def destroy_permission_groups(
        self,
        group_id: str,
        permission_group_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[PermissionGroupResult]:
        """Destroy permission groups of a Community.

        Destroys up to 20 permission groups of a Community and answers per group in
        `PermissionGroupResultList` (`ErrorCode` 0: destroyed). Their members and topic
        permissions go with them (INFERRED).

        Retry safety: a resend is safe; on a resend, a group answered as not found (110006)
        was destroyed by the first attempt.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_ids: ``PermissionGroupIdList``. The permission groups to destroy, at most 20.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61233
        """
        return await self._invoke(
            ops.DESTROY_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def modify_permission_group(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        name: str | None = None,
        permission: int | None = None,
        custom_string: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change a permission group's name, permission or data.

        Changes the name, the Community-level permission bitmask (replaced, not merged) or the
        custom data of a permission group; fields not sent stay as they are (INFERRED).

        Retry safety: a resend is safe (it sets the same values).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            name: ``PermissionGroupName``. The name of a permission group, at most 150 bytes of UTF-8.
            permission: ``Permission``. A Community-level permission bitmask (64 bits; a set bit grants the permission).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61234
        """
        return await self._invoke(
            ops.MODIFY_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "PermissionGroupName": name,
                "Permission": permission,
                "CustomString": custom_string,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def list_permission_groups(
        self,
        group_id: str,
        *,
        permission_group_ids: Iterable[str] | None = None,
        limit: int = 20,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Page[PermissionGroupInfo]:
        """List the permission groups of a Community.

        Returns the permission groups of a Community: the ones named in
        `PermissionGroupIdList`, or all of them, a page at a time (`Limit` up to 20, cursor
        `Next`: `""` first, then the `Next` of the previous response; `""` ends the listing).

        Retry safety: a read; a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_ids: ``PermissionGroupIdList``. The permission groups to return; without it, every one, by page.
            limit: ``Limit``. The most permission groups per page.
            cursor: ``Next``. The cursor; `""` for the first page, then the `Next` of the previous response.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61235
        """
        return await self._invoke(
            ops.GET_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def iter_permission_groups(
        self,
        group_id: str,
        *,
        permission_group_ids: Iterable[str] | None = None,
        limit: int = 20,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPageIterator[PermissionGroupInfo]:
        """Every item across pages, from ``cursor`` on: List the permission groups of a Community.

        Returns the permission groups of a Community: the ones named in
        `PermissionGroupIdList`, or all of them, a page at a time (`Limit` up to 20, cursor
        `Next`: `""` first, then the `Next` of the previous response; `""` ends the listing).

        Retry safety: a read; a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_ids: ``PermissionGroupIdList``. The permission groups to return; without it, every one, by page.
            limit: ``Limit``. The most permission groups per page.
            cursor: ``Next``. The cursor; `""` for the first page, then the `Next` of the previous response.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61235
        """
        return self._iterate(
            ops.GET_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def add_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        permissions: Mapping[str, int],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicPermissionResult]:
        """Grant a permission group permissions in topics.

        Gives a permission group a topic-level permission bitmask (see `TopicPermission`) in
        each of up to 50 topics of its Community, answered per topic in
        `TopicPermissionResultList`. A topic that already has one in this group takes the new
        value (INFERRED).

        Retry safety: a resend is safe (it grants the same values).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            permissions: ``TopicPermissionList``. Each topic and its permission bitmask, at most 50 topics.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61236
        """
        return await self._invoke(
            ops.ADD_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicPermissionList": permissions,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def set_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        permissions: Mapping[str, int],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicPermissionResult]:
        """Change a permission group's permissions in topics.

        Replaces the topic-level permission bitmask a permission group holds in each of up to
        50 topics, answered per topic in `TopicPermissionResultList`. A topic the group holds
        no permission in answers 10004 in its item (INFERRED): add it first.

        Retry safety: a resend is safe (it sets the same values).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            permissions: ``TopicPermissionList``. Each topic and its permission bitmask, at most 50 topics.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61237
        """
        return await self._invoke(
            ops.SET_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicPermissionList": permissions,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def delete_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        topic_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicPermissionResult]:
        """Remove a permission group's permissions in topics.

        Removes the topic-level permission a permission group holds in each of up to 50
        topics, answered per topic in `TopicPermissionResultList`. A topic it holds none in
        answers 0 (INFERRED, as for members).

        Retry safety: a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            topic_ids: ``TopicIdList``. The topics, at most 50.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61238
        """
        return await self._invoke(
            ops.DELETE_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def get_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        topic_ids: Iterable[str] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicPermissionResult]:
        """Read a permission group's permissions in topics.

        Returns the topic-level permission bitmask a permission group holds in the topics
        named in `TopicIdList`, or in every topic it holds one in, answered per topic in
        `TopicPermissionResultList` (`Permission` on success).

        Retry safety: a read; a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            topic_ids: ``TopicIdList``. The topics to read; without it, every topic the group holds a permission in.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61239
        """
        return await self._invoke(
            ops.GET_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def add_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        accounts: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[PermissionGroupMemberResult]:
        """Add Community members to a permission group.

        Adds up to 100 members of the Community to a permission group, answered per member in
        `MemberList[].Result`: 0 added, 10013 already in the permission group (counted as
        added), 10007 not a member of the Community (INFERRED).

        Retry safety: a resend is safe: members the first attempt added answer 10013 and are
        reported as added.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            accounts: ``MemberList``. The accounts (UserIDs), at most 100.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61240
        """
        return await self._invoke(
            ops.ADD_PERMISSION_GROUP_MEMBER,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberList": accounts,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def remove_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        accounts: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[PermissionGroupMemberResult]:
        """Remove members from a permission group.

        Removes up to 100 accounts from a permission group (they stay in the Community),
        answered per account in `MemberList[].Result` (INFERRED, as for adding). An account that
        is not in the permission group is removed all the same (0).

        Retry safety: a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            permission_group_id: ``PermissionGroupId``. The ID of a permission group; starts with `@PMG#_`.
            accounts: ``MemberList``. The accounts (UserIDs), at most 100.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/61241
        """
        return await self._invoke(
            ops.DELETE_PERMISSION_GROUP_MEMBER,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberList": accounts,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def create_topic(
        self,
        group_id: str,
        name: str,
        *,
        topic_id: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create a topic in a Community.

        Creates a topic in a topic-enabled Community and answers its ID: the service assigns
        `{GroupId}@TOPIC#_@TOPIC#...`, or `TopicId` gives a custom one
        (`{GroupId}@TOPIC#_` then printable ASCII, at most 96 bytes in all). A Community holds at
        most 200 topics (10037). Note the service name `million_group_open_http_svc`.

        Retry safety: a create without a custom ID is not idempotent; with one, a resend is
        safe, and a resend answered 10025 (the ID is already yours) means the first attempt
        created it.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            topic_id: ``TopicId``. A custom topic ID: the Community's group ID, `@TOPIC#_`, then a custom part (printable ASCII, not containing `@TGS#_` or starting with `@TOPIC#`); at most 96 bytes in all.
            name: ``TopicName``. The topic's name, at most 30 bytes of UTF-8.
            from_account: ``From_Account``. A member's UserID (the page types it uint64; the samples send a string).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            face_url: ``FaceUrl``. The topic's photo URL, at most 100 bytes.
            notification: ``Notification``. The topic's notice, at most 300 bytes of UTF-8.
            introduction: ``Introduction``. The topic's introduction, at most 240 bytes of UTF-8.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/49471
        """
        return await self._invoke(
            ops.CREATE_TOPIC,
            {
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def destroy_topics(
        self,
        group_id: str,
        topic_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicResult]:
        """Destroy topics of a Community.

        Destroys topics of a Community, answered per topic in `DestroyResultItem`; a topic
        destroyed before answers 110003 (counted as done). Irreversible.

        Retry safety: a resend is safe (110003 for what the first attempt destroyed).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            topic_ids: ``TopicIdList``. The topics, at most 50.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/49470
        """
        return await self._invoke(
            ops.DESTROY_TOPIC,
            {
                "GroupId": group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def get_topics(
        self,
        group_id: str,
        from_account: str,
        *,
        topic_ids: Iterable[str] | None = None,
        fields: Iterable[TopicField] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Batch[TopicAndSelfInfoItem]:
        """Read topics of a Community and a member's view of them.

        Returns the topics named in `TopicIdList`, or every topic of the Community, each with
        `From_Account`'s own state in it (`SelfInfo`), answered per topic in
        `TopicAndSelfInfo`. The page says the top-level `ErrorCode` carries no meaning here:
        check each item (the SDK still raises for a top-level failure such as 10010 for the
        Community). `ResponseFilter` keeps only the named `TopicInfo` fields (`GroupID` and
        `TopicId` always come). Note `GroupID`, with a capital D, in `TopicInfo`.

        Retry safety: a read; a resend is safe.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            from_account: ``From_Account``. A member's UserID (the page types it uint64; the samples send a string).
            topic_ids: ``TopicIdList``. The topics to read; without it, every topic of the Community.
            fields: ``ResponseFilter``. The `TopicInfo` fields to return; without it, every field.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/49469
        """
        return await self._invoke(
            ops.GET_TOPIC,
            {
                "GroupId": group_id,
                "From_Account": from_account,
                "TopicIdList": topic_ids,
                "ResponseFilter": fields,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def modify_topic(
        self,
        group_id: str,
        topic_id: str,
        *,
        name: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all: MuteAllMember | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change a topic's profile.

        Changes a topic's name, custom data, photo URL, notice, introduction or whether all
        members are muted (`MuteAllMember` `On`/`Off`); fields not sent stay as they are.

        Retry safety: a resend is safe (it sets the same values).

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            topic_id: ``TopicId``. A topic ID: the Community's group ID, then `@TOPIC#_`, then the service's `@TOPIC#...` or a custom part; at most 96 bytes, printable ASCII.
            name: ``TopicName``. The topic's name, at most 30 bytes of UTF-8.
            from_account: ``From_Account``. A member's UserID (the page types it uint64; the samples send a string).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            face_url: ``FaceUrl``. The topic's photo URL, at most 100 bytes.
            notification: ``Notification``. The topic's notice, at most 300 bytes of UTF-8.
            introduction: ``Introduction``. The topic's introduction, at most 240 bytes of UTF-8.
            mute_all: ``MuteAllMember``. `On`: only the owner and admins may speak in the topic; `Off`: everyone may.
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/49468
        """
        return await self._invoke(
            ops.MODIFY_TOPIC,
            {
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
                "MuteAllMember": mute_all,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def import_topic(
        self,
        group_id: str,
        name: str,
        *,
        group_type: Literal["Community"] | None = None,
        topic_id: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        create_time: int | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Import a topic (migration).

        Creates a topic with a given creation time, for migration: no callbacks fire and no
        notifications are sent. A custom `TopicId` already used answers 10021. Note the service
        name `group_open_http_svc`, unlike the other topic operations.

        Retry safety: without a custom ID a resend could import twice; with one, a resend
        answered 10021 means the first attempt imported it.

        Maximum call frequency: 200 calls per second.

        Arguments:
            group_type: ``Type``. The group type; only `Community`.
            group_id: ``GroupId``. The ID of a Community group; starts with `@TGS#_`.
            topic_id: ``TopicId``. A custom topic ID: the Community's group ID, `@TOPIC#_`, then a custom part (printable ASCII, not containing `@TGS#_` or starting with `@TOPIC#`); at most 96 bytes in all.
            name: ``TopicName``. The topic's name, at most 30 bytes of UTF-8.
            from_account: ``From_Account``. A member's UserID (the page types it uint64; the samples send a string).
            custom_string: ``CustomString``. Custom data for the app's own use, at most 3,000 bytes of UTF-8.
            face_url: ``FaceUrl``. The topic's photo URL, at most 100 bytes.
            notification: ``Notification``. The topic's notice, at most 300 bytes of UTF-8.
            introduction: ``Introduction``. The topic's introduction, at most 240 bytes of UTF-8.
            create_time: ``CreateTime``. When the topic was created, in Unix seconds (default the time of the request).
            max_retries: Retries for this call (default: the client's).
            timeout: Seconds for each attempt of this call (default: the client's).
            extra_body: Request fields the spec does not know yet, sent as they are (the
                escape hatch for a newer Tencent release; not an argument's field).
            extra_headers: HTTP headers added to each attempt of this call.

        Tencent's page: https://www.tencentcloud.com/document/product/1047/53448
        """
        return await self._invoke(
            ops.IMPORT_TOPIC,
            {
                "Type": group_type,
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
                "CreateTime": create_time,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )


class RawSyncOperations(RawSyncInvoker):
    """Each operation, answering a ``RawResponse``: the parsed result and the reply
    (``Client.with_raw_response``)."""

    def get_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[dict[str, str]]:
        """``Client.get_group_attributes``, with the reply beside the result."""
        return self._invoke(
            ops.GET_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def set_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``Client.set_group_attributes``, with the reply beside the result."""
        return self._invoke(
            ops.SET_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def modify_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``Client.modify_group_attributes``, with the reply beside the result."""
        return self._invoke(
            ops.MODIFY_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def delete_group_attributes(
        self,
        group_id: str,
        keys: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``Client.delete_group_attributes``, with the reply beside the result."""
        return self._invoke(
            ops.DELETE_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": keys,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def clear_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``Client.clear_group_attributes``, with the reply beside the result."""
        return self._invoke(
            ops.CLEAR_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def list_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[MemberInfoField] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Page[PermissionGroupMember]]:
        """``Client.list_permission_group_members``, with the reply beside the result."""
        return self._invoke(
            ops.GET_PERMISSION_GROUP_MEMBER_LIST,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberInfoFilter": member_fields,
                "AppDefinedDataFilter_GroupMember": custom_fields,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def create_permission_group(
        self,
        group_id: str,
        name: str,
        permission: int,
        *,
        permission_group_id: str | None = None,
        custom_string: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """``Client.create_permission_group``, with the reply beside the result."""
        return self._invoke(
            ops.CREATE_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "PermissionGroupName": name,
                "Permission": permission,
                "CustomString": custom_string,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def destroy_permission_groups(
        self,
        group_id: str,
        permission_group_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[PermissionGroupResult]]:
        """``Client.destroy_permission_groups``, with the reply beside the result."""
        return self._invoke(
            ops.DESTROY_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def modify_permission_group(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        name: str | None = None,
        permission: int | None = None,
        custom_string: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``Client.modify_permission_group``, with the reply beside the result."""
        return self._invoke(
            ops.MODIFY_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "PermissionGroupName": name,
                "Permission": permission,
                "CustomString": custom_string,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def list_permission_groups(
        self,
        group_id: str,
        *,
        permission_group_ids: Iterable[str] | None = None,
        limit: int = 20,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Page[PermissionGroupInfo]]:
        """``Client.list_permission_groups``, with the reply beside the result."""
        return self._invoke(
            ops.GET_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def add_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        permissions: Mapping[str, int],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicPermissionResult]]:
        """``Client.add_topic_permissions``, with the reply beside the result."""
        return self._invoke(
            ops.ADD_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicPermissionList": permissions,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def set_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        permissions: Mapping[str, int],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicPermissionResult]]:
        """``Client.set_topic_permissions``, with the reply beside the result."""
        return self._invoke(
            ops.SET_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicPermissionList": permissions,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def delete_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        topic_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicPermissionResult]]:
        """``Client.delete_topic_permissions``, with the reply beside the result."""
        return self._invoke(
            ops.DELETE_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def get_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        topic_ids: Iterable[str] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicPermissionResult]]:
        """``Client.get_topic_permissions``, with the reply beside the result."""
        return self._invoke(
            ops.GET_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def add_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        accounts: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[PermissionGroupMemberResult]]:
        """``Client.add_permission_group_members``, with the reply beside the result."""
        return self._invoke(
            ops.ADD_PERMISSION_GROUP_MEMBER,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberList": accounts,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def remove_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        accounts: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[PermissionGroupMemberResult]]:
        """``Client.remove_permission_group_members``, with the reply beside the result."""
        return self._invoke(
            ops.DELETE_PERMISSION_GROUP_MEMBER,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberList": accounts,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def create_topic(
        self,
        group_id: str,
        name: str,
        *,
        topic_id: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """``Client.create_topic``, with the reply beside the result."""
        return self._invoke(
            ops.CREATE_TOPIC,
            {
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def destroy_topics(
        self,
        group_id: str,
        topic_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicResult]]:
        """``Client.destroy_topics``, with the reply beside the result."""
        return self._invoke(
            ops.DESTROY_TOPIC,
            {
                "GroupId": group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def get_topics(
        self,
        group_id: str,
        from_account: str,
        *,
        topic_ids: Iterable[str] | None = None,
        fields: Iterable[TopicField] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicAndSelfInfoItem]]:
        """``Client.get_topics``, with the reply beside the result."""
        return self._invoke(
            ops.GET_TOPIC,
            {
                "GroupId": group_id,
                "From_Account": from_account,
                "TopicIdList": topic_ids,
                "ResponseFilter": fields,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def modify_topic(
        self,
        group_id: str,
        topic_id: str,
        *,
        name: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all: MuteAllMember | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``Client.modify_topic``, with the reply beside the result."""
        return self._invoke(
            ops.MODIFY_TOPIC,
            {
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
                "MuteAllMember": mute_all,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    def import_topic(
        self,
        group_id: str,
        name: str,
        *,
        group_type: Literal["Community"] | None = None,
        topic_id: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        create_time: int | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """``Client.import_topic``, with the reply beside the result."""
        return self._invoke(
            ops.IMPORT_TOPIC,
            {
                "Type": group_type,
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
                "CreateTime": create_time,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )


class RawAsyncOperations(RawAsyncInvoker):
    """Each operation, answering a ``RawResponse`` (``AsyncClient.with_raw_response``)."""

    async def get_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[dict[str, str]]:
        """``AsyncClient.get_group_attributes``, with the reply beside the result."""
        return await self._invoke(
            ops.GET_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def set_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``AsyncClient.set_group_attributes``, with the reply beside the result."""
        return await self._invoke(
            ops.SET_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def modify_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``AsyncClient.modify_group_attributes``, with the reply beside the result."""
        return await self._invoke(
            ops.MODIFY_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def delete_group_attributes(
        self,
        group_id: str,
        keys: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``AsyncClient.delete_group_attributes``, with the reply beside the result."""
        return await self._invoke(
            ops.DELETE_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": keys,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def clear_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``AsyncClient.clear_group_attributes``, with the reply beside the result."""
        return await self._invoke(
            ops.CLEAR_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def list_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[MemberInfoField] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Page[PermissionGroupMember]]:
        """``AsyncClient.list_permission_group_members``, with the reply beside the result."""
        return await self._invoke(
            ops.GET_PERMISSION_GROUP_MEMBER_LIST,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberInfoFilter": member_fields,
                "AppDefinedDataFilter_GroupMember": custom_fields,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def create_permission_group(
        self,
        group_id: str,
        name: str,
        permission: int,
        *,
        permission_group_id: str | None = None,
        custom_string: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """``AsyncClient.create_permission_group``, with the reply beside the result."""
        return await self._invoke(
            ops.CREATE_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "PermissionGroupName": name,
                "Permission": permission,
                "CustomString": custom_string,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def destroy_permission_groups(
        self,
        group_id: str,
        permission_group_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[PermissionGroupResult]]:
        """``AsyncClient.destroy_permission_groups``, with the reply beside the result."""
        return await self._invoke(
            ops.DESTROY_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def modify_permission_group(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        name: str | None = None,
        permission: int | None = None,
        custom_string: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``AsyncClient.modify_permission_group``, with the reply beside the result."""
        return await self._invoke(
            ops.MODIFY_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "PermissionGroupName": name,
                "Permission": permission,
                "CustomString": custom_string,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def list_permission_groups(
        self,
        group_id: str,
        *,
        permission_group_ids: Iterable[str] | None = None,
        limit: int = 20,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Page[PermissionGroupInfo]]:
        """``AsyncClient.list_permission_groups``, with the reply beside the result."""
        return await self._invoke(
            ops.GET_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupIdList": permission_group_ids,
                "Limit": limit,
                "Next": cursor,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def add_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        permissions: Mapping[str, int],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicPermissionResult]]:
        """``AsyncClient.add_topic_permissions``, with the reply beside the result."""
        return await self._invoke(
            ops.ADD_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicPermissionList": permissions,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def set_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        permissions: Mapping[str, int],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicPermissionResult]]:
        """``AsyncClient.set_topic_permissions``, with the reply beside the result."""
        return await self._invoke(
            ops.SET_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicPermissionList": permissions,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def delete_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        topic_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicPermissionResult]]:
        """``AsyncClient.delete_topic_permissions``, with the reply beside the result."""
        return await self._invoke(
            ops.DELETE_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def get_topic_permissions(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        topic_ids: Iterable[str] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicPermissionResult]]:
        """``AsyncClient.get_topic_permissions``, with the reply beside the result."""
        return await self._invoke(
            ops.GET_TOPIC_PERMISSION_GROUP,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def add_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        accounts: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[PermissionGroupMemberResult]]:
        """``AsyncClient.add_permission_group_members``, with the reply beside the result."""
        return await self._invoke(
            ops.ADD_PERMISSION_GROUP_MEMBER,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberList": accounts,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def remove_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        accounts: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[PermissionGroupMemberResult]]:
        """``AsyncClient.remove_permission_group_members``, with the reply beside the result."""
        return await self._invoke(
            ops.DELETE_PERMISSION_GROUP_MEMBER,
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
                "MemberList": accounts,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def create_topic(
        self,
        group_id: str,
        name: str,
        *,
        topic_id: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """``AsyncClient.create_topic``, with the reply beside the result."""
        return await self._invoke(
            ops.CREATE_TOPIC,
            {
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def destroy_topics(
        self,
        group_id: str,
        topic_ids: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicResult]]:
        """``AsyncClient.destroy_topics``, with the reply beside the result."""
        return await self._invoke(
            ops.DESTROY_TOPIC,
            {
                "GroupId": group_id,
                "TopicIdList": topic_ids,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def get_topics(
        self,
        group_id: str,
        from_account: str,
        *,
        topic_ids: Iterable[str] | None = None,
        fields: Iterable[TopicField] | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Batch[TopicAndSelfInfoItem]]:
        """``AsyncClient.get_topics``, with the reply beside the result."""
        return await self._invoke(
            ops.GET_TOPIC,
            {
                "GroupId": group_id,
                "From_Account": from_account,
                "TopicIdList": topic_ids,
                "ResponseFilter": fields,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def modify_topic(
        self,
        group_id: str,
        topic_id: str,
        *,
        name: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all: MuteAllMember | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """``AsyncClient.modify_topic``, with the reply beside the result."""
        return await self._invoke(
            ops.MODIFY_TOPIC,
            {
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
                "MuteAllMember": mute_all,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )

    async def import_topic(
        self,
        group_id: str,
        name: str,
        *,
        group_type: Literal["Community"] | None = None,
        topic_id: str | None = None,
        from_account: str | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        create_time: int | None = None,
        max_retries: int | None = None,
        timeout: float | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """``AsyncClient.import_topic``, with the reply beside the result."""
        return await self._invoke(
            ops.IMPORT_TOPIC,
            {
                "Type": group_type,
                "GroupId": group_id,
                "TopicId": topic_id,
                "TopicName": name,
                "From_Account": from_account,
                "CustomString": custom_string,
                "FaceUrl": face_url,
                "Notification": notification,
                "Introduction": introduction,
                "CreateTime": create_time,
            },
            PerCall(max_retries, timeout, extra_body, extra_headers),
        )
