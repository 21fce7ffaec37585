# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The typed client methods: one per operation of openapi.yaml (two for a listing).

Each method hands its arguments, keyed by their wire names, to the runtime with the
operation's record; ``Client`` and ``AsyncClient`` inherit these classes.
"""

from collections.abc import Iterable

from timrest._operation import AsyncInvoker, SyncInvoker
from timrest._pagination import AsyncPageIterator, Page, PageIterator
from timrest_models import PermissionGroupMember

from . import operations as ops

__all__ = ["AsyncOperations", "SyncOperations"]


class SyncOperations(SyncInvoker):
    """The operations of openapi.yaml, synchronous."""

    def get_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44187
        """
        return self._invoke(
            ops.GET_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            max_retries,
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
        )


class AsyncOperations(AsyncInvoker):
    """The operations of openapi.yaml, asynchronous (``await``, ``async for``)."""

    async def get_group_attributes(
        self,
        group_id: str,
        *,
        max_retries: int | None = None,
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

        Tencent's page: https://www.tencentcloud.com/document/product/1047/44187
        """
        return await self._invoke(
            ops.GET_GROUP_ATTR,
            {
                "GroupId": group_id,
            },
            max_retries,
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
        )
