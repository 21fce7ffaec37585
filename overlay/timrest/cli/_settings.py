"""Client settings for the command: flags first, then ``TIM_*`` environment variables.

The secret key is read from ``--secret-key-file`` or ``TIM_SECRET_KEY``. ``--secret-key`` on
the command line works but warns: it lands in shell history and process listings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from timrest import TimValidationError

HISTORY_WARNING = (
    "warning: --secret-key puts the secret in your shell history and the process list; "
    "prefer TIM_SECRET_KEY or --secret-key-file"
)


def read_secret(secret_key: str | None, secret_key_file: Path | None) -> str | None:
    """The secret key from the file, the flag (with a warning) or TIM_SECRET_KEY."""
    if secret_key_file is not None:
        return secret_key_file.read_text(encoding="utf-8").strip()
    if secret_key is not None:
        print(HISTORY_WARNING, file=sys.stderr)  # noqa: T201
        return secret_key
    return os.environ.get("TIM_SECRET_KEY") or None


def client_kwargs(
    *,
    sdkappid: str | None,
    identifier: str | None,
    secret_key: str | None,
    secret_key_file: Path | None,
    region: str | None,
    base_url: str | None,
    timeout: float | None,
    max_retries: int | None,
) -> dict[str, Any]:
    env = os.environ
    kwargs: dict[str, Any] = {
        "sdkappid": sdkappid or env.get("TIM_SDKAPPID"),
        "identifier": identifier or env.get("TIM_IDENTIFIER"),
        "secret_key": read_secret(secret_key, secret_key_file),
    }
    if kwargs["secret_key"] is None:
        if not env.get("TIM_USERSIG"):
            raise TimValidationError(
                "secret_key",
                "missing: set TIM_SECRET_KEY (or TIM_USERSIG) or pass --secret-key-file",
            )
        kwargs["usersig"] = env["TIM_USERSIG"]
    region = region or env.get("TIM_REGION")
    base_url = base_url or env.get("TIM_BASE_URL")
    if base_url:
        kwargs["base_url"] = [u.strip() for u in base_url.split(",") if u.strip()]
    elif region:
        kwargs["region"] = region
    if timeout is not None:
        kwargs["timeout"] = timeout
    if max_retries is not None:
        kwargs["max_retries"] = max_retries
    for name, var in (("sdkappid", "TIM_SDKAPPID"), ("identifier", "TIM_IDENTIFIER")):
        if kwargs[name] is None:
            raise TimValidationError(name, f"missing: pass --{name} or set {var}")
    return kwargs
