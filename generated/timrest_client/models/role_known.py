# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from typing import Literal

RoleKnown = Literal["Admin", "Member", "Owner"]

ROLE_KNOWN_VALUES: set[RoleKnown] = {
    "Admin",
    "Member",
    "Owner",
}


def check_role_known(value: str) -> RoleKnown:
    if value in ROLE_KNOWN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_KNOWN_VALUES!r}")
