"""timrest's loggers. A library logs and the application decides where to: the ``timrest``
logger has a ``NullHandler``, so nothing reaches stderr unless the application asks."""

from __future__ import annotations

import logging

__all__ = ["get_logger"]

logging.getLogger("timrest").addHandler(logging.NullHandler())


def get_logger(name: str = "timrest") -> logging.Logger:
    """``logging.getLogger(name)`` (``timrest`` or one of its children)."""
    return logging.getLogger(name)
