"""Every client option, defined once.

``ClientOptions`` is the typed keyword set of ``Client``/``AsyncClient`` (PEP 692). Each
field carries an ``Opt``: its help text, default, environment variable and how text (from
the environment or a command-line flag) becomes a value. ``Client.from_env``, the
``timrest`` command's connection flags and the client's docstring all read ``OPTIONS``.
This module imports nothing heavy (the heavy types are forward references), so the command
can read it before it parses its flags.
"""

# No `from __future__ import annotations`: the metadata must be objects at run time.

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Annotated, Any, Required, TypedDict, get_args, get_origin

if TYPE_CHECKING:
    import httpx

    from ._ratelimit import RateLimiter
    from ._region import Region
    from ._retry import RetryPolicy

__all__ = ["OPTIONS", "REQUIRED", "ClientOptions", "Opt", "OverrideOptions", "options_doc"]


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()
"""The default of an option that has none."""


def _urls(text: str) -> list[str]:
    return [url.strip() for url in text.split(",") if url.strip()]


def _int(text: str) -> int:
    if not (text.strip().isascii() and text.strip().isdigit()):
        raise ValueError(f"must be a whole number, got {text[:20]!r}")
    return int(text)


@dataclass(frozen=True, slots=True)
class Opt:
    """One client option: everything but its Python type."""

    help: str
    default: Any = None
    env: str | None = None
    """The ``TIM_*`` variable that ``from_env`` and the command read it from."""
    parse: Callable[[str], Any] | None = str
    """How text from the environment or a flag becomes the value (None: not from text)."""
    flag: bool = True
    """Whether the ``timrest`` command offers it as ``--name``."""
    name: str = ""


_SDKAPPID = Annotated["int | str", Opt("The app's SDKAppID.", REQUIRED, "TIM_SDKAPPID", _int)]
_IDENTIFIER = Annotated[str, Opt("An app admin's UserID.", REQUIRED, "TIM_IDENTIFIER")]


class _Identity(TypedDict):
    sdkappid: _SDKAPPID
    identifier: _IDENTIFIER


class _Settings(TypedDict, total=False):
    secret_key: Annotated[
        "str | None",
        Opt(
            "The app's secret key; the client signs and renews the UserSig.",
            env="TIM_SECRET_KEY",
            flag=False,
        ),
    ]
    usersig: Annotated[
        "str | None",
        Opt("A ready UserSig of the admin (never renewed).", env="TIM_USERSIG", flag=False),
    ]
    usersig_provider: Annotated[
        "Callable[[], str] | None",
        Opt("A callable that returns a fresh UserSig.", parse=None, flag=False),
    ]
    region: Annotated[
        "Region | str | None",
        Opt("The app's data centre, e.g. singapore or sgp.", env="TIM_REGION"),
    ]
    base_url: Annotated[
        "str | Sequence[str] | None",
        Opt(
            "Base URL(s) instead of a region; later ones are backups.",
            env="TIM_BASE_URL",
            parse=_urls,
        ),
    ]
    timeout: Annotated[
        "float | httpx.Timeout | None",
        Opt("Seconds per request (default: 10 s read, 5 s connect).", parse=float),
    ]
    deadline: Annotated[
        "float | None",
        Opt(
            "Wall-clock seconds per attempt, connect to last byte (default: the longest "
            "timeout, 10 s); a call's timeout= lowers it.",
            parse=float,
        ),
    ]
    max_response_bytes: Annotated[
        int,
        Opt(
            "The largest reply accepted, in decoded bytes (compressed replies too).",
            8 * 1024 * 1024,
            parse=_int,
            flag=False,
        ),
    ]
    max_retries: Annotated[
        "int | None", Opt("Retries after the first attempt (default 3; also per call).", parse=_int)
    ]
    retry: Annotated[
        "RetryPolicy | None",
        Opt("A RetryPolicy: backoff and retry budget.", parse=None, flag=False),
    ]
    rate_limit: Annotated[
        "int | RateLimiter | None",
        Opt(
            "A ceiling in calls/s per SDKAppID and API in this process: each operation is "
            "paced at its documented rate (the spec's x-tim-rate-limit), or at this if lower; "
            "a RateLimiter; or None (no pacing).",
            200,
            parse=_int,
            flag=False,
        ),
    ]
    rate_limit_timeout: Annotated[
        float, Opt("Seconds a call may wait for the rate limiter.", 30.0, parse=float, flag=False)
    ]
    usersig_ttl: Annotated[
        int,
        Opt("Lifetime of signed UserSigs, renewed at half life.", 86400, parse=_int, flag=False),
    ]
    max_concurrency: Annotated[
        int, Opt("Requests in flight per client.", 16, parse=_int, flag=False)
    ]
    rate_limit_redis_url: Annotated[
        "str | None",
        Opt(
            "Share the rate limit with a fleet through Redis (timrest[redis]).",
            env="TIM_RATE_LIMIT_REDIS_URL",
            flag=False,
        ),
    ]
    rate_limit_replicas: Annotated[
        int,
        Opt(
            "How many replicas share the Redis limit.",
            1,
            "TIM_RATE_LIMIT_REPLICAS",
            _int,
            flag=False,
        ),
    ]


class ClientOptions(_Identity, _Settings):
    """The keyword arguments of ``Client`` and ``AsyncClient``."""


class OverrideOptions(_Settings, total=False):
    """``ClientOptions`` with none required: what ``Client.from_env`` and
    ``Client.with_options`` take beside the environment or the client's own."""

    sdkappid: _SDKAPPID
    identifier: _IDENTIFIER


def _metadata(hint: Any) -> Opt:
    while get_origin(hint) is Required:
        hint = get_args(hint)[0]
    for item in getattr(hint, "__metadata__", ()):
        if isinstance(item, Opt):
            return item
    raise TypeError(f"an option without Opt metadata: {hint!r}")


OPTIONS: dict[str, Opt] = {
    name: replace(_metadata(hint), name=name)
    for name, hint in ClientOptions.__annotations__.items()
}
"""Every option by name, in declaration order."""


def options_doc() -> str:
    """One line per option, for docstrings and the README."""
    lines = []
    for opt in OPTIONS.values():
        default = "required" if opt.default is REQUIRED else f"default {opt.default!r}"
        env = f", ${opt.env}" if opt.env else ""
        lines.append(f"- ``{opt.name}`` ({default}{env}): {opt.help}")
    return "\n".join(lines)
