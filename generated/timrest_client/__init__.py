# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
"""A client library for accessing Tencent Cloud Chat (IM) server REST API, group read operations"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
