"""timrest: a spec-first SDK for the Tencent Cloud Chat (IM) server REST API.

with timrest.Client(sdkappid=1400000000, identifier="administrator",
                    secret_key=..., region="singapore") as client:
    client.get_group_attributes("@TGS#aC5SZEAEF")
    for member in client.iter_permission_group_members("@TGS#_g", "@PMG#_p"):
        ...
"""

from timrest_models import (
    AppMemberDefinedDataItem,
    GroupAttr,
    PermissionGroupMember,
)

from . import usersig
from ._auth import UserSigSource
from ._client import AsyncClient, Client
from ._codes import CODES, CodeInfo
from ._errors import (
    TimAPIError,
    TimAuthenticationError,
    TimError,
    TimHTTPStatusError,
    TimInvalidRequestError,
    TimMalformedResponseError,
    TimNotFoundError,
    TimPaginationError,
    TimPermissionError,
    TimRateLimitError,
    TimRateLimitTimeoutError,
    TimServerError,
    TimSignatureExpiredError,
    TimTimeoutError,
    TimTransportError,
    TimValidationError,
)
from ._pagination import AsyncMemberIterator, MemberIterator, MemberPage
from ._ratelimit import LocalRateLimiter, RateLimiter
from ._redact import install_log_redaction
from ._region import Region
from ._retry import RetryPolicy
from ._validation import MEMBER_FIELDS

__version__ = "0.1.0"

__all__ = [
    "CODES",
    "MEMBER_FIELDS",
    "AppMemberDefinedDataItem",
    "AsyncClient",
    "AsyncMemberIterator",
    "Client",
    "CodeInfo",
    "GroupAttr",
    "LocalRateLimiter",
    "MemberIterator",
    "MemberPage",
    "PermissionGroupMember",
    "RateLimiter",
    "Region",
    "RetryPolicy",
    "TimAPIError",
    "TimAuthenticationError",
    "TimError",
    "TimHTTPStatusError",
    "TimInvalidRequestError",
    "TimMalformedResponseError",
    "TimNotFoundError",
    "TimPaginationError",
    "TimPermissionError",
    "TimRateLimitError",
    "TimRateLimitTimeoutError",
    "TimServerError",
    "TimSignatureExpiredError",
    "TimTimeoutError",
    "TimTransportError",
    "TimValidationError",
    "UserSigSource",
    "__version__",
    "usersig",
]

install_log_redaction()
