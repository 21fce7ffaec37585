"""``Client`` and ``AsyncClient``: the public entry points.

Both inherit every decision from ``ClientCore``; each only performs its own I/O and wraps
one pooled httpx client. The first attempt runs directly (no retry machinery on the happy
path); after a retryable failure, stamina takes over with that failure as its attempt 1, so
it applies the shared policy's backoff to every retry.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
import stamina

from timrest_models import BaseResponse

from ._config import env_kwargs
from ._core import CallState, ClientCore
from ._errors import TimError
from ._operations import GET_GROUP_ATTR, GET_PERMISSION_GROUP_MEMBER_LIST, Operation
from ._pagination import AsyncMemberIterator, MemberIterator, MemberPage

__all__ = ["AsyncClient", "Client"]

ResponseT = TypeVar("ResponseT", bound=BaseResponse)


class Client(ClientCore[httpx.Client]):
    """Synchronous client. Use as a context manager, or call ``close()``.

    ``Client(sdkappid=..., identifier=..., secret_key=... | usersig=... | usersig_provider=...,
    region=... | base_url=..., timeout=..., max_retries=..., rate_limit=...,
    max_concurrency=16)``; pass
    ``http_client=`` to reuse your own ``httpx.Client`` (timrest will not close it).
    """

    def _new_http(self) -> httpx.Client:
        return httpx.Client(timeout=self._settings.timeout, limits=self._settings.limits)

    def _new_in_flight_limit(self) -> threading.BoundedSemaphore:
        return threading.BoundedSemaphore(self._settings.max_concurrency)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Configure from ``TIM_SDKAPPID``, ``TIM_IDENTIFIER``, ``TIM_SECRET_KEY``,
        ``TIM_REGION``, ``TIM_BASE_URL`` (and ``TIM_USERSIG``); keyword arguments win."""
        return cls(**{**env_kwargs(environ), **overrides})

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _attempt(
        self, op: Operation[ResponseT], body: dict[str, Any], state: CallState, num: int
    ) -> ResponseT:
        settings = self._settings
        kwargs, usersig = self._request_kwargs(op, body)
        # Admitted by the rate limiter only once a slot is free, so that the call leaves
        # right after admission: queueing after the limiter would bunch calls at the server.
        with self._in_flight:
            if settings.limiter is not None:
                settings.limiter.acquire(self._limit_key(op), settings.rate_limit_timeout)
            try:
                response = self._http.request(**kwargs)
            except httpx.HTTPError as exc:
                raise self._transport_error(op, exc, state, num) from exc
        return self._parse(op, response, usersig, state, num)

    def _call(
        self, op: Operation[ResponseT], body: dict[str, Any], max_retries: int | None
    ) -> ResponseT:
        state, retrying = self._call_state(max_retries)
        try:
            return self._attempt(op, body, state, 1)
        except TimError as exc:
            if not self._retryable(exc):
                raise
            failure: TimError | None = exc
        for attempt in stamina.retry_context(**retrying):
            with attempt:
                if failure is not None:  # stamina's attempt 1 is the failure above
                    first, failure = failure, None
                    raise first
                return self._attempt(op, body, state, attempt.num)
        raise AssertionError("unreachable: stamina raises when retries are exhausted")

    def get_group_attributes(
        self, group_id: str, *, max_retries: int | None = None
    ) -> dict[str, str]:
        """The custom attributes of an AVChatRoom group, as a dict."""
        body = self._group_attr_body(group_id)
        parsed = self._call(GET_GROUP_ATTR, body, max_retries)
        return self._attributes(parsed)

    def list_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[str] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
    ) -> MemberPage:
        """One page of a permission group's members; pass ``page.next_cursor`` for the next."""
        body = self._member_list_body(
            group_id, permission_group_id, member_fields, custom_fields, limit
        )
        return self._fetch_page(body, max_retries)(cursor)

    def iter_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[str] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
    ) -> MemberIterator:
        """Every member across pages, from ``cursor`` (a saved ``resume_cursor``) on."""
        body = self._member_list_body(
            group_id, permission_group_id, member_fields, custom_fields, limit
        )
        self._with_cursor(body, cursor)
        return MemberIterator(self._fetch_page(body, max_retries), cursor)

    def _fetch_page(
        self, body: dict[str, Any], max_retries: int | None
    ) -> Callable[[str], MemberPage]:
        def fetch(cursor: str) -> MemberPage:
            parsed = self._call(
                GET_PERMISSION_GROUP_MEMBER_LIST, self._with_cursor(body, cursor), max_retries
            )
            return self._page(parsed, cursor)

        return fetch


class AsyncClient(ClientCore[httpx.AsyncClient]):
    """Asynchronous client. Use as an async context manager, or ``await aclose()``.

    Takes the same arguments as ``Client``; ``http_client=`` is an ``httpx.AsyncClient``.
    """

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self._settings.timeout, limits=self._settings.limits)

    def _new_in_flight_limit(self) -> asyncio.Semaphore:
        return asyncio.Semaphore(self._settings.max_concurrency)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Configure from the ``TIM_*`` environment variables; keyword arguments win."""
        return cls(**{**env_kwargs(environ), **overrides})

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _attempt(
        self, op: Operation[ResponseT], body: dict[str, Any], state: CallState, num: int
    ) -> ResponseT:
        settings = self._settings
        kwargs, usersig = self._request_kwargs(op, body)
        async with self._in_flight:  # see Client._attempt
            if settings.limiter is not None:
                await settings.limiter.async_acquire(
                    self._limit_key(op), settings.rate_limit_timeout
                )
            try:
                response = await self._http.request(**kwargs)
            except httpx.HTTPError as exc:
                raise self._transport_error(op, exc, state, num) from exc
        return self._parse(op, response, usersig, state, num)

    async def _call(
        self, op: Operation[ResponseT], body: dict[str, Any], max_retries: int | None
    ) -> ResponseT:
        state, retrying = self._call_state(max_retries)
        try:
            return await self._attempt(op, body, state, 1)
        except TimError as exc:
            if not self._retryable(exc):
                raise
            failure: TimError | None = exc
        async for attempt in stamina.retry_context(**retrying):
            with attempt:
                if failure is not None:  # stamina's attempt 1 is the failure above
                    first, failure = failure, None
                    raise first
                return await self._attempt(op, body, state, attempt.num)
        raise AssertionError("unreachable: stamina raises when retries are exhausted")

    async def get_group_attributes(
        self, group_id: str, *, max_retries: int | None = None
    ) -> dict[str, str]:
        """The custom attributes of an AVChatRoom group, as a dict."""
        body = self._group_attr_body(group_id)
        parsed = await self._call(GET_GROUP_ATTR, body, max_retries)
        return self._attributes(parsed)

    async def list_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[str] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
    ) -> MemberPage:
        """One page of a permission group's members; pass ``page.next_cursor`` for the next."""
        body = self._member_list_body(
            group_id, permission_group_id, member_fields, custom_fields, limit
        )
        return await self._fetch_page(body, max_retries)(cursor)

    def iter_permission_group_members(
        self,
        group_id: str,
        permission_group_id: str,
        *,
        member_fields: Iterable[str] | None = None,
        custom_fields: Iterable[str] | None = None,
        limit: int = 50,
        cursor: str = "",
        max_retries: int | None = None,
    ) -> AsyncMemberIterator:
        """Every member across pages (``async for``), from ``cursor`` on."""
        body = self._member_list_body(
            group_id, permission_group_id, member_fields, custom_fields, limit
        )
        self._with_cursor(body, cursor)
        return AsyncMemberIterator(self._fetch_page(body, max_retries), cursor)

    def _fetch_page(
        self, body: dict[str, Any], max_retries: int | None
    ) -> Callable[[str], Awaitable[MemberPage]]:
        async def fetch(cursor: str) -> MemberPage:
            parsed = await self._call(
                GET_PERMISSION_GROUP_MEMBER_LIST, self._with_cursor(body, cursor), max_retries
            )
            return self._page(parsed, cursor)

        return fetch
