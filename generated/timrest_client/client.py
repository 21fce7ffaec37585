# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The records of the client layer: one ``Endpoint`` per operation of the spec.

Generated from the spec's HTTP facts only (method, path, query parameters, body and response
schemas); the SDK's runtime builds every request from these records.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QueryParameter:
    """One query parameter of an operation."""

    name: str
    required: bool
    default: str | None = None
    """The spec's default value, sent when the caller has none (e.g. ``contenttype=json``)."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """How to reach one operation over HTTP."""

    name: str
    """The operationId as a Python identifier."""
    method: str
    path: str
    query: tuple[QueryParameter, ...]
    content_type: str
    """The request body's media type."""
    request_schema: str
    """The name of the request body schema (a model of ``timrest_models``)."""
    response_schema: str
    """The name of the HTTP 200 response schema (a model of ``timrest_models``)."""
    summary: str
