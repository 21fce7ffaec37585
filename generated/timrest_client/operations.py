# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The operation table: one ``Operation`` per operation of openapi.yaml.

The runtime (``timrest``), the command, the emulator and the docs read these records and
know no operation by themselves. The types are ``timrest._table``'s (a leaf module).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._table import (
    MappingResult,
    NoResult,
    Operation,
    PageResult,
    Param,
)
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

if TYPE_CHECKING:
    from ..._pagination import Page

MEMBER_INFO_FIELD: tuple[str, ...] = (
    "Role",
    "JoinTime",
    "JoinPermissionGroupTime",
    "MsgSeq",
    "MsgFlag",
    "LastSendMsgTime",
    "MuteUntil",
    "NameCard",
)
"""The values of the spec's enum, for the arguments that take a list of them."""

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
            codes={"invalid": 10015},
        ),
    ),
    result=MappingResult(items="GroupAttrAry", key="key", value="value"),
    idempotent=True,
    rate_limit=200,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom", "Community"),
    summary="Get the custom attributes of a group",
    description="Returns every custom attribute (key/value pair) of a group, of any of the five group\ntypes. Attribute limits: at most 16 keys, each key at most 32 bytes, each value at most\n4,000 bytes, all values together at most 16,000 bytes. Note the service name\n`group_open_attr_http_svc`, unlike the attribute write operations, which live under\n`group_open_http_svc`. A group without attributes answers an empty `GroupAttrAry`\n(INFERRED: the page shows no such sample; clients should also accept the field absent).\n\nMaximum call frequency: 200 calls per second.",
    tag="Group attributes",
    docs_url="https://www.tencentcloud.com/document/product/1047/44187",
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
            codes={"invalid": 10015},
        ),
        Param(
            wire="GroupAttr",
            name="attributes",
            kind="mapping",
            required=True,
            doc="The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8 (`x-tim-max-total-bytes`).",
            max_items=16,
            item_key="key",
            key_max_bytes=32,
            item_value="value",
            value_max_bytes=4000,
            values_max_bytes=16000,
            codes={
                "key_max_bytes": 10045,
                "max_items": 10047,
                "value_max_bytes": 10046,
                "values_max_bytes": 10048,
            },
        ),
    ),
    result=NoResult(),
    idempotent=True,
    rate_limit=200,
    group_rate_limit=5,
    group_rate_code=10049,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom", "Community"),
    summary="Replace every custom attribute of a group",
    description='Replaces the custom attributes of a group with the given ones: keys not given are\nremoved (INFERRED from the client SDK\'s "init" semantics: the page only says "reset").\nEvery group type. Limits on the resulting attributes: at most 16 keys, each key at most\n32 bytes, each value at most 4,000 bytes, all values together at most 16,000 bytes\n(bytes of UTF-8: INFERRED, the page says bytes without naming an encoding).\n\nMaximum call frequency: 200 calls per second; writes to one group (set, modify, delete\nand clear together) at most 5 per second (10049).',
    tag="Group attributes",
    docs_url="https://www.tencentcloud.com/document/product/1047/44190",
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
            codes={"invalid": 10015},
        ),
        Param(
            wire="GroupAttr",
            name="attributes",
            kind="mapping",
            required=True,
            doc="The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8 (`x-tim-max-total-bytes`).",
            max_items=16,
            item_key="key",
            key_max_bytes=32,
            item_value="value",
            value_max_bytes=4000,
            values_max_bytes=16000,
            codes={
                "key_max_bytes": 10045,
                "max_items": 10047,
                "value_max_bytes": 10046,
                "values_max_bytes": 10048,
            },
        ),
    ),
    result=NoResult(),
    idempotent=True,
    rate_limit=200,
    group_rate_limit=5,
    group_rate_code=10049,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom", "Community"),
    summary="Add or overwrite custom attributes of a group",
    description='Adds the given keys and overwrites the values of existing ones; other attributes stay\n(INFERRED from the client SDK\'s "set" semantics). Every group type. The limits apply to\nthe resulting attributes: at most 16 keys, keys of at most 32 bytes, values of at most\n4,000 bytes, all values together at most 16,000 bytes.\n\nMaximum call frequency: 200 calls per second; writes to one group (set, modify, delete\nand clear together) at most 5 per second (10049).',
    tag="Group attributes",
    docs_url="https://www.tencentcloud.com/document/product/1047/44188",
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
            codes={"invalid": 10015},
        ),
        Param(
            wire="GroupAttr",
            name="keys",
            kind="keys",
            required=True,
            doc="The keys to delete (at most 16).",
            max_items=16,
            item_key="key",
            key_max_bytes=32,
            codes={"key_max_bytes": 10045},
        ),
    ),
    result=NoResult(),
    idempotent=False,
    rate_limit=200,
    group_rate_limit=5,
    group_rate_code=10049,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom", "Community"),
    summary="Delete custom attributes of a group",
    description="Removes the given keys. If any of them does not exist the call fails with 10050 and\nnothing is removed (INFERRED: the page documents 10050 but not partial outcomes). Not\nidempotent: a retried delete that had been applied answers 10050, so a delete that may\nhave reached the service is not sent again. Every group type.\n\nMaximum call frequency: 200 calls per second; writes to one group (set, modify, delete\nand clear together) at most 5 per second (10049).",
    tag="Group attributes",
    docs_url="https://www.tencentcloud.com/document/product/1047/59499",
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
            codes={"invalid": 10015},
        ),
    ),
    result=NoResult(),
    idempotent=True,
    rate_limit=200,
    group_rate_limit=5,
    group_rate_code=10049,
    group_types=("Private", "Public", "ChatRoom", "AVChatRoom"),
    summary="Remove every custom attribute of a group",
    description='Removes every custom attribute of a group; clearing a group without attributes succeeds\n(INFERRED). Every group type except Community, which answers 10007 (INFERRED code: the\npage says only "not supported").\n\nMaximum call frequency: 200 calls per second; writes to one group (set, modify, delete\nand clear together) at most 5 per second (10049).',
    tag="Group attributes",
    docs_url="https://www.tencentcloud.com/document/product/1047/44189",
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
            codes={"invalid": 10015},
        ),
        Param(
            wire="PermissionGroupId",
            name="permission_group_id",
            kind="string",
            required=True,
            doc="The ID of the permission group; starts with `@PMG#_`.",
            codes={"invalid": 110008},
        ),
        Param(
            wire="MemberInfoFilter",
            name="member_fields",
            kind="names",
            required=False,
            doc="The member fields to return (`Member_Account` is always returned).",
            choices=MEMBER_INFO_FIELD,
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
            default=50,
            minimum=1,
            maximum=50,
        ),
        Param(
            wire="Next",
            name="cursor",
            kind="string",
            required=False,
            doc='The cursor: `""` for the first page, then the `Next` of the previous response.',
            default="",
        ),
    ),
    result=PageResult(
        item=PermissionGroupMember,
        items="MemberList",
        cursor="Next",
        next="Next",
        iterate="iter_permission_group_members",
        total="MemberNum",
    ),
    idempotent=True,
    rate_limit=200,
    group_types=("Community",),
    summary="List the members of a Community permission group",
    description='Returns one page of the members of a permission group, with their group member fields\nand member-level custom fields. Applies to **Community** groups only (group IDs start with\n`@TGS#_`); any other group type answers 10007.\n\nPaging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the\n`Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`\n(1 to 50) bounds the page size. Communities do not support `Offset`.\n\n`MemberInfoFilter` selects which member fields to return (`Member_Account` is always\nreturned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`\nselects which member-level custom fields to return in `AppMemberDefinedData`.\n\nMaximum call frequency: 200 calls per second.',
    tag="Permission groups",
    docs_url="https://www.tencentcloud.com/document/product/1047/61242",
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
