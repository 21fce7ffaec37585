"""What the sync and async clients share: settings, request building, response handling.

The clients only do I/O (send, sleep, acquire); every decision is made here, once:
arguments are checked and the body built before anything is sent, the request is signed
with a fresh ``random``, the response is parsed once into the generated models and mapped
to an error or a result, and transport failures become ``TimTransportError`` (moving to
the backup domain when the primary cannot be reached).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

import httpx
from pydantic import ValidationError

from timrest_models import BaseResponse, GetPermissionGroupMemberListResponse

from ._config import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_RATE_LIMIT,
    DEFAULT_RATE_LIMIT_TIMEOUT,
    DEFAULT_TIMEOUT,
    Settings,
    make_settings,
)
from ._errors import (
    TimError,
    TimHTTPStatusError,
    TimMalformedResponseError,
    TimSignatureExpiredError,
    TimTimeoutError,
    TimTransportError,
    TimValidationError,
    api_error,
)
from ._operations import GET_GROUP_ATTR, GET_PERMISSION_GROUP_MEMBER_LIST, Operation
from ._pagination import MemberPage
from ._ratelimit import RateLimiter
from ._redact import install_log_redaction, redact
from ._region import Region
from ._retry import RetryPolicy
from ._validation import (
    COMMUNITY_PREFIX,
    MEMBER_FIELDS,
    PERMISSION_GROUP_PREFIX,
    build_body,
    check_id,
    check_limit,
    check_names,
)

ResponseT = TypeVar("ResponseT", bound=BaseResponse)
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
_EXCERPT = 200

_GROUP_ATTR_FIELDS = {"GroupId": "group_id"}
_MEMBER_LIST_FIELDS = {
    "GroupId": "group_id",
    "PermissionGroupId": "permission_group_id",
    "MemberInfoFilter": "member_fields",
    "AppDefinedDataFilter_GroupMember": "custom_fields",
    "Limit": "limit",
    "Next": "cursor",
}


@dataclass(slots=True)
class CallState:
    """Per-call memory across attempts: the attempt budget and whether it re-signed."""

    max_attempts: int
    resigned: bool = False


class ClientCore(Generic[HttpT]):
    """Settings and the I/O-free steps of every call. ``HttpT`` is the httpx client type;
    subclasses say how to make one and how to bound the requests in flight."""

    _settings: Settings

    def __init__(
        self,
        *,
        http_client: HttpT | None = None,
        sdkappid: int | str,
        identifier: str,
        secret_key: str | None = None,
        usersig: str | None = None,
        usersig_provider: Callable[[], str] | None = None,
        region: Region | str | None = None,
        base_url: str | Sequence[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: int | RateLimiter | None = DEFAULT_RATE_LIMIT,
        rate_limit_timeout: float = DEFAULT_RATE_LIMIT_TIMEOUT,
        usersig_ttl: int = 86400,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        rate_limit_redis_url: str | None = None,
        rate_limit_replicas: int = 1,
    ) -> None:
        self._settings = make_settings(
            sdkappid=sdkappid,
            identifier=identifier,
            secret_key=secret_key,
            usersig=usersig,
            usersig_provider=usersig_provider,
            region=region,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            rate_limit=rate_limit,
            rate_limit_timeout=rate_limit_timeout,
            usersig_ttl=usersig_ttl,
            max_concurrency=max_concurrency,
            rate_limit_redis_url=rate_limit_redis_url,
            rate_limit_replicas=rate_limit_replicas,
        )
        install_log_redaction()
        self._host = 0
        self._queries: dict[tuple[str, str], str] = {}
        self._owns_http = http_client is None
        self._http: HttpT = http_client if http_client is not None else self._new_http()
        self._in_flight = self._new_in_flight_limit()

    def _new_http(self) -> HttpT:
        raise NotImplementedError

    def _new_in_flight_limit(self) -> Any:
        raise NotImplementedError

    @property
    def sdkappid(self) -> int:
        return self._settings.sdkappid

    @property
    def identifier(self) -> str:
        return self._settings.identifier

    @property
    def base_url(self) -> str:
        """The base URL requests go to now (the backup after the primary failed)."""
        return self._settings.base_urls[self._host]

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(sdkappid={self.sdkappid}, identifier={self.identifier!r}, "
            f"base_url={self.base_url!r})"
        )

    # -- arguments -> body -------------------------------------------------------------

    @staticmethod
    def _group_attr_body(group_id: object) -> dict[str, Any]:
        gid = check_id("group_id", group_id, what="a group ID")
        return build_body(GET_GROUP_ATTR.request_model, _GROUP_ATTR_FIELDS, {"GroupId": gid})

    @staticmethod
    def _member_list_body(
        group_id: object,
        permission_group_id: object,
        member_fields: Iterable[str] | None,
        custom_fields: Iterable[str] | None,
        limit: object,
    ) -> dict[str, Any]:
        """The body without ``Next``; the cursor is added per page."""
        values: dict[str, Any] = {
            "GroupId": check_id(
                "group_id", group_id, prefix=COMMUNITY_PREFIX, what="a Community group ID"
            ),
            "PermissionGroupId": check_id(
                "permission_group_id",
                permission_group_id,
                prefix=PERMISSION_GROUP_PREFIX,
                what="a permission group ID",
            ),
            "Limit": check_limit(limit),
        }
        fields = check_names("member_fields", member_fields, allowed=MEMBER_FIELDS)
        if fields is not None:
            values["MemberInfoFilter"] = fields
        custom = check_names("custom_fields", custom_fields)
        if custom is not None:
            values["AppDefinedDataFilter_GroupMember"] = custom
        return build_body(
            GET_PERMISSION_GROUP_MEMBER_LIST.request_model, _MEMBER_LIST_FIELDS, values
        )

    @staticmethod
    def _with_cursor(body: dict[str, Any], cursor: object) -> dict[str, Any]:
        if not isinstance(cursor, str):
            raise TimValidationError("cursor", f"must be a string, not {type(cursor).__name__}")
        return {**body, "Next": cursor}

    # -- the steps of one attempt ------------------------------------------------------

    def _limit_key(self, op: Operation[Any]) -> str:
        return f"{self._settings.sdkappid}:{op.name}"

    def _request_kwargs(
        self, op: Operation[Any], body: dict[str, Any]
    ) -> tuple[dict[str, Any], str]:
        """``build_request`` arguments for one attempt, and the UserSig they carry."""
        usersig = self._settings.usersig.current()
        nonce = random.getrandbits(32)
        kwargs = op.http_kwargs(
            body,
            sdkappid=self._settings.sdkappid,
            identifier=self._settings.identifier,
            usersig=usersig,
            random=nonce,
        )
        params = kwargs.pop("params")
        # The query only changes with the UserSig (and `random`): encode it once per UserSig,
        # and hand httpx one absolute URL string so that it parses the long URL only once.
        key = (kwargs["url"], usersig)
        query = self._queries.get(key)
        if query is None:
            if len(self._queries) > 8:
                self._queries.clear()
            query = self._queries[key] = urlencode(
                {name: value for name, value in params.items() if name != "random"},
                safe="*",  # the UserSig alphabet (A-Z a-z 0-9 * - _) needs no escaping
            )
        kwargs["url"] = f"{self.base_url}{kwargs['url']}?{query}&random={nonce}"
        # The generated client declares Content-Type; send the body as compact JSON bytes.
        kwargs["content"] = json.dumps(kwargs.pop("json"), separators=(",", ":")).encode()
        return kwargs, usersig

    def _call_state(self, max_retries: int | None) -> tuple[CallState, dict[str, Any]]:
        """Fresh per-call state and stamina's arguments (one spare attempt for re-signing)."""
        policy = self._settings.retry
        retries = policy.max_retries if max_retries is None else max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise TimValidationError("max_retries", "must be an int >= 0")
        return CallState(max_attempts=retries + 1), policy.stamina_kwargs(retries + 2)

    def _retryable(self, error: TimError) -> bool:
        """Whether the retry policy would retry ``error`` (decided once more by stamina)."""
        return self._settings.retry.backoff(error) is not False

    def _transport_error(
        self, op: Operation[Any], exc: httpx.HTTPError, state: CallState, attempt: int
    ) -> TimError:
        if isinstance(exc, httpx.ConnectError) and len(self._settings.base_urls) > 1:
            self._host = (self._host + 1) % len(self._settings.base_urls)
        cls = TimTimeoutError if isinstance(exc, httpx.TimeoutException) else TimTransportError
        error = cls(f"{op.name}: {type(exc).__name__}: {redact(str(exc)) or 'no detail'}")
        return _tag(error, op, state, attempt)

    def _parse(
        self,
        op: Operation[ResponseT],
        response: httpx.Response,
        usersig: str,
        state: CallState,
        attempt: int,
    ) -> ResponseT:
        """The parsed response if it succeeded; otherwise raise the mapped error."""
        if response.status_code != 200:
            raise _tag(
                TimHTTPStatusError(
                    f"{op.name}: HTTP {response.status_code} {response.reason_phrase}",
                    status_code=response.status_code,
                    retry_after=_retry_after(response),
                ),
                op,
                state,
                attempt,
            )
        try:
            parsed = op.response_model.model_validate_json(response.content)
        except ValidationError as exc:
            raise _tag(_malformed(op, exc, response.content), op, state, attempt) from None
        if parsed.error_code != 0:
            error = api_error(parsed.error_code, parsed.error_info or "", operation=op.name)
            if isinstance(error, TimSignatureExpiredError):
                error.resignable = not state.resigned and self._settings.usersig.invalidate(usersig)
                if error.resignable:
                    state.resigned = True
                    state.max_attempts += 1
            raise _tag(error, op, state, attempt)
        if parsed.action_status == "FAIL":
            raise _tag(
                TimMalformedResponseError(f"{op.name}: ActionStatus FAIL with ErrorCode 0"),
                op,
                state,
                attempt,
            )
        return parsed

    @staticmethod
    def _attributes(parsed: BaseResponse) -> dict[str, str]:
        attrs = getattr(parsed, "group_attr_ary", None) or []
        return {item.key: item.value for item in attrs}

    @staticmethod
    def _page(parsed: GetPermissionGroupMemberListResponse, cursor: str) -> MemberPage:
        if parsed.next is None:
            error = TimMalformedResponseError(
                "get_permission_group_member_list: successful response without Next"
            )
            error.operation = GET_PERMISSION_GROUP_MEMBER_LIST.name
            raise error
        return MemberPage(
            members=parsed.member_list or [],
            next_cursor=parsed.next,
            total=parsed.member_num,
            cursor=cursor,
        )


def _tag(error: TimError, op: Operation[Any], state: CallState, attempt: int) -> TimError:
    """Record where the error happened, and whether the retry budget is spent."""
    error.operation = op.name
    error.attempts = attempt
    error.final = attempt >= state.max_attempts
    return error


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _malformed(op: Operation[Any], exc: ValidationError, body: bytes) -> TimMalformedResponseError:
    first = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    excerpt = body[:_EXCERPT].decode("utf-8", errors="replace")
    return TimMalformedResponseError(
        f"{op.name}: response is not the documented JSON envelope ({where}: {first['msg']})",
        body_excerpt=excerpt,
    )
