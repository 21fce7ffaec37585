"""The emulator's way to answer with an error code: raise ``ApiFailure``."""

from __future__ import annotations

__all__ = ["ApiFailure"]


class ApiFailure(Exception):
    """Answer ``ActionStatus: FAIL`` with ``code`` and ``info``."""

    def __init__(self, code: int, info: str) -> None:
        super().__init__(info)
        self.code = code
        self.info = info
