"""The options every export takes (a paged operation's command and the member export),
defined once. Light: the command reads them before it parses its flags."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["FORCE", "FORMAT", "FORMATS", "OUTPUT"]

FORMATS: tuple[str, ...] = ("table", "jsonl", "csv")
"""The export formats."""


def _formats(incomplete: str) -> list[str]:
    return [f for f in FORMATS if f.startswith(incomplete)]


# The options every export takes (a paged operation's command and the member export).
FORMAT = Annotated[
    str,
    typer.Option("--format", help="table, jsonl or csv.", autocompletion=_formats),
]
OUTPUT = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write here instead of stdout (an existing file: --force or --resume-from).",
    ),
]
FORCE = Annotated[
    bool, typer.Option("--force", help="Overwrite an existing --output file.", show_default=False)
]
