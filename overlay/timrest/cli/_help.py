"""Help without type noise: a flag shows its name alone and an option its value's name
(``--timeout TIMEOUT``), never the Python type typer would print (``<bool>``, ``<str>``)."""

from __future__ import annotations

from typing import Any

import typer

__all__ = ["quiet_types", "unknown_command"]


def quiet_types(command: Any, parent: typer.Context | None = None) -> Any:
    """``command`` (the click command typer built) and every subcommand built so far, with a
    metavar on each option that has none: empty for a flag, the option's name for a value.
    ``parent``: the context it runs under (a command built later, on first use)."""
    stack: list[tuple[Any, typer.Context | None]] = [(command, parent)]
    while stack:
        current, parent = stack.pop()
        # The command's context as a run makes it (help names like -h are inherited).
        ctx = typer.Context(current, parent=parent, **(current.context_settings or {}))
        params = list(current.params)
        help_option = current.get_help_option(ctx)
        if help_option is not None:
            params.append(help_option)
        for param in params:
            if param.param_type_name != "option" or param.metavar is not None:
                continue
            name = max(param.opts, key=len).lstrip("-") if param.opts else param.name or "value"
            param.metavar = "" if param.is_flag else name.upper().replace("-", "_")
        stack.extend((sub, ctx) for sub in getattr(current, "commands", {}).values())
    return command


def unknown_command(command: Any, argv: list[str]) -> str | None:
    """The usage error for a subcommand ``argv`` names that does not exist, naming the ones
    that do (typer says only "No such command"); None when every name is known."""
    import difflib

    current, index, path = command, 0, ["timrest"]
    # Contexts as a run makes them: a command built on first use inherits their settings (-h).
    ctx = typer.Context(current, **(current.context_settings or {}))
    while index < len(argv) and hasattr(current, "commands"):
        word = argv[index]
        if word == "--" or word in ("--show-completion", "--install-completion"):
            return None
        if word.startswith("-"):
            name = word.partition("=")[0]
            option = next((p for p in current.params if name in p.opts), None)
            takes_value = option is not None and not option.is_flag and "=" not in word
            index += 2 if takes_value else 1
            continue
        names = current.list_commands(ctx)
        if word not in names:
            known = sorted(n for n in names if not current.get_command(ctx, n).hidden)
            near = difflib.get_close_matches(word, known, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            return (
                f"error: {' '.join(path)}: no command {word!r}{hint} (commands: {', '.join(known)})"
            )
        current, index = current.get_command(ctx, word), index + 1
        ctx = typer.Context(current, parent=ctx, **(current.context_settings or {}))
        path.append(word)
    return None
