"""Pages of a cursor listing and the iterators that walk them, generic over the item type.

The walk's state machine (``_Walk``) is shared; the sync and async iterators only differ in
how they fetch a page. A walk never loops: a ``Next`` cursor already seen in this walk raises
``TimPaginationError`` carrying the cursor to resume from. ``resume_cursor`` resumes
exactly after the last item handed out: mid-page it is the page's cursor plus a position,
encoded as one opaque token; after a complete walk it is a token that stays complete.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from ._errors import TimPaginationError, TimValidationError

__all__ = [
    "FINISHED",
    "AsyncMemberIterator",
    "AsyncPageIterator",
    "MemberIterator",
    "MemberPage",
    "Page",
    "PageIterator",
]

ItemT = TypeVar("ItemT")
MAX_EMPTY_PAGES = 3
"""Empty pages in a row, each with a new cursor, before a walk is taken as endless."""
MARGIN = 100
"""Items beyond the reported total (or a tenth of it, if more) before a walk is endless:
members may join while it runs."""
_PREFIX = "tr1."
FINISHED = f"{_PREFIX}done"
"""The resume token of a complete walk: resuming from it yields nothing."""


def _mid_page(cursor: str, position: int) -> str:
    raw = json.dumps([cursor, position], separators=(",", ":")).encode()
    return _PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _parse_resume(token: str) -> tuple[str, int, bool]:
    """(page cursor, items of it already handed out, finished) from a resume token."""
    if token == FINISHED:
        return "", 0, True
    if not token.startswith(_PREFIX):
        return token, 0, False  # a page cursor from the service
    body = token[len(_PREFIX) :]
    try:
        cursor, position = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, TypeError, binascii.Error):
        raise TimValidationError("cursor", "not a resume token made by timrest") from None
    if not isinstance(cursor, str) or not isinstance(position, int) or position < 0:
        raise TimValidationError("cursor", "not a resume token made by timrest")
    return cursor, position, False


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
    skip: int = 0
    """Items of the next page already handed out before a resume."""
    offset: int = 0
    """Items cut from the front of the current page (the resumed position)."""
    received: int = 0
    """Items received in this walk."""
    empty: int = 0
    """Empty pages in a row that still carried a cursor."""

    def accept(self, page: Page[ItemT]) -> None:
        nxt = page.next_cursor
        if nxt and (nxt in self.seen or nxt == page.cursor):
            raise TimPaginationError(
                f"server repeated cursor {nxt!r}: stopping instead of looping; "
                f"resume from {page.cursor!r}",
                cursor=page.cursor,
            )
        self.empty = self.empty + 1 if nxt and not page.items else 0
        self.received += len(page.items)
        allowed = None if page.total is None else page.total + max(MARGIN, page.total // 10)
        if self.empty > MAX_EMPTY_PAGES or (allowed is not None and self.received > allowed):
            why = (
                f"{self.empty} empty pages in a row"
                if self.empty > MAX_EMPTY_PAGES
                else f"{self.received} items for a reported total of {page.total}"
            )
            raise TimPaginationError(
                f"the service keeps paging ({why}): stopping instead of walking without end; "
                f"resume from {page.cursor!r}",
                cursor=page.cursor,
            )
        self.seen.add(page.cursor)
        self.offset, self.skip = min(self.skip, len(page.items)), 0
        if self.offset:
            page = replace(page, items=page.items[self.offset :])
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
            position = self.offset + self.index
            return _mid_page(page.cursor, position) if position else page.cursor
        if self.done:
            return FINISHED
        return _mid_page(self.cursor, self.skip) if self.skip else self.cursor

    @property
    def finished(self) -> bool:
        page = self.page
        return self.done and (page is None or self.index >= len(page.items))


class _IteratorBase(Generic[ItemT]):
    def __init__(self, cursor: str) -> None:
        start, skip, done = _parse_resume(cursor)
        self._walk: _Walk[ItemT] = _Walk(cursor=start, skip=skip, done=done)
        self.total: int | None = None
        """``MemberNum`` from the latest page, once a page has been fetched."""
        self.pages_fetched = 0

    @property
    def resume_cursor(self) -> str:
        """Save this; pass it as ``cursor=`` to an iterator later to go on exactly after the
        last item handed out (nothing lost, nothing repeated). Once the listing is complete
        it is ``FINISHED``, which stays complete."""
        return self._walk.resume_cursor

    @property
    def finished(self) -> bool:
        """True once every item has been handed out."""
        return self._walk.finished

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
