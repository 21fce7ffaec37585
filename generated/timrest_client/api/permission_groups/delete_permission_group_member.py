# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Remove members from a permission group"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="delete_permission_group_member",
    method="POST",
    path="/v4/group_open_http_svc/delete_permission_group_member",
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
    summary="Remove members from a permission group",
)
