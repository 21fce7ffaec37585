"""Compare Tencent's documentation pages with openapi.yaml: `nox -s upstream -- PAGE [PAGE ...]`.

A PAGE is one operation's page, in either of two forms: the Markdown of Tencent's public
documentation source (``## headings``, ``| tables |``, fenced samples) or the page's rendered
text (headings and table cells on lines of their own, samples as bare JSON). The check finds
the operation by the request path on the page, extracts its facts (group types, maximum call
frequency, request and response fields, fields used in samples, the ``Limit`` maximum, error
codes, the last-updated date) and prints one line per difference from the spec. Differences
the spec records on purpose (``x-tim-upstream.deviations``) are printed as ``known:``.

Exit status: 0 when the spec agrees with every page (known deviations aside), 1 on any
difference, 2 when a page cannot be read or names no operation of the spec.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Difference", "PageFacts", "check", "compare", "main", "parse_page", "walk"]

GROUP_TYPES = ("Private", "Public", "ChatRoom", "AVChatRoom", "Community", "Work", "Meeting")
TYPE_WORDS = {"string", "integer", "array", "object", "boolean", "number", "int", "uint32"}
SECTIONS = {  # English and Chinese headings
    "group_types": re.compile(r"^(applicable group types?|适用的群组类型)$"),
    "rate": re.compile(r"^(maximum call(ing)? frequency|最高调用频率)$"),
    "request_fields": re.compile(
        r"^((description of )?request (packet |body )?fields|请求包(体)?字段说明)$"
    ),
    "response_fields": re.compile(
        r"^((description of )?response (packet |body )?fields|应答包(体)?字段说明)$"
    ),
    "error_codes": re.compile(r"^(error codes|错误码(说明)?)$"),
}
HEADER_WORDS = {"字段": "field", "类型": "type", "属性": "attribute", "必填": "required",
                "说明": "description", "参数": "field"}  # fmt: skip
"""A Chinese table header's words, in English."""
OTHER_HEADING = re.compile(
    r"^(sample |api |request parameters|feature |description|response|request|references?)",
    re.IGNORECASE,
)
PATH = re.compile(r"\bv4/[a-z_]+/[a-z_]+")
DOMAIN = re.compile(
    r"\b(?:console\.tim\.qq\.com|adminapi[a-z]*\.im\.qcloud\.com|adminapi[a-z]*\.my-imcloud\.com)\b"
)
UPDATED = re.compile(r"(20\d\d-\d\d-\d\d)[ T]\d\d:\d\d")
# Every pattern runs in linear time on any page: a number starts only where a run of digits
# does, and the words between `Limit` and its bound are at most 200 characters (lazy
# `[^.]*?` up to the end of a long line made every `Limit` rescan it: quadratic).
RATE = re.compile(
    r"(?<![\d,])(\d[\d,]*+)\s*+(?:(?:calls?|queries|requests|times)\s*"
    r"(?:per second|/\s*s(?:ec(?:ond)?)?\b)|次\s*/\s*秒)",
    re.IGNORECASE,
)
# "Limit ... at most 100": the word, at most 200 characters of one sentence, a bound phrase
# and the number. Searched from the phrase back to the word (phrases are rare, the word may
# not be: a page of "Limit Limit ..." took seconds per MB read forwards).
LIMIT_GAP = 200
LIMIT_PHRASE = re.compile(
    r"(?:cannot exceed|can not exceed|must not exceed|not exceed|"
    r"at most|maximum(?: value)?(?: of| is)?|up to|no more than|≤|<=|最大值?为|最多|不超过|"
    r"不能超过)\s*(\d+)",
    re.IGNORECASE,
)
LIMIT_WORD = re.compile(rf"\b(Limit)\b[^.。\n]{{0,{LIMIT_GAP}}}\Z", re.IGNORECASE)


def _limits(text: str) -> list[int]:
    """Every number a ``Limit ... <bound phrase> N`` sentence gives, left to right; each word
    ``Limit`` bounds the first phrase after it only."""
    out: list[int] = []
    taken = 0  # where the last match ended: a word before it is spent
    for phrase in LIMIT_PHRASE.finditer(text):
        start = phrase.start()
        word = LIMIT_WORD.search(text, max(taken, start - LIMIT_GAP - len("Limit")), start)
        # The search ends at the phrase, where \b holds: "Limitat most" is one word.
        if word and not (word.end(1) == start and (text[start].isalnum() or text[start] == "_")):
            out.append(int(phrase.group(1)))
            taken = phrase.end()
    return out


@dataclass
class PageFacts:
    """What one page says about one operation."""

    path: str
    updated: str | None = None
    group_types: dict[str, bool] = field(default_factory=dict)
    rate_limit: int | None = None
    request_fields: dict[str, tuple[str, bool | None]] = field(default_factory=dict)
    response_fields: dict[str, str] = field(default_factory=dict)
    error_codes: set[int] = field(default_factory=set)
    limit_max: int | None = None
    samples: list[dict[str, Any]] = field(default_factory=list)
    domains: set[str] = field(default_factory=set)

    def read(self) -> list[str]:
        """The kinds of fact found on the page (what a verdict compared)."""
        found = [
            ("group types", bool(self.group_types)),
            ("rate", self.rate_limit is not None),
            ("request fields", bool(self.request_fields)),
            ("response fields", bool(self.response_fields)),
            ("error codes", bool(self.error_codes)),
            ("Limit maximum", self.limit_max is not None),
            ("samples", bool(self.samples)),
            ("domains", bool(self.domains)),
            ("date", self.updated is not None),
        ]
        return [name for name, present in found if present]

    def unread(self) -> list[str]:
        """Why no verdict can be given, if one cannot: a page must show its request-field
        table and at least two of its group-type table, rate and error-code table (every
        page of these families has all four); else the check read too little."""
        missing = []
        if not self.request_fields:
            missing.append("no request-field table")
        others = {
            "no group-type table": bool(self.group_types),
            "no call frequency": self.rate_limit is not None,
            "no error-code table": bool(self.error_codes),
        }
        if sum(others.values()) < 2:
            missing.extend(name for name, present in others.items() if not present)
        return missing


@dataclass(frozen=True)
class Difference:
    operation: str
    subject: str
    """The field, code or group type the difference is about (matched against deviations)."""
    text: str
    known: str | None = None
    """The recorded reason, when the spec deviates from the page on purpose."""

    def line(self) -> str:
        if self.known is not None:
            return f"known: {self.operation}: {self.text} ({self.known})"
        return f"{self.operation}: {self.text}"


# -- reading a page ---------------------------------------------------------------------


def _section(heading: str) -> str | None:
    text = heading.strip().strip("#").strip().lower()
    for name, pattern in SECTIONS.items():
        if pattern.search(text):
            return name
    return None


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _markdown_sections(text: str) -> dict[str, list[list[list[str]]]]:
    """Each known section's tables (rows of cells), from the Markdown form."""
    tables: dict[str, list[list[list[str]]]] = {}
    current: str | None = None
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line.lstrip().startswith("|"):
            cells = _cells(line)
            if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                rows.append(cells)
            continue
        if rows and current is not None:
            tables.setdefault(current, []).append(rows)
        rows = []
        if line.startswith("#"):
            current = _section(line)
    return tables


def _word(cell: str) -> str:
    """A table header's word, in English (``字段`` is ``field``)."""
    return HEADER_WORDS.get(cell.strip(), cell.strip().lower())


def _is_type_id(line: str) -> bool:
    return line in GROUP_TYPES


def _is_field(line: str) -> bool:
    return re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", line) is not None


def _text_sections(lines: list[str]) -> dict[str, list[list[list[str]]]]:
    """Each known section's table, rebuilt from the rendered form (one cell per line)."""
    tables: dict[str, list[list[list[str]]]] = {}
    current: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        name = _section(line) if len(line) < 60 else None
        if name is not None:
            current = name
            i += 1
            continue
        if current == "group_types" and _is_type_id(_group_type(line)) and i + 1 < len(lines):
            tables.setdefault(current, [[]])[0].append([line, lines[i + 1]])
            i += 2
            continue
        if current == "error_codes" and line.isdigit() and i + 1 < len(lines):
            tables.setdefault(current, [[]])[0].append([line, lines[i + 1]])
            i += 2
            continue
        if current in {"request_fields", "response_fields"} and _word(line) == "field":
            header = [line]
            j = i + 1
            # Header words come once each: a field named like one (`Type`) starts a row.
            words = {"type", "required", "attribute", "description"}
            while j < len(lines) and _word(lines[j]) in words - {_word(h) for h in header}:
                header.append(lines[j])
                j += 1
            rows = [header]
            # Each row starts with a field name and a type word; the description that
            # follows may span several lines, up to the next row or heading.
            while j + 1 < len(lines) and _section(lines[j]) is None:
                if _is_field(lines[j]) and lines[j + 1].lower() in TYPE_WORDS:
                    row = lines[j : j + len(header) - 1]
                    rows.append(row)
                    j += len(row)
                    continue
                if OTHER_HEADING.match(lines[j]) and len(lines[j]) < 60 and not rows[1:]:
                    break
                j += 1
            tables.setdefault(current, []).append(rows)
            i = j
            continue
        i += 1
    return tables


def _uncommented(line: str) -> str:
    """``line`` without a ``//`` comment and the spaces before it (``re.sub(r"\\s*//.*$")``
    in linear time: that pattern rescans a long run of spaces from each of its positions)."""
    at = line.find("//")
    return line if at < 0 else line[:at].rstrip()


def _json_samples(text: str) -> list[dict[str, Any]]:
    """Every JSON object sample, with ``//`` comments and trailing commas removed."""
    samples: list[dict[str, Any]] = []
    depth, current = 0, list[str]()
    for line in text.splitlines():
        code = _uncommented(line).strip().replace("\uff0c", ",")
        if depth == 0 and not code.startswith("{"):
            continue
        if depth and code and code[0] not in '"{}[]0123456789-tfn':
            depth, current = 0, []  # an unfinished fragment ("MemberList": [ ....)
            continue
        current.append(code)
        depth += code.count("{") + code.count("[") - code.count("}") - code.count("]")
        if depth <= 0:
            joined = re.sub(r",\s*([}\]])", r"\1", "\n".join(current))
            joined = re.sub(r"([}\]\"])\s*\n\s*([{\"])", r"\1,\n\2", joined)  # missing commas
            try:
                value = json.loads(joined)
            except (ValueError, RecursionError):  # not JSON, or nested past any real sample
                value = None
            if isinstance(value, dict):
                samples.append(value)
            depth, current = 0, []
    return samples


def _required(text: str) -> bool | None:
    word = text.strip().lower()
    if word.startswith(("yes", "required", "mandatory", "必填", "是")):
        return True
    if word.startswith(("no", "optional", "选填", "否")):
        return False
    return None


def _group_type(cell: str) -> str:
    """A group-type cell names the type by its leading word (a note may follow it)."""
    match = re.match(r"[A-Za-z]+", cell.strip())
    return match.group(0) if match else cell


def parse_page(text: str) -> PageFacts:
    """The facts of one page, in either form."""
    match = PATH.search(text)
    if match is None:
        raise ValueError("no request path (v4/service/command) on the page")
    facts = PageFacts(path=match.group(0))
    updated = UPDATED.search(text)
    facts.updated = updated.group(1) if updated else None
    markdown = re.search(r"^#{1,6} ", text, re.MULTILINE) is not None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    tables = _markdown_sections(text) if markdown else _text_sections(lines)
    for rows in tables.get("group_types", []):
        for row in rows:
            if len(row) >= 2 and _group_type(row[0]) in GROUP_TYPES:
                supported = row[1].lower().startswith(("yes", "supported", "支持"))
                facts.group_types[_group_type(row[0])] = supported
    for kind in ("request_fields", "response_fields"):
        for rows in tables.get(kind, []):
            header = [_word(cell) for cell in rows[0]]
            if "field" not in header or "type" not in header:
                continue
            name, kind_at = header.index("field"), header.index("type")
            req = next((header.index(h) for h in ("required", "attribute") if h in header), None)
            for row in rows[1:]:
                if len(row) <= max(name, kind_at) or not _is_field(row[name]):
                    continue
                if kind == "request_fields":
                    required = _required(row[req]) if req is not None else None
                    facts.request_fields[row[name]] = (row[kind_at].capitalize(), required)
                else:
                    facts.response_fields[row[name]] = row[kind_at].capitalize()
    for rows in tables.get("error_codes", []):
        for row in rows:
            if row and row[0].strip().isdigit():
                facts.error_codes.add(int(row[0]))
    rate_text = _section_text(text, lines, markdown, "rate")
    rate = RATE.search(rate_text)
    facts.rate_limit = int(rate.group(1).replace(",", "")) if rate else None
    limits = _limits(text)
    facts.limit_max = max(limits) if limits else None
    facts.samples = _json_samples(text)
    facts.domains = set(DOMAIN.findall(text))
    return facts


def _section_text(text: str, lines: list[str], markdown: bool, name: str) -> str:
    out: list[str] = []
    inside = False
    for line in text.splitlines() if markdown else lines:
        heading = (
            line.startswith("#")
            if markdown
            else len(line) < 60
            and (_section(line) is not None or OTHER_HEADING.match(line) is not None)
        )
        if heading:
            inside = _section(line) == name
            continue
        if inside:
            out.append(line)
    return "\n".join(out)


# -- comparing with the spec ----------------------------------------------------------


class Spec:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.schemas: dict[str, Any] = data.get("components", {}).get("schemas", {})
        self.common = {row["code"] for row in data.get("x-tim-error-codes", [])}

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = {**self.schemas[node["$ref"].rsplit("/", 1)[-1]], **{
                k: v for k, v in node.items() if k != "$ref"
            }}  # fmt: skip
        return node

    def properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        schema = self.resolve(schema)
        props: dict[str, Any] = dict(schema.get("properties", {}))
        required = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, req = self.properties(part)
            props.update(more)
            required |= req
        return props, required

    def type_name(self, node: dict[str, Any]) -> str:
        node = self.resolve(node)
        if "type" in node:
            return str(node["type"]).capitalize()
        kinds = {self.type_name(part) for part in node.get("anyOf", node.get("oneOf", []))}
        return kinds.pop() if len(kinds) == 1 else "Any"

    def domains(self) -> dict[str, str]:
        """Each domain of the spec's servers (backups too), with the server's description."""
        found: dict[str, str] = {}
        for server in self.data.get("servers", []):
            why = " ".join(str(server.get("description", "")).split())
            for url in (server.get("url"), server.get("x-tim-backup-url")):
                if url:
                    found[str(url).removeprefix("https://").rstrip("/")] = why
        return found

    def operation(self, path: str) -> dict[str, Any] | None:
        item = self.data.get("paths", {}).get("/" + path.lstrip("/"))
        return None if item is None else item.get("post")


def _body(op: dict[str, Any], status: str | None = None) -> dict[str, Any]:
    if status is None:
        return dict(op["requestBody"]["content"]["application/json"]["schema"])
    return dict(op["responses"][status]["content"]["application/json"]["schema"])


def compare(spec: Spec, facts: PageFacts) -> list[Difference]:
    """Every difference between one page and the spec's operation."""
    op = spec.operation(facts.path)
    if op is None:
        raise LookupError(f"the spec has no operation {facts.path}")
    name = facts.path.rsplit("/", 1)[-1]
    found: list[tuple[str, str]] = []

    def differ(subject: str, text: str) -> None:
        found.append((subject, text))

    upstream = op.get("x-tim-upstream", {})
    recorded = upstream.get("updated")
    if facts.updated and recorded and facts.updated > str(recorded):
        differ("updated", f"the page was updated on {facts.updated}; the spec records {recorded}")
    spec_types = set(op.get("x-tim-group-types", []))
    for group_type, supported in sorted(facts.group_types.items()):
        if supported and group_type not in spec_types:
            differ(group_type, f"group type {group_type}: supported on the page, not in the spec")
        if not supported and group_type in spec_types:
            differ(group_type, f"group type {group_type}: in the spec, not supported on the page")
    rate = op.get("x-tim-rate-limit", {}).get("calls")
    if facts.rate_limit is not None and facts.rate_limit != rate:
        differ(
            "rate",
            f"maximum call frequency: {facts.rate_limit}/s on the page, {rate}/s in the spec",
        )
    request, required = spec.properties(_body(op))
    for field_name, (kind, req) in sorted(facts.request_fields.items()):
        if field_name not in request:
            differ(field_name, f"request field {field_name}: on the page, not in the spec")
            continue
        ours = spec.type_name(request[field_name])
        if kind.lower() not in {ours.lower(), "any"} and ours != "Any":
            differ(
                field_name, f"request field {field_name}: {kind} on the page, {ours} in the spec"
            )
        if req is not None and req != (field_name in required):
            page_says = "required" if req else "optional"
            spec_says = "required" if field_name in required else "optional"
            differ(
                field_name,
                f"request field {field_name}: {page_says} on the page, {spec_says} in the spec",
            )
    if facts.request_fields:
        for field_name in sorted(set(request) - set(facts.request_fields)):
            differ(field_name, f"request field {field_name}: in the spec, not in the page's table")
    response, _ = spec.properties(_body(op, "200"))
    for field_name, kind in sorted(facts.response_fields.items()):
        if field_name not in response:
            differ(field_name, f"response field {field_name}: on the page, not in the spec")
            continue
        ours = spec.type_name(response[field_name])
        if kind.lower() != ours.lower() and ours != "Any":
            differ(
                field_name, f"response field {field_name}: {kind} on the page, {ours} in the spec"
            )
    if facts.response_fields:
        for field_name in sorted(set(response) - set(facts.response_fields)):
            differ(field_name, f"response field {field_name}: in the spec, not in the page's table")
    _compare_samples(spec, facts, request, response, differ)
    limit = request.get("Limit")
    spec_max = spec.resolve(limit).get("maximum") if limit else None
    if facts.limit_max is not None and facts.limit_max != spec_max:
        differ(
            "Limit maximum", f"Limit maximum: {facts.limit_max} on the page, {spec_max} in the spec"
        )
    if facts.domains:
        servers = spec.domains()
        for domain in sorted(facts.domains - set(servers)):
            differ(domain, f"domain {domain}: on the page, not in the spec's servers")
        extra = sorted(set(servers) - facts.domains)
        if extra:  # known: each server's description in the spec says where it comes from
            found.append(("domains", f"domains in the spec's servers, not on the page: "
                                     f"{', '.join(extra)}"))  # fmt: skip
    own = {row["code"] for row in op.get("x-tim-error-codes", [])}
    for code in sorted(facts.error_codes - own - spec.common):
        differ(str(code), f"error code {code}: on the page, not in the spec")
    if facts.error_codes:
        for code in sorted(own - facts.error_codes):
            differ(str(code), f"error code {code}: in the spec, not on the page")
    known = {
        str(d.get("field", d.get("code", d.get("group-type", "")))): str(d.get("why", ""))
        for d in upstream.get("deviations", [])
    }
    # Servers a page does not list are known: the spec records each one's sources.
    known["domains"] = "the spec's servers list every domain any page gives (see each server)"
    seen: set[str] = set()
    out = []
    for subject, text in found:
        if text in seen:
            continue
        seen.add(text)
        out.append(Difference(name, subject, text, known.get(subject)))
    return out


def _compare_samples(
    spec: Spec,
    facts: PageFacts,
    request: dict[str, Any],
    response: dict[str, Any],
    differ: Any,
) -> None:
    for sample in facts.samples:
        is_response = "ActionStatus" in sample or "ErrorCode" in sample
        props = response if is_response else request
        where = "response" if is_response else "request"
        for key, value in sample.items():
            if key not in props:
                differ(key, f"{where} field {key}: in the page's samples, not in the spec")
                continue
            schema = spec.resolve(props[key])
            if not (isinstance(value, list) and schema.get("type") == "array"):
                continue
            items, _ = spec.properties(schema.get("items", {}))
            for row in value:
                if not isinstance(row, dict):
                    continue
                for item_key in row:
                    if item_key not in items:
                        differ(
                            item_key,
                            f"{where} field {key}[].{item_key}: in the page's samples, "
                            "not in the spec",
                        )


INFERRED_ABOUT: dict[str, tuple[str, Callable[[PageFacts], bool]]] = {
    "request_fields": ("its request-field table", lambda facts: bool(facts.request_fields)),
    "response_fields": ("its response-field table", lambda facts: bool(facts.response_fields)),
    "error_codes": ("its error-code table", lambda facts: bool(facts.error_codes)),
    "behaviour": ("", lambda facts: False),  # prose only: a maintainer reads it
}
"""What an INFERRED fact (``x-tim-upstream.inferred[].about``) is about, and whether a page
shows that kind of fact (then the inference can be confirmed or corrected)."""


def confirmations(spec: Spec, facts: PageFacts) -> list[str]:
    """The spec's INFERRED facts of the operation that this page now lets one check."""
    op = spec.operation(facts.path) or {}
    name = facts.path.rsplit("/", 1)[-1]
    found = []
    for entry in op.get("x-tim-upstream", {}).get("inferred", []):
        about = INFERRED_ABOUT.get(str(entry.get("about")))
        if about is not None and about[1](facts):
            found.append(
                f"confirm: {name}: the page shows {about[0]}, so the spec's INFERRED fact can "
                f"be confirmed or corrected: {entry.get('fact', '')}"
            )
    return found


def check(spec_path: Path, pages: list[Path]) -> tuple[int, list[str]]:
    spec = Spec(yaml.safe_load(spec_path.read_text(encoding="utf-8")))
    lines: list[str] = []
    status = 0
    for page in pages:
        try:
            facts = parse_page(page.read_text(encoding="utf-8"))
            differences = compare(spec, facts)
        except (OSError, ValueError, LookupError) as exc:
            lines.append(f"{page}: {exc}")
            status = 2
            continue
        if unread := facts.unread():
            seen = ", ".join(facts.read()) or "nothing"
            lines.append(f"{page}: read too little to judge ({'; '.join(unread)}; read: {seen})")
            status = 2
            continue
        drift = [d for d in differences if d.known is None]
        lines.extend(d.line() for d in differences if d.known is not None)
        lines.extend(confirmations(spec, facts))
        lines.extend(d.line() for d in drift)
        if drift:
            status = max(status, 1)
        else:
            read = facts.read()
            lines.append(
                f"{facts.path.rsplit('/', 1)[-1]}: the spec agrees with {page.name} "
                f"(compared {len(read)} kinds of fact: {', '.join(read)})"
            )
    return status, lines


def walk(spec_path: Path, root: Path) -> tuple[int, list[str]]:
    """Check every page under ``root`` (a checkout of Tencent's documentation source, English
    and Chinese copies) whose request path is an operation of the spec; then list the
    operations no page was found for, and the pages beside those (same folders) whose
    request path the spec does not have: an operation Tencent added."""
    spec = Spec(yaml.safe_load(spec_path.read_text(encoding="utf-8")))
    found: dict[str, list[Path]] = {}
    others: list[tuple[str, Path]] = []
    for page in sorted(root.rglob("*.md")):
        match = PATH.search(page.read_text(encoding="utf-8", errors="replace"))
        if match is None:
            continue  # an overview or guide: no request path
        if spec.operation(match.group(0)) is None:
            others.append((match.group(0), page))
        else:
            found.setdefault(match.group(0), []).append(page)
    status, lines = check(spec_path, [page for pages in found.values() for page in pages])
    sections = {page.parent for pages in found.values() for page in pages}
    for path, page in others:
        if page.parent in sections:
            lines.append(f"not in the spec: {path} ({page.relative_to(root)})")
    missing = [
        path.rsplit("/", 1)[-1]
        for path in spec.data.get("paths", {})
        if path.lstrip("/") not in found
    ]
    pages = sum(len(p) for p in found.values())
    lines.append(f"{root}: {pages} pages of {len(found)} operations checked")
    if missing:
        lines.append(f"no page found for: {', '.join(missing)}")
    return status, lines


def main(argv: list[str]) -> int:
    args = argv[1:]
    spec = Path("openapi.yaml")
    if len(args) >= 2 and args[0] == "--spec":
        spec, args = Path(args[1]), args[2:]
    if not args:
        print(__doc__, file=sys.stderr)  # noqa: T201
        return 2
    if len(args) == 1 and Path(args[0]).is_dir():
        status, lines = walk(spec, Path(args[0]))
    else:
        status, lines = check(spec, [Path(a) for a in args])
    for line in lines:
        print(line)  # noqa: T201
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
