# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Get the custom attributes of a group"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="get_group_attr",
    method="POST",
    path="/v4/group_open_attr_http_svc/get_group_attr",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="GetGroupAttrRequest",
    response_schema="GetGroupAttrResponse",
    summary="Get the custom attributes of a group",
)
