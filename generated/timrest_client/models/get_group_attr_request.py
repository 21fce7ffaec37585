# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetGroupAttrRequest")


@_attrs_define
class GetGroupAttrRequest:
    """The request body of `get_group_attr`."""

    group_id: str
    """ A group ID: printable ASCII (0x20 to 0x7E), fewer than 48 bytes. Default IDs start with
    `@TGS#`; Community group IDs start with `@TGS#_`.
     """

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "GroupId": group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_id = d.pop("GroupId")

        get_group_attr_request = cls(
            group_id=group_id,
        )

        return get_group_attr_request
