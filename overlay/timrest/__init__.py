"""timrest: a spec-first SDK for the Tencent Cloud Chat (IM) server REST API.

with timrest.Client(sdkappid=1400000000, identifier="administrator",
                    secret_key=..., region="singapore") as client:
    client.get_group_attributes("@TGS#aC5SZEAEF")
    for member in client.iter_permission_group_members("@TGS#_g", "@PMG#_p"):
        ...
"""

from typing import TYPE_CHECKING, Any

from ._generated.timrest_client import flags as _flags
from ._generated.timrest_client.flags import *  # noqa: F403 - the spec's bitmasks (x-tim-flags)

if TYPE_CHECKING:
    from . import usersig
    from ._async_client import AsyncClient
    from ._auth import UserSigSource
    from ._batch import Batch
    from ._client import Client
    from ._codes import CODES, CodeInfo
    from ._errors import (
        CallInfo,
        RawReply,
        TimAPIError,
        TimAuthenticationError,
        TimBatchError,
        TimError,
        TimHTTPStatusError,
        TimInvalidRequestError,
        TimMalformedResponseError,
        TimNotFoundError,
        TimPaginationError,
        TimPermissionError,
        TimRateLimitError,
        TimRateLimiterUnavailableError,
        TimRateLimitTimeoutError,
        TimResponseTooLargeError,
        TimServerError,
        TimSignatureExpiredError,
        TimTimeoutError,
        TimTransportError,
        TimValidationError,
    )
    from ._generated.timrest_client.operations import MEMBER_INFO_FIELD as MEMBER_FIELDS
    from ._generated.timrest_models import (
        AppMemberDefinedDataItem,
        GroupAttr,
        PermissionGroupMember,
    )
    from ._options import ClientOptions, OverrideOptions
    from ._pagination import (
        FINISHED,
        AsyncMemberIterator,
        AsyncPageIterator,
        MemberIterator,
        MemberPage,
        Page,
        PageIterator,
    )
    from ._ratelimit import LocalRateLimiter, RateLimiter
    from ._raw import RawResponse
    from ._redact import install_log_redaction, redact, scrub
    from ._redislimit import RedisRateLimiter
    from ._region import Region
    from ._retry import RetryPolicy
    from ._transport import (
        AsyncDeadlineTransport,
        DeadlineTransport,
        async_proxy_mounts,
        proxy_mounts,
    )

# Every name loads on first use (PEP 562), so that `import timrest` and `timrest --help`
# stay fast (cold start is a figure of `nox -s bench`); `from timrest import Client` works
# as usual and imports only what a client needs.
_ERRORS = (
    "CallInfo", "RawReply", "TimAPIError", "TimAuthenticationError", "TimBatchError", "TimError",
    "TimHTTPStatusError", "TimInvalidRequestError", "TimMalformedResponseError",
    "TimNotFoundError", "TimPaginationError", "TimPermissionError", "TimRateLimitError",
    "TimRateLimiterUnavailableError", "TimRateLimitTimeoutError", "TimResponseTooLargeError",
    "TimServerError", "TimSignatureExpiredError", "TimTimeoutError", "TimTransportError",
    "TimValidationError",
)  # fmt: skip
_LAZY: dict[str, str | tuple[str, str]] = {
    **dict.fromkeys(_ERRORS, "._errors"),
    "usersig": ("timrest.usersig", ""),
    "UserSigSource": "._auth",
    "Batch": "._batch",
    "CODES": "._codes",
    "CodeInfo": "._codes",
    "install_log_redaction": "._redact",
    "redact": "._redact",
    "scrub": "._redact",
    "Region": "._region",
    "RetryPolicy": "._retry",
    "RawResponse": "._raw",
    "AppMemberDefinedDataItem": "._generated.timrest_models",
    "GroupAttr": "._generated.timrest_models",
    "PermissionGroupMember": "._generated.timrest_models",
    "AsyncClient": "._async_client",
    "Client": "._client",
    "AsyncMemberIterator": "._pagination",
    "AsyncPageIterator": "._pagination",
    "MemberIterator": "._pagination",
    "MemberPage": "._pagination",
    "Page": "._pagination",
    "FINISHED": "._pagination",
    "PageIterator": "._pagination",
    "ClientOptions": "._options",
    "OverrideOptions": "._options",
    "LocalRateLimiter": "._ratelimit",
    "RateLimiter": "._ratelimit",
    "RedisRateLimiter": "._redislimit",
    "DeadlineTransport": "._transport",
    "AsyncDeadlineTransport": "._transport",
    "proxy_mounts": "._transport",
    "async_proxy_mounts": "._transport",
    # The member fields a listing's filter accepts: the spec's MemberInfoField enum.
    "MEMBER_FIELDS": ("._generated.timrest_client.operations", "MEMBER_INFO_FIELD"),
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'timrest' has no attribute {name!r}")
    import importlib

    module, attribute = where if isinstance(where, tuple) else (where, name)
    loaded = importlib.import_module(module, __name__)
    value = getattr(loaded, attribute) if attribute else loaded
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__version__ = "0.1.0"

__all__ = [
    "CODES",
    "FINISHED",
    "MEMBER_FIELDS",
    "AppMemberDefinedDataItem",
    "AsyncClient",
    "AsyncDeadlineTransport",
    "AsyncMemberIterator",
    "AsyncPageIterator",
    "Batch",
    "CallInfo",
    "Client",
    "ClientOptions",
    "CodeInfo",
    "DeadlineTransport",
    "GroupAttr",
    "LocalRateLimiter",
    "MemberIterator",
    "MemberPage",
    "OverrideOptions",
    "Page",
    "PageIterator",
    "PermissionGroupMember",
    "RateLimiter",
    "RawReply",
    "RawResponse",
    "RedisRateLimiter",
    "Region",
    "RetryPolicy",
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
    "UserSigSource",
    "__version__",
    "async_proxy_mounts",
    "install_log_redaction",
    "proxy_mounts",
    "redact",
    "scrub",
    "usersig",
]
__all__ += _flags.__all__  # the IntFlag of each bitmask of the spec
