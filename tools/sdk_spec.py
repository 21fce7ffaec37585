"""Derive ``openapi.sdk.yaml`` from ``openapi.yaml``: the variant that other teams' generators
take (``nox -s generate`` writes it to generated/; never edit it by hand).

What changes, and why:
- ``sdkappid``, ``identifier`` and ``usersig`` become ``apiKey``-in-query security schemes
  with a global ``security`` requirement, so generated clients set them once, instead of
  parameters that every call site passes. ``random`` and ``contenttype`` stay per-call
  parameters (shared components).
- ``ErrorCodeKnown``: every documented error code (the root and per-operation
  ``x-tim-error-codes``) as an integer enum with ``x-enum-varnames`` and
  ``x-enum-descriptions``. ``ErrorCode`` itself stays a plain integer: new codes appear.
- ``x-codeSamples``: a curl command per operation with the full signed URL and the first
  request example as its body.
- ``info.description`` gains the region table, rendered from ``servers``.

Usage: python tools/sdk_spec.py openapi.yaml OUT.yaml
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

AUTH = ("sdkappid", "identifier", "usersig")
HEADER = (
    "# DO NOT EDIT: derived from openapi.yaml by `nox -s generate` (tools/sdk_spec.py).\n"
    "# The same contract, with the credentials as apiKey security schemes: generate clients\n"
    "# from this file; edit openapi.yaml.\n"
)


def _ref(name: str) -> str:
    return f"#/components/parameters/{name}"


def _varname(row: dict[str, Any]) -> str:
    words = re.sub(r"[^A-Za-z0-9]+", " ", row["meaning"]).upper().split()
    stem = "_".join(words[:5]) or "CODE"
    return f"E{row['code']}_{stem}"


def _error_codes(spec: dict[str, Any]) -> dict[str, Any]:
    rows: dict[int, dict[str, Any]] = {}
    for row in spec.get("x-tim-error-codes", []):
        rows[row["code"]] = row
    for item in spec["paths"].values():
        for op in item.values():
            for row in op.get("x-tim-error-codes", []):
                rows.setdefault(row["code"], row)
    codes = sorted(rows)
    return {
        "type": "integer",
        "format": "int64",
        "description": (
            "Every error code this contract documents (the root and per-operation "
            "`x-tim-error-codes`). `ErrorCode` in responses is a plain integer: compare it with "
            "these values and treat any other non-zero value as an error too."
        ),
        "enum": codes,
        "x-enum-varnames": [_varname(rows[c]) for c in codes],
        "x-enum-descriptions": [rows[c]["meaning"] for c in codes],
    }


def _curl(spec: dict[str, Any], path: str, op: dict[str, Any]) -> str:
    params = spec["components"]["parameters"]
    server = spec["servers"][0]["url"]
    query = "&".join(
        f"{name}={params[name]['example']}" for name in (*AUTH, "random", "contenttype")
    )
    examples = op["requestBody"]["content"]["application/json"].get("examples", {})
    body = next(iter(examples.values()))["value"] if examples else {}
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).replace("'", "'\\''")
    return (
        "# usersig: `timrest usersig generate` (or any TLSSigAPIv2 library); random: a fresh\n"
        "# 32-bit unsigned integer per request.\n"
        f"curl -sS -X POST '{server}{path}?{query}' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        f"  -d '{data}'\n"
    )


def _regions(spec: dict[str, Any]) -> str:
    lines = [
        "",
        "## Regions",
        "",
        "| Region | Server | Backup (`x-tim-backup-url`) |",
        "|---|---|---|",
    ]
    for server in spec["servers"]:
        backup = server.get("x-tim-backup-url")
        lines.append(
            f"| {server['x-tim-region']} | `{server['url']}` | "
            f"{f'`{backup}`' if backup else 'none published'} |"
        )
    return "\n".join(lines) + "\n"


def derive(spec: dict[str, Any]) -> dict[str, Any]:
    """The SDK variant of ``spec`` (a new object; ``spec`` is not changed)."""
    sdk: dict[str, Any] = json.loads(json.dumps(spec))
    components = sdk["components"]
    schemes = {}
    for name in AUTH:
        param = components["parameters"].pop(name)
        schemes[name] = {
            "type": "apiKey",
            "in": "query",
            "name": name,
            "description": param["description"],
        }
    components["securitySchemes"] = schemes
    sdk["security"] = [{name: [] for name in AUTH}]
    refs = {_ref(name) for name in AUTH}
    for path, item in sdk["paths"].items():
        for op in item.values():
            op["parameters"] = [p for p in op.get("parameters", []) if p.get("$ref") not in refs]
            op["x-codeSamples"] = [
                {"lang": "Shell", "label": "curl", "source": _curl(spec, path, op)}
            ]
    components["schemas"]["ErrorCodeKnown"] = _error_codes(spec)
    info = sdk["info"]
    info["title"] = f"{info['title']} (SDK variant)"
    info["description"] = (
        "The SDK variant of `openapi.yaml`, derived by `nox -s generate`: the credentials "
        "`sdkappid`, `identifier` and `usersig` are `apiKey` security schemes (set them once in "
        "your client), and every documented error code is the `ErrorCodeKnown` enum.\n\n"
        + info["description"]
        + _regions(spec)
    )
    return sdk


def main(source: str, out: str) -> None:
    spec = yaml.safe_load(Path(source).read_text())
    text = yaml.safe_dump(derive(spec), sort_keys=False, allow_unicode=True, width=100)
    Path(out).write_text(HEADER + text)


if __name__ == "__main__":
    main(*sys.argv[1:3])
