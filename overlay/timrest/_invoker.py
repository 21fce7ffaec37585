"""What the generated client methods call: ``Client`` and ``AsyncClient`` implement these.

A leaf, like ``_table``: the generated layer imports it (relatively) and nothing of the
runtime, so the runtime can import the generated layer without a cycle.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._pagination import AsyncPageIterator, Page, PageIterator
    from ._table import Operation

__all__ = ["AsyncInvoker", "SyncInvoker"]

R = TypeVar("R")
ItemT = TypeVar("ItemT", bound="BaseModel")


class SyncInvoker(ABC):
    """What the generated sync methods call; ``Client`` implements it."""

    @abstractmethod
    def _invoke(
        self,
        op: Operation[R],
        args: Mapping[str, object],
        max_retries: int | None,
        per_try: float | None,
    ) -> R:
        """Check, send (with retries) and shape one call; ``args`` by wire name."""

    @abstractmethod
    def _iterate(
        self,
        op: Operation[Page[ItemT]],
        args: Mapping[str, object],
        max_retries: int | None,
        per_try: float | None,
    ) -> PageIterator[ItemT]:
        """Every item across pages, from the ``cursor`` argument on."""


class AsyncInvoker(ABC):
    """What the generated async methods call; ``AsyncClient`` implements it."""

    @abstractmethod
    async def _invoke(
        self,
        op: Operation[R],
        args: Mapping[str, object],
        max_retries: int | None,
        per_try: float | None,
    ) -> R:
        """Check, send (with retries) and shape one call; ``args`` by wire name."""

    @abstractmethod
    def _iterate(
        self,
        op: Operation[Page[ItemT]],
        args: Mapping[str, object],
        max_retries: int | None,
        per_try: float | None,
    ) -> AsyncPageIterator[ItemT]:
        """Every item across pages (``async for``), from the ``cursor`` argument on."""
