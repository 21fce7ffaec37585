# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Change a topic's profile"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="modify_topic",
    method="POST",
    path="/v4/million_group_open_http_svc/modify_topic",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="ModifyTopicRequest",
    response_schema="BaseResponse",
    summary="Change a topic's profile",
)
