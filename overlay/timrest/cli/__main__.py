"""``python -m timrest.cli``: the same as the ``timrest`` command."""

from . import main

main()
