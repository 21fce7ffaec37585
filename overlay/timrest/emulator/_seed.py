"""Seeding the emulator: from a YAML/JSON file, or the built-in demo dataset.

Seed file format (YAML or JSON)::

    apps:
      - sdkappid: 1400000000
        secret_key: "5bd2...3b5e"           # the app's key; UserSigs are verified with it
        admins: [administrator]
        custom_member_fields: [MemberDefined1, MemberDefined2]   # at most 5
        community: true                     # the console's Community switch (off: 11000)
        groups:
          - group_id: "@TGS#aROOM"
            type: AVChatRoom                  # AVChatRoom | Community | Public | Work | Meeting
            attributes: {topic: news}         # any group type; 16 keys, 32/4000/16000 bytes
          - group_id: "@TGS#_@TGS#cCOMMUNITY"
            type: Community
            support_topic: true               # topics on (create_group's SupportTopic: 1)
            topics:                           # wire field names, as in the API
              - {TopicId: "@TGS#_@TGS#cCOMMUNITY@TOPIC#_news", TopicName: News}
            members:                          # wire field names, as in the API
              - {Member_Account: bob, Role: Owner, JoinTime: 1425976500}
            generate_members: {count: 1000, prefix: user, seed: 7}   # optional, deterministic
            permission_groups:
              - permission_group_id: "@PMG#_@PMG#cSTAFF"
                name: staff
                permission: 3                 # Community-level bits (CommunityPermission)
                topic_permissions: {"@TGS#_@TGS#cCOMMUNITY@TOPIC#_news": 8}
                members: [bob]                # accounts, or "all" for every group member
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from ._state import State

__all__ = [
    "DEMO_ADMIN",
    "DEMO_COMMUNITY",
    "DEMO_PERMISSION_GROUP",
    "DEMO_ROOM",
    "DEMO_SDKAPPID",
    "DEMO_SECRET_KEY",
    "DEMO_TOPIC",
    "demo_state",
    "generated_members",
    "load_seed",
    "state_from_dict",
]

DEMO_SDKAPPID = 1400000000
# The demo app's key: public on purpose (it is the Tencent reference test vector's key).
DEMO_SECRET_KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e"  # noqa: S105
DEMO_ADMIN = "administrator"
DEMO_ROOM = "@TGS#aLIVEROOM1"
DEMO_COMMUNITY = "@TGS#_@TGS#cDEMOCOMMUNITY"
DEMO_PERMISSION_GROUP = "@PMG#_@PMG#cSTAFF"
DEMO_TOPIC = f"{DEMO_COMMUNITY}@TOPIC#_@TOPIC#cGENERAL"
_FIELDS = ("MemberDefined1", "MemberDefined2")


def generated_members(
    count: int, *, prefix: str = "user", seed: int = 7, custom_fields: tuple[str, ...] = _FIELDS
) -> list[dict[str, Any]]:
    """``count`` deterministic members with every documented field."""
    rng = random.Random(seed)
    roles, flags = (
        ("Member", "Member", "Member", "Admin"),
        ("AcceptAndNotify", "AcceptNotNotify", "Discard"),
    )
    members = []
    for i in range(count):
        joined = 1_600_000_000 + rng.randrange(100_000_000)
        members.append(
            {
                "Member_Account": f"{prefix}{i:06d}",
                "Role": "Owner" if i == 0 else rng.choice(roles),
                "JoinTime": joined,
                "MsgSeq": rng.randrange(100_000),
                "MsgFlag": rng.choice(flags),
                "LastSendMsgTime": joined + rng.randrange(1_000_000),
                "MuteUntil": 0 if rng.random() < 0.9 else joined + 86_400,
                "NameCard": f"{prefix.title()} {i}",
                "AppMemberDefinedData": [
                    {"Key": key, "Value": f"{key.lower()}-{rng.randrange(10)}"}
                    for key in custom_fields
                ],
            }
        )
    return members


def state_from_dict(data: dict[str, Any]) -> State:
    """Build a ``State`` from a parsed seed document (see the module docstring)."""
    state = State()
    for app_doc in data.get("apps", []):
        sdkappid = int(app_doc["sdkappid"])
        state.add_app(
            sdkappid,
            str(app_doc["secret_key"]),
            admins=list(app_doc.get("admins", ["administrator"])),
            custom_member_fields=list(app_doc.get("custom_member_fields", [])),
            community=bool(app_doc.get("community", True)),
        )
        for group_doc in app_doc.get("groups", []):
            gid = str(group_doc["group_id"])
            state.add_group(
                sdkappid,
                gid,
                group_doc["type"],
                group_doc.get("attributes"),
                support_topic=bool(group_doc.get("support_topic", False)),
            )
            for topic_doc in group_doc.get("topics", []):
                fields = dict(topic_doc)
                state.add_topic(sdkappid, gid, str(fields.pop("TopicId")), **fields)
            members = list(group_doc.get("members", []))
            if "generate_members" in group_doc:
                members += generated_members(
                    **group_doc["generate_members"],
                    custom_fields=tuple(app_doc.get("custom_member_fields", [])),
                )
            for member in members:
                fields = dict(member)
                state.add_member(sdkappid, gid, fields.pop("Member_Account"), **fields)
            for pg_doc in group_doc.get("permission_groups", []):
                pgid = str(pg_doc["permission_group_id"])
                pg = state.add_permission_group(
                    sdkappid,
                    gid,
                    pgid,
                    pg_doc.get("name", ""),
                    int(pg_doc.get("permission", 0)),
                    pg_doc.get("custom_string", ""),
                )
                for topic_id, permission in pg_doc.get("topic_permissions", {}).items():
                    if topic_id not in state.group(sdkappid, gid).topics:
                        raise ValueError(f"{pgid}: topic {topic_id!r} is not in {gid}")
                    pg.topic_permissions[topic_id] = int(permission)
                accounts = pg_doc.get("members", [])
                if accounts == "all":
                    accounts = list(state.group(sdkappid, gid).members)
                state.add_permission_group_members(sdkappid, gid, pgid, list(accounts))
    return state


def load_seed(path: str | Path) -> State:
    """A ``State`` from a YAML or JSON seed file."""
    text = Path(path).read_text(encoding="utf-8")
    if str(path).endswith(".json"):
        data = json.loads(text)
    else:
        try:
            import yaml
        except ImportError:
            raise ValueError(
                f"{path}: YAML seeds need the emulator extra (pip install 'timrest[emulator]'); "
                "JSON seeds work without it"
            ) from None
        data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a seed file holds a mapping with an 'apps' list")
    return state_from_dict(data)


def demo_state(members: int = 3000) -> State:
    """The built-in demo: a few groups of each type and one large permission group."""
    return state_from_dict(
        {
            "apps": [
                {
                    "sdkappid": DEMO_SDKAPPID,
                    "secret_key": DEMO_SECRET_KEY,
                    "admins": [DEMO_ADMIN],
                    "custom_member_fields": list(_FIELDS),
                    "groups": [
                        {
                            "group_id": DEMO_ROOM,
                            "type": "AVChatRoom",
                            "attributes": {"topic": "launch", "host": "alice", "viewers": "1200"},
                        },
                        {"group_id": "@TGS#aLIVEROOM2", "type": "AVChatRoom"},
                        {"group_id": "@TGS#2PUBLIC1", "type": "Public"},
                        {"group_id": "@TGS#1WORK1", "type": "Work"},
                        {"group_id": "@TGS#3MEETING1", "type": "Meeting"},
                        {
                            "group_id": DEMO_COMMUNITY,
                            "type": "Community",
                            "support_topic": True,
                            "topics": [
                                {"TopicId": DEMO_TOPIC, "TopicName": "General"},
                                {
                                    "TopicId": f"{DEMO_COMMUNITY}@TOPIC#_announcements",
                                    "TopicName": "Announcements",
                                },
                            ],
                            "generate_members": {"count": members, "prefix": "user", "seed": 7},
                            "permission_groups": [
                                {
                                    "permission_group_id": DEMO_PERMISSION_GROUP,
                                    "name": "staff",
                                    "permission": 0b11,
                                    "topic_permissions": {DEMO_TOPIC: 0b1000},
                                    "members": "all",
                                },
                                {
                                    "permission_group_id": "@PMG#_@PMG#cVIP",
                                    "name": "vip",
                                    "members": [f"user{i:06d}" for i in range(0, min(members, 25))],
                                },
                                {"permission_group_id": "@PMG#_@PMG#cEMPTY", "name": "empty"},
                            ],
                        },
                        {"group_id": "@TGS#_@TGS#cSECONDCOMMUNITY", "type": "Community"},
                    ],
                }
            ]
        }
    )
