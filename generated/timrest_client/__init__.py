# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The client layer generated from openapi.yaml: every operation's ``Endpoint``, by path."""

from .api.group_attributes.clear_group_attr import ENDPOINT as _CLEAR_GROUP_ATTR
from .api.group_attributes.delete_group_attr import ENDPOINT as _DELETE_GROUP_ATTR
from .api.group_attributes.get_group_attr import ENDPOINT as _GET_GROUP_ATTR
from .api.group_attributes.modify_group_attr import ENDPOINT as _MODIFY_GROUP_ATTR
from .api.group_attributes.set_group_attr import ENDPOINT as _SET_GROUP_ATTR
from .api.permission_groups.get_permission_group_member_list import (
    ENDPOINT as _GET_PERMISSION_GROUP_MEMBER_LIST,
)
from .client import Endpoint, QueryParameter

ENDPOINTS: dict[str, Endpoint] = {
    _GET_GROUP_ATTR.path: _GET_GROUP_ATTR,
    _SET_GROUP_ATTR.path: _SET_GROUP_ATTR,
    _MODIFY_GROUP_ATTR.path: _MODIFY_GROUP_ATTR,
    _DELETE_GROUP_ATTR.path: _DELETE_GROUP_ATTR,
    _CLEAR_GROUP_ATTR.path: _CLEAR_GROUP_ATTR,
    _GET_PERMISSION_GROUP_MEMBER_LIST.path: _GET_PERMISSION_GROUP_MEMBER_LIST,
}

__all__ = ["ENDPOINTS", "Endpoint", "QueryParameter"]
