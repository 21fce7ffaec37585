# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from typing import Literal

ContentType = Literal["json"]

CONTENT_TYPE_VALUES: set[ContentType] = {
    "json",
}


def check_content_type(value: str) -> ContentType:
    if value in CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_TYPE_VALUES!r}")
