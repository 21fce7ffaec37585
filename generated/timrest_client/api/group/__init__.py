# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
"""Contains endpoint functions for accessing the API"""
