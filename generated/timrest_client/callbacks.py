# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The callback table: one ``Callback`` per callback of openapi.yaml (``webhooks``).

``timrest.webhooks`` and the emulator read these records (command word, body model, whether
the reply decides, the codes a rejection may use) and know no callback by themselves.
"""

from __future__ import annotations

from ..._table import Callback, CallbackQuery
from ..timrest_models import (
    CallbackAfterCreateTopic,
    CallbackAfterGroupAttrChanged,
    CallbackAfterTopicDestroyed,
    CallbackAfterTopicInfoChanged,
    CallbackBeforeCreateTopic,
    CallbackReply,
)

__all__ = [
    "CALLBACKS",
    "QUERY",
    "CallbackAfterCreateTopic",
    "CallbackAfterGroupAttrChanged",
    "CallbackAfterTopicDestroyed",
    "CallbackAfterTopicInfoChanged",
    "CallbackBeforeCreateTopic",
    "ReplyModel",
]

ReplyModel = CallbackReply
"""The model of every callback's answer (the webhooks' 200 reply)."""

QUERY = CallbackQuery(
    sdkappid="SdkAppid",
    command="CallbackCommand",
    content_type="contenttype",
    client_ip="ClientIP",
    platform="OptPlatform",
    sign="Sign",
    request_time="RequestTime",
)
"""The wire names of the query parameters every callback carries."""

CALLBACKS: dict[str, Callback] = {
    "Group.CallbackAfterGroupAttrChanged": Callback(
        command="Group.CallbackAfterGroupAttrChanged",
        model=CallbackAfterGroupAttrChanged,
        kind="after",
        reject_codes=(),
        refused_code=None,
        summary="After a group's attributes change",
        docs_url="https://www.tencentcloud.com/document/product/1047/60394",
    ),
    "Group.CallbackBeforeCreateTopic": Callback(
        command="Group.CallbackBeforeCreateTopic",
        model=CallbackBeforeCreateTopic,
        kind="before",
        reject_codes=((1, 1), (10100, 10200)),
        refused_code=10016,
        summary="Before a topic is created",
        docs_url="https://www.tencentcloud.com/document/product/1047/49463",
    ),
    "Group.CallbackAfterCreateTopic": Callback(
        command="Group.CallbackAfterCreateTopic",
        model=CallbackAfterCreateTopic,
        kind="after",
        reject_codes=(),
        refused_code=None,
        summary="After a topic is created",
        docs_url="https://www.tencentcloud.com/document/product/1047/49464",
    ),
    "Group.CallbackAfterTopicDestroyed": Callback(
        command="Group.CallbackAfterTopicDestroyed",
        model=CallbackAfterTopicDestroyed,
        kind="after",
        reject_codes=(),
        refused_code=None,
        summary="After topics are destroyed",
        docs_url="https://www.tencentcloud.com/document/product/1047/49465",
    ),
    "Group.CallbackAfterTopicInfoChanged": Callback(
        command="Group.CallbackAfterTopicInfoChanged",
        model=CallbackAfterTopicInfoChanged,
        kind="after",
        reject_codes=(),
        refused_code=None,
        summary="After a topic's profile changes",
        docs_url="https://www.tencentcloud.com/document/product/1047/49466",
    ),
}
