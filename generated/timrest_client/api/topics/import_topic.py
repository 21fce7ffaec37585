# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Import a topic (migration)"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="import_topic",
    method="POST",
    path="/v4/group_open_http_svc/import_topic",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="ImportTopicRequest",
    response_schema="TopicIdResponse",
    summary="Import a topic (migration)",
)
