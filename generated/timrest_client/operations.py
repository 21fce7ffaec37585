# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The operation table: one ``Operation`` per operation of openapi.yaml.

The runtime (``timrest``) reads these records and knows no operation by itself.
"""

from typing import Any

from timrest._operation import (
    MappingResult,
    Operation,
    PageResult,
    Param,
)
from timrest._pagination import Page
from timrest_models import (
    GetGroupAttrRequest,
    GetGroupAttrResponse,
    GetPermissionGroupMemberListRequest,
    GetPermissionGroupMemberListResponse,
    PermissionGroupMember,
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
    GET_PERMISSION_GROUP_MEMBER_LIST.name: GET_PERMISSION_GROUP_MEMBER_LIST,
}
"""Every operation, by command (the last path segment)."""
