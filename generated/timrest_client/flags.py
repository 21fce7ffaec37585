# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The bitmasks of openapi.yaml (``x-tim-flags``), as ``enum.IntFlag`` types.

Combine members with ``|`` and pass the result where an argument takes the bitmask; wrap
an integer the service answers (``CommunityPermission(item.permission)``) to read its bits.
"""

from __future__ import annotations

import enum

__all__ = [
    "CommunityPermission",
    "TopicPermission",
]


class CommunityPermission(enum.IntFlag):
    """A Community-level permission bitmask (64 bits; a set bit grants the permission)."""

    MANAGE_GROUP_INFO = 1
    """Modify the Community's profile."""
    MANAGE_GROUP_MEMBER = 2
    """Manage members (remove, approve joins, edit member profiles)."""
    MANAGE_PERMISSION_GROUP_INFO = 4
    """Create, change and destroy permission groups and their topic permissions."""
    MANAGE_PERMISSION_GROUP_MEMBER = 8
    """Add and remove members of permission groups."""
    MANAGE_TOPIC = 16
    """Create, change and destroy topics."""
    GROUP_MUTE_MEMBER = 32
    """Mute a member in every topic."""
    SEND_GROUP_MESSAGE = 64
    """Send messages in every topic."""
    GROUP_AT_ALL = 128
    """Send an @all message in every topic."""
    GET_GROUP_HISTORY_MESSAGE = 256
    """Read the messages from before joining, in every topic."""
    REVOKE_OTHER_MEMBER_GROUP_MESSAGE = 512
    """Recall other members' messages in every topic."""
    BAN_MEMBER_GROUP_MESSAGE = 1024
    """Ban Community members."""


class TopicPermission(enum.IntFlag):
    """A topic-level permission bitmask (64 bits; a set bit grants the permission in that topic)."""

    MANAGE_TOPIC_INFO = 1
    """Change or destroy the topic."""
    MANAGE_PERMISSION_TOPIC_INFO = 2
    """Add, change and remove topic permissions in the topic."""
    TOPIC_MUTE_MEMBER = 4
    """Mute members in the topic."""
    SEND_TOPIC_MESSAGE = 8
    """Send messages in the topic."""
    GET_TOPIC_HISTORY_MESSAGE = 16
    """Read the topic's messages from before joining."""
    REVOKE_OTHER_MEMBER_TOPIC_MESSAGE = 32
    """Recall other members' messages in the topic."""
    TOPIC_AT_ALL = 64
    """Send an @all message in the topic."""
