# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Delete custom attributes of a group"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="delete_group_attr",
    method="POST",
    path="/v4/group_open_http_svc/delete_group_attr",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="DeleteGroupAttrRequest",
    response_schema="BaseResponse",
    summary="Delete custom attributes of a group",
)
