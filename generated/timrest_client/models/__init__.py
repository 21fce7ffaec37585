# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
"""Contains all the data models used in inputs/outputs"""

from .action_status_known import ActionStatusKnown
from .app_member_defined_data_item import AppMemberDefinedDataItem
from .base_response import BaseResponse
from .content_type import ContentType
from .get_group_attr_request import GetGroupAttrRequest
from .get_group_attr_response import GetGroupAttrResponse
from .get_permission_group_member_list_request import GetPermissionGroupMemberListRequest
from .get_permission_group_member_list_response import GetPermissionGroupMemberListResponse
from .group_attr import GroupAttr
from .member_info_field import MemberInfoField
from .msg_flag_known import MsgFlagKnown
from .permission_group_member import PermissionGroupMember
from .role_known import RoleKnown

__all__ = (
    "ActionStatusKnown",
    "AppMemberDefinedDataItem",
    "BaseResponse",
    "ContentType",
    "GetGroupAttrRequest",
    "GetGroupAttrResponse",
    "GetPermissionGroupMemberListRequest",
    "GetPermissionGroupMemberListResponse",
    "GroupAttr",
    "MemberInfoField",
    "MsgFlagKnown",
    "PermissionGroupMember",
    "RoleKnown",
)
