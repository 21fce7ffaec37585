"""The ``timrest`` command (``pip install 'timrest[cli]'``).

Exit codes: 0 success; 1 API, network or malformed-response error, or a failed write; 2
usage error (bad argument or configuration, an unopenable output, or the ``cli`` extra
missing); 130 interrupted, 143 terminated (the resume cursor is printed).
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["app", "main"]

INSTALL_HINT = "the timrest command needs its extra: pip install 'timrest[cli]'"


def main() -> None:
    """The command's entry point; explains a missing ``cli`` extra instead of a traceback."""
    try:
        from ._app import main as run
    except ImportError as exc:
        if getattr(exc, "name", None) in {"typer", "rich", "click"}:
            print(f"error: {INSTALL_HINT} ({exc.name} is not installed)", file=sys.stderr)  # noqa: T201
            raise SystemExit(2) from None
        raise
    run()


def __getattr__(name: str) -> Any:
    if name == "app":
        from ._app import app

        return app
    raise AttributeError(name)
