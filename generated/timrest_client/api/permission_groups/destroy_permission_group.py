# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Destroy permission groups of a Community"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="destroy_permission_group",
    method="POST",
    path="/v4/group_open_http_svc/destroy_permission_group",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="DestroyPermissionGroupRequest",
    response_schema="DestroyPermissionGroupResponse",
    summary="Destroy permission groups of a Community",
)
