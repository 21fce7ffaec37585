# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client
# with templates/openapi-python-client, and tools/generate_operations.py).
"""The generated layer, imported as ``timrest._generated`` (overlay/timrest/_generated links here)."""
