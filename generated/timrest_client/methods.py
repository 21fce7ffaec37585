# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The typed client methods: one per operation of openapi.yaml (two for a listing).

Each method hands its arguments, keyed by their wire names, to the runtime with the
operation's record; ``Client`` and ``AsyncClient`` inherit these classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._invoker import AsyncInvoker, SyncInvoker
from . import operations as ops

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from ..._pagination import AsyncPageIterator, Page, PageIterator
    from ..timrest_models import PermissionGroupMember

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(SyncInvoker):
    """The operations of openapi.yaml, synchronous."""

    def get_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44187
        """
        return self._invoke(
            ops.GET_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            max_retries,
            timeout,
        )

    def set_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44190
        """
        return self._invoke(
            ops.SET_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            max_retries,
            timeout,
        )

    def modify_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44188
        """
        return self._invoke(
            ops.MODIFY_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            max_retries,
            timeout,
        )

    def delete_group_attributes(
        self,
        group_id: str,
        keys: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/59499
        """
        return self._invoke(
            ops.DELETE_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": keys,
            },
            max_retries,
            timeout,
        )

    def clear_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44189
        """
        return self._invoke(
            ops.CLEAR_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            max_retries,
            timeout,
        )

    def list_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[str] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
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
            max_retries,
            timeout,
        )

    def iter_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[str] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
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
            max_retries,
            timeout,
        )


class AsyncOperations(AsyncInvoker):
    """The operations of openapi.yaml, asynchronous (``await``, ``async for``)."""

    async def get_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44187
        """
        return await self._invoke(
            ops.GET_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            max_retries,
            timeout,
        )

    async def set_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44190
        """
        return await self._invoke(
            ops.SET_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            max_retries,
            timeout,
        )

    async def modify_group_attributes(
        self,
        group_id: str,
        attributes: Mapping[str, str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44188
        """
        return await self._invoke(
            ops.MODIFY_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": attributes,
            },
            max_retries,
            timeout,
        )

    async def delete_group_attributes(
        self,
        group_id: str,
        keys: Iterable[str],
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/59499
        """
        return await self._invoke(
            ops.DELETE_GROUP_ATTR,
            {
                "GroupId": group_id,
                "GroupAttr": keys,
            },
            max_retries,
            timeout,
        )

    async def clear_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44189
        """
        return await self._invoke(
            ops.CLEAR_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            max_retries,
            timeout,
        )

    async def list_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[str] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
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
            max_retries,
            timeout,
        )

    def iter_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[str] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
        timeout: float | None = None,
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
            max_retries,
            timeout,
        )
