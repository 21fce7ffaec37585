"""The ``timrest`` command (``pip install 'timrest[cli]'``).

Exit codes: 0 success; 1 API, network or malformed-response error; 2 usage error (bad
argument or configuration); 130 interrupted (the resume cursor is printed).
"""

from ._app import app, main

__all__ = ["app", "main"]
