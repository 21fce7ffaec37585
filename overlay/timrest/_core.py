"""What the sync and async clients share: settings and the one lifecycle of every call.

``ClientCore._flow`` is the whole life of a call, written once: sign the request with a
fresh ``random``, hand it to the driver to send (``yield``), parse the response once into
the generated model, map a failure to a ``TimError``, and ask the call's ``RetryBudget``
whether and when to try again (re-signing on 70001, moving to the backup domain when the
host cannot be reached). The clients only drive it (``_lifecycle``) and do the I/O.
"""

from __future__ import annotations

import copy
import math
import random
import textwrap
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, Unpack, cast, overload
from urllib.parse import urlencode

import httpx

from ._config import Settings, env_kwargs, make_settings
from ._errors import (
    CallInfo,
    TimAPIError,
    TimError,
    TimHTTPStatusError,
    TimMalformedResponseError,
    TimRateLimitError,
    TimSignatureExpiredError,
    TimTimeoutError,
    TimTransportError,
    TimValidationError,
    api_error,
)
from ._extras import extra_headers
from ._fork import renew_after_fork
from ._invoker import PerCall
from ._lifecycle import Flow, Received, Refused, Send, Sleep
from ._log import get_logger
from ._operation import applied, encode, shape
from ._options import OPTIONS, ClientOptions, OverrideOptions, options_doc
from ._raw import RawResponse, raw_reply, raw_response
from ._redact import REDACTED, install_log_redaction, redact
from ._region import Region
from ._retry import RetryBudget, may_have_been_applied
from ._table import Operation
from ._transfer import ACCEPT_ENCODING

if TYPE_CHECKING:
    from pydantic import ValidationError

    from ._generated.timrest_models import BaseResponse

__all__ = ["ClientCore"]

R = TypeVar("R")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
_EXCERPT = 200
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
logger = get_logger()
_POOL_OPTIONS = frozenset({"max_concurrency"})
_SIGNING = frozenset(
    {"sdkappid", "identifier", "secret_key", "usersig", "usersig_provider", "usersig_ttl"}
)
_LIMITING = frozenset({"sdkappid", "rate_limit", "rate_limit_redis_url", "rate_limit_replicas"})
FAILBACK_AFTER = 60.0
"""Seconds on a backup domain before the client tries the primary again."""


class ClientCore(Generic[HttpT]):
    """Settings and the I/O-free life of every call. ``HttpT`` is the httpx client type;
    subclasses make one and drive ``_flow``."""

    _settings: Settings

    def __init__(self, *, http_client: HttpT | None = None, **options: Unpack[ClientOptions]):
        self._settings = make_settings(options)
        self._options: dict[str, Any] = dict(options)
        self._origin: ClientCore[HttpT] | None = None
        install_log_redaction()
        self._host = 0
        self._failed_over_at = 0.0
        self._queries: dict[tuple[str, str], str] = {}
        self._limit_keys: dict[str, str] = {}
        self._owns_http = http_client is None
        self._http: HttpT = http_client if http_client is not None else self._new_http()
        timeout = self._settings.timeout
        if http_client is not None and options.get("timeout") is None:
            timeout = http_client.timeout
        self._extensions = {"timeout": timeout.as_dict()}
        self._headers = httpx.Headers(self._http.headers)
        self._headers["Content-Type"] = "application/json"
        self._headers["User-Agent"] = "timrest"
        self._headers["Accept-Encoding"] = ACCEPT_ENCODING
        self._in_flight = self._new_in_flight_limit()
        self._inherited_http = False
        renew_after_fork(self._after_fork)

    def _after_fork(self) -> None:
        """In a forked child: new connections (the parent's sockets stay the parent's) and a
        new in-flight limit (the parent's slots were the parent's calls)."""
        if self._origin is not None:  # with_options: the origin renewed first (made first)
            self._http, self._in_flight = self._origin._http, self._origin._in_flight
            self._inherited_http = self._origin._inherited_http
            return
        if self._owns_http:
            self._http = self._new_http()  # the parent's pool is dropped, never closed here
        else:
            self._inherited_http = True
        self._in_flight = self._new_in_flight_limit()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__doc__ and "{options}" in cls.__doc__:
            # Each option line at the placeholder's own indentation (help() dedents them).
            lines = cls.__doc__.splitlines()
            at = next(i for i, line in enumerate(lines) if "{options}" in line)
            margin = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
            lines[at : at + 1] = textwrap.indent(options_doc(), margin).splitlines()
            cls.__doc__ = "\n".join(lines)

    def _new_http(self) -> HttpT:
        raise NotImplementedError

    def _new_in_flight_limit(self) -> Any:
        raise NotImplementedError

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **overrides: Unpack[OverrideOptions]
    ) -> Self:
        """Configure from the ``TIM_*`` environment variables (see ``OPTIONS``); keyword
        arguments win over the environment."""
        given = {name for name, value in overrides.items() if value is not None}
        return cls(**{**env_kwargs(environ, skip=given), **overrides})

    def with_options(self, **changes: Unpack[OverrideOptions]) -> Self:
        """A client with other settings that shares this one's connection pool and requests
        in flight, and its UserSig cache and rate limiter unless a change concerns them.
        Close this client, not the derived one (closing that does nothing).

        ``max_concurrency`` sizes the shared pool and cannot change here."""
        for name in changes:
            if name not in OPTIONS:
                raise TimValidationError(name, "not an option of the client")
            if name in _POOL_OPTIONS:
                raise TimValidationError(
                    name, "sizes the shared connection pool: make a new client for another"
                )
        merged = {**self._options, **changes}
        for one, other in (("region", "base_url"), ("base_url", "region")):
            if changes.get(one) is not None:
                merged.pop(other, None)  # the new one replaces the old, not conflicts
        settings = make_settings(cast(ClientOptions, merged))
        if not _SIGNING & changes.keys():
            settings = replace(settings, usersig=self._settings.usersig)
        if not _LIMITING & changes.keys():
            settings = replace(settings, limiter=self._settings.limiter)
        derived = copy.copy(self)
        derived._settings, derived._options, derived._origin = settings, merged, self
        derived._owns_http = False
        derived._host, derived._failed_over_at = 0, 0.0
        derived._queries, derived._limit_keys = {}, {}
        if "timeout" in changes:
            derived._extensions = {"timeout": settings.timeout.as_dict()}
        renew_after_fork(derived._after_fork)
        return derived

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

    # -- a listing's first body ----------------------------------------------------------

    @staticmethod
    def _iterator_name(op: Operation[Any]) -> str:
        return str(getattr(op.result, "iterate", None) or op.method)

    @staticmethod
    def _cursor_field(op: Operation[Any]) -> str:
        cursor = getattr(op.result, "cursor", None)
        if not isinstance(cursor, str):
            raise TypeError(f"{op.name} is not a cursor listing")
        return cursor

    # -- the life of one call ----------------------------------------------------------

    @overload
    def _flow(
        self,
        op: Operation[R],
        body: Mapping[str, Any],
        call: PerCall,
        raw: Literal[False] = False,
    ) -> Flow[R]: ...

    @overload
    def _flow(
        self,
        op: Operation[R],
        body: Mapping[str, Any],
        call: PerCall,
        raw: Literal[True],
    ) -> Flow[RawResponse[R]]: ...

    def _flow(
        self,
        op: Operation[R],
        body: Mapping[str, Any],
        call: PerCall,
        raw: bool = False,
    ) -> Flow[R] | Flow[RawResponse[R]]:
        """Send ``body`` (retrying as the budget allows); the shaped result (with ``raw``,
        a ``RawResponse`` holding it and the reply)."""
        if self._inherited_http:
            raise TimError(
                "http_client: this client's httpx client was made before os.fork() and may "
                "share its connections with the parent process; make the httpx client and "
                "the timrest client in the child (e.g. gunicorn's post_fork hook)"
            )
        max_retries, timeout = call.max_retries, call.timeout
        method = call.method or op.method
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise TimValidationError("max_retries", "must be an int >= 0")
        headers = self._headers
        if call.extra_headers is not None:
            headers = httpx.Headers({**headers, **extra_headers(call.extra_headers)})
        extensions, deadline = self._extensions, self._settings.deadline
        if timeout is not None:
            extensions, deadline = _timeout_extension(timeout), min(deadline, timeout)
        limiter, key = self._settings.limiter, self._limit_key(op)
        started = time.monotonic()
        budget: RetryBudget | None = None  # made on the first failure: none on the happy path
        content = encode(body)
        attempt = 0
        resent = False  # an earlier attempt may have been applied
        tried: list[str] = []
        while True:
            attempt += 1
            host = self._current_host()
            if self._settings.base_urls[host] not in tried:
                tried.append(self._settings.base_urls[host])
            request, usersig, nonce = self._request(op, content, host, extensions, headers)
            received = None
            try:
                received = yield Send(
                    request,
                    limiter,
                    key,
                    self._settings.rate_limit_timeout,
                    deadline,
                    self._settings.max_response_bytes,
                    op.name,
                    op.rate_limit,
                )
            except httpx.HTTPError as exc:
                error = self._transport_error(op, exc, host)
                error.__cause__ = exc
            except TimError as exc:  # the reply broke a bound (size, encoding)
                error = exc
            else:
                assert isinstance(received, Received)
                found: TimError | None = None
                try:
                    parsed = self._parse(op, received, usersig)
                    value = shape(op, parsed, body, resent, self._clean)
                except TimAPIError as exc:
                    if resent and exc.code in op.applied_codes:
                        value = applied(op, body)  # the earlier attempt took effect
                    else:
                        found = exc
                except TimError as exc:
                    found = exc
                if found is not None:
                    error = found
                else:
                    if not raw:
                        return value
                    info = self._call_info(method, op, host, attempt, nonce, tried)
                    return raw_response(value, received, info, self._masker(usersig))
            resent = resent or may_have_been_applied(error)
            if budget is None:
                budget = self._settings.retry.budget(
                    max_retries,
                    idempotent=op.resend_is_safe(body),
                    started=started,
                    clock=time.monotonic,
                )
            if isinstance(error, TimSignatureExpiredError):
                error.resignable = budget.can_resign and self._settings.usersig.invalidate(usersig)
            error.operation, error.method, error.attempts = op.name, method, attempt
            error.call = self._call_info(method, op, host, attempt, nonce, tried)
            if isinstance(received, Received):
                error.response = raw_reply(received, self._masker(usersig))
            if isinstance(error, TimAPIError):
                error.hint = self._fill(error.hint, host)
            wait = budget.next_wait(error, attempt)
            if isinstance(error, TimRateLimitError) and limiter is not None:
                yield Refused(limiter, key)  # slow every caller of the limiter, not only this one
            if wait is None:
                # Error trackers capture frame locals: leave no UserSig in this frame.
                del request, usersig, received
                raise error
            self._log_retry(op, error, attempt, budget, wait, self._settings.base_urls[host])
            if wait > 0:
                yield Sleep(wait)

    def _call_info(
        self,
        method: str,
        op: Operation[Any],
        host: int,
        attempt: int,
        nonce: str,
        tried: list[str],
    ) -> CallInfo:
        return CallInfo(
            method=method,
            operation=op.name,
            host=self._settings.base_urls[host],
            attempt=attempt,
            random=nonce,
            hosts=tuple(tried),
        )

    def _fill(self, hint: str, host: int) -> str:
        """A hint with the call's ``{sdkappid}``, ``{region}`` and ``{host}`` (the spec's
        hints may name them)."""
        if "{" not in hint:
            return hint
        url = self._settings.base_urls[host]
        domain = url.partition("://")[2].partition("/")[0]
        try:
            region = f"region {Region.parse(domain).name.lower()} ({domain})"
        except TimValidationError:
            region = f"base_url {url}"
        values = {"sdkappid": str(self._settings.sdkappid), "region": region, "host": domain}
        return hint.format_map(_Known(values))

    def _current_host(self) -> int:
        """The host to use: back to the primary once ``FAILBACK_AFTER`` has passed since the
        last failover (it may have recovered; a dead one fails over again at once)."""
        if self._host and time.monotonic() - self._failed_over_at >= FAILBACK_AFTER:
            self._host = 0
            logger.info("back to the primary %s", self._settings.base_urls[0])
        return self._host

    def _clean(self, text: str) -> str:
        """``text`` from the service with any UserSig it reflects masked."""
        return _scrub(text, self._usersig_now())

    def _masker(self, sent: str) -> Callable[[str], str]:
        """Masks the UserSig an attempt sent, and the current one, in a reply's text."""
        return lambda text: _scrub(_scrub(text, sent), self._usersig_now())

    def _usersig_now(self) -> str:
        """The UserSig the source hands out now (for masking what a service reflects)."""
        return self._settings.usersig.current()

    def _limit_key(self, op: Operation[Any]) -> str:
        key = self._limit_keys.get(op.name)
        if key is None:
            key = self._limit_keys[op.name] = f"{self._settings.sdkappid}:{op.name}"
        return key

    def _request(
        self,
        op: Operation[Any],
        content: bytes,
        host: int,
        extensions: dict[str, Any],
        headers: httpx.Headers,
    ) -> tuple[httpx.Request, str, str]:
        """The signed request for one attempt, the UserSig it carries and its ``random``."""
        usersig = self._settings.usersig.current()
        endpoint = op.endpoint
        # The query only changes with the UserSig (and `random`): encode it once per UserSig,
        # and give httpx one absolute URL string, so that it parses the long URL only once.
        key = (endpoint.path, usersig)
        query = self._queries.get(key)
        if query is None:
            if len(self._queries) > 16:
                self._queries.clear()
            known = {
                "sdkappid": self._settings.sdkappid,
                "identifier": self._settings.identifier,
                "usersig": usersig,
            }
            values = {
                p.name: known.get(p.name, p.default) for p in endpoint.query if p.name != "random"
            }
            # The UserSig alphabet (A-Z a-z 0-9 * - _) needs no escaping.
            query = self._queries[key] = urlencode(values, safe="*")
        base = self._settings.base_urls[host]
        nonce = str(random.getrandbits(32))
        url = f"{base}{endpoint.path}?{query}&random={nonce}"
        request = httpx.Request(
            endpoint.method,
            url,
            content=content,
            headers=headers,
            extensions=extensions,
        )
        return request, usersig, nonce

    def _transport_error(self, op: Operation[Any], exc: httpx.HTTPError, host: int) -> TimError:
        urls = self._settings.base_urls
        sent = not isinstance(exc, _NOT_SENT)
        if not sent and len(urls) > 1 and self._host == host:
            # Move away from the host that just failed, never from one that another call
            # already moved to (compare and set).
            self._host = (host + 1) % len(urls)
            self._failed_over_at = time.monotonic()
            logger.info(
                "%s: %s unreachable, failing over to %s", op.name, urls[host], self.base_url
            )
        cls = TimTimeoutError if isinstance(exc, httpx.TimeoutException) else TimTransportError
        detail = redact(str(exc)) or "no detail"
        error = cls(f"{type(exc).__name__} talking to {urls[host]}: {detail}")
        error.request_sent = sent
        return error

    def _parse(self, op: Operation[Any], received: Received, usersig: str) -> BaseResponse:
        """The parsed response if it succeeded; otherwise raise the mapped error (with any
        text the service reflected redacted)."""
        from pydantic import ValidationError  # loaded with the first call

        response, content = received
        if response.status_code != 200:
            raise TimHTTPStatusError(
                f"HTTP {response.status_code} {response.reason_phrase}",
                status_code=response.status_code,
                retry_after=_retry_after(response),
            )
        try:
            # Every response model extends the envelope (generated from the spec's allOf).
            parsed = cast("BaseResponse", op.response_model.model_validate_json(content))
        except ValidationError as exc:
            raise _malformed(op, exc, _scrub(content[:_EXCERPT], usersig)) from None
        finally:
            del usersig, content  # no UserSig (sent or reflected) left in this frame
        if parsed.error_code != 0:
            code, info = parsed.error_code, _scrub(parsed.error_info or "", self._usersig_now())
            del parsed  # its repr holds the text as the service sent it
            raise api_error(code, info, operation=op.name, arguments=op.arguments_in(info))
        if parsed.action_status == "FAIL":
            raise TimMalformedResponseError("ActionStatus FAIL with ErrorCode 0")
        return parsed

    @staticmethod
    def _log_retry(
        op: Operation[Any],
        error: TimError,
        attempt: int,
        budget: RetryBudget,
        wait: float,
        host: str,
    ) -> None:
        code = getattr(error, "code", None)
        logger.info(
            "%s: attempt %d of %d at %s failed (%s%s); %s in %.2f s",
            op.name,
            attempt,
            budget.attempts,
            host,
            type(error).__name__,
            f" {code}" if code is not None else "",
            "re-signing and retrying"
            if isinstance(error, TimSignatureExpiredError)
            else "retrying",
            wait,
        )


class _Known(dict[str, str]):
    """``str.format_map`` values that leave an unknown ``{name}`` as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _timeout_extension(timeout: object) -> dict[str, Any]:
    """httpx's per-request timeout for a call's ``timeout=`` (seconds, finite and > 0)."""
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise TimValidationError("timeout", "must be a finite number of seconds > 0")
    return {"timeout": httpx.Timeout(timeout).as_dict()}


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _scrub(text: str | bytes, usersig: str) -> str:
    """``text`` with any UserSig in it masked (as a query value or on its own)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    return redact(text).replace(usersig, REDACTED) if usersig else redact(text)


def _malformed(op: Operation[Any], exc: ValidationError, excerpt: str) -> TimMalformedResponseError:
    first = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    error = TimMalformedResponseError(
        f"response is not the documented JSON envelope ({where}: {first['msg']})",
        body_excerpt=excerpt,
    )
    error.operation, error.method = op.name, op.method
    return error
