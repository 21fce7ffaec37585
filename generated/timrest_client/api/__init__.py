# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client).
"""Contains methods for accessing the API"""
