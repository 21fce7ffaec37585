"""Write an operation of openapi.yaml as the page ``nox -s upstream`` reads, in each form.

    python tools/pages.py [--spec openapi.yaml] [--form markdown|text] COMMAND > PAGE

The page states what the spec says (request path, group types, maximum call frequency,
request and response fields, samples from the spec's examples, error codes, the last-updated
date) in the layout of Tencent's documentation source (``markdown``) or of its rendered
text (``text``: headings and table cells on lines of their own, samples as bare JSON). The
tests render every operation, check that the upstream check agrees, then edit the spec and
check that each kind of edit is found: the test pages follow the spec and restate nothing.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from upstream import GROUP_TYPES, Spec, _body

__all__ = ["Page", "find", "render"]

Form = Literal["markdown", "text"]


@dataclass(frozen=True)
class Page:
    """One page's content: headings with their tables, paragraphs and samples."""

    blocks: list[tuple[str, Any]]
    """``("heading", text)``, ``("para", text)``, ``("table", rows)``, ``("sample", obj)``."""

    def markdown(self) -> str:
        out: list[str] = []
        for kind, value in self.blocks:
            if kind == "heading":
                out += [f"### {value}", ""]
            elif kind == "para":
                out += [value, ""]
            elif kind == "sample":
                out += ["```json", json.dumps(value, indent=4, ensure_ascii=False), "```", ""]
            else:
                head, *rows = value
                out.append("| " + " | ".join(head) + " |")
                out.append("|" + "|".join("---" for _ in head) + "|")
                out += ["| " + " | ".join(row) + " |" for row in rows]
                out.append("")
        return "\n".join(out)

    def text(self) -> str:
        out: list[str] = []
        for kind, value in self.blocks:
            if kind in ("heading", "para"):
                out.append(value)
            elif kind == "sample":
                out.append(json.dumps(value, indent=4, ensure_ascii=False))
            else:
                out += [cell for row in value for cell in row]
        return "\n".join(out) + "\n"


def find(spec: Spec, command: str) -> tuple[str, dict[str, Any]]:
    """The path and the operation whose last path segment is ``command``."""
    for path, item in spec.data["paths"].items():
        if path.rsplit("/", 1)[-1] == command and "post" in item:
            return path, item["post"]
    raise LookupError(f"the spec has no operation {command}")


def _examples(op: dict[str, Any], status: str | None) -> list[Any]:
    node = op["requestBody"] if status is None else op["responses"][status]
    content = node["content"]["application/json"]
    return [example["value"] for example in content.get("examples", {}).values()][:1]


def _fields(spec: Spec, schema: dict[str, Any], request: bool) -> list[list[str]]:
    props, required = spec.properties(schema)
    head = (
        ["Field", "Type", "Required", "Description"]
        if request
        else ["Field", "Type", "Description"]
    )
    rows = [head]
    for name, node in props.items():
        resolved = spec.resolve(node)
        doc = " ".join(str(resolved.get("description", name)).split()).split(". ")[0].rstrip(".")
        maximum = resolved.get("maximum")
        if name == "Limit" and maximum is not None:
            doc = f"{doc} (Limit: at most {maximum})"
        kind = spec.type_name(node)
        cells = [name, kind, "Yes" if name in required else "No", doc] if request else [
            name, kind, doc]  # fmt: skip
        rows.append([c.replace("|", "/") for c in cells])
    return rows


def render(spec: Spec, command: str) -> Page:
    """The page for one operation, from the spec alone."""
    path, op = find(spec, command)
    rate = op.get("x-tim-rate-limit", {}).get("calls")
    types = set(op.get("x-tim-group-types", []))
    codes = sorted({row["code"]: row["meaning"] for row in op.get("x-tim-error-codes", [])}.items())
    updated = op.get("x-tim-upstream", {}).get("updated")
    blocks: list[tuple[str, Any]] = [
        ("para", "REST API"),
        ("heading", "Overview"),
        ("para", f"{op.get('summary', command)}. (Written by tools/pages.py from openapi.yaml.)"),
        ("heading", "Applicable group types"),
        (
            "table",
            [["Group Type ID", "RESTful API Support"]]
            + [[t, "Yes" if t in types else "No"] for t in GROUP_TYPES[:5]],
        ),
        ("heading", "Sample request URL"),
        (
            "para",
            f"https://xxxxxx{path}?sdkappid=88888888&identifier=admin&usersig=xxx"
            "&random=99999999&contenttype=json",
        ),
        ("heading", "Maximum call frequency"),
        ("para", f"{rate} calls per second"),
        ("heading", "Sample request"),
        *(("sample", value) for value in _examples(op, None)),
        ("heading", "Request fields"),
        ("table", _fields(spec, _body(op), request=True)),
        ("heading", "Sample response"),
        *(("sample", value) for value in _examples(op, "200")),
        ("heading", "Response fields"),
        ("table", _fields(spec, _body(op, "200"), request=False)),
        ("heading", "Error codes"),
        ("table", [["Error Code", "Description"]] + [[str(c), m] for c, m in codes]),
    ]
    if updated:
        blocks.append(("para", f"Last updated: {updated} 10:00:00"))
    return Page(blocks)


def main(argv: list[str]) -> int:
    args = argv[1:]
    spec_path, form = Path("openapi.yaml"), "markdown"
    while len(args) >= 2 and args[0] in ("--spec", "--form"):
        if args[0] == "--spec":
            spec_path = Path(args[1])
        else:
            form = args[1]
        args = args[2:]
    if len(args) != 1 or form not in ("markdown", "text"):
        print(__doc__, file=sys.stderr)  # noqa: T201
        return 2
    spec = Spec(yaml.safe_load(spec_path.read_text(encoding="utf-8")))
    page = render(spec, args[0])
    sys.stdout.write(page.markdown() if form == "markdown" else page.text())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
