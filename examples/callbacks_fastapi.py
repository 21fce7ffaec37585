"""Receiving Tencent's callbacks in a FastAPI service: `uvicorn examples.callbacks_fastapi:api`.

The app's SDKAppID and the console's callback token come from TIM_SDKAPPID and
TIM_CALLBACK_TOKEN. Point the callback URL (the console, or the emulator's
`POST /_emulator/callbacks`) at http://HOST:PORT/tim/callback.
"""

from __future__ import annotations

import os

from fastapi import FastAPI, Request, Response

from timrest.webhooks import (
    CallbackAfterGroupAttrChanged,
    CallbackBeforeCreateTopic,
    Delivery,
    Receiver,
    Reply,
    WebhookError,
)

receiver = Receiver(int(os.environ["TIM_SDKAPPID"]), token=os.environ["TIM_CALLBACK_TOKEN"])
api = FastAPI()
changed: list[str] = []
"""The groups whose attributes changed (a real service would refresh a cache)."""


def handle(delivery: Delivery) -> Reply | None:
    match delivery.event:
        case CallbackBeforeCreateTopic(name=str(name)) if name.startswith("test"):
            return delivery.reject(10100, "no test topics")
        case CallbackAfterGroupAttrChanged(group_id=str(group)):
            changed.append(group)
    return None


@api.post("/tim/callback")
async def callback(request: Request) -> Response:
    try:
        delivery = receiver.parse(dict(request.query_params), await request.body())
    except WebhookError as error:  # a forged, stale or malformed request: never handled
        return Response(error.reply().body(), error.status_code, media_type="application/json")
    reply = handle(delivery) or delivery.allow()
    return Response(reply.body(), media_type="application/json")


@api.get("/changed")
async def groups_changed() -> list[str]:
    return changed
