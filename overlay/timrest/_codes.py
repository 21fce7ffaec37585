"""What each documented ErrorCode means, how it is retried, and what to do about it.

The data is the spec's: the root ``x-tim-error-codes`` (codes common to every operation)
and each operation's ``x-tim-error-codes``, generated into ``timrest_client.codes``. An
operation's own entry wins over the common one (10007 means different things to different
operations). Unknown codes map to the base ``TimAPIError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal, cast

from ._generated.timrest_client.codes import COMMON_ERROR_CODES, OPERATION_ERROR_CODES

__all__ = ["CODES", "Category", "CodeInfo", "Retry", "codes_for", "describe"]

Category = Literal[
    "authentication", "permission", "rate_limit", "invalid_request", "not_found", "server"
]
Retry = Literal["never", "transient", "backoff", "re-sign"]


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One documented error code."""

    code: int
    category: Category
    retry: Retry
    """``never``, ``transient`` (retried with backoff), ``backoff`` (a frequency limit:
    retried after a longer wait) or ``re-sign`` (70001: sign anew, retry once)."""
    meaning: str
    hint: str
    """What to do about it."""

    @property
    def signature_expired(self) -> bool:
        return self.retry == "re-sign"


def _info(row: tuple[int, str, str, str, str]) -> CodeInfo:
    code, category, retry, meaning, hint = row
    return CodeInfo(code, cast(Category, category), cast(Retry, retry), meaning, hint)


_COMMON = {row[0]: _info(row) for row in COMMON_ERROR_CODES}

CODES: dict[int, CodeInfo] = dict(_COMMON)
"""Every documented error code: the common ones and, for codes several operations share,
the first operation's meaning."""
for _rows in OPERATION_ERROR_CODES.values():
    for _row in _rows:
        CODES.setdefault(_row[0], _info(_row))


@cache
def codes_for(operation: str) -> dict[int, CodeInfo]:
    """The codes ``operation`` documents, with the common ones."""
    own = {row[0]: _info(row) for row in OPERATION_ERROR_CODES.get(operation, ())}
    return {**_COMMON, **own}


def describe(code: int, operation: str | None = None) -> CodeInfo | None:
    """The documented meaning of ``code`` (for ``operation`` when given), or None."""
    if operation is not None:
        return codes_for(operation).get(code)
    return CODES.get(code)
