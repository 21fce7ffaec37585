# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Read topics of a Community and a member's view of them"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="get_topic",
    method="POST",
    path="/v4/million_group_open_http_svc/get_topic",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="GetTopicRequest",
    response_schema="GetTopicResponse",
    summary="Read topics of a Community and a member's view of them",
)
