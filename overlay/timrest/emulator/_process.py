"""Run the emulator in a child process: a server with its own GIL, as in production."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

__all__ = ["emulator_process"]


@contextmanager
def emulator_process(
    *,
    seed: str | Path | None = None,
    rate_limit: int | Literal["spec"] | None = "spec",
    demo_members: int = 3000,
    faults: Sequence[str] = (),
    unknown_fields: bool = False,
    priority: int = 0,
) -> Iterator[str]:
    """``with emulator_process(rate_limit=None) as url:`` a running emulator's base URL.

    ``rate_limit``: ``"spec"`` (each operation's documented rate), calls per second for every
    operation, or None (unlimited).

    ``faults`` take the command line's form (``"error:2:10002"``). ``priority`` lowers the
    child's niceness by that much where the system allows it (root): the emulator stands for
    Tencent's servers, which a busy neighbour of the client does not slow down, and it counts
    calls per second when it handles them. The process is stopped, and its pipe closed, on
    exit.
    """
    args = [
        sys.executable,
        "-m",
        "timrest.emulator",
        "--port",
        "0",
        *(() if rate_limit == "spec" else ("--rate-limit", str(rate_limit or 0))),
        "--demo-members",
        str(demo_members),
    ]
    if seed is not None:
        args += ["--seed", str(seed)]
    for fault in faults:
        args += ["--fault", fault]
    if unknown_fields:
        args.append("--unknown-fields")
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)  # noqa: S603 - our own module
    if priority:
        # Where it is not allowed (not root), the emulator shares the CPU like any process.
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, proc.pid, -priority)
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the emulator exited with {proc.wait()} before serving")
        yield line.split()[-1]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()
