# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""Grant a permission group permissions in topics"""

from ...client import Endpoint, QueryParameter

ENDPOINT = Endpoint(
    name="add_topic_permission_group",
    method="POST",
    path="/v4/group_open_http_svc/add_topic_permission_group",
    query=(
        QueryParameter("sdkappid", True),
        QueryParameter("identifier", True),
        QueryParameter("usersig", True),
        QueryParameter("random", True),
        QueryParameter("contenttype", True, "json"),
    ),
    content_type="application/json",
    request_schema="AddTopicPermissionGroupRequest",
    response_schema="TopicPermissionResponse",
    summary="Grant a permission group permissions in topics",
)
