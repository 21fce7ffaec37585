"""Connection settings for the command, read from the one definition of the client options.

``connection_options`` adds a ``--flag`` for every option of ``timrest._options.OPTIONS``
marked ``flag`` (and ``--secret-key``/``--secret-key-file``) to a command, and hands the
command one ``dict`` of what was given. ``client_kwargs`` turns it into client arguments:
a flag beats its ``TIM_*`` variable, and a ``--region`` or ``--base-url`` flag beats both
variables (they name the same thing). The secret key comes from ``--secret-key-file`` or
``TIM_SECRET_KEY``; ``--secret-key`` works but warns: it lands in shell history and process
listings.
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar, get_type_hints

import typer

from timrest._errors import short
from timrest._options import OPTIONS

__all__ = [
    "HISTORY_WARNING",
    "client_kwargs",
    "connection_options",
    "make_client",
    "read_secret",
]

F = TypeVar("F", bound=Callable[..., Any])
HISTORY_WARNING = (
    "warning: --secret-key puts the secret in your shell history and the process list; "
    "prefer TIM_SECRET_KEY or --secret-key-file"
)
_SECRETS: dict[str, Any] = {
    "secret_key": Annotated[
        str | None,
        typer.Option("--secret-key", help="Secret key (warns: shell history) [TIM_SECRET_KEY]"),
    ],
    "secret_key_file": Annotated[
        Path | None,
        typer.Option(
            "--secret-key-file", help="File holding the secret key", exists=True, dir_okay=False
        ),
    ],
    "usersig_file": Annotated[
        Path | None,
        typer.Option(
            "--usersig-file",
            help="File holding a ready UserSig (instead of a key) [TIM_USERSIG]",
            exists=True,
            dir_okay=False,
        ),
    ],
}
_SAME_SERVER = {"region": "base_url", "base_url": "region"}


def _regions(incomplete: str) -> list[str]:
    from timrest._region import Region

    names = [region.name.lower() for region in Region]
    return [name for name in names if name.startswith(incomplete.lower())]


_COMPLETIONS: dict[str, Callable[[str], list[str]]] = {"region": _regions}
"""Options whose values are enumerated: the shell completes them."""


def _flag(name: str) -> Any:
    opt = OPTIONS[name]
    env = f" [{opt.env}]" if opt.env else ""
    flag = f"--{name.replace('_', '-')}"
    complete = _COMPLETIONS.get(name)
    return Annotated[str | None, typer.Option(flag, help=opt.help + env, autocompletion=complete)]


def connection_options(*names: str) -> Callable[[F], F]:
    """Add the connection flags (all flag options, or ``names``) to a command; the command
    takes them as one ``connection: dict`` argument."""
    chosen = names or tuple(name for name, opt in OPTIONS.items() if opt.flag)
    flags = {name: _flag(name) for name in chosen}
    if not names or "secret_key" in names:
        flags = {**flags, **_SECRETS}

    def decorate(command: F) -> F:
        signature = inspect.signature(command)
        hints = get_type_hints(command, include_extras=True)
        own = [
            p.replace(annotation=hints.get(p.name, p.annotation))
            for p in signature.parameters.values()
            if p.name != "connection"
        ]
        wants_ctx = "ctx" in signature.parameters
        if not wants_ctx:
            kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
            own.insert(0, inspect.Parameter("ctx", kind, annotation=typer.Context))
        added = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=hint)
            for name, hint in flags.items()
        ]

        @functools.wraps(command)
        def wrapper(**kwargs: Any) -> Any:
            ctx: typer.Context = kwargs["ctx"] if wants_ctx else kwargs.pop("ctx")
            given = {name: kwargs.pop(name) for name in flags}
            # Flags given before the command, overridden by the command's own.
            earlier = ctx.find_root().obj if ctx.parent is not None else None
            connection = {**(earlier or {}), **{k: v for k, v in given.items() if v is not None}}
            return command(**kwargs, connection=connection)

        wrapper.__signature__ = signature.replace(parameters=[*own, *added])  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in [*own, *added]}
        return wrapper  # type: ignore[return-value]

    return decorate


def read_secret(secret_key: str | None, secret_key_file: Path | None) -> str | None:
    """The secret key from the file, the flag (with a warning) or TIM_SECRET_KEY."""
    if secret_key_file is not None:
        return secret_key_file.read_text(encoding="utf-8").strip()
    if secret_key is not None:
        print(HISTORY_WARNING, file=sys.stderr)  # noqa: T201
        return secret_key
    return os.environ.get("TIM_SECRET_KEY") or None


def option_value(name: str, connection: dict[str, Any]) -> Any:
    """One option from its flag, else its variable (parsed), else None."""
    opt = OPTIONS[name]
    text = connection.get(name)
    source = f"--{name.replace('_', '-')}"
    if text is None and opt.env:
        text, source = os.environ.get(opt.env) or None, opt.env
    if text is None or opt.parse is None:
        return text
    try:
        return opt.parse(text)
    except ValueError as exc:
        from timrest import TimValidationError

        detail = str(exc) if opt.parse is not float else f"not a number: {short(text)}"
        raise TimValidationError(name, f"{source}: {detail}") from None


def client_kwargs(connection: dict[str, Any]) -> dict[str, Any]:
    """Client keyword arguments from the flags, then the ``TIM_*`` variables."""
    from timrest import TimValidationError

    kwargs: dict[str, Any] = {}
    for name, opt in OPTIONS.items():
        if not opt.flag:
            continue
        other = _SAME_SERVER.get(name)
        if other and connection.get(other) is not None and connection.get(name) is None:
            continue  # the flag for the same thing wins over this variable
        value = option_value(name, connection)
        if value is not None:
            kwargs[name] = value
    if "base_url" in kwargs and "region" in kwargs and connection.get("region") is None:
        del kwargs["region"]  # both variables set: the explicit URL wins
    usersig_file = connection.get("usersig_file")
    flagged = connection.get("secret_key") is not None or connection.get("secret_key_file")
    secret = read_secret(connection.get("secret_key"), connection.get("secret_key_file"))
    if usersig_file is not None:
        kwargs["usersig"] = Path(usersig_file).read_text(encoding="utf-8").strip()
        if flagged:
            kwargs["secret_key"] = secret  # both flags: the client says which one to drop
    elif secret is not None:
        kwargs["secret_key"] = secret
    elif os.environ.get("TIM_USERSIG"):
        kwargs["usersig"] = os.environ["TIM_USERSIG"]
    else:
        raise TimValidationError(
            "secret_key", "missing: set TIM_SECRET_KEY (or TIM_USERSIG) or pass --secret-key-file"
        )
    for name in ("sdkappid", "identifier"):
        if name not in kwargs:
            raise TimValidationError(name, f"missing: pass --{name} or set {OPTIONS[name].env}")
    return kwargs


def make_client(connection: dict[str, Any]) -> Any:
    """A ``timrest.Client`` from the command's connection settings."""
    from timrest import Client

    return Client(**client_kwargs(connection))
