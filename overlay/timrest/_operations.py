"""The two operations: how to build each request and which model parses each response.

Request construction (method, path, query parameters, JSON body) comes from the generated
typed client ``timrest_client``, so the wire format has one source: openapi.yaml. Responses
are parsed once, with the generated pydantic models of ``timrest_models``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

import timrest_client.api.group.get_group_attr as _get_group_attr
import timrest_client.api.group.get_permission_group_member_list as _get_pg_members
from timrest_client.models import GetGroupAttrRequest as _AttrsGroupAttrRequest
from timrest_client.models import (
    GetPermissionGroupMemberListRequest as _AttrsMemberListRequest,
)
from timrest_models import (
    BaseResponse,
    GetGroupAttrRequest,
    GetGroupAttrResponse,
    GetPermissionGroupMemberListRequest,
    GetPermissionGroupMemberListResponse,
)

__all__ = ["GET_GROUP_ATTR", "GET_PERMISSION_GROUP_MEMBER_LIST", "Operation"]

ResponseT = TypeVar("ResponseT", bound=BaseResponse)


@dataclass(frozen=True, slots=True)
class Operation(Generic[ResponseT]):
    """One REST operation of the spec."""

    name: str
    """The command, e.g. ``get_group_attr``; also the rate-limit key suffix."""
    request_model: type[BaseModel]
    """Validates the body against the spec's constraints before anything is sent."""
    response_model: type[ResponseT]
    _from_dict: Callable[[dict[str, Any]], Any]
    _get_kwargs: Callable[..., dict[str, Any]]

    def http_kwargs(
        self, body: dict[str, Any], *, sdkappid: int, identifier: str, usersig: str, random: int
    ) -> dict[str, Any]:
        """``httpx.Client.build_request`` arguments (relative URL) from the generated client."""
        return self._get_kwargs(
            body=self._from_dict(body),
            sdkappid=sdkappid,
            identifier=identifier,
            usersig=usersig,
            random=random,
        )


GET_GROUP_ATTR = Operation(
    name="get_group_attr",
    request_model=GetGroupAttrRequest,
    response_model=GetGroupAttrResponse,
    _from_dict=_AttrsGroupAttrRequest.from_dict,
    _get_kwargs=_get_group_attr._get_kwargs,
)

GET_PERMISSION_GROUP_MEMBER_LIST = Operation(
    name="get_permission_group_member_list",
    request_model=GetPermissionGroupMemberListRequest,
    response_model=GetPermissionGroupMemberListResponse,
    _from_dict=_AttrsMemberListRequest.from_dict,
    _get_kwargs=_get_pg_members._get_kwargs,
)
