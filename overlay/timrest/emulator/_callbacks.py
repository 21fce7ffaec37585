"""The emulator's callbacks: what Tencent would send the app's server, sent for real.

Configured per app (``Emulator.configure_callbacks``: one or more URLs, the token, which
commands are on, as the console's switches), a handler asks for a callback by its command
word with the body's fields; the body is checked against the spec's model of the command
(``timrest._generated.timrest_client.callbacks``) and POSTed to every URL with the real
query parameters (``SdkAppid``, ``CallbackCommand``, ``contenttype``, ``ClientIP``,
``OptPlatform`` and, with a token, ``Sign`` and ``RequestTime``). Each wait is at most
``timeout`` (2 s, as Tencent waits).

- A before-callback is sent while the call is served: a reply with ``ErrorCode`` 1 makes
  the call fail with the callback's ``refused_code`` (``x-tim-callback``: 10016), one with a
  code the callback may reject with (10100-10200 for a topic's creation) fails it with that
  code and the reply's ``ErrorInfo``; no answer, a non-200 or a body that is not the reply
  JSON lets the event happen (the console's default).
- After-callbacks are queued once the call has succeeded and sent by one background thread,
  in order, as Tencent sends them on its own time: a slow receiver never holds the call. A
  test waits for them with ``drain()``. They are not retried, unless ``retry_on_timeout``
  (the console's option): then one more time after a timeout.

Every delivery is recorded (``deliveries``, the admin endpoint ``GET
/_emulator/callbacks``), with the token never in it.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx

from timrest._generated.timrest_client.callbacks import CALLBACKS, QUERY
from timrest._table import Callback
from timrest.webhooks import sign

from ._failure import ApiFailure

__all__ = ["CallbackDelivery", "CallbackSender", "CallbackSettings", "callback_settings"]

MAX_RECORDED = 1000
"""Deliveries kept (the oldest go first)."""


@dataclass(frozen=True, slots=True)
class CallbackSettings:
    """One app's callback configuration, as the console holds it."""

    urls: tuple[str, ...]
    token: str | None = field(default=None, repr=False)
    commands: frozenset[str] | None = None
    """The commands switched on (None: every callback of the spec)."""
    timeout: float = 2.0
    retry_on_timeout: bool = False

    def __post_init__(self) -> None:
        if not self.urls or not all(u.startswith(("http://", "https://")) for u in self.urls):
            raise ValueError("urls: callback URLs start with http:// or https://")
        unknown = set(self.commands or ()) - set(CALLBACKS)
        if unknown:
            raise ValueError(f"commands: not callbacks of the spec: {sorted(unknown)}")

    def on(self, command: str) -> bool:
        return self.commands is None or command in self.commands


@dataclass(frozen=True, slots=True)
class CallbackDelivery:
    """One callback sent: to where, what, and what came back."""

    sdkappid: int
    command: str
    url: str
    body: dict[str, Any]
    status: int | None
    """The receiver's HTTP status (None: no answer)."""
    reply: dict[str, Any] | None
    """The receiver's JSON reply, when it was one."""
    error: str = ""
    """Why there was no usable reply (timeout, refused connection, not JSON)."""
    attempt: int = 1
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class CallbackSender:
    """Sends the callbacks of every configured app and records them (thread-safe)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._settings: dict[int, CallbackSettings] = {}
        self._recorded: deque[CallbackDelivery] = deque(maxlen=MAX_RECORDED)
        self._lock = threading.Lock()
        self._queue: queue.Queue[tuple[int, str, dict[str, Any]]] = queue.Queue()
        self._worker: threading.Thread | None = None

    def configure(self, sdkappid: int, settings: CallbackSettings | None) -> None:
        with self._lock:
            if settings is None:
                self._settings.pop(sdkappid, None)
            else:
                self._settings[sdkappid] = settings

    @property
    def deliveries(self) -> list[CallbackDelivery]:
        with self._lock:
            return list(self._recorded)

    def clear(self) -> None:
        with self._lock:
            self._recorded.clear()

    def wanted(self, sdkappid: int, command: str) -> bool:
        settings = self._settings.get(sdkappid)
        return settings is not None and settings.on(command)

    def body(self, command: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """The callback's body, checked against the spec's model of ``command``."""
        callback = CALLBACKS[command]
        body = {QUERY.command: command, **fields}
        callback.model.model_validate(body)  # a body the spec forbids is a bug
        return body

    def before(self, sdkappid: int, command: str, fields: Mapping[str, Any]) -> None:
        """Send a before-callback; raise the ``ApiFailure`` its reply asks for."""
        if not self.wanted(sdkappid, command):
            return
        callback = CALLBACKS[command]
        for delivery in self._send(sdkappid, command, self.body(command, fields)):
            _verdict(callback, delivery)

    def after(self, sdkappid: int, events: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Queue the after-callbacks of a call that succeeded (sent in the background)."""
        for command, fields in events:
            if self.wanted(sdkappid, command):
                self._queue.put((sdkappid, command, self.body(command, fields)))
                self._start()

    def drain(self, timeout: float = 30.0) -> bool:
        """Wait until every queued after-callback was sent (or ``timeout`` passed); whether
        they all were."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True

    def _start(self) -> None:
        with self._lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(
                    target=self._deliver, name="emulator-callbacks", daemon=True
                )
                self._worker.start()

    def _deliver(self) -> None:
        while True:
            sdkappid, command, body = self._queue.get()
            try:
                if sdkappid in self._settings:
                    self._send(sdkappid, command, body)
            finally:
                self._queue.task_done()

    def _send(self, sdkappid: int, command: str, body: dict[str, Any]) -> list[CallbackDelivery]:
        settings = self._settings[sdkappid]
        sent = []
        content = json.dumps(body, ensure_ascii=False).encode()
        retries = 1 if settings.retry_on_timeout and CALLBACKS[command].kind == "after" else 0
        for url in settings.urls:
            for attempt in range(1, retries + 2):
                delivery = self._post(sdkappid, command, url, settings, body, content, attempt)
                with self._lock:
                    self._recorded.append(delivery)
                sent.append(delivery)
                if delivery.error != "timeout":
                    break
        return sent

    def _post(
        self,
        sdkappid: int,
        command: str,
        url: str,
        settings: CallbackSettings,
        body: dict[str, Any],
        content: bytes,
        attempt: int,
    ) -> CallbackDelivery:
        query: dict[str, str] = {
            QUERY.sdkappid: str(sdkappid),
            QUERY.command: command,
            QUERY.content_type: "json",
            QUERY.client_ip: "127.0.0.1",
            QUERY.platform: "RESTAPI",
        }
        if settings.token is not None:
            stamp = str(int(self._clock()))
            query.update({QUERY.sign: sign(settings.token, stamp), QUERY.request_time: stamp})
        started = time.monotonic()
        status: int | None = None
        reply: dict[str, Any] | None = None
        error = ""
        try:
            with httpx.Client(timeout=settings.timeout, trust_env=False) as http:
                answer = http.post(
                    url,
                    params=query,
                    content=content,
                    headers={"Content-Type": "application/json"},
                )
            status = answer.status_code
            try:
                parsed = answer.json()
                reply = parsed if isinstance(parsed, dict) else None
            except ValueError:
                error = "the reply is not JSON"
        except httpx.TimeoutException:
            error = "timeout"
        except httpx.HTTPError as exc:
            error = type(exc).__name__
        return CallbackDelivery(
            sdkappid, command, url, body, status, reply, error, attempt,
            round(time.monotonic() - started, 3),
        )  # fmt: skip


def callback_settings(data: Any) -> tuple[int, CallbackSettings | None]:
    """An app's settings from JSON (the admin endpoint, a seed): ``sdkappid``, ``urls``
    (none: callbacks off), ``token``, ``commands``, ``timeout``, ``retry_on_timeout``."""
    if not isinstance(data, dict):
        raise ValueError("callback settings are a JSON object")
    sdkappid = data.get("sdkappid")
    if isinstance(sdkappid, bool) or not isinstance(sdkappid, int):
        raise ValueError("sdkappid: an integer")
    urls = data.get("urls") or []
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise ValueError("urls: a list of callback URLs")
    if not urls:
        return sdkappid, None
    commands = data.get("commands")
    token = data.get("token")
    if token is not None and not isinstance(token, str):
        raise ValueError("token: a string")
    timeout = data.get("timeout", 2.0)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 30:
        raise ValueError("timeout: seconds, above 0 and at most 30")
    return sdkappid, CallbackSettings(
        urls=tuple(urls),
        token=token,
        commands=frozenset(commands) if commands is not None else None,
        timeout=float(timeout),
        retry_on_timeout=bool(data.get("retry_on_timeout", False)),
    )


def _verdict(callback: Callback, delivery: CallbackDelivery) -> None:
    """What a before-callback's reply decides: nothing (carry on) or the call's failure."""
    reply = delivery.reply
    if delivery.status != 200 or reply is None:
        return  # no usable answer: the event happens (the console's default)
    code = reply.get("ErrorCode")
    if not isinstance(code, int) or isinstance(code, bool) or code == 0:
        return
    if code == 1 and callback.refused_code is not None:
        raise ApiFailure(
            callback.refused_code, f"the app's callback {callback.command} refused the request"
        )
    if callback.may_reject_with(code):
        info = reply.get("ErrorInfo")
        raise ApiFailure(code, info if isinstance(info, str) else "refused by the app")
