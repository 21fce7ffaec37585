"""The errors timrest raises. Every one derives from ``TimError``::

    TimError
    ├── TimValidationError        bad argument or configuration; raised before any request
    ├── TimRateLimitTimeoutError  the client-side rate limiter did not admit the call in time
    ├── TimRateLimiterUnavailableError  the shared (Redis) limiter is down, policy "fail"
    ├── TimTransportError         no usable HTTP response (connection failed, reset, dropped)
    │   └── TimTimeoutError       the request timed out
    ├── TimHTTPStatusError        an HTTP status other than 200 (e.g. 502 from a gateway)
    ├── TimMalformedResponseError HTTP 200 but not the documented envelope (bad JSON, fields)
    │   └── TimPaginationError    the server repeated a cursor: the listing would loop
    ├── TimBatchError             items of a batch call failed (Batch.raise_for_failures)
    └── TimAPIError               the service answered ActionStatus FAIL / ErrorCode != 0
        ├── TimAuthenticationError      UserSig, identifier or SDKAppID problems (60004, 700xx)
        │   └── TimSignatureExpiredError  70001; the client re-signs once and retries
        ├── TimPermissionError          not an admin, wrong group type, app disabled (10007, 60010)
        ├── TimRateLimitError           frequency limits (60007, 60011, 60018, 60019, 10006)
        ├── TimInvalidRequestError      bad parameters or IDs (10004, 10015, 110008, 600xx)
        ├── TimNotFoundError            group or permission group missing (10010, 110006)
        └── TimServerError              transient server faults (10002, 60008, 70500)

Unknown error codes raise the base ``TimAPIError``. Messages, reprs and attributes never
contain the secret key or the UserSig.

An error raised by a call names the Python method and the operation
(``get_group_attributes (get_group_attr): ...``) and carries the call's identity
(``call``: method, operation, host, attempt, the ``random`` sent, every host tried) and, when
the service answered, the reply (``response``: status, headers, a bounded excerpt).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ._codes import Category, describe

__all__ = [
    "CallInfo",
    "RawReply",
    "TimAPIError",
    "TimAuthenticationError",
    "TimBatchError",
    "TimError",
    "TimHTTPStatusError",
    "TimInvalidRequestError",
    "TimMalformedResponseError",
    "TimNotFoundError",
    "TimPaginationError",
    "TimPermissionError",
    "TimRateLimitError",
    "TimRateLimitTimeoutError",
    "TimRateLimiterUnavailableError",
    "TimResponseTooLargeError",
    "TimServerError",
    "TimSignatureExpiredError",
    "TimTimeoutError",
    "TimTransportError",
    "TimValidationError",
    "api_error",
    "short",
]

_ECHO = 40


def short(value: object) -> str:
    """``repr(value)``, cut to a short prefix: messages never echo a long or hostile value."""
    text = repr(value)
    return text if len(text) <= _ECHO else f"{text[:_ECHO]}...({len(text)} chars)"


@dataclass(frozen=True, slots=True)
class CallInfo:
    """Who a failed call was, for logs and a support ticket (nothing secret in it)."""

    method: str
    """The Python method called (``get_group_attributes``)."""
    operation: str
    """The operation on the wire (``get_group_attr``)."""
    host: str
    """The base URL of the last attempt."""
    attempt: int
    """How many attempts were made."""
    random: str
    """The ``random`` query value of the last attempt: Tencent's request identity."""
    hosts: tuple[str, ...] = ()
    """Every base URL tried, in order."""


@dataclass(frozen=True, slots=True)
class RawReply:
    """The service's reply to the last attempt, as received (the UserSig masked)."""

    status_code: int
    headers: Mapping[str, str] = field(repr=False)
    excerpt: str = ""
    """The first bytes of the body (at most ``EXCERPT`` characters)."""


EXCERPT = 500
"""The most characters of a reply's body an error keeps."""


class TimError(Exception):
    """Base class of every timrest error."""

    operation: str | None = None
    """The operation (e.g. ``get_group_attr``) during which it happened, if any."""

    method: str | None = None
    """The Python method called (e.g. ``get_group_attributes``), if any."""

    attempts: int = 1
    """How many attempts were made before this error was raised."""

    final: bool = True
    """False while the call still has retries left (used by the retry policy)."""

    call: CallInfo | None = None
    """The call's identity, for a call that reached the sending stage."""

    response: RawReply | None = None
    """The reply of the last attempt, when the service (or a gateway) answered."""

    @property
    def request_id(self) -> str | None:
        """The ``random`` sent with the last attempt (quote it to Tencent's support)."""
        return self.call.random if self.call is not None else None

    def _detail(self) -> str:
        return super().__str__()

    def __str__(self) -> str:
        text = self._detail()
        if self.method and self.operation and self.method != self.operation:
            return f"{self.method} ({self.operation}): {text}"
        where = self.method or self.operation
        return f"{where}: {text}" if where else text


class TimValidationError(TimError, ValueError):
    """An argument or setting is invalid; nothing was sent."""

    wire: str | None = None
    """The argument's name on the wire, when it is a request field (``GroupId``)."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(field, rule)
        self.field = field
        """The argument or setting at fault, by its Python name."""
        self.rule = rule
        """The rule it broke."""

    def _detail(self) -> str:
        wire = f" ({self.wire} on the wire)" if self.wire and self.wire != self.field else ""
        return f"{self.field}: {self.rule}{wire}"


class TimRateLimitTimeoutError(TimError):
    """The client-side rate limiter did not admit the call before its deadline."""


class TimRateLimiterUnavailableError(TimError):
    """The shared rate limiter's store (Redis) is unreachable and the policy is to fail."""


class TimTransportError(TimError):
    """The request got no usable HTTP response (connect, read or protocol failure)."""

    request_sent: bool = True
    """False when the request certainly never reached the service (the connection could not
    be made): then it is safe to send again even for an operation that is not idempotent."""

    def _detail(self) -> str:
        text = super()._detail()
        hosts = self.call.hosts if self.call is not None else ()
        if len(hosts) > 1:
            text += f" (after {self.attempts} attempts; tried {', '.join(hosts)})"
        return text


class TimTimeoutError(TimTransportError):
    """The request timed out (connect, read, write or pool)."""


class TimHTTPStatusError(TimError):
    """An HTTP status other than 200; the API itself always answers 200."""

    def __init__(self, message: str, *, status_code: int, retry_after: float | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.retry_after = retry_after
        """Seconds from a ``Retry-After`` header, when the gateway sent one."""


class TimMalformedResponseError(TimError):
    """HTTP 200, but the body is not the documented JSON envelope."""

    def __init__(self, message: str, *, body_excerpt: str = "") -> None:
        super().__init__(message)
        self.body_excerpt = body_excerpt
        """The first bytes of the body, for diagnosis."""


class TimResponseTooLargeError(TimMalformedResponseError):
    """The reply is larger than ``max_response_bytes`` (decoded); reading stopped there."""

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit
        """The cap, in decoded bytes."""


class TimPaginationError(TimMalformedResponseError):
    """The server returned a cursor already seen in this listing; following it would loop."""

    def __init__(self, message: str, *, cursor: str) -> None:
        super().__init__(message)
        self.cursor = cursor
        """The cursor to resume from (the last one that produced a page)."""


class TimAPIError(TimError):
    """The service answered with a non-zero ``ErrorCode``."""

    category: Category | None = None

    def __init__(
        self,
        code: int,
        info: str,
        *,
        operation: str | None = None,
        action_status: str = "FAIL",
        arguments: Mapping[str, str] | None = None,
    ) -> None:
        self.code = code
        """The ``ErrorCode``."""
        self.info = info
        """The ``ErrorInfo`` text from the service."""
        self.operation = operation
        self.action_status = action_status
        known = describe(code, operation)
        self.meaning = known.meaning if known else "Unknown error code."
        """The documented meaning of the code."""
        self.hint = known.hint if known else "see Tencent's error code list"
        """What to do about it (the call's SDKAppID and region filled in, where it says)."""
        self.arguments: dict[str, str] = dict(arguments or {})
        """The request fields ``info`` names, each with the Python argument that set it
        (``{"Next": "cursor"}``): the service speaks in wire names."""
        super().__init__(code, info)

    def _detail(self) -> str:
        named = "".join(f"{wire} is the argument {name}; " for wire, name in self.arguments.items())
        return f"error {self.code}: {self.info or self.meaning} ({named}{self.hint})"

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_api_error,
            (type(self), self.code, self.info, self.operation),
            self.__dict__,
        )


class TimBatchError(TimError):
    """Some items of a batch call failed (raised by ``Batch.raise_for_failures``); the call
    itself succeeded, and the other items were done."""

    def __init__(
        self, operation: str, failed: dict[str, TimAPIError], missing: tuple[str, ...] = ()
    ) -> None:
        self.operation = operation
        self.failed = failed
        """Each failed item and its error (code, meaning, hint)."""
        self.missing = missing
        """Items asked for that the reply did not mention."""
        parts = [f"{short(key)}: {error.code} ({error.meaning})" for key, error in failed.items()]
        parts += [f"{short(key)}: not in the reply" for key in missing]
        shown = "; ".join(parts[:5]) + (f"; and {len(parts) - 5} more" if len(parts) > 5 else "")
        count = "1 item" if len(parts) == 1 else f"{len(parts)} items"
        super().__init__(f"{count} failed: {shown}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.operation, self.failed, self.missing), self.__dict__)


def _rebuild_api_error(
    cls: type[TimAPIError], code: int, info: str, operation: str | None
) -> TimAPIError:
    return cls(code, info, operation=operation)


class TimAuthenticationError(TimAPIError):
    """The UserSig, identifier or SDKAppID was rejected."""

    category = "authentication"


class TimSignatureExpiredError(TimAuthenticationError):
    """70001: the UserSig expired."""

    resignable: bool = False
    """True when the client can sign anew and retry (it holds the secret key or a provider)."""


class TimPermissionError(TimAPIError):
    """The caller may not do this (not an app admin, wrong group type, app disabled)."""

    category = "permission"


class TimRateLimitError(TimAPIError):
    """A frequency limit was hit; retried with a longer backoff."""

    category = "rate_limit"


class TimInvalidRequestError(TimAPIError):
    """The request was rejected as invalid (parameters, IDs, URL, body)."""

    category = "invalid_request"


class TimNotFoundError(TimAPIError):
    """The group or permission group does not exist."""

    category = "not_found"


class TimServerError(TimAPIError):
    """A transient server-side fault; retried."""

    category = "server"


_BY_CATEGORY: dict[Category, type[TimAPIError]] = {
    "authentication": TimAuthenticationError,
    "permission": TimPermissionError,
    "rate_limit": TimRateLimitError,
    "invalid_request": TimInvalidRequestError,
    "not_found": TimNotFoundError,
    "server": TimServerError,
}


def api_error(
    code: int,
    info: str,
    *,
    operation: str | None = None,
    arguments: Mapping[str, str] | None = None,
) -> TimAPIError:
    """The ``TimAPIError`` subclass for ``code`` as ``operation`` documents it (the base
    class if unknown); ``arguments``: the request fields ``info`` names, with their Python
    arguments."""
    known = describe(code, operation)
    if known is None:
        return TimAPIError(code, info, operation=operation, arguments=arguments)
    cls = TimSignatureExpiredError if known.signature_expired else _BY_CATEGORY[known.category]
    return cls(code, info, operation=operation, arguments=arguments)


def _public() -> None:
    """Tracebacks and reprs name the public path (``timrest.TimNotFoundError``), not this
    module; pickle finds the classes there too."""
    for name in __all__:
        value = globals()[name]
        if isinstance(value, type):
            value.__module__ = "timrest"


_public()
