"""Renewing what a forked child must not share with its parent.

A ``Client`` that made a call before ``os.fork()`` (gunicorn ``--preload`` with a warm-up, a
``multiprocessing`` worker) holds keep-alive sockets that the child would share with the
parent: each would read the other's replies. Locks held by another thread at the fork stay
held in the child forever. Objects register a method here; in the child, each live one is
called once, right after the fork (``os.register_at_fork``), before the child runs anything.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable

__all__ = ["renew_after_fork"]

_lock = threading.Lock()
_renewals: list[weakref.WeakMethod[Callable[[], None]]] = []


def renew_after_fork(method: Callable[[], None]) -> None:
    """Call the bound ``method`` in the child after every fork, while its object lives."""
    with _lock:
        _renewals[:] = [ref for ref in _renewals if ref() is not None]
        _renewals.append(weakref.WeakMethod(method))


def _in_child() -> None:
    global _lock
    _lock = threading.Lock()  # another thread may have held it at the fork
    for ref in list(_renewals):
        method = ref()
        if method is not None:
            method()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_in_child)
