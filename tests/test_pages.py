"""Test pages written from the spec (tools/pages.py): every operation, in each form the
upstream check reads, agrees with the spec it was written from, and each kind of edit a
maintainer meets (a field, a type, required, a group type, the rate, a limit, a code) is
found. No fact of the spec is restated here: each edit is made to a copy of the spec."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from conftest import ROOT, SPEC

sys.path.insert(0, str(ROOT / "tools"))
from pages import find, render
from upstream import GROUP_TYPES, Spec, _body, compare, parse_page

DATA = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
COMMANDS = [path.rsplit("/", 1)[-1] for path, item in DATA["paths"].items() if "post" in item]
FORMS = ["markdown", "text", "markdown-zh", "text-zh"]
"""Each form the check reads, in English and as the Chinese copy."""


def page_of(data: dict[str, Any], command: str, form: str) -> str:
    page = render(Spec(data), command, "zh" if form.endswith("-zh") else "en")
    return page.markdown() if form.startswith("markdown") else page.text()


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_written_page_agrees_and_carries_the_facts(command: str, form: str) -> None:
    spec = Spec(DATA)
    _, op = find(spec, command)
    facts = parse_page(page_of(DATA, command, form))
    assert compare(spec, facts) == []
    # Agreement is not vacuous: the check read every fact back.
    assert facts.rate_limit == op["x-tim-rate-limit"]["calls"]
    supported = {t for t, yes in facts.group_types.items() if yes}
    assert supported == set(op["x-tim-group-types"])
    request, required = spec.properties(_body(op))
    assert set(facts.request_fields) == set(request)
    assert {f for f, (_, req) in facts.request_fields.items() if req} == required
    response, _ = spec.properties(_body(op, "200"))
    assert set(facts.response_fields) == set(response)
    assert facts.error_codes == {row["code"] for row in op["x-tim-error-codes"]}
    assert facts.samples, "the spec's examples are on the page"


def _request_schema(data: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    ref = _body(op)["$ref"].rsplit("/", 1)[-1]
    schema: dict[str, Any] = data["components"]["schemas"][ref]
    return schema


def add_field(data: dict[str, Any], op: dict[str, Any]) -> str:
    _request_schema(data, op)["properties"]["ScratchField"] = {"type": "string"}
    return "request field ScratchField: on the page, not in the spec"


def change_type(data: dict[str, Any], op: dict[str, Any]) -> str:
    properties = _request_schema(data, op)["properties"]
    name = next(iter(properties))
    ours = Spec(data).type_name(properties[name])  # before the edit: the spec's type
    other = "Integer" if ours != "Integer" else "String"
    properties[name] = {"type": other.lower()}
    return f"request field {name}: {other} on the page, {ours} in the spec"


def make_optional(data: dict[str, Any], op: dict[str, Any]) -> str:
    schema = _request_schema(data, op)
    name = schema["required"].pop(0)
    return f"request field {name}: optional on the page, required in the spec"


def drop_group_type(data: dict[str, Any], op: dict[str, Any]) -> str:
    dropped = op["x-tim-group-types"].pop(0)
    return f"group type {dropped}: in the spec, not supported on the page"


def add_group_type(data: dict[str, Any], op: dict[str, Any]) -> str | None:
    missing = [t for t in GROUP_TYPES[:5] if t not in op["x-tim-group-types"]]
    if not missing:
        return None  # every group type is supported already
    op["x-tim-group-types"].append(missing[0])
    return f"group type {missing[0]}: supported on the page, not in the spec"


def change_rate(data: dict[str, Any], op: dict[str, Any]) -> str:
    calls = op["x-tim-rate-limit"]["calls"]
    op["x-tim-rate-limit"]["calls"] = calls // 2
    return f"maximum call frequency: {calls // 2}/s on the page, {calls}/s in the spec"


def add_code(data: dict[str, Any], op: dict[str, Any]) -> str:
    op["x-tim-error-codes"].append({"code": 99999, "meaning": "scratch"})
    return "error code 99999: on the page, not in the spec"


def drop_code(data: dict[str, Any], op: dict[str, Any]) -> str:
    dropped = op["x-tim-error-codes"].pop()["code"]
    return f"error code {dropped}: in the spec, not on the page"


def add_response_field(data: dict[str, Any], op: dict[str, Any]) -> str:
    ref = _body(op, "200")["$ref"].rsplit("/", 1)[-1]
    data["components"]["schemas"][ref] = {
        "allOf": [{"$ref": f"#/components/schemas/{ref}Scratch"},
                  {"type": "object", "properties": {"ScratchNum": {"type": "integer"}}}],
    }  # fmt: skip
    data["components"]["schemas"][f"{ref}Scratch"] = DATA["components"]["schemas"][ref]
    return "response field ScratchNum: on the page, not in the spec"


def change_limit(data: dict[str, Any], op: dict[str, Any]) -> str | None:
    limit = _request_schema(data, op)["properties"].get("Limit")
    if limit is None:
        return None  # the operation has no Limit to change
    maximum = Spec(data).resolve(limit)["maximum"]
    limit["maximum"] = maximum * 2
    return f"Limit maximum: {maximum * 2} on the page, {maximum} in the spec"


EDITS: dict[str, Callable[[dict[str, Any], dict[str, Any]], str | None]] = {
    "field": add_field,
    "type": change_type,
    "required": make_optional,
    "group type": drop_group_type,
    "group type added": add_group_type,
    "rate": change_rate,
    "code": add_code,
    "code dropped": drop_code,
    "response field": add_response_field,
    "limit": change_limit,
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("edit", list(EDITS))
@pytest.mark.parametrize("command", COMMANDS)
def test_each_kind_of_edit_is_found(command: str, edit: str, form: str) -> None:
    edited = copy.deepcopy(DATA)
    _, op = find(Spec(edited), command)
    expected = EDITS[edit](edited, op)
    if expected is None:  # the edit does not apply to this operation (see the test below)
        assert edit in ("limit", "group type added")
        return
    found = [d.line() for d in compare(Spec(DATA), parse_page(page_of(edited, command, form)))]
    # Found as drift, or as a deviation the spec records (create_topic's group-type row).
    lines = [line.removeprefix("known: ") for line in found]
    assert any(line.startswith(f"{command}: {expected}") for line in lines), found


@pytest.mark.parametrize("edit", ["limit", "group type added"])
def test_every_edit_applies_to_some_operation(edit: str) -> None:
    applied = [
        c
        for c in COMMANDS
        if EDITS[edit](copy.deepcopy(DATA), find(Spec(copy.deepcopy(DATA)), c)[1])
    ]
    assert applied, edit
