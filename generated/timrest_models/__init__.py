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


CommunityGroupId = TypeAliasType(
    "CommunityGroupId",
    Annotated[
        str,
        Field(
            description="The ID of a Community group; starts with `@TGS#_`.",
            max_length=47,
            min_length=7,
            pattern="^@TGS#_[ -~]+$",
        ),
    ],
)


PermissionGroupId = TypeAliasType(
    "PermissionGroupId",
    Annotated[
        str,
        Field(
            description="The ID of a permission group; starts with `@PMG#_`.",
            max_length=47,
            min_length=7,
            pattern="^@PMG#_[ -~]+$",
        ),
    ],
)


CustomPermissionGroupId = TypeAliasType(
    "CustomPermissionGroupId",
    Annotated[
        str,
        Field(
            description="A custom permission group ID: starts with `@PMG#_` but not with `@PMG#_@PMG#` (the\nprefix of the IDs the service assigns), printable ASCII only. No length limit is\ndocumented; at most 47 bytes here, as for group IDs (INFERRED).\n",
            max_length=47,
            min_length=7,
            pattern='^@PMG#_([ -?A-~][ -~]*|@([ -OQ-~][ -~]*)?|@P([ -LN-~][ -~]*)?|@PM([ -FH-~][ -~]*)?|@PMG([ -"$-~][ -~]*)?)$',
        ),
    ],
)


PermissionGroupName = TypeAliasType(
    "PermissionGroupName",
    Annotated[
        str,
        Field(
            description="The name of a permission group, at most 150 bytes of UTF-8.",
            max_length=150,
            min_length=1,
        ),
    ],
)


CustomString = TypeAliasType(
    "CustomString",
    Annotated[
        str,
        Field(
            description="Custom data for the app's own use, at most 3,000 bytes of UTF-8.",
            max_length=3000,
        ),
    ],
)


CommunityPermission = TypeAliasType(
    "CommunityPermission",
    Annotated[
        int,
        Field(
            description="A Community-level permission bitmask (64 bits; a set bit grants the permission). Bits\nbeyond the defined ones are kept as given (INFERRED).\n",
            ge=0,
        ),
    ],
)


TopicPermission = TypeAliasType(
    "TopicPermission",
    Annotated[
        int,
        Field(
            description="A topic-level permission bitmask (64 bits; a set bit grants the permission in that\ntopic). Bits beyond the defined ones are kept as given (INFERRED).\n",
            ge=0,
        ),
    ],
)


TopicId = TypeAliasType(
    "TopicId",
    Annotated[
        str,
        Field(
            description="A topic ID: the Community's group ID, then `@TOPIC#_`, then the service's\n`@TOPIC#...` or a custom part; at most 96 bytes, printable ASCII.\n",
            max_length=96,
            min_length=15,
            pattern="^@TGS#_[ -~]+@TOPIC#_[ -~]+$",
        ),
    ],
)


class ItemResult(BaseModel):
    """
    The outcome of one item of a batch call.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error_code: Annotated[
        int | None,
        Field(
            alias="ErrorCode", description="`0` if this item was done; otherwise its error code."
        ),
    ] = None
    error_info: Annotated[
        str | None, Field(alias="ErrorInfo", description="The error message of this item.")
    ] = None


class CreatePermissionGroupRequest(BaseModel):
    """
    The request body of `create_permission_group`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id: Annotated[
        CustomPermissionGroupId | None, Field(alias="PermissionGroupId")
    ] = None
    permission_group_name: Annotated[PermissionGroupName, Field(alias="PermissionGroupName")]
    permission: Annotated[CommunityPermission, Field(alias="Permission")]
    custom_string: Annotated[CustomString | None, Field(alias="CustomString")] = None


class CreatePermissionGroupResponse(BaseResponse):
    """
    The response body of `create_permission_group` (INFERRED).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    permission_group_id: Annotated[
        str | None,
        Field(
            alias="PermissionGroupId",
            description="The permission group's ID (assigned, or the custom one).",
        ),
    ] = None


class DestroyPermissionGroupRequest(BaseModel):
    """
    The request body of `destroy_permission_group`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id_list: Annotated[
        list[PermissionGroupId],
        Field(
            alias="PermissionGroupIdList",
            description="The permission groups to destroy, at most 20.",
            max_length=20,
            min_length=1,
        ),
    ]


class PermissionGroupResult(ItemResult):
    """
    The outcome for one permission group.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    permission_group_id: Annotated[
        str | None, Field(alias="PermissionGroupId", description="The permission group.")
    ] = None


class DestroyPermissionGroupResponse(BaseResponse):
    """
    The response body of `destroy_permission_group`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    permission_group_result_list: Annotated[
        list[PermissionGroupResult] | None,
        Field(
            alias="PermissionGroupResultList",
            description="One result per permission group asked for.",
        ),
    ] = None


class ModifyPermissionGroupRequest(BaseModel):
    """
    The request body of `modify_permission_group`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id: Annotated[PermissionGroupId, Field(alias="PermissionGroupId")]
    permission_group_name: Annotated[
        PermissionGroupName | None, Field(alias="PermissionGroupName")
    ] = None
    permission: Annotated[CommunityPermission | None, Field(alias="Permission")] = None
    custom_string: Annotated[CustomString | None, Field(alias="CustomString")] = None


class GetPermissionGroupRequest(BaseModel):
    """
    The request body of `get_permission_group`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id_list: Annotated[
        list[PermissionGroupId] | None,
        Field(
            alias="PermissionGroupIdList",
            description="The permission groups to return; without it, every one, by page.",
            max_length=20,
        ),
    ] = None
    limit: Annotated[
        int | None,
        Field(alias="Limit", description="The most permission groups per page.", ge=1, le=20),
    ] = None
    next: Annotated[
        str | None,
        Field(
            alias="Next",
            description='The cursor; `""` for the first page, then the `Next` of the previous response.',
            max_length=1024,
            pattern="^[ -~]*$",
        ),
    ] = None


class PermissionGroupInfo(BaseModel):
    """
    A permission group (every field INFERRED from the permission-group object).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    permission_group_id: Annotated[
        str | None, Field(alias="PermissionGroupId", description="The permission group's ID.")
    ] = None
    permission_group_name: Annotated[
        str | None, Field(alias="PermissionGroupName", description="Its name.")
    ] = None
    permission: Annotated[
        int | None,
        Field(
            alias="Permission",
            description="Its Community-level permission bitmask (`CommunityPermission`).",
        ),
    ] = None
    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="Its custom data.")
    ] = None
    member_num: Annotated[
        int | None, Field(alias="MemberNum", description="How many members it has.")
    ] = None
    create_time: Annotated[
        int | None,
        Field(alias="CreateTime", description="When it was created, in Unix seconds (INFERRED)."),
    ] = None


class GetPermissionGroupResponse(BaseResponse):
    """
    The response body of `get_permission_group`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    permission_group_info_list: Annotated[
        list[PermissionGroupInfo] | None,
        Field(alias="PermissionGroupInfoList", description="The permission groups of this page."),
    ] = None
    next: Annotated[
        str | None,
        Field(
            alias="Next",
            description='The cursor of the next page; `""` when this is the last page (INFERRED).',
        ),
    ] = None


class TopicPermissionEntry(BaseModel):
    """
    A topic and the permission bitmask to hold in it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    topic_id: Annotated[TopicId, Field(alias="TopicId")]
    permission: Annotated[TopicPermission, Field(alias="Permission")]


TopicPermissionList = TypeAliasType(
    "TopicPermissionList",
    Annotated[
        list[TopicPermissionEntry],
        Field(
            description="Each topic and its permission bitmask, at most 50 topics.",
            max_length=50,
            min_length=1,
        ),
    ],
)
"""
Each topic and its permission bitmask, at most 50 topics.
"""


TopicIdList = TypeAliasType(
    "TopicIdList",
    Annotated[
        list[TopicId], Field(description="The topics, at most 50.", max_length=50, min_length=1)
    ],
)
"""
The topics, at most 50.
"""


class AddTopicPermissionGroupRequest(BaseModel):
    """
    The request body of `add_topic_permission_group`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id: Annotated[PermissionGroupId, Field(alias="PermissionGroupId")]
    topic_permission_list: Annotated[TopicPermissionList, Field(alias="TopicPermissionList")]


class SetTopicPermissionGroupRequest(BaseModel):
    """
    The request body of `set_topic_permission_group` (fields INFERRED from `add_topic_permission_group`).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id: Annotated[PermissionGroupId, Field(alias="PermissionGroupId")]
    topic_permission_list: Annotated[TopicPermissionList, Field(alias="TopicPermissionList")]


class DeleteTopicPermissionGroupRequest(BaseModel):
    """
    The request body of `delete_topic_permission_group`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id: Annotated[PermissionGroupId, Field(alias="PermissionGroupId")]
    topic_id_list: Annotated[TopicIdList, Field(alias="TopicIdList")]


class GetTopicPermissionGroupRequest(BaseModel):
    """
    The request body of `get_topic_permission_group`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id: Annotated[PermissionGroupId, Field(alias="PermissionGroupId")]
    topic_id_list: Annotated[
        list[TopicId] | None,
        Field(
            alias="TopicIdList",
            description="The topics to read; without it, every topic the group holds a permission in.",
            max_length=50,
        ),
    ] = None


class TopicPermissionResult(ItemResult):
    """
    The outcome for one topic (`Permission` in reads).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    topic_id: Annotated[str | None, Field(alias="TopicId", description="The topic.")] = None
    permission: Annotated[
        int | None,
        Field(
            alias="Permission",
            description="The permission bitmask the group holds in the topic (`TopicPermission`), in reads.",
        ),
    ] = None


class TopicPermissionResponse(BaseResponse):
    """
    The response body of the topic-permission operations.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    topic_permission_result_list: Annotated[
        list[TopicPermissionResult] | None,
        Field(alias="TopicPermissionResultList", description="One result per topic."),
    ] = None


class MemberAccount(BaseModel):
    """
    One account.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    member_account: Annotated[
        str, Field(alias="Member_Account", description="The UserID.", max_length=32, min_length=1)
    ]


class PermissionGroupMembersRequest(BaseModel):
    """
    The request body of `add_permission_group_member` and `delete_permission_group_member`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    permission_group_id: Annotated[PermissionGroupId, Field(alias="PermissionGroupId")]
    member_list: Annotated[
        list[MemberAccount],
        Field(
            alias="MemberList",
            description="The accounts (UserIDs), at most 100.",
            max_length=100,
            min_length=1,
        ),
    ]


class PermissionGroupMemberResult(BaseModel):
    """
    The outcome for one account.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    member_account: Annotated[
        str | None, Field(alias="Member_Account", description="The UserID.")
    ] = None
    result: Annotated[
        int | None,
        Field(
            alias="Result",
            description="`0` if done; otherwise its error code (10013: already in the permission group).",
        ),
    ] = None


class PermissionGroupMembersResponse(BaseResponse):
    """
    The response body of `add_permission_group_member` and `delete_permission_group_member`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    member_list: Annotated[
        list[PermissionGroupMemberResult] | None,
        Field(alias="MemberList", description="One result per account."),
    ] = None


CustomTopicId = TypeAliasType(
    "CustomTopicId",
    Annotated[
        str,
        Field(
            description="A custom topic ID: the Community's group ID, `@TOPIC#_`, then a custom part (printable\nASCII, not containing `@TGS#_` or starting with `@TOPIC#`); at most 96 bytes in all.\n",
            max_length=96,
            min_length=15,
            pattern="^@TGS#_[ -~]+@TOPIC#_[ -~]+$",
        ),
    ],
)


TopicName = TypeAliasType(
    "TopicName",
    Annotated[
        str,
        Field(
            description="The topic's name, at most 30 bytes of UTF-8.", max_length=30, min_length=1
        ),
    ],
)


TopicFaceUrl = TypeAliasType(
    "TopicFaceUrl",
    Annotated[str, Field(description="The topic's photo URL, at most 100 bytes.", max_length=100)],
)


TopicNotification = TypeAliasType(
    "TopicNotification",
    Annotated[
        str, Field(description="The topic's notice, at most 300 bytes of UTF-8.", max_length=300)
    ],
)


TopicIntroduction = TypeAliasType(
    "TopicIntroduction",
    Annotated[
        str,
        Field(description="The topic's introduction, at most 240 bytes of UTF-8.", max_length=240),
    ],
)


FromAccount = TypeAliasType(
    "FromAccount",
    Annotated[
        str,
        Field(
            description="A member's UserID (the page types it uint64; the samples send a string).",
            max_length=32,
            min_length=1,
        ),
    ],
)


MuteAllMember = TypeAliasType(
    "MuteAllMember",
    Annotated[
        Literal["On", "Off"],
        Field(
            description="`On`: only the owner and admins may speak in the topic; `Off`: everyone may."
        ),
    ],
)


class CreateTopicRequest(BaseModel):
    """
    The request body of `create_topic`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    topic_id: Annotated[CustomTopicId | None, Field(alias="TopicId")] = None
    topic_name: Annotated[TopicName, Field(alias="TopicName")]
    from_account: Annotated[FromAccount | None, Field(alias="From_Account")] = None
    custom_string: Annotated[CustomString | None, Field(alias="CustomString")] = None
    face_url: Annotated[TopicFaceUrl | None, Field(alias="FaceUrl")] = None
    notification: Annotated[TopicNotification | None, Field(alias="Notification")] = None
    introduction: Annotated[TopicIntroduction | None, Field(alias="Introduction")] = None


class ImportTopicRequest(BaseModel):
    """
    The request body of `import_topic`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: Annotated[
        Literal["Community"] | None,
        Field(alias="Type", description="The group type; only `Community`."),
    ] = None
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    topic_id: Annotated[CustomTopicId | None, Field(alias="TopicId")] = None
    topic_name: Annotated[TopicName, Field(alias="TopicName")]
    from_account: Annotated[FromAccount | None, Field(alias="From_Account")] = None
    custom_string: Annotated[CustomString | None, Field(alias="CustomString")] = None
    face_url: Annotated[TopicFaceUrl | None, Field(alias="FaceUrl")] = None
    notification: Annotated[TopicNotification | None, Field(alias="Notification")] = None
    introduction: Annotated[TopicIntroduction | None, Field(alias="Introduction")] = None
    create_time: Annotated[
        int | None,
        Field(
            alias="CreateTime",
            description="When the topic was created, in Unix seconds (default the time of the request).",
            ge=0,
        ),
    ] = None


class TopicIdResponse(BaseResponse):
    """
    The response body of `create_topic` and `import_topic`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="The topic's ID (assigned, or the custom one)."),
    ] = None


class DestroyTopicRequest(BaseModel):
    """
    The request body of `destroy_topic`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    topic_id_list: Annotated[TopicIdList, Field(alias="TopicIdList")]


class TopicResult(ItemResult):
    """
    The outcome for one topic.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    topic_id: Annotated[str | None, Field(alias="TopicId", description="The topic.")] = None


class DestroyTopicResponse(BaseResponse):
    """
    The response body of `destroy_topic`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    destroy_result_item: Annotated[
        list[TopicResult] | None,
        Field(alias="DestroyResultItem", description="One result per topic."),
    ] = None


TopicField = TypeAliasType(
    "TopicField",
    Annotated[
        Literal[
            "TopicName",
            "FaceUrl",
            "Notification",
            "Introduction",
            "CustomString",
            "CreateTime",
            "LastMsgTime",
            "NextMsgSeq",
            "MuteAllMember",
        ],
        Field(description="A `TopicInfo` field that `ResponseFilter` can keep."),
    ],
)


class GetTopicRequest(BaseModel):
    """
    The request body of `get_topic`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    from_account: Annotated[FromAccount, Field(alias="From_Account")]
    topic_id_list: Annotated[
        list[TopicId] | None,
        Field(
            alias="TopicIdList",
            description="The topics to read; without it, every topic of the Community.",
            max_length=200,
        ),
    ] = None
    response_filter: Annotated[
        list[TopicField] | None,
        Field(
            alias="ResponseFilter",
            description="The `TopicInfo` fields to return; without it, every field.",
        ),
    ] = None


class TopicSelfInfo(BaseModel):
    """
    The member's own state in the topic.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    shut_up_time: Annotated[
        int | None,
        Field(
            alias="ShutUpTime",
            description="When the member's mute ends, in Unix seconds (0 if not muted).",
        ),
    ] = None
    msg_seq: Annotated[
        int | None,
        Field(
            alias="MsgSeq", description="The sequence number of the last message the member read."
        ),
    ] = None
    msg_flag: Annotated[MsgFlag | None, Field(alias="MsgFlag")] = None


class TopicInfo(BaseModel):
    """
    A topic's profile (the fields `ResponseFilter` kept, with `GroupID` and `TopicId`).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    topic_id: Annotated[str | None, Field(alias="TopicId", description="The topic's ID.")] = None
    group_id: Annotated[
        str | None,
        Field(alias="GroupID", description="The Community's group ID (note the capital D)."),
    ] = None
    topic_name: Annotated[str | None, Field(alias="TopicName", description="The topic's name.")] = (
        None
    )
    face_url: Annotated[
        str | None, Field(alias="FaceUrl", description="The topic's photo URL.")
    ] = None
    notification: Annotated[
        str | None, Field(alias="Notification", description="The topic's notice.")
    ] = None
    introduction: Annotated[
        str | None, Field(alias="Introduction", description="The topic's introduction.")
    ] = None
    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="The topic's custom data.")
    ] = None
    create_time: Annotated[
        int | None,
        Field(alias="CreateTime", description="When the topic was created, in Unix seconds."),
    ] = None
    last_msg_time: Annotated[
        int | None,
        Field(alias="LastMsgTime", description="When the last message was sent, in Unix seconds."),
    ] = None
    next_msg_seq: Annotated[
        int | None,
        Field(alias="NextMsgSeq", description="The sequence number of the next message."),
    ] = None
    mute_all_member: Annotated[
        str | None,
        Field(alias="MuteAllMember", description="`On` or `Off`; tolerate other values."),
    ] = None


class TopicAndSelfInfoItem(ItemResult):
    """
    One topic and the member's state in it, or the topic's error.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    topic_info: Annotated[TopicInfo | None, Field(alias="TopicInfo")] = None
    self_info: Annotated[TopicSelfInfo | None, Field(alias="SelfInfo")] = None


class GetTopicResponse(BaseResponse):
    """
    The response body of `get_topic`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    topic_and_self_info: Annotated[
        list[TopicAndSelfInfoItem] | None,
        Field(alias="TopicAndSelfInfo", description="One item per topic."),
    ] = None


class ModifyTopicRequest(BaseModel):
    """
    The request body of `modify_topic`.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    group_id: Annotated[CommunityGroupId, Field(alias="GroupId")]
    topic_id: Annotated[TopicId, Field(alias="TopicId")]
    topic_name: Annotated[TopicName | None, Field(alias="TopicName")] = None
    from_account: Annotated[FromAccount | None, Field(alias="From_Account")] = None
    custom_string: Annotated[CustomString | None, Field(alias="CustomString")] = None
    face_url: Annotated[TopicFaceUrl | None, Field(alias="FaceUrl")] = None
    notification: Annotated[TopicNotification | None, Field(alias="Notification")] = None
    introduction: Annotated[TopicIntroduction | None, Field(alias="Introduction")] = None
    mute_all_member: Annotated[MuteAllMember | None, Field(alias="MuteAllMember")] = None


class CallbackReply(BaseModel):
    """
    What a receiver answers every callback with (HTTP 200, JSON). A non-200 status or a
    body that is not this JSON counts as a failed callback. For a before-callback,
    `ErrorCode` 0 lets the event happen and 1 rejects it (the caller then gets 10016);
    the before-create-topic callback may reject with a code of its own in 10100-10200,
    with `ErrorInfo` passed to the caller. After-callbacks ignore the code (answer 0).

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
            description="0 to allow (or acknowledge); 1, or 10100-10200 where allowed, to reject.",
        ),
    ]
    error_info: Annotated[
        str,
        Field(
            alias="ErrorInfo",
            description="Text passed to the caller with a custom reject code; else empty.",
        ),
    ]


CallbackEventTime = TypeAliasType(
    "CallbackEventTime",
    Annotated[
        int,
        Field(
            description='When the event happened, in Unix milliseconds. The page types it as an integer and its\nsample sends a decimal string (`"1670574414123"`): typed integer here on purpose, so\nparse leniently (a digit string means the same number).\n',
            ge=0,
        ),
    ],
)


class CallbackUserDefinedDataItem(BaseModel):
    """
    One custom field of a topic, as the after-create-topic callback sends it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    key: Annotated[str | None, Field(alias="Key", description="The field's name.")] = None
    value: Annotated[str | None, Field(alias="Value", description="The field's value.")] = None


class CallbackAfterGroupAttrChanged(BaseModel):
    """
    Sent after a group's custom attributes change, through a client SDK or the REST calls
    that set, modify, delete or clear them (its own switch in the console).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback_command: Annotated[
        Literal["Group.CallbackAfterGroupAttrChanged"],
        Field(alias="CallbackCommand", description="The command word."),
    ]
    group_id: Annotated[
        str | None, Field(alias="GroupId", description="The group whose attributes changed.")
    ] = None
    type: Annotated[
        str | None, Field(alias="Type", description="The group's type, such as `Public`.")
    ] = None
    operator_account: Annotated[
        str | None,
        Field(
            alias="Operator_Account",
            description="The UserID that made the change (for a REST call, the admin identifier; INFERRED).",
        ),
    ] = None
    option_type: Annotated[
        str | None,
        Field(
            alias="OptionType",
            description="Which change: `set` (all replaced), `modify`, `delete` or `clear` (known values, from\nthe page's sample comments; tolerate others).\n",
        ),
    ] = None
    group_attr: Annotated[
        list[GroupAttr] | None,
        Field(
            alias="GroupAttr",
            description="Attributes of the change. Whether it holds the new values, the deleted keys, or\nnothing for `clear` is not stated (UNKNOWN).\n",
        ),
    ] = None
    event_time: Annotated[CallbackEventTime | None, Field(alias="EventTime")] = None


class CallbackBeforeCreateTopic(BaseModel):
    """
    Sent before a topic is created in a Community (the before-create-group switch); the
    reply decides whether it is. The page names no `GroupId` for it.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback_command: Annotated[
        Literal["Group.CallbackBeforeCreateTopic"],
        Field(alias="CallbackCommand", description="The command word."),
    ]
    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="The UserID creating the topic.")
    ] = None
    type: Annotated[str | None, Field(alias="Type", description="The group type, `Community`.")] = (
        None
    )
    name: Annotated[str | None, Field(alias="Name", description="The new topic's name.")] = None


class CallbackAfterCreateTopic(BaseModel):
    """
    Sent after a topic is created (the after-create-group switch).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback_command: Annotated[
        Literal["Group.CallbackAfterCreateTopic"],
        Field(alias="CallbackCommand", description="The command word."),
    ]
    group_id: Annotated[str | None, Field(alias="GroupId", description="The Community.")] = None
    topic_id: Annotated[str | None, Field(alias="TopicId", description="The new topic.")] = None
    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="The UserID that created it.")
    ] = None
    owner_account: Annotated[
        str | None, Field(alias="Owner_Account", description="The topic's owner.")
    ] = None
    type: Annotated[str | None, Field(alias="Type", description="The group type, `Community`.")] = (
        None
    )
    name: Annotated[str | None, Field(alias="Name", description="The topic's name.")] = None
    user_defined_data_list: Annotated[
        list[CallbackUserDefinedDataItem] | None,
        Field(alias="UserDefinedDataList", description="The topic's custom fields."),
    ] = None


class CallbackAfterTopicDestroyed(BaseModel):
    """
    Sent after topics are destroyed (the group-disbanded switch). The page's table types
    `TopicIdList` as a string and its sample sends an array: an array here, on purpose.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback_command: Annotated[
        Literal["Group.CallbackAfterTopicDestroyed"],
        Field(alias="CallbackCommand", description="The command word."),
    ]
    group_id: Annotated[str | None, Field(alias="GroupId", description="The Community.")] = None
    type: Annotated[str | None, Field(alias="Type", description="The group type, `Community`.")] = (
        None
    )
    topic_id_list: Annotated[
        list[str] | None, Field(alias="TopicIdList", description="The topics destroyed.")
    ] = None


class CallbackAfterTopicInfoChanged(BaseModel):
    """
    Sent after a topic's name, introduction, notification or photo changes (the
    group-info-changed switch). The page names no `TopicId` for it.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    callback_command: Annotated[
        Literal["Group.CallbackAfterTopicInfoChanged"],
        Field(alias="CallbackCommand", description="The command word."),
    ]
    group_id: Annotated[str | None, Field(alias="GroupId", description="The Community.")] = None
    type: Annotated[str | None, Field(alias="Type", description="The group type, `Community`.")] = (
        None
    )
    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="The UserID that made the change.")
    ] = None
    name: Annotated[
        str | None, Field(alias="Name", description="The new name, when it changed.")
    ] = None
    introduction: Annotated[
        str | None,
        Field(alias="Introduction", description="The new introduction, when it changed."),
    ] = None
    notification: Annotated[
        str | None,
        Field(alias="Notification", description="The new notification, when it changed."),
    ] = None
    face_url: Annotated[
        str | None, Field(alias="FaceUrl", description="The new photo URL, when it changed.")
    ] = None
