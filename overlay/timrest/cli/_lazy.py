"""The root command group, whose operation commands are built when one is used.

typer builds a click command by inspecting its function's signature (``get_type_hints`` on
every ``Annotated`` parameter): for the table's operations that took most of a cold
``timrest --help``, which shows none of them but their one-line summaries. Here each
operation's command is built the first time it is run, completed or asked for its help; the
root's help lists the others from the table.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import typer
from typer.core import TyperGroup

__all__ = ["LazyGroup", "lazy_group"]

Build = Callable[[], Any]
"""Makes one command (a click command built by typer)."""
Prepare = Callable[[Any, "typer.Context | None"], Any]
"""Finishes a command as it is built, given the context it is looked up in."""


class LazyGroup(TyperGroup):
    """A ``TyperGroup`` with commands made on first use (``lazy``: name -> how to build it,
    given the context it is looked up in, and its one-line help), listed before the group's
    other commands, in the table's order."""

    lazy: ClassVar[Mapping[str, tuple[Callable[[Any], Any], str]]] = {}

    def list_commands(self, ctx: Any) -> list[str]:
        return [*self.lazy, *(name for name in super().list_commands(ctx) if name not in self.lazy)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            build, _ = self.lazy[cmd_name]
            self.add_command(build(ctx), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows: list[tuple[str, Any]] = []
        for name in self.list_commands(ctx):
            if name in self.lazy and name not in self.commands and self.lazy[name][1]:
                rows.append((name, inspect.cleandoc(self.lazy[name][1]).strip()))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command))
        if not rows:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in rows)
        shown = [(n, c if isinstance(c, str) else c.get_short_help_str(limit)) for n, c in rows]
        with formatter.section("Commands"):
            formatter.write_dl(shown)


def lazy_group(commands: Mapping[str, tuple[Build, str]], prepare: Prepare) -> type[LazyGroup]:
    """A ``LazyGroup`` class over ``commands`` (for ``typer.Typer(cls=...)``); ``prepare``
    finishes each command as it is built."""

    def built(build: Build, ctx: typer.Context | None) -> Any:
        return prepare(build(), ctx)

    lazy = {
        name: (functools.partial(built, build), short) for name, (build, short) in commands.items()
    }
    return type("RootGroup", (LazyGroup,), {"lazy": lazy})
