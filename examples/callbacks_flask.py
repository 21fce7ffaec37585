"""Receiving Tencent's callbacks in a Flask service: `flask --app examples.callbacks_flask run`.

The app's SDKAppID and the console's callback token come from TIM_SDKAPPID and
TIM_CALLBACK_TOKEN. Point the callback URL (the console, or the emulator's
`POST /_emulator/callbacks`) at http://HOST:PORT/tim/callback.
"""

from __future__ import annotations

import os

from flask import Flask, request

from timrest.webhooks import (
    CallbackAfterGroupAttrChanged,
    CallbackBeforeCreateTopic,
    Delivery,
    Receiver,
    Reply,
    WebhookError,
)

receiver = Receiver(int(os.environ["TIM_SDKAPPID"]), token=os.environ["TIM_CALLBACK_TOKEN"])
web = Flask(__name__)
changed: list[str] = []
"""The groups whose attributes changed (a real service would refresh a cache)."""


def handle(delivery: Delivery) -> Reply | None:
    match delivery.event:
        case CallbackBeforeCreateTopic(name=str(name)) if name.startswith("test"):
            return delivery.reject(10100, "no test topics")
        case CallbackAfterGroupAttrChanged(group_id=str(group)):
            changed.append(group)
    return None


@web.post("/tim/callback")
def callback() -> tuple[bytes, int, dict[str, str]]:
    json = {"Content-Type": "application/json"}
    try:
        delivery = receiver.parse(request.args, request.get_data())
    except WebhookError as error:  # a forged, stale or malformed request: never handled
        return error.reply().body(), error.status_code, json
    reply = handle(delivery) or delivery.allow()
    return reply.body(), 200, json


@web.get("/changed")
def groups_changed() -> list[str]:
    return changed
