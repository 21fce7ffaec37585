# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.member_info_field import MemberInfoField, check_member_info_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionGroupMemberListRequest")


@_attrs_define
class GetPermissionGroupMemberListRequest:
    """The request body of `get_permission_group_member_list`."""

    group_id: str
    """ The ID of the Community group; starts with `@TGS#_`. """
    permission_group_id: str
    """ The ID of the permission group; starts with `@PMG#_`. """
    member_info_filter: list[MemberInfoField] | Unset = UNSET
    """ The member fields to return (`Member_Account` is always returned). Without it, every
    field is returned.
     """
    app_defined_data_filter_group_member: list[str] | Unset = UNSET
    """ The member-level custom fields to return in `AppMemberDefinedData`. """
    limit: int | Unset = UNSET
    """ The maximum number of members in the response `MemberList`. """
    next_: str | Unset = UNSET
    """ The cursor: `""` for the first page, then the `Next` of the previous response. Opaque.
     """

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        permission_group_id = self.permission_group_id

        member_info_filter: list[str] | Unset = UNSET
        if not isinstance(self.member_info_filter, Unset):
            member_info_filter = []
            for member_info_filter_item_data in self.member_info_filter:
                member_info_filter_item: str = member_info_filter_item_data
                member_info_filter.append(member_info_filter_item)

        app_defined_data_filter_group_member: list[str] | Unset = UNSET
        if not isinstance(self.app_defined_data_filter_group_member, Unset):
            app_defined_data_filter_group_member = self.app_defined_data_filter_group_member

        limit = self.limit

        next_ = self.next_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "GroupId": group_id,
                "PermissionGroupId": permission_group_id,
            }
        )
        if member_info_filter is not UNSET:
            field_dict["MemberInfoFilter"] = member_info_filter
        if app_defined_data_filter_group_member is not UNSET:
            field_dict["AppDefinedDataFilter_GroupMember"] = app_defined_data_filter_group_member
        if limit is not UNSET:
            field_dict["Limit"] = limit
        if next_ is not UNSET:
            field_dict["Next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_id = d.pop("GroupId")

        permission_group_id = d.pop("PermissionGroupId")

        _member_info_filter = d.pop("MemberInfoFilter", UNSET)
        member_info_filter: list[MemberInfoField] | Unset = UNSET
        if _member_info_filter is not UNSET:
            member_info_filter = []
            for member_info_filter_item_data in _member_info_filter:
                member_info_filter_item = check_member_info_field(member_info_filter_item_data)

                member_info_filter.append(member_info_filter_item)

        app_defined_data_filter_group_member = cast(
            list[str], d.pop("AppDefinedDataFilter_GroupMember", UNSET)
        )

        limit = d.pop("Limit", UNSET)

        next_ = d.pop("Next", UNSET)

        get_permission_group_member_list_request = cls(
            group_id=group_id,
            permission_group_id=permission_group_id,
            member_info_filter=member_info_filter,
            app_defined_data_filter_group_member=app_defined_data_filter_group_member,
            limit=limit,
            next_=next_,
        )

        return get_permission_group_member_list_request
