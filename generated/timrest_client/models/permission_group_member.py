# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.msg_flag_known import MsgFlagKnown, check_msg_flag_known
from ..models.role_known import RoleKnown, check_role_known
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_member_defined_data_item import AppMemberDefinedDataItem


T = TypeVar("T", bound="PermissionGroupMember")


@_attrs_define
class PermissionGroupMember:
    """A member of a permission group. Only `Member_Account` is always present: filters drop
    the other fields.

    """

    member_account: str
    """ The member's UserID. """
    role: RoleKnown | str | Unset = UNSET
    """ The member's role in the group. Known values are `Owner`, `Admin` and `Member`; tolerate
    others (the upstream sample even shows `"Member "` with a trailing space).
     """
    join_time: int | Unset = UNSET
    """ When the member joined the group, in Unix seconds. """
    join_permission_group_time: int | Unset = UNSET
    """ When the member joined the permission group, in Unix seconds. """
    msg_seq: int | Unset = UNSET
    """ The sequence number of the last message the member read. """
    msg_flag: MsgFlagKnown | str | Unset = UNSET
    """ How the member receives group messages. Tolerate values beyond the known ones. """
    last_send_msg_time: int | Unset = UNSET
    """ When the member last sent a message, in Unix seconds. """
    mute_until: int | Unset = UNSET
    """ `0` if the member is not muted; otherwise when the mute ends, in Unix seconds. """
    name_card: str | Unset = UNSET
    """ The member's name card in the group, at most 50 bytes. """
    app_member_defined_data: list[AppMemberDefinedDataItem] | Unset = UNSET
    """ The member-level custom fields selected by the filter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_account = self.member_account

        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        join_time = self.join_time

        join_permission_group_time = self.join_permission_group_time

        msg_seq = self.msg_seq

        msg_flag: str | Unset
        if isinstance(self.msg_flag, Unset):
            msg_flag = UNSET
        elif isinstance(self.msg_flag, str):
            msg_flag = self.msg_flag
        else:
            msg_flag = self.msg_flag

        last_send_msg_time = self.last_send_msg_time

        mute_until = self.mute_until

        name_card = self.name_card

        app_member_defined_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.app_member_defined_data, Unset):
            app_member_defined_data = []
            for app_member_defined_data_item_data in self.app_member_defined_data:
                app_member_defined_data_item = app_member_defined_data_item_data.to_dict()
                app_member_defined_data.append(app_member_defined_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Member_Account": member_account,
            }
        )
        if role is not UNSET:
            field_dict["Role"] = role
        if join_time is not UNSET:
            field_dict["JoinTime"] = join_time
        if join_permission_group_time is not UNSET:
            field_dict["JoinPermissionGroupTime"] = join_permission_group_time
        if msg_seq is not UNSET:
            field_dict["MsgSeq"] = msg_seq
        if msg_flag is not UNSET:
            field_dict["MsgFlag"] = msg_flag
        if last_send_msg_time is not UNSET:
            field_dict["LastSendMsgTime"] = last_send_msg_time
        if mute_until is not UNSET:
            field_dict["MuteUntil"] = mute_until
        if name_card is not UNSET:
            field_dict["NameCard"] = name_card
        if app_member_defined_data is not UNSET:
            field_dict["AppMemberDefinedData"] = app_member_defined_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_member_defined_data_item import AppMemberDefinedDataItem

        d = dict(src_dict)
        member_account = d.pop("Member_Account")

        def _parse_role(data: object) -> RoleKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_role_type_0 = check_role_known(data)

                return componentsschemas_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RoleKnown | str | Unset, data)

        role = _parse_role(d.pop("Role", UNSET))

        join_time = d.pop("JoinTime", UNSET)

        join_permission_group_time = d.pop("JoinPermissionGroupTime", UNSET)

        msg_seq = d.pop("MsgSeq", UNSET)

        def _parse_msg_flag(data: object) -> MsgFlagKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_msg_flag_type_0 = check_msg_flag_known(data)

                return componentsschemas_msg_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MsgFlagKnown | str | Unset, data)

        msg_flag = _parse_msg_flag(d.pop("MsgFlag", UNSET))

        last_send_msg_time = d.pop("LastSendMsgTime", UNSET)

        mute_until = d.pop("MuteUntil", UNSET)

        name_card = d.pop("NameCard", UNSET)

        _app_member_defined_data = d.pop("AppMemberDefinedData", UNSET)
        app_member_defined_data: list[AppMemberDefinedDataItem] | Unset = UNSET
        if _app_member_defined_data is not UNSET:
            app_member_defined_data = []
            for app_member_defined_data_item_data in _app_member_defined_data:
                app_member_defined_data_item = AppMemberDefinedDataItem.from_dict(
                    app_member_defined_data_item_data
                )

                app_member_defined_data.append(app_member_defined_data_item)

        permission_group_member = cls(
            member_account=member_account,
            role=role,
            join_time=join_time,
            join_permission_group_time=join_permission_group_time,
            msg_seq=msg_seq,
            msg_flag=msg_flag,
            last_send_msg_time=last_send_msg_time,
            mute_until=mute_until,
            name_card=name_card,
            app_member_defined_data=app_member_defined_data,
        )

        permission_group_member.additional_properties = d
        return permission_group_member

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
