# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The client layer generated from openapi.yaml: every operation's ``Endpoint``, by path."""

from .api.group_attributes.clear_group_attr import ENDPOINT as _CLEAR_GROUP_ATTR
from .api.group_attributes.delete_group_attr import ENDPOINT as _DELETE_GROUP_ATTR
from .api.group_attributes.get_group_attr import ENDPOINT as _GET_GROUP_ATTR
from .api.group_attributes.modify_group_attr import ENDPOINT as _MODIFY_GROUP_ATTR
from .api.group_attributes.set_group_attr import ENDPOINT as _SET_GROUP_ATTR
from .api.permission_groups.add_permission_group_member import (
    ENDPOINT as _ADD_PERMISSION_GROUP_MEMBER,
)
from .api.permission_groups.add_topic_permission_group import (
    ENDPOINT as _ADD_TOPIC_PERMISSION_GROUP,
)
from .api.permission_groups.create_permission_group import ENDPOINT as _CREATE_PERMISSION_GROUP
from .api.permission_groups.delete_permission_group_member import (
    ENDPOINT as _DELETE_PERMISSION_GROUP_MEMBER,
)
from .api.permission_groups.delete_topic_permission_group import (
    ENDPOINT as _DELETE_TOPIC_PERMISSION_GROUP,
)
from .api.permission_groups.destroy_permission_group import ENDPOINT as _DESTROY_PERMISSION_GROUP
from .api.permission_groups.get_permission_group import ENDPOINT as _GET_PERMISSION_GROUP
from .api.permission_groups.get_permission_group_member_list import (
    ENDPOINT as _GET_PERMISSION_GROUP_MEMBER_LIST,
)
from .api.permission_groups.get_topic_permission_group import (
    ENDPOINT as _GET_TOPIC_PERMISSION_GROUP,
)
from .api.permission_groups.modify_permission_group import ENDPOINT as _MODIFY_PERMISSION_GROUP
from .api.permission_groups.set_topic_permission_group import (
    ENDPOINT as _SET_TOPIC_PERMISSION_GROUP,
)
from .api.topics.create_topic import ENDPOINT as _CREATE_TOPIC
from .api.topics.destroy_topic import ENDPOINT as _DESTROY_TOPIC
from .api.topics.get_topic import ENDPOINT as _GET_TOPIC
from .api.topics.import_topic import ENDPOINT as _IMPORT_TOPIC
from .api.topics.modify_topic import ENDPOINT as _MODIFY_TOPIC
from .client import Endpoint, QueryParameter

ENDPOINTS: dict[str, Endpoint] = {
    _GET_GROUP_ATTR.path: _GET_GROUP_ATTR,
    _SET_GROUP_ATTR.path: _SET_GROUP_ATTR,
    _MODIFY_GROUP_ATTR.path: _MODIFY_GROUP_ATTR,
    _DELETE_GROUP_ATTR.path: _DELETE_GROUP_ATTR,
    _CLEAR_GROUP_ATTR.path: _CLEAR_GROUP_ATTR,
    _GET_PERMISSION_GROUP_MEMBER_LIST.path: _GET_PERMISSION_GROUP_MEMBER_LIST,
    _CREATE_PERMISSION_GROUP.path: _CREATE_PERMISSION_GROUP,
    _DESTROY_PERMISSION_GROUP.path: _DESTROY_PERMISSION_GROUP,
    _MODIFY_PERMISSION_GROUP.path: _MODIFY_PERMISSION_GROUP,
    _GET_PERMISSION_GROUP.path: _GET_PERMISSION_GROUP,
    _ADD_TOPIC_PERMISSION_GROUP.path: _ADD_TOPIC_PERMISSION_GROUP,
    _SET_TOPIC_PERMISSION_GROUP.path: _SET_TOPIC_PERMISSION_GROUP,
    _DELETE_TOPIC_PERMISSION_GROUP.path: _DELETE_TOPIC_PERMISSION_GROUP,
    _GET_TOPIC_PERMISSION_GROUP.path: _GET_TOPIC_PERMISSION_GROUP,
    _ADD_PERMISSION_GROUP_MEMBER.path: _ADD_PERMISSION_GROUP_MEMBER,
    _DELETE_PERMISSION_GROUP_MEMBER.path: _DELETE_PERMISSION_GROUP_MEMBER,
    _CREATE_TOPIC.path: _CREATE_TOPIC,
    _DESTROY_TOPIC.path: _DESTROY_TOPIC,
    _GET_TOPIC.path: _GET_TOPIC,
    _MODIFY_TOPIC.path: _MODIFY_TOPIC,
    _IMPORT_TOPIC.path: _IMPORT_TOPIC,
}

__all__ = ["ENDPOINTS", "Endpoint", "QueryParameter"]
