"""``Client``, the synchronous entry point (``AsyncClient`` is in ``_async_client``).

Every operation method is generated from openapi.yaml (``timrest_client.methods``); every
decision is ``ClientCore``'s. Each client only drives the shared call lifecycle with its
own I/O: a slot among the requests in flight, the rate limiter, the send, the sleep.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

import httpx

from ._core import ClientCore
from ._errors import TimError
from ._generated.timrest_client.methods import RawSyncOperations, SyncOperations
from ._invoker import PerCall
from ._lifecycle import Done, Flow, Outcome, Received, Refused, Send, Sleep, resume
from ._operation import build_body
from ._pagination import Page, PageIterator
from ._table import Operation
from ._transfer import BoundedBody, end_deadline, expired, start_deadline

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._raw import RawResponse

__all__ = ["Client", "RawClient"]

R = TypeVar("R")
ItemT = TypeVar("ItemT", bound="BaseModel")


class Client(ClientCore[httpx.Client], SyncOperations):
    """Synchronous client. Use as a context manager, or call ``close()``.

    Keyword arguments (``http_client=`` reuses your own ``httpx.Client``; timrest will not
    close it):

    {options}
    """

    def _new_http(self) -> httpx.Client:
        from ._transport import DeadlineTransport, proxy_mounts  # httpcore: with the client

        limits = self._settings.limits
        return httpx.Client(
            timeout=self._settings.timeout,
            limits=limits,
            transport=DeadlineTransport(limits),
            mounts=proxy_mounts(limits),  # the environment's proxies, as httpx reads them
        )

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

    @cached_property
    def with_raw_response(self) -> RawClient:
        """The same methods, each answering a ``RawResponse``: the parsed result beside the
        reply (status, headers, body) and the call's identity."""
        return RawClient(self)

    def _invoke(self, op: Operation[R], args: Mapping[str, object], call: PerCall) -> R:
        return self._run(self._flow(op, build_body(op, args, call), call))

    def _iterate(
        self, op: Operation[Page[ItemT]], args: Mapping[str, object], call: PerCall
    ) -> PageIterator[ItemT]:
        call = call._replace(method=self._iterator_name(op))
        body, field = build_body(op, args, call), self._cursor_field(op)
        return PageIterator(
            lambda cursor: self._run(self._flow(op, {**body, field: cursor}, call)),
            body.get(field, ""),
        )

    def _run(self, flow: Flow[R]) -> R:
        try:
            step = resume(flow, None)
            while not isinstance(step, Done):
                outcome: Outcome = None
                if isinstance(step, Sleep):
                    time.sleep(step.seconds)
                elif isinstance(step, Refused):
                    _refused(step)
                else:
                    with self._in_flight:  # admitted only when it can leave at once
                        if step.limiter is not None:
                            with _admission(step):
                                step.limiter.acquire(step.key, step.wait, rate=step.rate)
                        outcome = _received(self._http, step)
                step = _NOTHING  # the sent request (and its UserSig) leaves this frame
                step = resume(flow, outcome)
            return step.value
        finally:
            flow.close()  # interrupted (a limiter's error, Ctrl-C): end the call's frame now


class RawClient(RawSyncOperations):
    """``Client.with_raw_response``: each method answers a ``RawResponse``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def _invoke(
        self, op: Operation[R], args: Mapping[str, object], call: PerCall
    ) -> RawResponse[R]:
        client = self._client
        return client._run(client._flow(op, build_body(op, args, call), call, True))


_NOTHING = Sleep(0.0)


@contextmanager
def _admission(step: Send) -> Iterator[None]:
    """A limiter's error names the operation it held back (the limiter knows only a key)."""
    try:
        yield
    except TimError as exc:
        if exc.operation is None:
            exc.operation = step.operation
        raise


def _received(http: httpx.Client, step: Send) -> Received | Exception:
    """Send ``step.request`` and read the reply within the attempt's deadline and size cap."""
    deadline, token = start_deadline(step.deadline)
    try:
        response = http.send(step.request, stream=True)
        try:
            if response.status_code != 200:  # the status decides: the body (in whatever
                return Received(response, b"")  # encoding a gateway chose) is not read
            body = BoundedBody(response, step.max_bytes, step.operation)
            for chunk in () if body.read is not None else response.iter_raw():
                body.feed(chunk)
                if late := expired(deadline, step.request):  # an http_client= of the
                    return late  # caller's has no deadline transport: checked per chunk
            return Received(response, body.content())
        finally:
            response.close()
    except httpx.TimeoutException as exc:
        return expired(deadline, step.request) or exc  # say which timeout it was
    except (httpx.HTTPError, TimError) as exc:
        return exc
    finally:
        end_deadline(token)


def _refused(step: Refused) -> None:
    slow_down = getattr(step.limiter, "slow_down", None)  # optional in RateLimiter
    if slow_down is not None:
        slow_down(step.key)
