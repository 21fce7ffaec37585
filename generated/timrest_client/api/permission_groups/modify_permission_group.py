# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Change a permission group's name, permission or data"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="modify_permission_group",
    method="POST",
    path="/v4/group_open_http_svc/modify_permission_group",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="ModifyPermissionGroupRequest",
    response_schema="BaseResponse",
    summary="Change a permission group's name, permission or data",
)
