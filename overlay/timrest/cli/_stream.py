"""Streaming a listing page by page to a file or stdout: one page in memory, a progress bar
on a terminal, and a first Ctrl-C that finishes the page being written, then prints the
cursor to resume from. Used by every paged command alike."""

from __future__ import annotations

import contextlib
import os
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
    force: bool = False
    """Overwrite an existing ``output`` (without it, and without ``resume_from``, an
    existing file with data in it is a usage error: nothing is overwritten silently)."""


class _Unopenable(Exception):
    def __init__(self, reason: str) -> None:
        self.reason = reason


class _Unwritable(Exception):
    def __init__(self, reason: str, size: int | None) -> None:
        self.reason, self.size = reason, size


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


@contextlib.contextmanager
def _open_output(output: Path | None, append: bool) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    try:
        handle = output.open("a" if append else "w", encoding="utf-8", newline="")
    except OSError as error:
        raise _Unopenable(_reason(error)) from None
    try:
        yield handle
    finally:
        with contextlib.suppress(OSError):  # a failed write was reported already
            handle.close()


def _write_page(sink: Any, out: IO[str], items: Any) -> None:
    """Write one page and flush it; ``_Unwritable`` (with the file's size before the page,
    for a regular file) if it cannot be written whole."""
    import stat

    size: int | None = None
    with contextlib.suppress(OSError, ValueError):
        status = os.fstat(out.fileno())
        size = status.st_size if stat.S_ISREG(status.st_mode) else None
    try:
        sink.write(items)
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _Unwritable(_reason(error), size) from None


def _silence_stdout() -> None:
    """After stdout failed, the interpreter's last flush would fail again: send it nowhere."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


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


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
"""Ctrl-C, and what ``docker stop`` and Kubernetes send."""


class _Stop:
    """The first SIGINT or SIGTERM: finish the page being written, then stop. A second one
    interrupts at once."""

    def __init__(self) -> None:
        self.signum = 0

    def __call__(self, signum: int, frame: object) -> None:
        if self.signum:
            raise KeyboardInterrupt
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """The shell's code for the signal that stopped the export (130 for Ctrl-C)."""
        return 128 + (self.signum or signal.SIGINT)


@contextlib.contextmanager
def _stop_between_pages() -> Iterator[_Stop]:
    stop = _Stop()
    previous = {signum: signal.signal(signum, stop) for signum in STOP_SIGNALS}
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _resume_hint(what: str, count: int, cursor: str, noun: str) -> str:
    return (
        f"{what} after {count} {noun} written; resume with: --resume-from '{cursor}'"
        if cursor
        else f"{what} after {count} {noun} written; resume by starting again"
    )


def stream(pages: Any, export: Export) -> None:
    """Write every page of ``pages`` (a ``PageIterator``) as ``export`` says; exit codes and
    the resume cursor as the command documents (1 on an error, 130 when interrupted, 143
    when terminated, 2 when the output cannot be opened: nothing was sent then).

    Each page is flushed before the next is fetched; a page that cannot be written whole
    (a full disk) is cut back out of a file, and the cursor printed is the one that fetches
    it again: nothing is lost or repeated on resume."""
    from timrest import TimError, TimValidationError

    noun = export.noun
    appending = bool(export.resume_from) and export.output is not None and export.output.exists()
    if not export.resume_from and not export.force and _holds_data(export.output):
        raise fail(
            f"error: --output {export.output} exists: pass --force to overwrite it, or "
            "--resume-from CURSOR to append to it",
            2,
        )
    before = _records(export.output, export.fmt) if appending else None
    started, count, cursor = time.monotonic(), 0, export.resume_from
    stop = _Stop()
    out_is_file = export.output is not None
    try:
        with (
            # The bar only on a terminal's stderr, and never beside output piped elsewhere
            # (`| head` shows both on one terminal): with --output, or stdout on the terminal.
            _progress(sys.stderr.isatty() and (out_is_file or sys.stdout.isatty()), noun) as tick,
            _open_output(export.output, appending) as out,  # after the bar: it may wrap stdout
            _stop_between_pages() as stop,
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
                _write_page(sink, out, page.items)
                count += len(page.items)
                cursor = page.next_cursor
                tick(count, page.total)
                if stop.signum and cursor:
                    raise KeyboardInterrupt
    except KeyboardInterrupt:
        what = "terminated" if stop.signum == signal.SIGTERM else "interrupted"
        raise fail(_resume_hint(what, count, cursor, noun), stop.exit_code) from None
    except _Unopenable as error:
        raise fail(f"cannot write to --output {export.output}: {error.reason}", 2) from None
    except BrokenPipeError:
        from ._report import closed_pipe_ok

        with closed_pipe_ok():
            raise
    except _Unwritable as error:
        where = export.output or "stdout"
        if export.output is None:
            _silence_stdout()
        elif error.size is not None:  # the file is closed: cut the partial page back out
            with contextlib.suppress(OSError):
                os.truncate(export.output, error.size)
        raise fail(
            f"cannot write to {where}: {error.reason}; "
            + _resume_hint("stopped", count, cursor, noun),
            1,
        ) from None
    except TimError as error:
        if not isinstance(error, TimValidationError):  # a usage error: nothing was sent
            typer.echo(_resume_hint("stopped", count, cursor, noun), err=True)
        raise explain(error) from None
    except Exception:
        typer.echo(_resume_hint("stopped", count, cursor, noun), err=True)
        raise
    elapsed = time.monotonic() - started
    total = f" of {pages.total}" if pages.total is not None else ""
    where = f" to {export.output}" if export.output else ""
    plural = "page" if pages.pages_fetched == 1 else "pages"
    done = f"{count}{total} {noun}"
    if export.resume_from:  # this run's, and what the earlier run wrote
        earlier = f"; {before + count}{total} in the file" if before is not None else ""
        done = f"{count} more {noun} (resumed{earlier})"
    typer.echo(
        f"exported {done} in {pages.pages_fetched} {plural}{where} ({elapsed:.1f} s)",
        err=True,
    )


def _holds_data(output: Path | None) -> bool:
    """A regular file with something in it (devices and pipes are written as they are)."""
    import stat

    if output is None:
        return False
    try:
        status = output.stat()
    except OSError:
        return False
    return stat.S_ISREG(status.st_mode) and status.st_size > 0


def _records(output: Path | None, fmt: Format) -> int | None:
    """How many items an earlier export left in ``output`` (None for a table)."""
    if output is None or fmt == "table":
        return None
    import csv

    try:
        with output.open(encoding="utf-8", newline="") as handle:
            if fmt == "jsonl":
                return sum(1 for line in handle if line.strip())
            return max(0, sum(1 for _ in csv.reader(handle)) - 1)  # less the header
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
