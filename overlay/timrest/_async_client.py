"""``AsyncClient``, the asynchronous entry point: the same lifecycle as ``Client``, driven
with asyncio (a module of its own, so that a synchronous program never imports asyncio)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

import httpx

from ._client import _NOTHING, _admission
from ._core import ClientCore
from ._errors import TimError
from ._generated.timrest_client.methods import AsyncOperations, RawAsyncOperations
from ._invoker import PerCall
from ._lifecycle import Done, Flow, Outcome, Received, Refused, Send, Sleep, resume
from ._operation import build_body
from ._pagination import AsyncPageIterator, Page
from ._table import Operation
from ._transfer import BoundedBody

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._raw import RawResponse

__all__ = ["AsyncClient", "AsyncRawClient"]

R = TypeVar("R")
ItemT = TypeVar("ItemT", bound="BaseModel")


class AsyncClient(ClientCore[httpx.AsyncClient], AsyncOperations):
    """Asynchronous client. Use as an async context manager, or ``await aclose()``.

    Takes the same keyword arguments as ``Client``; ``http_client=`` is an
    ``httpx.AsyncClient``:

    {options}
    """

    def _new_http(self) -> httpx.AsyncClient:
        from ._transport import AsyncDeadlineTransport, async_proxy_mounts

        limits = self._settings.limits
        return httpx.AsyncClient(
            timeout=self._settings.timeout,
            limits=limits,
            transport=AsyncDeadlineTransport(limits),
            mounts=async_proxy_mounts(limits),
        )

    _loop: asyncio.AbstractEventLoop | None = None

    def _after_fork(self) -> None:
        super()._after_fork()
        self._loop = None  # the child runs its own event loop

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

    @cached_property
    def with_raw_response(self) -> AsyncRawClient:
        """The same methods, each answering a ``RawResponse`` (see ``Client``)."""
        return AsyncRawClient(self)

    async def _invoke(self, op: Operation[R], args: Mapping[str, object], call: PerCall) -> R:
        return await self._run(self._flow(op, build_body(op, args, call), call))

    def _iterate(
        self, op: Operation[Page[ItemT]], args: Mapping[str, object], call: PerCall
    ) -> AsyncPageIterator[ItemT]:
        call = call._replace(method=self._iterator_name(op))
        body, field = build_body(op, args, call), self._cursor_field(op)

        async def fetch(cursor: str) -> Page[ItemT]:
            return await self._run(self._flow(op, {**body, field: cursor}, call))

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
        try:
            step = resume(flow, None)
            while not isinstance(step, Done):
                outcome: Outcome = None
                if isinstance(step, Sleep):
                    await asyncio.sleep(step.seconds)
                elif isinstance(step, Refused):
                    await _async_refused(step)
                else:
                    async with self._in_flight:  # see Client
                        if step.limiter is not None:
                            with _admission(step):
                                await step.limiter.async_acquire(
                                    step.key, step.wait, rate=step.rate
                                )
                        outcome = await _async_received(self._http, step)
                step = _NOTHING  # see Client._run
                step = resume(flow, outcome)
            return step.value
        finally:
            flow.close()  # see Client._run


class AsyncRawClient(RawAsyncOperations):
    """``AsyncClient.with_raw_response``: each method answers a ``RawResponse``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def _invoke(
        self, op: Operation[R], args: Mapping[str, object], call: PerCall
    ) -> RawResponse[R]:
        client = self._client
        body = build_body(op, args, call)
        return await client._run(client._flow(op, body, call, True))


async def _async_received(http: httpx.AsyncClient, step: Send) -> Received | Exception:
    """``_received`` for the async client: ``asyncio.timeout`` bounds the attempt."""
    try:
        async with asyncio.timeout(step.deadline):
            response = await http.send(step.request, stream=True)
            try:
                if response.status_code != 200:  # see _received
                    return Received(response, b"")
                body = BoundedBody(response, step.max_bytes, step.operation)
                if body.read is None:
                    async for chunk in response.aiter_raw():
                        body.feed(chunk)
                return Received(response, body.content())
            finally:
                await response.aclose()
    except TimeoutError:
        return httpx.ReadTimeout("the attempt deadline passed", request=step.request)
    except (httpx.HTTPError, TimError) as exc:
        return exc


async def _async_refused(step: Refused) -> None:
    slow_down = getattr(step.limiter, "async_slow_down", None)
    if slow_down is not None:
        await slow_down(step.key)
