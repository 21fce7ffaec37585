# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from typing import Literal

MsgFlagKnown = Literal["AcceptAndNotify", "AcceptNotNotify", "Discard"]

MSG_FLAG_KNOWN_VALUES: set[MsgFlagKnown] = {
    "AcceptAndNotify",
    "AcceptNotNotify",
    "Discard",
}


def check_msg_flag_known(value: str) -> MsgFlagKnown:
    if value in MSG_FLAG_KNOWN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MSG_FLAG_KNOWN_VALUES!r}")
