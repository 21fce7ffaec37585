"""Keep the UserSig and the secret key out of logs, reprs and messages.

httpx logs every request URL at INFO (``HTTP Request: POST https://...?usersig=...``), and
the UserSig travels in that query string. ``install_log_redaction`` adds a filter to the
httpx and httpcore loggers that masks it; timrest installs it when imported.
"""

from __future__ import annotations

import logging
import re
from typing import Any

__all__ = ["REDACTED", "Secret", "install_log_redaction", "redact", "scrub"]

REDACTED = "***"
_USERSIG = re.compile(r"(?i)(usersig=)[^&\s'\"]*")
_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.http11",
    "httpcore.connection",
    "httpcore.proxy",
    "httpcore.http2",
)


def redact(text: str) -> str:
    """``text`` with every ``usersig=`` query value masked."""
    return _USERSIG.sub(r"\1" + REDACTED, text)


def scrub(value: Any) -> Any:
    """``value`` with every ``usersig=`` masked in every string inside it (dicts, lists and
    tuples are walked): an error tracker's ``before_send`` hook, for instance."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: scrub(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(scrub(item) for item in value)
    return value


class Secret:
    """A string that never shows itself in ``repr``/``str``; ``reveal()`` to use it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> Any:
        raise TypeError("Secret values are not picklable")


class _RedactUserSig(logging.Filter):
    """Rewrites log records so that no ``usersig=`` value survives formatting."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            if any("usersig=" in str(a).lower() for a in args):
                record.msg = redact(record.getMessage())
                record.args = None
        elif isinstance(record.msg, str) and "usersig=" in record.msg.lower():
            record.msg = redact(record.msg)
        return True


_FILTER = _RedactUserSig()


def install_log_redaction() -> None:
    """Attach the redacting filter to the httpx/httpcore loggers (idempotent)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
