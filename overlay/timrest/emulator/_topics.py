"""Community topics as the service keeps them: created or imported (custom IDs under the
Community's ``@TOPIC#_`` prefix, at most the operation's ``x-tim-quota`` per Community),
read with a member's view, changed and destroyed (a destroyed topic answers 110003, and its
permissions leave every permission group). Only Communities created with topics on serve
them (11000 otherwise)."""

from __future__ import annotations

from typing import Any

from ._failure import ApiFailure
from ._handlers import Call, HandlerBase, handles
from ._state import Group

__all__ = ["TopicHandlers"]

_PROFILE = ("TopicName", "From_Account", "CustomString", "FaceUrl", "Notification", "Introduction")
_CALLBACK_PROFILE = {
    "TopicName": "Name",
    "Introduction": "Introduction",
    "Notification": "Notification",
    "FaceUrl": "FaceUrl",
}
"""A topic's fields the info-changed callback reports, by request field: its own name."""


class TopicHandlers(HandlerBase):
    """The topic operations of a Community."""

    def _topic_group(self, call: Call) -> Group:
        group = self._group(call)
        if not group.support_topic:
            raise ApiFailure(11000, f"topics are not enabled for {group.group_id}")
        return group

    def _new_topic(self, call: Call, in_use: int, *, fire: bool = False) -> dict[str, Any]:
        group = self._topic_group(call)
        data = call.data
        field = call.op.param_by_wire("TopicId")
        prefix = f"{group.group_id}{field.id_separator}"
        topic_id = data.get("TopicId")
        if topic_id is not None:
            broken = field.compound_violation(topic_id, data)  # the spec's x-tim-compound-id
            if broken is not None:
                raise ApiFailure(field.code_for("invalid"), f"TopicId: {broken}")
            if topic_id in group.topics or topic_id in group.destroyed_topics:
                raise ApiFailure(in_use, f"topic ID {topic_id[:96]!r} is already used")
        self._within_quota(call, len(group.topics), "topics")
        operator = data.get("From_Account") or call.identifier
        if fire:  # the app's server may refuse the topic (10016, or its own code)
            self._before(
                call,
                "Group.CallbackBeforeCreateTopic",
                Operator_Account=operator,
                Type=group.type,
                Name=data["TopicName"],
            )
        if topic_id is None:
            topic_id = f"{prefix}@TOPIC#c{self.state.next_seq():08X}"
        fields = {key: data[key] for key in _PROFILE if key in data}
        fields.update(
            CreateTime=data.get("CreateTime", int(self._clock())),
            LastMsgTime=0,
            NextMsgSeq=1,
            MuteAllMember="Off",
        )
        self.state.add_topic(call.sdkappid, group.group_id, topic_id, **fields)
        if fire:
            self._after(
                call,
                "Group.CallbackAfterCreateTopic",
                GroupId=group.group_id,
                TopicId=topic_id,
                Operator_Account=operator,
                Owner_Account=operator,
                Type=group.type,
                Name=data["TopicName"],
                UserDefinedDataList=[],
            )
        return {"TopicId": topic_id}

    @handles("create_topic")
    def _create_topic(self, call: Call) -> dict[str, Any]:
        return self._new_topic(call, 10025, fire=True)

    @handles("import_topic")
    def _import_topic(self, call: Call) -> dict[str, Any]:
        return self._new_topic(call, 10021)

    @handles("destroy_topic")
    def _destroy_topic(self, call: Call) -> dict[str, Any]:
        group = self._topic_group(call)
        results = []
        for topic_id in call.data["TopicIdList"]:
            if group.topics.pop(topic_id, None) is not None:
                group.destroyed_topics.add(topic_id)
                for pg in group.permission_groups.values():
                    pg.topic_permissions.pop(topic_id, None)
                code, info = 0, "ok"
            elif topic_id in group.destroyed_topics:
                code, info = 110003, "topic already destroyed"
            else:
                code, info = 10010, "topic not found"
            results.append({"ErrorCode": code, "ErrorInfo": info, "TopicId": topic_id})
        gone = [item["TopicId"] for item in results if item["ErrorCode"] == 0]
        if gone:
            self._after(
                call,
                "Group.CallbackAfterTopicDestroyed",
                GroupId=group.group_id,
                Type=group.type,
                TopicIdList=gone,
            )
        return {"DestroyResultItem": results}

    @handles("get_topic")
    def _get_topic(self, call: Call) -> dict[str, Any]:
        group = self._topic_group(call)
        data = call.data
        wanted = data.get("TopicIdList")
        keep = data.get("ResponseFilter")
        member = group.members.get(data["From_Account"], {})
        self_info = {
            "ShutUpTime": member.get("MuteUntil", 0),
            "MsgSeq": member.get("MsgSeq", 0),
            "MsgFlag": member.get("MsgFlag", "AcceptAndNotify"),
        }
        items = []
        for topic_id in wanted if wanted is not None else list(group.topics):
            names = {"TopicId": topic_id, "GroupID": group.group_id}
            topic = group.topics.get(topic_id)
            if topic is None:
                gone = topic_id in group.destroyed_topics
                code, info = (110003, "topic destroyed") if gone else (10010, "topic not found")
                items.append({"ErrorCode": code, "ErrorInfo": info, "TopicInfo": names})
                continue
            fields = {k: v for k, v in topic.fields.items() if k != "From_Account"}
            if keep is not None:
                fields = {k: v for k, v in fields.items() if k in keep}
            info_fields = {**fields, **names}
            items.append(
                {"ErrorCode": 0, "ErrorInfo": "ok", "TopicInfo": info_fields, "SelfInfo": self_info}
            )
        return {"TopicAndSelfInfo": items}

    @handles("modify_topic")
    def _modify_topic(self, call: Call) -> dict[str, Any]:
        group = self._topic_group(call)
        data = call.data
        topic = group.topics.get(data["TopicId"])
        if topic is None:  # destroyed or never there: the page answers 10010 for both
            raise ApiFailure(10010, "topic not found or destroyed")
        for key in (*_PROFILE, "MuteAllMember"):
            if key in data:
                topic.fields[key] = data[key]
        profile = {name: data[key] for key, name in _CALLBACK_PROFILE.items() if key in data}
        if profile:  # the callback covers name, introduction, notification and photo only
            self._after(
                call,
                "Group.CallbackAfterTopicInfoChanged",
                GroupId=group.group_id,
                Type=group.type,
                Operator_Account=data.get("From_Account") or call.identifier,
                **profile,
            )
        return {}
