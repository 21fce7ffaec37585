"""What the generated client methods call: ``Client`` and ``AsyncClient`` implement these.

A leaf, like ``_table``: the generated layer imports it (relatively) and nothing of the
runtime, so the runtime can import the generated layer without a cycle.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._pagination import AsyncPageIterator, Page, PageIterator
    from ._raw import RawResponse
    from ._table import Operation

__all__ = [
    "AsyncInvoker",
    "PerCall",
    "RawAsyncInvoker",
    "RawSyncInvoker",
    "SyncInvoker",
]

R = TypeVar("R")
ItemT = TypeVar("ItemT", bound="BaseModel")


class PerCall(NamedTuple):
    """The options every method takes beside the operation's own arguments."""

    max_retries: int | None = None
    timeout: float | None = None
    """Seconds for each attempt."""
    extra_body: Mapping[str, object] | None = None
    """Request fields the spec does not know (yet), sent as they are."""
    extra_headers: Mapping[str, str] | None = None
    """HTTP headers added to each attempt."""
    method: str | None = None
    """The Python method called, where it is not the operation's own (``iter_...``)."""


class SyncInvoker(ABC):
    """What the generated sync methods call; ``Client`` implements it."""

    @abstractmethod
    def _invoke(self, op: Operation[R], args: Mapping[str, object], call: PerCall) -> R:
        """Check, send (with retries) and shape one call; ``args`` by wire name."""

    @abstractmethod
    def _iterate(
        self, op: Operation[Page[ItemT]], args: Mapping[str, object], call: PerCall
    ) -> PageIterator[ItemT]:
        """Every item across pages, from the ``cursor`` argument on."""


class AsyncInvoker(ABC):
    """What the generated async methods call; ``AsyncClient`` implements it."""

    @abstractmethod
    async def _invoke(self, op: Operation[R], args: Mapping[str, object], call: PerCall) -> R:
        """Check, send (with retries) and shape one call; ``args`` by wire name."""

    @abstractmethod
    def _iterate(
        self, op: Operation[Page[ItemT]], args: Mapping[str, object], call: PerCall
    ) -> AsyncPageIterator[ItemT]:
        """Every item across pages (``async for``), from the ``cursor`` argument on."""


class RawSyncInvoker(ABC):
    """What the generated raw sync methods call (``Client.with_raw_response``)."""

    @abstractmethod
    def _invoke(
        self, op: Operation[R], args: Mapping[str, object], call: PerCall
    ) -> RawResponse[R]:
        """``SyncInvoker._invoke``, with the reply beside the result."""


class RawAsyncInvoker(ABC):
    """What the generated raw async methods call (``AsyncClient.with_raw_response``)."""

    @abstractmethod
    async def _invoke(
        self, op: Operation[R], args: Mapping[str, object], call: PerCall
    ) -> RawResponse[R]:
        """``AsyncInvoker._invoke``, with the reply beside the result."""
