# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Add Community members to a permission group"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="add_permission_group_member",
    method="POST",
    path="/v4/group_open_http_svc/add_permission_group_member",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="PermissionGroupMembersRequest",
    response_schema="PermissionGroupMembersResponse",
    summary="Add Community members to a permission group",
)
