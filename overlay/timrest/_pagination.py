"""Pages of permission-group members and the iterators that walk them.

The walk's state machine (``_Walk``) is shared; the sync and async iterators only differ in
how they fetch a page. A walk never loops: a ``Next`` cursor already seen in this walk raises
``TimPaginationError`` carrying the cursor to resume from. ``resume_cursor`` is always
safe to save: resuming from it loses nothing (members of the page in progress may repeat;
use ``pages()`` and save ``page.next_cursor`` after each page for exactly-once).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field

from timrest_models import PermissionGroupMember

from ._errors import TimPaginationError

__all__ = ["AsyncMemberIterator", "MemberIterator", "MemberPage"]


@dataclass(frozen=True, slots=True)
class MemberPage:
    """One page of ``get_permission_group_member_list``."""

    members: list[PermissionGroupMember]
    """The members on this page (at most ``limit``)."""
    next_cursor: str
    """Pass as ``cursor=`` to get the next page; ``""`` when this is the last page."""
    total: int | None
    """``MemberNum``: the number of members in the permission group, when reported."""
    cursor: str = ""
    """The cursor that fetched this page."""

    @property
    def has_more(self) -> bool:
        return self.next_cursor != ""


@dataclass(slots=True)
class _Walk:
    """Where a listing stands: which page, which member, which cursors were seen."""

    cursor: str
    page: MemberPage | None = None
    index: int = 0
    done: bool = False
    seen: set[str] = field(default_factory=set)

    def accept(self, page: MemberPage) -> None:
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

    def next_member(self) -> PermissionGroupMember | None:
        page = self.page
        if page is not None and self.index < len(page.members):
            self.index += 1
            return page.members[self.index - 1]
        return None

    @property
    def needs_page(self) -> bool:
        page = self.page
        return not self.done and (page is None or self.index >= len(page.members))

    @property
    def resume_cursor(self) -> str:
        page = self.page
        if page is not None and self.index < len(page.members):
            return page.cursor
        return "" if self.done else self.cursor


class _IteratorBase:
    def __init__(self, cursor: str) -> None:
        self._walk = _Walk(cursor=cursor)
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

    def _took(self, page: MemberPage) -> MemberPage:
        self._walk.accept(page)
        self.pages_fetched += 1
        if page.total is not None:
            self.total = page.total
        return page


class MemberIterator(_IteratorBase, Iterator[PermissionGroupMember]):
    """Every member of a permission group, page by page (sync)."""

    def __init__(self, fetch: Callable[[str], MemberPage], cursor: str = "") -> None:
        super().__init__(cursor)
        self._fetch = fetch

    def __iter__(self) -> MemberIterator:
        return self

    def __next__(self) -> PermissionGroupMember:
        while self._walk.needs_page:
            self._took(self._fetch(self._walk.cursor))
        member = self._walk.next_member()
        if member is None:
            raise StopIteration
        return member

    def pages(self) -> Iterator[MemberPage]:
        """Iterate whole pages instead of members (from where the walk stands)."""
        while not self._walk.done:
            yield self._took(self._fetch(self._walk.cursor))


class AsyncMemberIterator(_IteratorBase, AsyncIterator[PermissionGroupMember]):
    """Every member of a permission group, page by page (async)."""

    def __init__(self, fetch: Callable[[str], Awaitable[MemberPage]], cursor: str = "") -> None:
        super().__init__(cursor)
        self._fetch = fetch

    def __aiter__(self) -> AsyncMemberIterator:
        return self

    async def __anext__(self) -> PermissionGroupMember:
        while self._walk.needs_page:
            self._took(await self._fetch(self._walk.cursor))
        member = self._walk.next_member()
        if member is None:
            raise StopAsyncIteration
        return member

    async def pages(self) -> AsyncIterator[MemberPage]:
        """Iterate whole pages instead of members (from where the walk stands)."""
        while not self._walk.done:
            yield self._took(await self._fetch(self._walk.cursor))
