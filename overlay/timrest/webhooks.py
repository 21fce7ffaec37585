"""Receiving Tencent's callbacks: verify a request, parse its event, build the reply.

Tencent Cloud Chat POSTs JSON to the app's callback URL after (and before) events, with
``SdkAppid``, ``CallbackCommand`` and, when a token is set in the console, ``Sign`` and
``RequestTime`` in the query. ``Receiver`` checks all of it and hands back a ``Delivery``
whose ``event`` is the typed model of its command, generated from the spec's ``webhooks``
(``CALLBACKS``); a command the spec does not know yet parses as ``UnknownEvent``, never an
exception that would make the app answer non-200::

    from timrest.webhooks import (
        CallbackAfterGroupAttrChanged, CallbackBeforeCreateTopic, Receiver, asgi_app,
    )

    receiver = Receiver(1400000000, token=os.environ["TIM_CALLBACK_TOKEN"])

    def handle(delivery):
        match delivery.event:
            case CallbackBeforeCreateTopic(name=name) if name.startswith("test"):
                return delivery.reject(10100, "no test topics")
            case CallbackAfterGroupAttrChanged(group_id=group):
                refresh(group)
        return None  # allow, or acknowledge an after-callback

    app = asgi_app(receiver, handle)  # or wsgi_app(...), or receiver.parse(query, body)

``Sign`` is the lowercase hex SHA-256 of the token followed by ``RequestTime`` (not an
HMAC), compared in constant time; ``RequestTime`` must lie within ``window`` seconds of now
(one minute by default: INFERRED good practice, the pages of Chat state no window). Every
refusal is one ``WebhookError`` whose ``reason`` says which check failed, with nothing of
the token in it.
"""

from __future__ import annotations

from ._generated.timrest_client import callbacks as _callbacks
from ._generated.timrest_client.callbacks import *  # noqa: F403 - CALLBACKS and the event models
from ._webhook_apps import Handler, asgi_app, wsgi_app
from ._webhooks import (
    DEFAULT_WINDOW,
    MAX_BODY_BYTES,
    Delivery,
    Reason,
    Receiver,
    Reply,
    UnknownEvent,
    WebhookError,
    reply,
    sign,
)

__all__ = [
    "DEFAULT_WINDOW",
    "MAX_BODY_BYTES",
    "Delivery",
    "Handler",
    "Reason",
    "Receiver",
    "Reply",
    "UnknownEvent",
    "WebhookError",
    "asgi_app",
    "reply",
    "sign",
    "wsgi_app",
]
__all__ += _callbacks.__all__  # CALLBACKS and each callback's event model (from the spec)
