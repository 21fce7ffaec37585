# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The operation table: one ``Operation`` per operation of openapi.yaml.

The runtime (``timrest``) reads these records and knows no operation by itself.
"""

from typing import Any

from timrest._operation import (
    MappingResult,
    NoResult,
    Operation,
    PageResult,
    Param,
)
from timrest._pagination import Page

from ..timrest_models import (
    BaseResponse,
    ClearGroupAttrRequest,
    DeleteGroupAttrRequest,
    GetGroupAttrRequest,
    GetGroupAttrResponse,
    GetPermissionGroupMemberListRequest,
    GetPermissionGroupMemberListResponse,
    ModifyGroupAttrRequest,
    PermissionGroupMember,
    SetGroupAttrRequest,
)
from . import ENDPOINTS

GET_GROUP_ATTR: Operation[dict[str, str]] = Operation(
    name="get_group_attr",
    method="get_group_attributes",
    endpoint=ENDPOINTS["/v4/group_open_attr_http_svc/get_group_attr"],
    request_model=GetGroupAttrRequest,
    response_model=GetGroupAttrResponse,
    params=(
        Param(
            wire="GroupId",
            name="group_id",
            kind="string",
            required=True,
            doc="A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.",
        ),
    ),
    result=MappingResult(items="GroupAttrAry", key="key", value="value"),
    idempotent=True,
    rate_limit=200,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom", "Community"),
    summary="Get the custom attributes of a group",
)
SET_GROUP_ATTR: Operation[None] = Operation(
    name="set_group_attr",
    method="set_group_attributes",
    endpoint=ENDPOINTS["/v4/group_open_http_svc/set_group_attr"],
    request_model=SetGroupAttrRequest,
    response_model=BaseResponse,
    params=(
        Param(
            wire="GroupId",
            name="group_id",
            kind="string",
            required=True,
            doc="A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.",
        ),
        Param(
            wire="GroupAttr",
            name="attributes",
            kind="mapping",
            required=True,
            doc="The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8 (`x-tim-max-total-bytes`).",
            item_key="key",
            key_max_bytes=32,
            item_value="value",
            value_max_bytes=4000,
            values_max_bytes=16000,
        ),
    ),
    result=NoResult(),
    idempotent=True,
    rate_limit=200,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom", "Community"),
    summary="Replace every custom attribute of a group",
)
MODIFY_GROUP_ATTR: Operation[None] = Operation(
    name="modify_group_attr",
    method="modify_group_attributes",
    endpoint=ENDPOINTS["/v4/group_open_http_svc/modify_group_attr"],
    request_model=ModifyGroupAttrRequest,
    response_model=BaseResponse,
    params=(
        Param(
            wire="GroupId",
            name="group_id",
            kind="string",
            required=True,
            doc="A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.",
        ),
        Param(
            wire="GroupAttr",
            name="attributes",
            kind="mapping",
            required=True,
            doc="The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8 (`x-tim-max-total-bytes`).",
            item_key="key",
            key_max_bytes=32,
            item_value="value",
            value_max_bytes=4000,
            values_max_bytes=16000,
        ),
    ),
    result=NoResult(),
    idempotent=True,
    rate_limit=200,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom", "Community"),
    summary="Add or overwrite custom attributes of a group",
)
DELETE_GROUP_ATTR: Operation[None] = Operation(
    name="delete_group_attr",
    method="delete_group_attributes",
    endpoint=ENDPOINTS["/v4/group_open_http_svc/delete_group_attr"],
    request_model=DeleteGroupAttrRequest,
    response_model=BaseResponse,
    params=(
        Param(
            wire="GroupId",
            name="group_id",
            kind="string",
            required=True,
            doc="A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.",
        ),
        Param(
            wire="GroupAttr",
            name="keys",
            kind="keys",
            required=True,
            doc="The keys to delete (at most 16).",
            item_key="key",
            key_max_bytes=32,
        ),
    ),
    result=NoResult(),
    idempotent=False,
    rate_limit=200,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom", "Community"),
    summary="Delete custom attributes of a group",
)
CLEAR_GROUP_ATTR: Operation[None] = Operation(
    name="clear_group_attr",
    method="clear_group_attributes",
    endpoint=ENDPOINTS["/v4/group_open_http_svc/clear_group_attr"],
    request_model=ClearGroupAttrRequest,
    response_model=BaseResponse,
    params=(
        Param(
            wire="GroupId",
            name="group_id",
            kind="string",
            required=True,
            doc="A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes.",
        ),
    ),
    result=NoResult(),
    idempotent=True,
    rate_limit=200,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom"),
    summary="Remove every custom attribute of a group",
)
GET_PERMISSION_GROUP_MEMBER_LIST: Operation[Page[PermissionGroupMember]] = Operation(
    name="get_permission_group_member_list",
    method="list_permission_group_members",
    endpoint=ENDPOINTS["/v4/group_open_http_svc/get_permission_group_member_list"],
    request_model=GetPermissionGroupMemberListRequest,
    response_model=GetPermissionGroupMemberListResponse,
    params=(
        Param(
            wire="GroupId",
            name="group_id",
            kind="string",
            required=True,
            doc="The ID of the Community group; starts with `@TGS#_`.",
        ),
        Param(
            wire="PermissionGroupId",
            name="permission_group_id",
            kind="string",
            required=True,
            doc="The ID of the permission group; starts with `@PMG#_`.",
        ),
        Param(
            wire="MemberInfoFilter",
            name="member_fields",
            kind="names",
            required=False,
            doc="The member fields to return (`Member_Account` is always returned).",
            choices=(
                "Role",
                "JoinTime",
                "JoinPermissionGroupTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
            ),
        ),
        Param(
            wire="AppDefinedDataFilter_GroupMember",
            name="custom_fields",
            kind="names",
            required=False,
            doc="The member-level custom fields to return in `AppMemberDefinedData`.",
        ),
        Param(
            wire="Limit",
            name="limit",
            kind="integer",
            required=False,
            doc="The maximum number of members in the response `MemberList`.",
        ),
        Param(
            wire="Next",
            name="cursor",
            kind="string",
            required=False,
            doc='The cursor: `""` for the first page, then the `Next` of the previous response.',
        ),
    ),
    result=PageResult(
        item=PermissionGroupMember,
        items="MemberList",
        cursor="Next",
        next="Next",
        total="MemberNum",
    ),
    idempotent=True,
    rate_limit=200,
    group_types=("Community",),
    summary="List the members of a Community permission group",
)

OPERATIONS: dict[str, Operation[Any]] = {
    GET_GROUP_ATTR.name: GET_GROUP_ATTR,
    SET_GROUP_ATTR.name: SET_GROUP_ATTR,
    MODIFY_GROUP_ATTR.name: MODIFY_GROUP_ATTR,
    DELETE_GROUP_ATTR.name: DELETE_GROUP_ATTR,
    CLEAR_GROUP_ATTR.name: CLEAR_GROUP_ATTR,
    GET_PERMISSION_GROUP_MEMBER_LIST.name: GET_PERMISSION_GROUP_MEMBER_LIST,
}
"""Every operation, by command (the last path segment)."""
