# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Add or overwrite custom attributes of a group"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="modify_group_attr",
    method="POST",
    path="/v4/group_open_http_svc/modify_group_attr",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="ModifyGroupAttrRequest",
    response_schema="BaseResponse",
    summary="Add or overwrite custom attributes of a group",
)
