# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from typing import Literal

ActionStatusKnown = Literal["FAIL", "OK"]

ACTION_STATUS_KNOWN_VALUES: set[ActionStatusKnown] = {
    "FAIL",
    "OK",
}


def check_action_status_known(value: str) -> ActionStatusKnown:
    if value in ACTION_STATUS_KNOWN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_STATUS_KNOWN_VALUES!r}")
