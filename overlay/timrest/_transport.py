"""timrest's own httpx transports: httpcore's connection pools, through its public API,
on a network backend of timrest's.

The backend wraps every connection's stream to

- bound each connect, read and write by the attempt deadline (sync; ``start_deadline`` in
  ``_transfer`` says when it is), so a server that drips its status line and headers cannot
  hold a call past its deadline (httpx's timeouts apply per socket operation);
- follow the replies' framing (``Framing``): a connection on which a server sent more than
  the reply it declared reports itself readable when idle, which makes httpcore close it
  instead of handing its leftovers to the next call.

``mounts`` routes requests through the environment's proxies (``HTTP_PROXY``,
``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, in either case) exactly as httpx does when no
transport is given, with the same backend behind every proxy, so the deadline and the
framing check hold through a proxy too. ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` apply as in
httpx (``httpx.create_ssl_context``).

Use them for an ``http_client=`` of your own to keep the whole attempt deadline::

    httpx.Client(transport=timrest.DeadlineTransport(), mounts=timrest.proxy_mounts())
"""

# httpcore's stream and backend interface takes `timeout=` on its async methods too.
# ruff: noqa: ASYNC109

from __future__ import annotations

import ipaddress
import ssl
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.request import getproxies

import httpcore
import httpx

from ._framing import Framing
from ._transfer import bounded

__all__ = [
    "AsyncDeadlineTransport",
    "DeadlineTransport",
    "async_proxy_mounts",
    "environment_proxies",
    "proxy_mounts",
]

_DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

# Most specific first: a ConnectTimeout is also a TimeoutException.
_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextmanager
def _httpx_errors(request: httpx.Request | None = None) -> Iterator[None]:
    """httpcore's exceptions as httpx's, as httpx's own transports raise them."""
    try:
        yield
    except Exception as exc:
        for core, mapped in _ERRORS:
            if isinstance(exc, core):
                raise mapped(str(exc), request=request) from exc
        raise


# -- the streams ----------------------------------------------------------------------


class _Stream(httpcore.NetworkStream):
    """A connection's stream, bounded by the attempt deadline and framing checked."""

    __slots__ = ("_framing", "_inner")

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner
        self._framing = Framing()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))
        self._framing.read(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._framing.wrote()
        self._inner.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, bounded(timeout, httpcore.ConnectTimeout)
        )
        return _Stream(inner)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._framing.retire:
            return True  # httpcore closes an idle connection that is readable
        return self._inner.get_extra_info(info)


class _AsyncStream(httpcore.AsyncNetworkStream):
    """``_Stream`` for asyncio (``asyncio.timeout`` bounds the attempt there)."""

    __slots__ = ("_framing", "_inner")

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._framing = Framing()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self._inner.read(max_bytes, timeout)
        self._framing.read(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._framing.wrote()
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._framing.retire:
            return True
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        bound = bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, bound, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        bound = bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, bound, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


# -- the pools --------------------------------------------------------------------------


def _core_url(url: httpx.URL) -> httpcore.URL:
    return httpcore.URL(
        scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
    )


def _pool_options(limits: httpx.Limits, ssl_context: ssl.SSLContext) -> dict[str, Any]:
    return {
        "ssl_context": ssl_context,
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
        "http1": True,
        "http2": False,
    }


def _proxy_options(proxy: httpx.Proxy) -> dict[str, Any]:
    options: dict[str, Any] = {"proxy_url": _core_url(proxy.url), "proxy_auth": proxy.raw_auth}
    if proxy.url.scheme in ("http", "https"):
        options["proxy_headers"] = proxy.headers.raw
        options["proxy_ssl_context"] = proxy.ssl_context
    elif proxy.url.scheme not in ("socks5", "socks5h"):
        raise ValueError(f"unknown scheme for a proxy URL: {proxy.url.scheme!r}")
    return options


def _proxy(proxy: httpx.Proxy | str | None) -> httpx.Proxy | None:
    return httpx.Proxy(proxy) if isinstance(proxy, str | httpx.URL) else proxy


def _pool(
    kinds: tuple[Any, Any, Any],
    backend: Any,
    limits: httpx.Limits,
    proxy: httpx.Proxy | str | None,
    ssl_context: ssl.SSLContext | None,
) -> Any:
    """httpcore's pool of ``kinds`` (plain, HTTP proxy, SOCKS proxy; sync or async) on
    ``backend``, directly or through ``proxy``."""
    plain, http_proxy, socks_proxy = kinds
    context = ssl_context or httpx.create_ssl_context()
    options = {**_pool_options(limits, context), "network_backend": backend}
    through = _proxy(proxy)
    if through is None:
        return plain(**options)
    kind = http_proxy if through.url.scheme in ("http", "https") else socks_proxy
    return kind(**options, **_proxy_options(through))


def _core_request(request: httpx.Request) -> httpcore.Request:
    return httpcore.Request(
        method=request.method,
        url=_core_url(request.url),
        headers=request.headers.raw,
        content=request.stream,
        extensions=request.extensions,
    )


def _response(
    response: httpcore.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream
) -> httpx.Response:
    return httpx.Response(
        status_code=response.status,
        headers=response.headers,
        stream=stream,
        extensions=response.extensions,
    )


class DeadlineTransport(httpx.BaseTransport):
    """An ``httpx.HTTPTransport`` (HTTP/1.1) whose connections honour timrest's attempt
    deadline, headers included, and are never reused after a reply overran its length.
    ``proxy=`` sends every request through one proxy (``http``, ``https``, ``socks5``)."""

    def __init__(
        self,
        limits: httpx.Limits = _DEFAULT_LIMITS,
        *,
        proxy: httpx.Proxy | str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        kinds = (httpcore.ConnectionPool, httpcore.HTTPProxy, httpcore.SOCKSProxy)
        self._pool: httpcore.ConnectionPool = _pool(kinds, _Backend(), limits, proxy, ssl_context)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        with _httpx_errors(request):
            response = self._pool.handle_request(_core_request(request))
        return _response(response, _ResponseStream(response.stream))

    def close(self) -> None:
        self._pool.close()


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    """``DeadlineTransport`` for ``httpx.AsyncClient`` (the async client bounds its
    attempts with ``asyncio.timeout``; this transport adds the framing check and proxies)."""

    def __init__(
        self,
        limits: httpx.Limits = _DEFAULT_LIMITS,
        *,
        proxy: httpx.Proxy | str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        kinds = (httpcore.AsyncConnectionPool, httpcore.AsyncHTTPProxy, httpcore.AsyncSOCKSProxy)
        self._pool: httpcore.AsyncConnectionPool = _pool(
            kinds, _AsyncBackend(), limits, proxy, ssl_context
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        with _httpx_errors(request):
            response = await self._pool.handle_async_request(_core_request(request))
        return _response(response, _AsyncResponseStream(response.stream))

    async def aclose(self) -> None:
        await self._pool.aclose()


class _AsyncResponseStream(httpx.AsyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for chunk in self._stream:
                yield chunk

    async def aclose(self) -> None:
        close = getattr(self._stream, "aclose", None)
        if close is not None:
            await close()


# -- the environment's proxies --------------------------------------------------------


def environment_proxies() -> dict[str, str | None]:
    """httpx's reading of the proxy variables (through ``urllib``'s ``getproxies``): URL
    pattern -> proxy URL, ``None`` for a pattern ``NO_PROXY`` exempts."""
    found = getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = found.get(scheme)
        if url:
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (h.strip() for h in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            mounts[host] = None
        elif _is_ip(host, 4):
            mounts[f"all://{host}"] = None
        elif _is_ip(host, 6):
            mounts[f"all://[{host}]"] = None
        elif host.lower() == "localhost":
            mounts[f"all://{host}"] = None
        else:
            mounts[f"all://*{host}"] = None
    return mounts


def _is_ip(host: str, version: int) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.version == version


def proxy_mounts(limits: httpx.Limits = _DEFAULT_LIMITS) -> dict[str, httpx.BaseTransport | None]:
    """``mounts=`` for an ``httpx.Client``: a ``DeadlineTransport`` through each proxy the
    environment names."""
    return {
        pattern: None if url is None else DeadlineTransport(limits, proxy=url)
        for pattern, url in environment_proxies().items()
    }


def async_proxy_mounts(
    limits: httpx.Limits = _DEFAULT_LIMITS,
) -> dict[str, httpx.AsyncBaseTransport | None]:
    """``proxy_mounts`` for an ``httpx.AsyncClient``."""
    return {
        pattern: None if url is None else AsyncDeadlineTransport(limits, proxy=url)
        for pattern, url in environment_proxies().items()
    }
