# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from typing import Literal

MemberInfoField = Literal[
    "JoinPermissionGroupTime",
    "JoinTime",
    "LastSendMsgTime",
    "MsgFlag",
    "MsgSeq",
    "MuteUntil",
    "NameCard",
    "Role",
]

MEMBER_INFO_FIELD_VALUES: set[MemberInfoField] = {
    "JoinPermissionGroupTime",
    "JoinTime",
    "LastSendMsgTime",
    "MsgFlag",
    "MsgSeq",
    "MuteUntil",
    "NameCard",
    "Role",
}


def check_member_info_field(value: str) -> MemberInfoField:
    if value in MEMBER_INFO_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_INFO_FIELD_VALUES!r}")
