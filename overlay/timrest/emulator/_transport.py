"""In-process front end: an httpx transport that calls the emulator without sockets."""

from __future__ import annotations

import asyncio
import time

import httpx

from ._core import Emulator

__all__ = ["EmulatorTransport"]


class EmulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Use as ``httpx.Client(transport=...)`` or ``httpx.AsyncClient(transport=...)``."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    def _reply(self, request: httpx.Request) -> tuple[httpx.Response, float]:
        query = dict(request.url.params.multi_items())
        reply = self.emulator.handle(request.method, request.url.path, query, request.read())
        if reply.drop:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            )
        response = httpx.Response(
            reply.status, headers=reply.headers, content=reply.body, request=request
        )
        return response, reply.delay

    def _check_timeout(self, request: httpx.Request, delay: float) -> None:
        read = request.extensions.get("timeout", {}).get("read")
        if read is not None and delay > read:
            raise httpx.ReadTimeout("timed out (emulated delay)", request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response, delay = self._reply(request)
        self._check_timeout(request, delay)
        if delay:
            time.sleep(delay)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response, delay = self._reply(request)
        self._check_timeout(request, delay)
        if delay:
            await asyncio.sleep(delay)
        return response
