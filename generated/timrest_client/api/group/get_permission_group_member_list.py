# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_type import ContentType
from ...models.get_permission_group_member_list_request import GetPermissionGroupMemberListRequest
from ...models.get_permission_group_member_list_response import GetPermissionGroupMemberListResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetPermissionGroupMemberListRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sdkappid"] = sdkappid

    params["identifier"] = identifier

    params["usersig"] = usersig

    params["random"] = random

    json_contenttype: str = contenttype
    params["contenttype"] = json_contenttype

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v4/group_open_http_svc/get_permission_group_member_list",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPermissionGroupMemberListResponse | str | None:
    if response.status_code == 200:
        response_200 = GetPermissionGroupMemberListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 502:
        response_502 = response.text
        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPermissionGroupMemberListResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetPermissionGroupMemberListRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> Response[GetPermissionGroupMemberListResponse | str]:
    """List the members of a Community permission group

     Returns one page of the members of a permission group, with their group member fields
    and member-level custom fields. Applies to **Community** groups only (group IDs start with
    `@TGS#_`); any other group type answers 10007.

    Paging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the
    `Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`
    (1 to 50) bounds the page size. Communities do not support `Offset` (the upstream
    "all in one" sample shows one; this contract rejects it).

    `MemberInfoFilter` selects which member fields to return (`Member_Account` is always
    returned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`
    selects which member-level custom fields to return in `AppMemberDefinedData`.

    Maximum call frequency: 200 calls per second.

    Error codes specific to this operation (the common codes in the API description apply too):

    | Code | Category | Retry | Meaning |
    |---|---|---|---|
    | 10002 | server | yes | Internal server error. Try again. |
    | 10003 | invalid_request | no | Invalid request command word. |
    | 10004 | invalid_request | no | Invalid parameter: see `ErrorInfo`. |
    | 10006 | rate_limit | yes, with backoff | Operation exceeds the frequency limit. |
    | 10007 | permission | no | Insufficient permission, or the group is not a Community. |
    | 10010 | not_found | no | The group does not exist or has been disbanded. |
    | 10015 | invalid_request | no | Invalid group ID. |
    | 10018 | invalid_request | no | The response would exceed 1 MB: use a smaller `Limit`. |
    | 11000 | permission | no | The Community feature is not enabled for this app. |
    | 110006 | not_found | no | The permission group does not exist or has been dissolved. |
    | 110008 | invalid_request | no | Invalid permission group ID. |

    Args:
        sdkappid (int):
        identifier (str):
        usersig (str):
        random (int):
        contenttype (ContentType):  Default: 'json'.
        body (GetPermissionGroupMemberListRequest): The request body of
            `get_permission_group_member_list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPermissionGroupMemberListResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
        sdkappid=sdkappid,
        identifier=identifier,
        usersig=usersig,
        random=random,
        contenttype=contenttype,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetPermissionGroupMemberListRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> GetPermissionGroupMemberListResponse | str | None:
    """List the members of a Community permission group

     Returns one page of the members of a permission group, with their group member fields
    and member-level custom fields. Applies to **Community** groups only (group IDs start with
    `@TGS#_`); any other group type answers 10007.

    Paging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the
    `Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`
    (1 to 50) bounds the page size. Communities do not support `Offset` (the upstream
    "all in one" sample shows one; this contract rejects it).

    `MemberInfoFilter` selects which member fields to return (`Member_Account` is always
    returned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`
    selects which member-level custom fields to return in `AppMemberDefinedData`.

    Maximum call frequency: 200 calls per second.

    Error codes specific to this operation (the common codes in the API description apply too):

    | Code | Category | Retry | Meaning |
    |---|---|---|---|
    | 10002 | server | yes | Internal server error. Try again. |
    | 10003 | invalid_request | no | Invalid request command word. |
    | 10004 | invalid_request | no | Invalid parameter: see `ErrorInfo`. |
    | 10006 | rate_limit | yes, with backoff | Operation exceeds the frequency limit. |
    | 10007 | permission | no | Insufficient permission, or the group is not a Community. |
    | 10010 | not_found | no | The group does not exist or has been disbanded. |
    | 10015 | invalid_request | no | Invalid group ID. |
    | 10018 | invalid_request | no | The response would exceed 1 MB: use a smaller `Limit`. |
    | 11000 | permission | no | The Community feature is not enabled for this app. |
    | 110006 | not_found | no | The permission group does not exist or has been dissolved. |
    | 110008 | invalid_request | no | Invalid permission group ID. |

    Args:
        sdkappid (int):
        identifier (str):
        usersig (str):
        random (int):
        contenttype (ContentType):  Default: 'json'.
        body (GetPermissionGroupMemberListRequest): The request body of
            `get_permission_group_member_list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPermissionGroupMemberListResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
        sdkappid=sdkappid,
        identifier=identifier,
        usersig=usersig,
        random=random,
        contenttype=contenttype,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetPermissionGroupMemberListRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> Response[GetPermissionGroupMemberListResponse | str]:
    """List the members of a Community permission group

     Returns one page of the members of a permission group, with their group member fields
    and member-level custom fields. Applies to **Community** groups only (group IDs start with
    `@TGS#_`); any other group type answers 10007.

    Paging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the
    `Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`
    (1 to 50) bounds the page size. Communities do not support `Offset` (the upstream
    "all in one" sample shows one; this contract rejects it).

    `MemberInfoFilter` selects which member fields to return (`Member_Account` is always
    returned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`
    selects which member-level custom fields to return in `AppMemberDefinedData`.

    Maximum call frequency: 200 calls per second.

    Error codes specific to this operation (the common codes in the API description apply too):

    | Code | Category | Retry | Meaning |
    |---|---|---|---|
    | 10002 | server | yes | Internal server error. Try again. |
    | 10003 | invalid_request | no | Invalid request command word. |
    | 10004 | invalid_request | no | Invalid parameter: see `ErrorInfo`. |
    | 10006 | rate_limit | yes, with backoff | Operation exceeds the frequency limit. |
    | 10007 | permission | no | Insufficient permission, or the group is not a Community. |
    | 10010 | not_found | no | The group does not exist or has been disbanded. |
    | 10015 | invalid_request | no | Invalid group ID. |
    | 10018 | invalid_request | no | The response would exceed 1 MB: use a smaller `Limit`. |
    | 11000 | permission | no | The Community feature is not enabled for this app. |
    | 110006 | not_found | no | The permission group does not exist or has been dissolved. |
    | 110008 | invalid_request | no | Invalid permission group ID. |

    Args:
        sdkappid (int):
        identifier (str):
        usersig (str):
        random (int):
        contenttype (ContentType):  Default: 'json'.
        body (GetPermissionGroupMemberListRequest): The request body of
            `get_permission_group_member_list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPermissionGroupMemberListResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
        sdkappid=sdkappid,
        identifier=identifier,
        usersig=usersig,
        random=random,
        contenttype=contenttype,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetPermissionGroupMemberListRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> GetPermissionGroupMemberListResponse | str | None:
    """List the members of a Community permission group

     Returns one page of the members of a permission group, with their group member fields
    and member-level custom fields. Applies to **Community** groups only (group IDs start with
    `@TGS#_`); any other group type answers 10007.

    Paging uses an opaque cursor, like a Redis `SCAN`: send `Next: ""` first, then echo the
    `Next` of the previous response; a response `Next` of `""` ends the listing. `Limit`
    (1 to 50) bounds the page size. Communities do not support `Offset` (the upstream
    "all in one" sample shows one; this contract rejects it).

    `MemberInfoFilter` selects which member fields to return (`Member_Account` is always
    returned; without a filter every field is returned). `AppDefinedDataFilter_GroupMember`
    selects which member-level custom fields to return in `AppMemberDefinedData`.

    Maximum call frequency: 200 calls per second.

    Error codes specific to this operation (the common codes in the API description apply too):

    | Code | Category | Retry | Meaning |
    |---|---|---|---|
    | 10002 | server | yes | Internal server error. Try again. |
    | 10003 | invalid_request | no | Invalid request command word. |
    | 10004 | invalid_request | no | Invalid parameter: see `ErrorInfo`. |
    | 10006 | rate_limit | yes, with backoff | Operation exceeds the frequency limit. |
    | 10007 | permission | no | Insufficient permission, or the group is not a Community. |
    | 10010 | not_found | no | The group does not exist or has been disbanded. |
    | 10015 | invalid_request | no | Invalid group ID. |
    | 10018 | invalid_request | no | The response would exceed 1 MB: use a smaller `Limit`. |
    | 11000 | permission | no | The Community feature is not enabled for this app. |
    | 110006 | not_found | no | The permission group does not exist or has been dissolved. |
    | 110008 | invalid_request | no | Invalid permission group ID. |

    Args:
        sdkappid (int):
        identifier (str):
        usersig (str):
        random (int):
        contenttype (ContentType):  Default: 'json'.
        body (GetPermissionGroupMemberListRequest): The request body of
            `get_permission_group_member_list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPermissionGroupMemberListResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            sdkappid=sdkappid,
            identifier=identifier,
            usersig=usersig,
            random=random,
            contenttype=contenttype,
        )
    ).parsed
