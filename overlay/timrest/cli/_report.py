"""How the command reports: errors with their meaning and hint, JSON errors, exit codes,
and a reader that stops early (``| head``)."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from timrest import TimError

__all__ = ["closed_pipe_ok", "errors", "explain", "explain_json", "fail"]


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


def explain(error: TimError) -> typer.Exit:
    from timrest import TimAPIError, TimValidationError

    if isinstance(error, TimValidationError):
        return fail(f"error: {error}", 2)
    if isinstance(error, TimAPIError):
        lines = [
            f"error {error.code} ({error.category or 'unknown'}): {error.meaning}",
            f"  the service said: {error.info or '(nothing)'}",
            f"  what to do: {error.hint}",
        ]
        return fail("\n".join(lines), 1)
    return fail(f"error: {type(error).__name__}: {error}", 1)


def explain_json(error: TimError) -> typer.Exit:
    from timrest import TimAPIError, TimValidationError

    detail: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    if isinstance(error, TimAPIError):
        detail.update(
            code=error.code,
            category=error.category,
            meaning=error.meaning,
            info=error.info,
            hint=error.hint,
        )
    code = 2 if isinstance(error, TimValidationError) else 1
    return fail(json.dumps({"error": detail}, ensure_ascii=False), code)


@contextlib.contextmanager
def errors(as_json: bool = False) -> Iterator[None]:
    from timrest import TimError

    try:
        yield
    except TimError as error:
        raise (explain_json(error) if as_json else explain(error)) from None


@contextlib.contextmanager
def closed_pipe_ok() -> Iterator[None]:
    """A reader that stops early (``| head``) ends the command quietly, with exit 0."""
    try:
        yield
    except BrokenPipeError:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush goes nowhere
        raise typer.Exit(0) from None
