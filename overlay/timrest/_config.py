"""Client settings: checked once, before any request, from arguments or the environment."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._auth import ProvidedUserSig, SecretKeySigner, StaticUserSig, UserSigSource
from ._errors import TimValidationError
from ._options import OPTIONS, REQUIRED
from ._ratelimit import LocalRateLimiter, RateLimiter, with_rate
from ._redact import Secret
from ._region import Region
from ._retry import RetryPolicy
from ._validation import check_id, check_sdkappid

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "Settings",
    "env_kwargs",
    "make_settings",
]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
"""Read timeout above the service's own 3 s timeout, as Tencent asks."""
DEFAULT_DEADLINE = 10.0
"""Wall-clock seconds per attempt when no timeout says otherwise."""
DEFAULT_RATE_LIMIT: int = OPTIONS["rate_limit"].default
"""Calls per second per SDKAppID and API, as documented. (Requests in flight default to 16
per client: more connections do not buy throughput from one process, as httpcore's pool
schedules in O(requests x connections), and 16 in flight exceed 200 calls/s at 50 ms.)"""


@dataclass(frozen=True, slots=True)
class Settings:
    sdkappid: int
    identifier: str
    usersig: UserSigSource
    base_urls: tuple[str, ...]
    timeout: httpx.Timeout
    deadline: float
    max_response_bytes: int
    retry: RetryPolicy
    limiter: RateLimiter | None
    rate_limit_timeout: float
    max_concurrency: int

    @property
    def limits(self) -> httpx.Limits:
        """Connection pool sized to the in-flight cap."""
        return httpx.Limits(
            max_connections=self.max_concurrency, max_keepalive_connections=self.max_concurrency
        )


def _base_urls(
    region: Region | str | None, base_url: str | Sequence[str] | None
) -> tuple[str, ...]:
    if base_url is not None and region is not None:
        raise TimValidationError(
            "base_url", "pass region= or base_url=, not both (they name different servers)"
        )
    if base_url is not None:
        urls = [base_url] if isinstance(base_url, str) else list(base_url)
        if not urls:
            raise TimValidationError("base_url", "must not be empty")
        for url in urls:
            if not isinstance(url, str) or not url.startswith(("https://", "http://")):
                raise TimValidationError("base_url", f"must be an http(s) URL, got {url!r}")
        return tuple(u.rstrip("/") for u in urls)
    if region is None:
        raise TimValidationError(
            "region", "pass region= (e.g. 'singapore': the app's data centre) or base_url="
        )
    return Region.parse(region).base_urls


def _usersig_source(
    sdkappid: int,
    identifier: str,
    secret_key: str | None,
    usersig: str | None,
    usersig_provider: Callable[[], str] | None,
    usersig_ttl: int,
) -> UserSigSource:
    given = [
        n
        for n, v in (
            ("secret_key", secret_key),
            ("usersig", usersig),
            ("usersig_provider", usersig_provider),
        )
        if v is not None
    ]
    if not given:
        raise TimValidationError(
            "secret_key", "missing: pass secret_key=, usersig= or usersig_provider="
        )
    if len(given) > 1:
        raise TimValidationError(
            given[1],
            f"pass only one of secret_key, usersig, usersig_provider (got {', '.join(given)})",
        )
    if secret_key is not None:
        if not isinstance(secret_key, str) or not secret_key.strip():
            raise TimValidationError("secret_key", "must be a non-empty string")
        if isinstance(usersig_ttl, bool) or not isinstance(usersig_ttl, int) or usersig_ttl < 60:
            raise TimValidationError("usersig_ttl", "must be an int of at least 60 seconds")
        return SecretKeySigner(sdkappid, identifier, Secret(secret_key), ttl=usersig_ttl)
    if usersig is not None:
        if not isinstance(usersig, str) or not usersig.strip():
            raise TimValidationError("usersig", "must be a non-empty string")
        return StaticUserSig(Secret(usersig))
    if not callable(usersig_provider):
        raise TimValidationError("usersig_provider", "must be a callable returning a UserSig")
    return ProvidedUserSig(usersig_provider)


def _limiter(
    rate_limit: int | RateLimiter | None, redis_url: str | None, replicas: int
) -> RateLimiter | None:
    if redis_url is not None:
        from ._redislimit import check_url

        problem = check_url(redis_url) if isinstance(redis_url, str) else "must be a str"
        if problem is not None:
            raise TimValidationError("rate_limit_redis_url", problem)
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1:
            raise TimValidationError("rate_limit_replicas", "must be an int >= 1")
        try:
            import redis  # noqa: F401  (redis-py backs the limits storage)
        except ImportError:
            raise TimValidationError(
                "rate_limit_redis_url",
                "a fleet-wide limit needs the redis extra: pip install 'timrest[redis]'",
            ) from None
        rate = (
            rate_limit
            if isinstance(rate_limit, int) and not isinstance(rate_limit, bool)
            else (DEFAULT_RATE_LIMIT)
        )
        from ._redislimit import RedisRateLimiter

        return RedisRateLimiter.shared(redis_url, rate, replicas=replicas)
    if rate_limit is None:
        return None
    if isinstance(rate_limit, RateLimiter):
        return with_rate(rate_limit)
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int) or rate_limit < 1:
        raise TimValidationError(
            "rate_limit", "must be calls per second (int >= 1), a RateLimiter, or None"
        )
    return LocalRateLimiter.shared(rate_limit)


def make_settings(options: Mapping[str, Any]) -> Settings:
    """Checked settings from ``ClientOptions`` (absent options take their defaults)."""
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise TimValidationError(unknown[0], f"unknown option (options: {', '.join(OPTIONS)})")
    get = {name: options.get(name, opt.default) for name, opt in OPTIONS.items()}.__getitem__
    for name, opt in OPTIONS.items():
        if opt.default is REQUIRED and name not in options:
            raise TimValidationError(name, "missing: this option is required")
    app = check_sdkappid(get("sdkappid"))
    admin = check_id("identifier", get("identifier"), what="an app admin UserID")
    policy = get("retry") or RetryPolicy()
    if not isinstance(policy, RetryPolicy):
        raise TimValidationError("retry", "must be a RetryPolicy")
    max_retries = get("max_retries")
    if max_retries is not None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise TimValidationError("max_retries", "must be an int >= 0")
        policy = RetryPolicy(**{**_fields(policy), "max_retries": max_retries})
    timeout = get("timeout")
    if timeout is None:
        timeout = DEFAULT_TIMEOUT
    if isinstance(timeout, int | float) and not isinstance(timeout, bool):
        if not math.isfinite(timeout) or timeout <= 0:
            raise TimValidationError("timeout", "must be a finite number of seconds > 0")
        timeout = httpx.Timeout(timeout)
    if not isinstance(timeout, httpx.Timeout):
        raise TimValidationError("timeout", "must be seconds or an httpx.Timeout")
    deadline = get("deadline")
    if deadline is None:
        deadline = max(
            (t for t in timeout.as_dict().values() if t is not None), default=DEFAULT_DEADLINE
        )
    if isinstance(deadline, bool) or not isinstance(deadline, int | float):
        raise TimValidationError("deadline", "must be a finite number of seconds > 0")
    if not (math.isfinite(deadline) and deadline > 0):
        raise TimValidationError("deadline", "must be a finite number of seconds > 0")
    max_bytes = get("max_response_bytes")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1024:
        raise TimValidationError("max_response_bytes", "must be an int >= 1024")
    max_concurrency = get("max_concurrency")
    if (
        isinstance(max_concurrency, bool)
        or not isinstance(max_concurrency, int)
        or (max_concurrency < 1)
    ):
        raise TimValidationError("max_concurrency", "must be an int >= 1")
    wait = get("rate_limit_timeout")
    if isinstance(wait, bool) or not isinstance(wait, int | float) or not 0 <= wait < math.inf:
        raise TimValidationError("rate_limit_timeout", "must be a finite number of seconds >= 0")
    return Settings(
        sdkappid=app,
        identifier=admin,
        usersig=_usersig_source(
            app,
            admin,
            get("secret_key"),
            get("usersig"),
            get("usersig_provider"),
            get("usersig_ttl"),
        ),
        base_urls=_base_urls(get("region"), get("base_url")),
        timeout=timeout,
        deadline=float(deadline),
        max_response_bytes=max_bytes,
        retry=policy,
        limiter=_limiter(
            get("rate_limit"), get("rate_limit_redis_url"), get("rate_limit_replicas")
        ),
        rate_limit_timeout=float(wait),
        max_concurrency=max_concurrency,
    )


def _fields(policy: RetryPolicy) -> dict[str, Any]:
    return {name: getattr(policy, name) for name in policy.__dataclass_fields__}


def env_kwargs(
    environ: Mapping[str, str] | None = None, *, skip: frozenset[str] | set[str] = frozenset()
) -> dict[str, Any]:
    """Client keyword arguments from the ``TIM_*`` variables of ``OPTIONS`` (unset or empty
    ones are skipped, and so are the options in ``skip``: given otherwise)."""
    env = os.environ if environ is None else environ
    kwargs: dict[str, Any] = {}
    for name, opt in OPTIONS.items():
        if name in skip:
            continue
        text = env.get(opt.env) if opt.env else None
        if not text:
            if opt.default is REQUIRED:
                raise TimValidationError(name, f"missing: set {opt.env}")
            continue
        try:
            kwargs[name] = opt.parse(text) if opt.parse is not None else text
        except ValueError as exc:
            raise TimValidationError(name, f"{opt.env}: {exc}") from None
    return kwargs
