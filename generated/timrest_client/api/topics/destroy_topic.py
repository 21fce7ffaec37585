# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Destroy topics of a Community"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="destroy_topic",
    method="POST",
    path="/v4/million_group_open_http_svc/destroy_topic",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="DestroyTopicRequest",
    response_schema="DestroyTopicResponse",
    summary="Destroy topics of a Community",
)
