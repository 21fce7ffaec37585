"""Pages of a cursor listing and the iterators that walk them, generic over the item type.

The walk's state machine (``_Walk``) is shared; the sync and async iterators only differ in
how they fetch a page. A walk never loops: a ``Next`` cursor already seen in this walk raises
``TimPaginationError`` carrying the cursor to resume from. ``resume_cursor`` is always
safe to save: resuming from it loses nothing (members of the page in progress may repeat;
use ``pages()`` and save ``page.next_cursor`` after each page for exactly-once).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ._errors import TimPaginationError

__all__ = [
    "AsyncMemberIterator",
    "AsyncPageIterator",
    "MemberIterator",
    "MemberPage",
    "Page",
    "PageIterator",
]

ItemT = TypeVar("ItemT")


@dataclass(frozen=True, slots=True)
class Page(Generic[ItemT]):
    """One page of a cursor listing."""

    items: list[ItemT]
    """The items on this page (at most ``limit``)."""
    next_cursor: str
    """Pass as ``cursor=`` to get the next page; ``""`` when this is the last page."""
    total: int | None
    """The total the service reports (``MemberNum``), when it does."""
    cursor: str = ""
    """The cursor that fetched this page."""

    @property
    def members(self) -> list[ItemT]:
        """The items, by the name the member listing uses."""
        return self.items

    @property
    def has_more(self) -> bool:
        return self.next_cursor != ""


@dataclass(slots=True)
class _Walk(Generic[ItemT]):
    """Where a listing stands: which page, which member, which cursors were seen."""

    cursor: str
    page: Page[ItemT] | None = None
    index: int = 0
    done: bool = False
    seen: set[str] = field(default_factory=set)

    def accept(self, page: Page[ItemT]) -> None:
        nxt = page.next_cursor
        if nxt and (nxt in self.seen or nxt == page.cursor):
            raise TimPaginationError(
                f"server repeated cursor {nxt!r}: stopping instead of looping; "
                f"resume from {page.cursor!r}",
                cursor=page.cursor,
            )
        self.seen.add(page.cursor)
        self.page, self.index = page, 0
        if nxt:
            self.cursor = nxt
        else:
            self.done = True

    def next_item(self) -> ItemT | None:
        page = self.page
        if page is not None and self.index < len(page.items):
            self.index += 1
            return page.items[self.index - 1]
        return None

    @property
    def needs_page(self) -> bool:
        page = self.page
        return not self.done and (page is None or self.index >= len(page.items))

    @property
    def resume_cursor(self) -> str:
        page = self.page
        if page is not None and self.index < len(page.items):
            return page.cursor
        return "" if self.done else self.cursor


class _IteratorBase(Generic[ItemT]):
    def __init__(self, cursor: str) -> None:
        self._walk: _Walk[ItemT] = _Walk(cursor=cursor)
        self.total: int | None = None
        """``MemberNum`` from the latest page, once a page has been fetched."""
        self.pages_fetched = 0

    @property
    def resume_cursor(self) -> str:
        """Save this to resume later with ``cursor=``; ``""`` once the listing is complete.

        Nothing is lost when resuming from it; members of a partly consumed page repeat.
        """
        return self._walk.resume_cursor

    @property
    def finished(self) -> bool:
        """True once every member has been yielded."""
        return self._walk.done and self._walk.resume_cursor == ""

    def _took(self, page: Page[ItemT]) -> Page[ItemT]:
        self._walk.accept(page)
        self.pages_fetched += 1
        if page.total is not None:
            self.total = page.total
        return page


class PageIterator(_IteratorBase[ItemT], Iterator[ItemT]):
    """Every item of a listing, page by page (sync)."""

    def __init__(self, fetch: Callable[[str], Page[ItemT]], cursor: str = "") -> None:
        super().__init__(cursor)
        self._fetch = fetch

    def __iter__(self) -> PageIterator[ItemT]:
        return self

    def __next__(self) -> ItemT:
        while self._walk.needs_page:
            self._took(self._fetch(self._walk.cursor))
        item = self._walk.next_item()
        if item is None:
            raise StopIteration
        return item

    def pages(self) -> Iterator[Page[ItemT]]:
        """Iterate whole pages instead of members (from where the walk stands)."""
        while not self._walk.done:
            yield self._took(self._fetch(self._walk.cursor))


class AsyncPageIterator(_IteratorBase[ItemT], AsyncIterator[ItemT]):
    """Every item of a listing, page by page (async)."""

    def __init__(self, fetch: Callable[[str], Awaitable[Page[ItemT]]], cursor: str = "") -> None:
        super().__init__(cursor)
        self._fetch = fetch

    def __aiter__(self) -> AsyncPageIterator[ItemT]:
        return self

    async def __anext__(self) -> ItemT:
        while self._walk.needs_page:
            self._took(await self._fetch(self._walk.cursor))
        item = self._walk.next_item()
        if item is None:
            raise StopAsyncIteration
        return item

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Iterate whole pages instead of members (from where the walk stands)."""
        while not self._walk.done:
            yield self._took(await self._fetch(self._walk.cursor))


MemberPage = Page
"""The name of a member page in earlier releases (``Page[PermissionGroupMember]``)."""
MemberIterator = PageIterator
AsyncMemberIterator = AsyncPageIterator
