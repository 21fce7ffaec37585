# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (datamodel-code-generator).

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType

ActionStatusKnown = TypeAliasType(
    "ActionStatusKnown",
    Annotated[
        Literal["OK", "FAIL"],
        Field(description="The known outcomes: `OK` (success) and `FAIL` (failure)."),
    ],
)


ActionStatus = TypeAliasType(
    "ActionStatus",
    Annotated[
        ActionStatusKnown | str,
        Field(
            description="The outcome of the request. Known values are `OK` and `FAIL`; tolerate others."
        ),
    ],
)


class BaseResponse(BaseModel):
    """
    The envelope present in every JSON response. Response objects are open
    (`additionalProperties: true`): Tencent adds fields over time, and clients must keep
    working when a new one arrives.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    action_status: Annotated[ActionStatus, Field(alias="ActionStatus")]
    error_code: Annotated[
        int,
        Field(
            alias="ErrorCode",
            description="`0` on success; otherwise the error code (see the operation descriptions).",
        ),
    ]
    error_info: Annotated[
        str | None,
        Field(alias="ErrorInfo", description="A human-readable error message; empty on success."),
    ] = None


GroupId = TypeAliasType(
    "GroupId",
    Annotated[
        str,
        Field(
            description="A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes. Default IDs start with\n`@TGS#`; Community group IDs start with `@TGS#_`.\n",
            max_length=47,
            min_length=1,
            pattern="^[ -~]+$",
        ),
    ],
)


class GetGroupAttrRequest(BaseModel):
    """
    The request body of `get_group_attr`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[GroupId, Field(alias="GroupId")]


class GroupAttr(BaseModel):
    """
    One custom group attribute. Note the lower-case `key` and `value`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: Annotated[str, Field(description="The attribute key, at most 32 bytes.")]
    value: Annotated[str, Field(description="The attribute value, at most 4,000 bytes.")]


class GetGroupAttrResponse(BaseResponse):
    """
    The response body of `get_group_attr`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    group_attr_ary: Annotated[
        list[GroupAttr] | None,
        Field(
            alias="GroupAttrAry",
            description="The custom attributes of the group (at most 16); present on success.",
        ),
    ] = None


GroupAttrKey = TypeAliasType(
    "GroupAttrKey",
    Annotated[
        str,
        Field(
            description="An attribute key: at most 32 bytes of UTF-8 (`x-tim-max-bytes`; `maxLength` bounds the\ncharacters).\n",
            max_length=32,
            min_length=1,
        ),
    ],
)


GroupAttrValue = TypeAliasType(
    "GroupAttrValue",
    Annotated[
        str,
        Field(
            description="An attribute value, at most 4,000 bytes of UTF-8 (`x-tim-max-bytes`).",
            max_length=4000,
        ),
    ],
)


class GroupAttrEntry(BaseModel):
    """
    One attribute to write. Note the lower-case `key` and `value`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    key: GroupAttrKey
    value: GroupAttrValue


class GroupAttrKeyOnly(BaseModel):
    """
    One attribute key to delete.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    key: GroupAttrKey


GroupAttrEntries = TypeAliasType(
    "GroupAttrEntries",
    Annotated[
        list[GroupAttrEntry],
        Field(
            description="The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8\n(`x-tim-max-total-bytes`).\n",
            max_length=16,
            min_length=1,
        ),
    ],
)
"""
The attributes to write: at most 16, their values together at most 16,000 bytes of UTF-8
(`x-tim-max-total-bytes`).

"""


class SetGroupAttrRequest(BaseModel):
    """
    The request body of `set_group_attr`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[GroupId, Field(alias="GroupId")]
    group_attr: Annotated[GroupAttrEntries, Field(alias="GroupAttr")]


class ModifyGroupAttrRequest(BaseModel):
    """
    The request body of `modify_group_attr`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[GroupId, Field(alias="GroupId")]
    group_attr: Annotated[GroupAttrEntries, Field(alias="GroupAttr")]


class DeleteGroupAttrRequest(BaseModel):
    """
    The request body of `delete_group_attr`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[GroupId, Field(alias="GroupId")]
    group_attr: Annotated[
        list[GroupAttrKeyOnly],
        Field(
            alias="GroupAttr",
            description="The keys to delete (at most 16).",
            max_length=16,
            min_length=1,
        ),
    ]


class ClearGroupAttrRequest(BaseModel):
    """
    The request body of `clear_group_attr`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[GroupId, Field(alias="GroupId")]


MemberInfoField = TypeAliasType(
    "MemberInfoField",
    Annotated[
        Literal[
            "Role",
            "JoinTime",
            "JoinPermissionGroupTime",
            "MsgSeq",
            "MsgFlag",
            "LastSendMsgTime",
            "MuteUntil",
            "NameCard",
        ],
        Field(description="A group member field that `MemberInfoFilter` can select."),
    ],
)


CustomFieldKey = TypeAliasType(
    "CustomFieldKey",
    Annotated[
        str,
        Field(
            description="The key of a member-level custom field, as configured in the console: letters, digits\nand underscores, shorter than 16 bytes.\n",
            max_length=15,
            min_length=1,
            pattern="^[A-Za-z0-9_]+$",
        ),
    ],
)


class GetPermissionGroupMemberListRequest(BaseModel):
    """
    The request body of `get_permission_group_member_list`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[
        str,
        Field(
            alias="GroupId",
            description="The ID of the Community group; starts with `@TGS#_`.",
            max_length=47,
            min_length=7,
            pattern="^@TGS#_[ -~]+$",
        ),
    ]
    permission_group_id: Annotated[
        str,
        Field(
            alias="PermissionGroupId",
            description="The ID of the permission group; starts with `@PMG#_`.",
            max_length=47,
            min_length=7,
            pattern="^@PMG#_[ -~]+$",
        ),
    ]
    member_info_filter: Annotated[
        list[MemberInfoField] | None,
        Field(
            alias="MemberInfoFilter",
            description="The member fields to return (`Member_Account` is always returned). Without it, every\nfield is returned.\n",
        ),
    ] = None
    app_defined_data_filter_group_member: Annotated[
        list[CustomFieldKey] | None,
        Field(
            alias="AppDefinedDataFilter_GroupMember",
            description="The member-level custom fields to return in `AppMemberDefinedData`.",
        ),
    ] = None
    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="The maximum number of members in the response `MemberList`.",
            ge=1,
            le=50,
        ),
    ] = None
    next: Annotated[
        str | None,
        Field(
            alias="Next",
            description='The cursor: `""` for the first page, then the `Next` of the previous response. Opaque\nprintable ASCII (the service\'s cursors are short base64-like strings).\n',
            max_length=1024,
            pattern="^[ -~]*$",
        ),
    ] = None


RoleKnown = TypeAliasType(
    "RoleKnown",
    Annotated[Literal["Owner", "Admin", "Member"], Field(description="The known member roles.")],
)


Role = TypeAliasType(
    "Role",
    Annotated[
        RoleKnown | str,
        Field(
            description='The member\'s role in the group. Known values are `Owner`, `Admin` and `Member`; tolerate\nothers (the upstream sample even shows `"Member "` with a trailing space).\n'
        ),
    ],
)


MsgFlagKnown = TypeAliasType(
    "MsgFlagKnown",
    Annotated[
        Literal["AcceptAndNotify", "AcceptNotNotify", "Discard"],
        Field(
            description="The known message flags: `AcceptAndNotify` (receive and notify), `AcceptNotNotify`\n(receive without notification) and `Discard` (block group messages).\n"
        ),
    ],
)


MsgFlag = TypeAliasType(
    "MsgFlag",
    Annotated[
        MsgFlagKnown | str,
        Field(
            description="How the member receives group messages. Tolerate values beyond the known ones."
        ),
    ],
)


class AppMemberDefinedDataItem(BaseModel):
    """
    One member-level custom field. Note the capitalised `Key` and `Value`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: Annotated[str, Field(alias="Key", description="The custom field key.")]
    value: Annotated[
        str, Field(alias="Value", description="The custom field value, at most 64 bytes.")
    ]


class PermissionGroupMember(BaseModel):
    """
    A member of a permission group. Only `Member_Account` is always present: filters drop
    the other fields.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    member_account: Annotated[
        str, Field(alias="Member_Account", description="The member's UserID.")
    ]
    role: Annotated[Role | None, Field(alias="Role")] = None
    join_time: Annotated[
        int | None,
        Field(alias="JoinTime", description="When the member joined the group, in Unix seconds."),
    ] = None
    join_permission_group_time: Annotated[
        int | None,
        Field(
            alias="JoinPermissionGroupTime",
            description="When the member joined the permission group, in Unix seconds.",
        ),
    ] = None
    msg_seq: Annotated[
        int | None,
        Field(
            alias="MsgSeq", description="The sequence number of the last message the member read."
        ),
    ] = None
    msg_flag: Annotated[MsgFlag | None, Field(alias="MsgFlag")] = None
    last_send_msg_time: Annotated[
        int | None,
        Field(
            alias="LastSendMsgTime",
            description="When the member last sent a message, in Unix seconds.",
        ),
    ] = None
    mute_until: Annotated[
        int | None,
        Field(
            alias="MuteUntil",
            description="`0` if the member is not muted; otherwise when the mute ends, in Unix seconds.",
        ),
    ] = None
    name_card: Annotated[
        str | None,
        Field(
            alias="NameCard", description="The member's name card in the group, at most 50 bytes."
        ),
    ] = None
    app_member_defined_data: Annotated[
        list[AppMemberDefinedDataItem] | None,
        Field(
            alias="AppMemberDefinedData",
            description="The member-level custom fields selected by the filter.",
        ),
    ] = None


class GetPermissionGroupMemberListResponse(BaseResponse):
    """
    The response body of `get_permission_group_member_list`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    member_num: Annotated[
        int | None,
        Field(
            alias="MemberNum",
            description="The total number of members in the permission group.",
            ge=0,
        ),
    ] = None
    member_list: Annotated[
        list[PermissionGroupMember] | None,
        Field(
            alias="MemberList",
            description="This page of members (at most the request's `Limit`, 50 at most today); present on\nsuccess. No `maxItems` here: a client must not reject a larger page.\n",
        ),
    ] = None
    next: Annotated[
        str | None,
        Field(
            alias="Next",
            description='The cursor of the next page; `""` when this is the last page.',
        ),
    ] = None
