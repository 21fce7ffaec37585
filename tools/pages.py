"""Write an operation of openapi.yaml as the page ``nox -s upstream`` reads, in each form.

    python tools/pages.py [--spec openapi.yaml] [--form markdown|text] [--language en|zh]
        COMMAND > PAGE

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
Language = Literal["en", "zh"]

ZH = {
    "Overview": "功能说明",
    "Applicable group types": "适用的群组类型",
    "Group Type ID": "群组类型 ID",
    "RESTful API Support": "是否支持此 REST API",
    "Sample request URL": "请求 URL 示例",
    "Maximum call frequency": "最高调用频率",
    "Sample request": "请求包示例",
    "Request fields": "请求包字段说明",
    "Sample response": "应答包体示例",
    "Response fields": "应答包字段说明",
    "Error codes": "错误码说明",
    "Field": "字段",
    "Type": "类型",
    "Required": "属性",
    "Description": "说明",
    "Error Code": "错误码",
    "Last updated": "最近更新时间",
}
"""The Chinese copy's words for the English page's (as Tencent's Chinese pages word them)."""


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


def _fields(
    spec: Spec, schema: dict[str, Any], request: bool, language: Language = "en"
) -> list[list[str]]:
    props, required = spec.properties(schema)
    words = ["Field", "Type", "Required", "Description"] if request else [
        "Field", "Type", "Description"]  # fmt: skip
    rows = [[ZH[w] if language == "zh" else w for w in words]]
    yes, no = ("必填", "选填") if language == "zh" else ("Yes", "No")
    for name, node in props.items():
        resolved = spec.resolve(node)
        doc = " ".join(str(resolved.get("description", name)).split()).split(". ")[0].rstrip(".")
        maximum = resolved.get("maximum")
        if name == "Limit" and maximum is not None:
            doc = f"{doc}\uff08Limit 最大值为 {maximum}\uff09" if language == "zh" else (
                f"{doc} (Limit: at most {maximum})")  # fmt: skip
        kind = spec.type_name(node)
        cells = [name, kind, yes if name in required else no, doc] if request else [
            name, kind, doc]  # fmt: skip
        rows.append([c.replace("|", "/") for c in cells])
    return rows


def render(spec: Spec, command: str, language: Language = "en") -> Page:
    """The page for one operation, from the spec alone, in English or as the Chinese copy
    (headings, table headers, 必填/选填, 支持/不支持, 次/秒)."""

    def t(text: str) -> str:
        return ZH.get(text, text) if language == "zh" else text

    path, op = find(spec, command)
    rate = op.get("x-tim-rate-limit", {}).get("calls")
    types = set(op.get("x-tim-group-types", []))
    codes = sorted({row["code"]: row["meaning"] for row in op.get("x-tim-error-codes", [])}.items())
    updated = op.get("x-tim-upstream", {}).get("updated")
    supported, unsupported = ("支持", "不支持") if language == "zh" else ("Yes", "No")
    frequency = f"{rate}次/秒" if language == "zh" else f"{rate} calls per second"
    blocks: list[tuple[str, Any]] = [
        ("para", "REST API"),
        ("heading", t("Overview")),
        ("para", f"{op.get('summary', command)}. (Written by tools/pages.py from openapi.yaml.)"),
        ("heading", t("Applicable group types")),
        (
            "table",
            [[t("Group Type ID"), t("RESTful API Support")]]
            + [[g, supported if g in types else unsupported] for g in GROUP_TYPES[:5]],
        ),
        ("heading", t("Sample request URL")),
        (
            "para",
            f"https://xxxxxx{path}?sdkappid=88888888&identifier=admin&usersig=xxx"
            "&random=99999999&contenttype=json",
        ),
        ("heading", t("Maximum call frequency")),
        ("para", frequency),
        ("heading", t("Sample request")),
        *(("sample", value) for value in _examples(op, None)),
        ("heading", t("Request fields")),
        ("table", _fields(spec, _body(op), request=True, language=language)),
        ("heading", t("Sample response")),
        *(("sample", value) for value in _examples(op, "200")),
        ("heading", t("Response fields")),
        ("table", _fields(spec, _body(op, "200"), request=False, language=language)),
        ("heading", t("Error codes")),
        ("table", [[t("Error Code"), t("Description")]] + [[str(c), m] for c, m in codes]),
    ]
    if updated:
        blocks.append(("para", f"{t('Last updated')}: {updated} 10:00:00"))
    return Page(blocks)


def main(argv: list[str]) -> int:
    args = argv[1:]
    spec_path, form, language = Path("openapi.yaml"), "markdown", "en"
    while len(args) >= 2 and args[0] in ("--spec", "--form", "--language"):
        if args[0] == "--spec":
            spec_path = Path(args[1])
        elif args[0] == "--form":
            form = args[1]
        else:
            language = args[1]
        args = args[2:]
    if len(args) != 1 or form not in ("markdown", "text") or language not in ("en", "zh"):
        print(__doc__, file=sys.stderr)  # noqa: T201
        return 2
    spec = Spec(yaml.safe_load(spec_path.read_text(encoding="utf-8")))
    page = render(spec, args[0], "zh" if language == "zh" else "en")
    sys.stdout.write(page.markdown() if form == "markdown" else page.text())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
