# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Create a permission group in a Community"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="create_permission_group",
    method="POST",
    path="/v4/group_open_http_svc/create_permission_group",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="CreatePermissionGroupRequest",
    response_schema="CreatePermissionGroupResponse",
    summary="Create a permission group in a Community",
)
