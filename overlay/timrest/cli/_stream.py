"""Streaming a listing page by page to a file or stdout: one page in memory, a progress bar
on a terminal, and a first Ctrl-C that finishes the page being written, then prints the
cursor to resume from. Used by every paged command alike."""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import typer
from pydantic import BaseModel

from ._export import Format, writer
from ._report import explain, fail

__all__ = ["Export", "stream"]


@dataclass(frozen=True, slots=True)
class Export:
    """What to stream and how: the items' model, the format, where to, and what to keep."""

    model: type[BaseModel]
    fmt: Format
    output: Path | None
    resume_from: str
    noun: str = "items"
    fields: list[str] | None = None
    expand: str | None = None
    keys: list[str] | None = None


@contextlib.contextmanager
def _open_output(output: Path | None, append: bool) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    with output.open("a" if append else "w", encoding="utf-8", newline="") as handle:
        yield handle


@contextlib.contextmanager
def _progress(enabled: bool, noun: str) -> Iterator[Callable[[int, int | None], None]]:
    """A progress bar on stderr (only on a terminal); yields ``update(done, total)``, whose
    ``console`` attribute is the bar's console (None without a bar)."""
    if not enabled:

        def nothing(done: int, total: int | None) -> None:
            return None

        nothing.console = None  # type: ignore[attr-defined]
        yield nothing
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        # Output to the same terminal goes through the bar's console, above the bar, so the
        # two never share a line; output to a file or pipe is left alone.
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    ) as progress:
        task = progress.add_task(noun, total=None)

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        update.console = progress.console  # type: ignore[attr-defined]
        yield update


@contextlib.contextmanager
def _stop_between_pages() -> Iterator[Callable[[], bool]]:
    """First Ctrl-C: finish the page being written, then stop (``stopping()`` turns True).
    A second Ctrl-C interrupts at once."""
    requested: list[bool] = []

    def on_sigint(signum: int, frame: object) -> None:
        if requested:
            raise KeyboardInterrupt
        requested.append(True)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield lambda: bool(requested)
    finally:
        signal.signal(signal.SIGINT, previous)


def _resume_hint(what: str, count: int, cursor: str, noun: str) -> str:
    return (
        f"{what} after {count} {noun} written; resume with: --resume-from '{cursor}'"
        if cursor
        else f"{what} after {count} {noun} written; resume by starting again"
    )


def stream(pages: Any, export: Export) -> None:
    """Write every page of ``pages`` (a ``PageIterator``) as ``export`` says; exit codes and
    the resume cursor as the command documents (1 on an error, 130 when interrupted)."""
    from timrest import TimError

    noun = export.noun
    appending = bool(export.resume_from) and export.output is not None and export.output.exists()
    started, count, cursor = time.monotonic(), 0, export.resume_from
    try:
        with (
            _progress(sys.stderr.isatty(), noun) as tick,
            _open_output(export.output, appending) as out,  # after the bar: it may wrap stdout
            _stop_between_pages() as stopping,
        ):
            same_terminal = out is sys.stdout and sys.stdout.isatty()
            sink = writer(
                export.fmt,
                out,
                export.model,
                console=tick.console if same_terminal else None,  # type: ignore[attr-defined]
                header=not appending,
                fields=export.fields,
                expand=export.expand,
                keys=export.keys,
            )
            for page in pages.pages():
                sink.write(page.items)
                count += len(page.items)
                cursor = page.next_cursor
                tick(count, page.total)
                if stopping() and cursor:
                    raise KeyboardInterrupt
    except KeyboardInterrupt:
        raise fail(_resume_hint("interrupted", count, cursor, noun), 130) from None
    except BrokenPipeError:
        from ._report import closed_pipe_ok

        with closed_pipe_ok():
            raise
    except TimError as error:
        typer.echo(_resume_hint("stopped", count, cursor, noun), err=True)
        raise explain(error) from None
    except Exception:
        typer.echo(_resume_hint("stopped", count, cursor, noun), err=True)
        raise
    elapsed = time.monotonic() - started
    total = f" of {pages.total}" if pages.total is not None else ""
    where = f" to {export.output}" if export.output else ""
    plural = "page" if pages.pages_fetched == 1 else "pages"
    typer.echo(
        f"exported {count}{total} {noun} in {pages.pages_fetched} {plural}{where} "
        f"({elapsed:.1f} s)",
        err=True,
    )
