# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status_known import ActionStatusKnown, check_action_status_known
from ..types import UNSET, Unset

T = TypeVar("T", bound="BaseResponse")


@_attrs_define
class BaseResponse:
    """The envelope present in every JSON response."""

    action_status: ActionStatusKnown | str
    """ The outcome of the request. Known values are `OK` and `FAIL`; tolerate others. """
    error_code: int
    """ `0` on success; otherwise the error code (see the operation descriptions). """
    error_info: str | Unset = UNSET
    """ A human-readable error message; empty on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_status: str
        if isinstance(self.action_status, str):
            action_status = self.action_status
        else:
            action_status = self.action_status

        error_code = self.error_code

        error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ActionStatus": action_status,
                "ErrorCode": error_code,
            }
        )
        if error_info is not UNSET:
            field_dict["ErrorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_action_status(data: object) -> ActionStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_action_status_type_0 = check_action_status_known(data)

                return componentsschemas_action_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionStatusKnown | str, data)

        action_status = _parse_action_status(d.pop("ActionStatus"))

        error_code = d.pop("ErrorCode")

        error_info = d.pop("ErrorInfo", UNSET)

        base_response = cls(
            action_status=action_status,
            error_code=error_code,
            error_info=error_info,
        )

        base_response.additional_properties = d
        return base_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
