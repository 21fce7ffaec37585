# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status_known import ActionStatusKnown, check_action_status_known
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_group_member import PermissionGroupMember


T = TypeVar("T", bound="GetPermissionGroupMemberListResponse")


@_attrs_define
class GetPermissionGroupMemberListResponse:
    """The response body of `get_permission_group_member_list`."""

    action_status: ActionStatusKnown | str
    """ The outcome of the request. Known values are `OK` and `FAIL`; tolerate others. """
    error_code: int
    """ `0` on success; otherwise the error code (see the operation descriptions). """
    error_info: str | Unset = UNSET
    """ A human-readable error message; empty on success. """
    member_num: int | Unset = UNSET
    """ The total number of members in the permission group. """
    member_list: list[PermissionGroupMember] | Unset = UNSET
    """ This page of members; present on success. """
    next_: str | Unset = UNSET
    """ The cursor of the next page; `""` when this is the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_status: str
        if isinstance(self.action_status, str):
            action_status = self.action_status
        else:
            action_status = self.action_status

        error_code = self.error_code

        error_info = self.error_info

        member_num = self.member_num

        member_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.member_list, Unset):
            member_list = []
            for member_list_item_data in self.member_list:
                member_list_item = member_list_item_data.to_dict()
                member_list.append(member_list_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ActionStatus": action_status,
                "ErrorCode": error_code,
            }
        )
        if error_info is not UNSET:
            field_dict["ErrorInfo"] = error_info
        if member_num is not UNSET:
            field_dict["MemberNum"] = member_num
        if member_list is not UNSET:
            field_dict["MemberList"] = member_list
        if next_ is not UNSET:
            field_dict["Next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.permission_group_member import PermissionGroupMember

        d = dict(src_dict)

        def _parse_action_status(data: object) -> ActionStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_action_status_type_0 = check_action_status_known(data)

                return componentsschemas_action_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionStatusKnown | str, data)

        action_status = _parse_action_status(d.pop("ActionStatus"))

        error_code = d.pop("ErrorCode")

        error_info = d.pop("ErrorInfo", UNSET)

        member_num = d.pop("MemberNum", UNSET)

        _member_list = d.pop("MemberList", UNSET)
        member_list: list[PermissionGroupMember] | Unset = UNSET
        if _member_list is not UNSET:
            member_list = []
            for member_list_item_data in _member_list:
                member_list_item = PermissionGroupMember.from_dict(member_list_item_data)

                member_list.append(member_list_item)

        next_ = d.pop("Next", UNSET)

        get_permission_group_member_list_response = cls(
            action_status=action_status,
            error_code=error_code,
            error_info=error_info,
            member_num=member_num,
            member_list=member_list,
            next_=next_,
        )

        get_permission_group_member_list_response.additional_properties = d
        return get_permission_group_member_list_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
