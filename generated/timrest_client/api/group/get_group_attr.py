# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_type import ContentType
from ...models.get_group_attr_request import GetGroupAttrRequest
from ...models.get_group_attr_response import GetGroupAttrResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetGroupAttrRequest,
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
        "url": "/v4/group_open_attr_http_svc/get_group_attr",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetGroupAttrResponse | str | None:
    if response.status_code == 200:
        response_200 = GetGroupAttrResponse.from_dict(response.json())

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
) -> Response[GetGroupAttrResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetGroupAttrRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> Response[GetGroupAttrResponse | str]:
    """Get the custom attributes of an AVChatRoom group

     Returns every custom attribute (key/value pair) of a group. Applies to **AVChatRoom**
    groups only; any other group type answers 10007. Attribute limits: at most 16 keys, each
    key at most 32 bytes, each value at most 4,000 bytes, all values together at most
    16,000 bytes. Note the service name `group_open_attr_http_svc`, unlike the attribute write
    operations, which live under `group_open_http_svc`.

    Maximum call frequency: 200 calls per second.

    Error codes specific to this operation (the common codes in the API description apply too):

    | Code | Category | Retry | Meaning |
    |---|---|---|---|
    | 10002 | server | yes | Internal server error. Try again. |
    | 10003 | invalid_request | no | Invalid request command word. |
    | 10004 | invalid_request | no | Invalid parameter: see `ErrorInfo`. |
    | 10006 | rate_limit | yes, with backoff | Operation exceeds the frequency limit. |
    | 10007 | permission | no | No permission: this group type does not support custom attributes. |
    | 10010 | not_found | no | The group does not exist or has been disbanded. |
    | 10015 | invalid_request | no | Invalid group ID. |

    Args:
        sdkappid (int):
        identifier (str):
        usersig (str):
        random (int):
        contenttype (ContentType):  Default: 'json'.
        body (GetGroupAttrRequest): The request body of `get_group_attr`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGroupAttrResponse | str]
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
    body: GetGroupAttrRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> GetGroupAttrResponse | str | None:
    """Get the custom attributes of an AVChatRoom group

     Returns every custom attribute (key/value pair) of a group. Applies to **AVChatRoom**
    groups only; any other group type answers 10007. Attribute limits: at most 16 keys, each
    key at most 32 bytes, each value at most 4,000 bytes, all values together at most
    16,000 bytes. Note the service name `group_open_attr_http_svc`, unlike the attribute write
    operations, which live under `group_open_http_svc`.

    Maximum call frequency: 200 calls per second.

    Error codes specific to this operation (the common codes in the API description apply too):

    | Code | Category | Retry | Meaning |
    |---|---|---|---|
    | 10002 | server | yes | Internal server error. Try again. |
    | 10003 | invalid_request | no | Invalid request command word. |
    | 10004 | invalid_request | no | Invalid parameter: see `ErrorInfo`. |
    | 10006 | rate_limit | yes, with backoff | Operation exceeds the frequency limit. |
    | 10007 | permission | no | No permission: this group type does not support custom attributes. |
    | 10010 | not_found | no | The group does not exist or has been disbanded. |
    | 10015 | invalid_request | no | Invalid group ID. |

    Args:
        sdkappid (int):
        identifier (str):
        usersig (str):
        random (int):
        contenttype (ContentType):  Default: 'json'.
        body (GetGroupAttrRequest): The request body of `get_group_attr`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGroupAttrResponse | str
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
    body: GetGroupAttrRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> Response[GetGroupAttrResponse | str]:
    """Get the custom attributes of an AVChatRoom group

     Returns every custom attribute (key/value pair) of a group. Applies to **AVChatRoom**
    groups only; any other group type answers 10007. Attribute limits: at most 16 keys, each
    key at most 32 bytes, each value at most 4,000 bytes, all values together at most
    16,000 bytes. Note the service name `group_open_attr_http_svc`, unlike the attribute write
    operations, which live under `group_open_http_svc`.

    Maximum call frequency: 200 calls per second.

    Error codes specific to this operation (the common codes in the API description apply too):

    | Code | Category | Retry | Meaning |
    |---|---|---|---|
    | 10002 | server | yes | Internal server error. Try again. |
    | 10003 | invalid_request | no | Invalid request command word. |
    | 10004 | invalid_request | no | Invalid parameter: see `ErrorInfo`. |
    | 10006 | rate_limit | yes, with backoff | Operation exceeds the frequency limit. |
    | 10007 | permission | no | No permission: this group type does not support custom attributes. |
    | 10010 | not_found | no | The group does not exist or has been disbanded. |
    | 10015 | invalid_request | no | Invalid group ID. |

    Args:
        sdkappid (int):
        identifier (str):
        usersig (str):
        random (int):
        contenttype (ContentType):  Default: 'json'.
        body (GetGroupAttrRequest): The request body of `get_group_attr`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGroupAttrResponse | str]
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
    body: GetGroupAttrRequest,
    sdkappid: int,
    identifier: str,
    usersig: str,
    random: int,
    contenttype: ContentType = "json",
) -> GetGroupAttrResponse | str | None:
    """Get the custom attributes of an AVChatRoom group

     Returns every custom attribute (key/value pair) of a group. Applies to **AVChatRoom**
    groups only; any other group type answers 10007. Attribute limits: at most 16 keys, each
    key at most 32 bytes, each value at most 4,000 bytes, all values together at most
    16,000 bytes. Note the service name `group_open_attr_http_svc`, unlike the attribute write
    operations, which live under `group_open_http_svc`.

    Maximum call frequency: 200 calls per second.

    Error codes specific to this operation (the common codes in the API description apply too):

    | Code | Category | Retry | Meaning |
    |---|---|---|---|
    | 10002 | server | yes | Internal server error. Try again. |
    | 10003 | invalid_request | no | Invalid request command word. |
    | 10004 | invalid_request | no | Invalid parameter: see `ErrorInfo`. |
    | 10006 | rate_limit | yes, with backoff | Operation exceeds the frequency limit. |
    | 10007 | permission | no | No permission: this group type does not support custom attributes. |
    | 10010 | not_found | no | The group does not exist or has been disbanded. |
    | 10015 | invalid_request | no | Invalid group ID. |

    Args:
        sdkappid (int):
        identifier (str):
        usersig (str):
        random (int):
        contenttype (ContentType):  Default: 'json'.
        body (GetGroupAttrRequest): The request body of `get_group_attr`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGroupAttrResponse | str
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
