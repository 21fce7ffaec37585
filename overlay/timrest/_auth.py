"""Where the admin UserSig comes from, and when it is renewed.

A ``UserSigSource`` hands out the UserSig to put on the next request. The secret-key source
signs once, caches the result, and signs anew well before it expires (thread-safe; nothing
awaits inside the lock, so it is task-safe too). On 70001 the client calls ``invalidate``
with the UserSig the service rejected; the source answers whether a fresh one can be had.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from ._fork import renew_after_fork
from ._redact import Secret
from .usersig import UserSigError, decode_usersig, generate_usersig

__all__ = ["ProvidedUserSig", "SecretKeySigner", "StaticUserSig", "UserSigSource"]

Clock = Callable[[], float]


class UserSigSource(Protocol):
    """Supplies the admin UserSig for each request."""

    def current(self) -> str:
        """The UserSig to use now."""
        ...

    def invalidate(self, rejected: str) -> bool:
        """The service rejected ``rejected`` as expired; True if a new one can be had."""
        ...


class _Cached:
    """A cached UserSig with its renewal time, refreshed by ``_fetch`` under a lock."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._sig: str | None = None
        self._renew_at = 0.0
        renew_after_fork(self._after_fork)

    def _after_fork(self) -> None:
        self._lock = threading.Lock()  # another thread may have held it at the fork

    def _fetch(self, now: float) -> tuple[str, float]:
        raise NotImplementedError

    def current(self) -> str:
        sig = self._sig
        if sig is not None and self._clock() < self._renew_at:
            return sig
        with self._lock:
            now = self._clock()
            if self._sig is None or now >= self._renew_at:
                self._sig, self._renew_at = self._fetch(now)
            return self._sig

    def invalidate(self, rejected: str) -> bool:
        with self._lock:
            if self._sig == rejected:
                self._sig = None
        return True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(renew_at={self._renew_at:.0f})"


class SecretKeySigner(_Cached):
    """Signs admin UserSigs with the app's secret key; renews at ``renew_fraction`` of life."""

    def __init__(
        self,
        sdkappid: int,
        identifier: str,
        secret_key: Secret,
        *,
        ttl: int = 86400,
        renew_fraction: float = 0.5,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(clock)
        self._sdkappid = sdkappid
        self._identifier = identifier
        self._secret_key = secret_key
        self._ttl = ttl
        self._renew_after = max(1.0, ttl * renew_fraction)

    def _fetch(self, now: float) -> tuple[str, float]:
        issued = int(now)
        sig = generate_usersig(
            self._sdkappid, self._identifier, self._secret_key.reveal(), self._ttl, now=issued
        )
        return sig, issued + self._renew_after


class ProvidedUserSig(_Cached):
    """Asks a callable for UserSigs; reuses each for half its remaining life, and at least
    ``margin`` seconds short of its expiry (an undecodable one until the service rejects it)."""

    def __init__(
        self, provider: Callable[[], str], *, margin: float = 300.0, clock: Clock = time.time
    ) -> None:
        super().__init__(clock)
        self._provider = provider
        self._margin = margin

    def _fetch(self, now: float) -> tuple[str, float]:
        sig = self._provider()
        try:
            decoded = decode_usersig(sig)
        except UserSigError:
            return sig, float("inf")  # opaque to us: reuse until the service rejects it
        lifetime_left = decoded.expires_at - now
        return sig, now + max(0.0, min(lifetime_left - self._margin, lifetime_left / 2))


class StaticUserSig:
    """A fixed UserSig given by the caller; it cannot be renewed."""

    def __init__(self, usersig: Secret) -> None:
        self._usersig = usersig

    def current(self) -> str:
        return self._usersig.reveal()

    def invalidate(self, rejected: str) -> bool:
        return False

    def __repr__(self) -> str:
        return "StaticUserSig()"
