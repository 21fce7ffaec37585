"""``Client`` and ``AsyncClient``: the public entry points.

Every operation method is generated from openapi.yaml (``timrest_client.methods``); every
decision is ``ClientCore``'s. Each client only drives the shared call lifecycle with its
own I/O: a slot among the requests in flight, the rate limiter, the send, the sleep.
"""

from __future__ import annotations

import asyncio
import threading
import time
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from pydantic import BaseModel

from ._core import ClientCore
from ._errors import TimError
from ._generated.timrest_client.methods import AsyncOperations, SyncOperations
from ._lifecycle import Flow, Outcome, Send, Sleep, resume
from ._operation import Operation
from ._pagination import AsyncPageIterator, Page, PageIterator

__all__ = ["AsyncClient", "Client"]

R = TypeVar("R")
ItemT = TypeVar("ItemT", bound=BaseModel)


class Client(ClientCore[httpx.Client], SyncOperations):
    """Synchronous client. Use as a context manager, or call ``close()``.

        Keyword arguments (``http_client=`` reuses your own ``httpx.Client``; timrest will not
        close it):

    {options}
    """

    def _new_http(self) -> httpx.Client:
        return httpx.Client(timeout=self._settings.timeout, limits=self._settings.limits)

    def _new_in_flight_limit(self) -> threading.BoundedSemaphore:
        return threading.BoundedSemaphore(self._settings.max_concurrency)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _invoke(
        self, op: Operation[R], args: dict[str, object], retries: int | None, per_try: float | None
    ) -> R:
        return self._run(self._flow(op, op.build_body(args), retries, per_try))

    def _iterate(
        self,
        op: Operation[Page[ItemT]],
        args: dict[str, object],
        retries: int | None,
        per_try: float | None,
    ) -> PageIterator[ItemT]:
        body, field = op.build_body(args), self._cursor_field(op)
        return PageIterator(
            lambda cursor: self._run(self._flow(op, {**body, field: cursor}, retries, per_try)),
            body.get(field, ""),
        )

    def _run(self, flow: Flow[R]) -> R:
        step = resume(flow, None)
        while isinstance(step, Send | Sleep):
            outcome: Outcome = None
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
            else:
                with self._in_flight:  # admitted only when it can leave at once
                    if step.limiter is not None:
                        step.limiter.acquire(step.key, step.wait)
                    outcome = _sent(self._http.send, step.request)
            step = _NOTHING  # the sent request (and its UserSig) leaves this frame
            step = resume(flow, outcome)
        return step.value


class AsyncClient(ClientCore[httpx.AsyncClient], AsyncOperations):
    """Asynchronous client. Use as an async context manager, or ``await aclose()``.

        Takes the same keyword arguments as ``Client``; ``http_client=`` is an
        ``httpx.AsyncClient``:

    {options}
    """

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self._settings.timeout, limits=self._settings.limits)

    _loop: asyncio.AbstractEventLoop | None = None

    def _new_in_flight_limit(self) -> asyncio.Semaphore:
        return asyncio.Semaphore(self._settings.max_concurrency)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _invoke(
        self, op: Operation[R], args: dict[str, object], retries: int | None, per_try: float | None
    ) -> R:
        return await self._run(self._flow(op, op.build_body(args), retries, per_try))

    def _iterate(
        self,
        op: Operation[Page[ItemT]],
        args: dict[str, object],
        retries: int | None,
        per_try: float | None,
    ) -> AsyncPageIterator[ItemT]:
        body, field = op.build_body(args), self._cursor_field(op)

        async def fetch(cursor: str) -> Page[ItemT]:
            return await self._run(self._flow(op, {**body, field: cursor}, retries, per_try))

        return AsyncPageIterator(fetch, body.get(field, ""))

    async def _run(self, flow: Flow[R]) -> R:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise TimError(
                "this AsyncClient belongs to the event loop that first used it (its connections "
                "and limits live there); make one AsyncClient per event loop"
            )
        step = resume(flow, None)
        while isinstance(step, Send | Sleep):
            outcome: Outcome = None
            if isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
            else:
                async with self._in_flight:  # see Client
                    if step.limiter is not None:
                        await step.limiter.async_acquire(step.key, step.wait)
                    outcome = await _async_sent(self._http.send, step.request)
            step = _NOTHING  # see Client._run
            step = resume(flow, outcome)
        return step.value


_NOTHING = Sleep(0.0)


def _sent(send: Any, request: httpx.Request) -> httpx.Response | httpx.HTTPError:
    try:
        response: httpx.Response = send(request)
    except httpx.HTTPError as exc:
        return exc
    return response


async def _async_sent(send: Any, request: httpx.Request) -> httpx.Response | httpx.HTTPError:
    try:
        response: httpx.Response = await send(request)
    except httpx.HTTPError as exc:
        return exc
    return response
