"""Generate the per-operation layer of timrest from openapi.yaml.

    python tools/generate_operations.py SPEC OUT_DIR

openapi-python-client makes the HTTP records (``Endpoint``) and datamodel-code-generator
the pydantic models; this step reads what they cannot see (the ``x-tim-*`` and
``x-timrest-*`` extensions) and writes, into ``OUT_DIR`` (the ``timrest_client`` package):

- ``codes.py``: the common and per-operation error codes (code, category, retry, meaning,
  hint), as plain data;
- ``operations.py``: one ``timrest._operation.Operation`` per operation (endpoint, models,
  parameters with their Python names and shapes, result shape, idempotency, rate limit,
  group types);
- ``methods.py``: the typed sync and async client methods, with docstrings from the spec;
- ``flags.py``: an ``enum.IntFlag`` per bitmask schema (``x-tim-flags``);
- ``callbacks.py``: one ``timrest._table.Callback`` per callback (``webhooks``: command,
  body model, before or after, reject codes);
- ``regions.py``: the ``Region`` enum, one member per server (``x-tim-region``, the backup
  domain, ``x-tim-aliases``).

Run by ``nox -s generate``; it needs PyYAML and Jinja2 (both come with the generators).
"""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "timrest"
KINDS = {"string", "integer", "names", "mapping", "keys"}
RESULTS = {"none", "response", "mapping", "page", "value", "batch"}
RETRY = {"never", "transient", "backoff", "re-sign"}
CATEGORIES = {
    "authentication",
    "permission",
    "rate_limit",
    "invalid_request",
    "not_found",
    "server",
}


# `x-tim-violation-codes` on a request field's schema: which code the service answers when a
# value breaks one of the schema's rules, by the rule's keyword, as the table's `Rule`.
FIELD_RULES = {
    "invalid": "invalid",
    "x-tim-max-bytes": "max_bytes",
    "maxItems": "max_items",
    "x-tim-max-total-bytes": "values_max_bytes",
}
KEY_RULES = {"x-tim-max-bytes": "key_max_bytes"}
VALUE_RULES = {"x-tim-max-bytes": "value_max_bytes"}


class SpecError(Exception):
    """The spec lacks something the generated layer needs; the message says what and where."""


def snake(name: str) -> str:
    """``PermissionGroupId`` -> ``permission_group_id``, ``Member_Account`` -> ``member_account``"""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"_+", "_", text).lower()


@dataclass
class Param:
    wire: str
    name: str
    kind: str
    required: bool
    annotation: str
    default: Any = None
    has_default: bool = False
    doc: str = ""
    choices: tuple[str, ...] = ()
    choices_schema: str | None = None
    literal: str | None = None
    """The models' Literal alias the argument is typed by (its enum)."""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Op:
    command: str
    const: str
    method: str
    path: str
    summary: str
    description: str
    request_schema: str
    response_schema: str
    idempotent: bool
    rate_limit: int
    group_types: tuple[str, ...]
    params: list[Param]
    result: dict[str, Any]
    result_type: str
    item_schema: str | None
    codes: list[dict[str, Any]]
    external_docs: str | None
    tag: str = ""
    group_rate: tuple[int, int] | None = None
    idempotent_when: str | None = None
    applied_codes: tuple[int, ...] = ()
    quota: tuple[int, int] | None = None


@dataclass
class Flag:
    """An ``enum.IntFlag``: a bitmask schema's ``x-tim-flags``."""

    name: str
    description: str
    members: list[tuple[str, int, str]]


class Spec:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.schemas: dict[str, Any] = data.get("components", {}).get("schemas", {})
        self.flags: dict[str, Flag] = {}

    def flag(self, name: str | None, schema: dict[str, Any], where: str) -> str:
        """The IntFlag name of a bitmask schema (``x-tim-flags``), or ``""``."""
        bits = schema.get("x-tim-flags")
        if bits is None:
            return ""
        if name is None or schema.get("type") != "integer":
            raise SpecError(f"{where}: x-tim-flags belongs on an integer component schema")
        members = []
        for row in bits:
            if not isinstance(row.get("bit"), int) or not str(row.get("name", "")).isidentifier():
                raise SpecError(f"{where}: {name}: each x-tim-flags entry needs bit and name")
            members.append((snake(row["name"]).upper(), 1 << row["bit"], row.get("meaning", "")))
        self.flags[name] = Flag(name, _first_sentence(schema.get("description", "")), members)
        return name

    def resolve(self, node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        """A schema and its component name (when it is a ``$ref``)."""
        ref = node.get("$ref")
        if ref is None:
            return None, node
        name = ref.rsplit("/", 1)[-1]
        if name not in self.schemas:
            raise SpecError(f"unresolved $ref {ref}")
        return name, {**self.schemas[name], **{k: v for k, v in node.items() if k != "$ref"}}

    def properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an object schema, through ``allOf``."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in [schema, *schema.get("allOf", [])]:
            _, part = self.resolve(part)
            if part is not schema and "allOf" in part:
                more, req = self.properties(part)
                props.update(more)
                required |= req
            props.update(part.get("properties", {}))
            required |= set(part.get("required", []))
        return props, required


def _codes(where: str, rows: Any) -> list[dict[str, Any]]:
    if not isinstance(rows, list):
        raise SpecError(f"{where}: x-tim-error-codes must be a list")
    out = []
    for row in rows:
        missing = {"code", "category", "retry", "meaning", "hint"} - set(row)
        if missing:
            raise SpecError(f"{where}: error code {row.get('code')} lacks {sorted(missing)}")
        if row["category"] not in CATEGORIES:
            raise SpecError(f"{where}: code {row['code']}: unknown category {row['category']!r}")
        if row["retry"] not in RETRY:
            raise SpecError(f"{where}: code {row['code']}: retry must be one of {sorted(RETRY)}")
        out.append(row)
    return out


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _violation_codes(
    where: str, wire: str, schema: dict[str, Any], rules: dict[str, str]
) -> dict[str, int]:
    given = schema.get("x-tim-violation-codes") or {}
    if not isinstance(given, dict):
        raise SpecError(f"{where}: {wire}: x-tim-violation-codes must map a rule to a code")
    codes: dict[str, int] = {}
    for rule, code in given.items():
        if rule not in rules:
            raise SpecError(
                f"{where}: {wire}: x-tim-violation-codes: {rule!r} is not one of {sorted(rules)}"
            )
        if rule != "invalid" and rule not in schema:
            raise SpecError(f"{where}: {wire}: x-tim-violation-codes names {rule}, not set here")
        if not isinstance(code, int):
            raise SpecError(f"{where}: {wire}: x-tim-violation-codes: {rule}: not a code")
        codes[rules[rule]] = code
    return codes


def _param(spec: Spec, where: str, wire: str, node: dict[str, Any], required: bool) -> Param:
    component, schema = spec.resolve(node)
    ext = schema.get("x-timrest-param") or {}
    if isinstance(ext, str):
        ext = {"name": ext}
    name = ext.get("name") or snake(wire)
    if not name.isidentifier() or keyword.iskeyword(name):
        raise SpecError(f"{where}: {wire}: {name!r} is not a usable Python name")
    kind = ext.get("shape")
    if kind is None:
        kind = {"string": "string", "integer": "integer", "array": "names"}.get(
            str(schema.get("type"))
        )
    if kind not in KINDS:
        raise SpecError(
            f"{where}: {wire}: no Python shape for this field; set x-timrest-param.shape"
        )
    choices: tuple[str, ...] = ()
    extra: dict[str, Any] = {}
    codes = _violation_codes(where, wire, schema, FIELD_RULES)
    if kind == "string" and "x-tim-max-bytes" in schema:
        extra["max_bytes"] = schema["x-tim-max-bytes"]
    compound = schema.get("x-tim-compound-id")
    if compound is not None:
        if kind != "string" or not isinstance(compound, dict) or "prefix" not in compound:
            raise SpecError(f"{where}: {wire}: x-tim-compound-id needs a string and a prefix")
        extra["id_prefix_field"] = compound["prefix"]
        extra["id_separator"] = compound.get("separator", "")
        extra["id_forbid_start"] = tuple(compound.get("forbid-start", ()))
        extra["id_forbid"] = tuple(compound.get("forbid", ()))
    if kind == "integer":
        for bound in ("minimum", "maximum"):
            if bound in schema:
                extra[bound] = schema[bound]
        flag = spec.flag(component, schema, f"{where}: {wire}")
        if flag:
            extra["flags"] = flag
    if kind in {"names", "mapping", "keys"} and "maxItems" in schema:
        extra["max_items"] = schema["maxItems"]
    choices_schema = None
    if kind in {"names", "mapping", "keys"}:
        choices_schema, items = spec.resolve(schema.get("items", {}))
        choices = tuple(items.get("enum", ()))
        if kind in {"mapping", "keys"}:
            item_props, _ = spec.properties(items)
            extra["item_key"] = ext.get("key", "key")
            if extra["item_key"] not in item_props:
                raise SpecError(f"{where}: {wire}: items have no field {extra['item_key']!r}")
            _, key_schema = spec.resolve(item_props[extra["item_key"]])
            if "x-tim-max-bytes" in key_schema:
                extra["key_max_bytes"] = key_schema["x-tim-max-bytes"]
            codes.update(_violation_codes(where, wire, key_schema, KEY_RULES))
        if kind == "mapping":
            extra["item_value"] = ext.get("value", "value")
            if extra["item_value"] not in item_props:
                raise SpecError(f"{where}: {wire}: items have no field {extra['item_value']!r}")
            value_name, value_schema = spec.resolve(item_props[extra["item_value"]])
            if "x-tim-max-bytes" in value_schema:
                extra["value_max_bytes"] = value_schema["x-tim-max-bytes"]
            if value_schema.get("type") == "integer":
                extra["value_kind"] = "integer"
                for bound in ("minimum", "maximum"):
                    if bound in value_schema:
                        extra[bound] = value_schema[bound]
                flag = spec.flag(value_name, value_schema, f"{where}: {wire}")
                if flag:
                    extra["flags"] = flag
            codes.update(_violation_codes(where, wire, value_schema, VALUE_RULES))
            if "x-tim-max-total-bytes" in schema:
                extra["values_max_bytes"] = schema["x-tim-max-total-bytes"]
    annotation = {
        "string": "str",
        "integer": "int",
        "names": "Iterable[str]",
        "mapping": "Mapping[str, str]",
        "keys": "Iterable[str]",
    }[kind]
    if extra.get("value_kind") == "integer":
        annotation = "Mapping[str, int]"
    # Enumerated values are typed by the spec's enum (a Literal alias of the models), so a
    # type checker catches a typo; the runtime checks them too.
    literal = None
    if kind in {"names", "keys"} and choices and choices_schema:
        literal = choices_schema
        annotation = f"Iterable[{choices_schema}]"
    elif kind == "string" and "enum" in schema:
        choices = tuple(str(value) for value in schema["enum"])
        if component:
            literal = component
            annotation = component
        else:
            annotation = "Literal[" + ", ".join(repr(value) for value in choices) + "]"
    if codes:
        extra["codes"] = dict(sorted(codes.items()))
    has_default = "default" in ext
    if not required:
        if not has_default:
            annotation += " | None"
        has_default = True
    return Param(
        wire=wire,
        name=name,
        kind=kind,
        required=required,
        annotation=annotation,
        default=ext.get("default"),
        has_default=has_default,
        doc=_first_sentence(schema.get("description", "")),
        choices=choices,
        choices_schema=choices_schema,
        extra=extra,
        literal=literal,
    )


def _callbacks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The spec's ``webhooks``: command, model, kind, reply and reject codes of each."""
    found = []
    for name, item in (data.get("webhooks") or {}).items():
        where = f"webhooks.{name}"
        post = item.get("post") if isinstance(item, dict) else None
        if not isinstance(post, dict):
            raise SpecError(f"{where}: a callback is a post")
        ref = post["requestBody"]["content"]["application/json"]["schema"].get("$ref", "")
        model = ref.rpartition("/")[2]
        schema = data["components"]["schemas"].get(model, {})
        command = schema.get("properties", {}).get("CallbackCommand", {}).get("const")
        if command != name:
            raise SpecError(f"{where}: its body's CallbackCommand must be const {name!r}")
        meta = post.get("x-tim-callback") or {}
        kind = meta.get("kind")
        if kind not in ("before", "after"):
            raise SpecError(f"{where}: x-tim-callback.kind must be before or after")
        ranges = []
        for code in meta.get("reject-codes", []):
            low, _, high = str(code).partition("-")
            ranges.append((int(low), int(high or low)))
        if ranges and kind != "before":
            raise SpecError(f"{where}: only a before-callback has reject-codes")
        refused = meta.get("refused-code")
        if kind == "before" and not isinstance(refused, int):
            raise SpecError(f"{where}: a before-callback needs refused-code (the caller's code)")
        reply = post.get("responses", {}).get("200", {}).get("content", {})
        reply_ref = reply.get("application/json", {}).get("schema", {}).get("$ref", "")
        if not reply_ref:
            raise SpecError(f"{where}: its 200 reply needs a JSON schema ($ref)")
        found.append(
            {
                "command": name,
                "model": model,
                "reply": reply_ref.rpartition("/")[2],
                "parameters": [_parameter(data, p, where) for p in post.get("parameters", [])],
                "kind": kind,
                "reject_codes": tuple(ranges),
                "refused_code": refused,
                "summary": post.get("summary", ""),
                "docs_url": (post.get("externalDocs") or {}).get("url", ""),
            }
        )
    return found


def _parameter(data: dict[str, Any], parameter: dict[str, Any], where: str) -> tuple[str, str]:
    """A callback's query parameter: its Python name (``x-timrest-param.name``), wire name."""
    ref = parameter.get("$ref", "")
    if ref:
        parameter = data["components"]["parameters"][ref.rpartition("/")[2]]
    name = (parameter.get("x-timrest-param") or {}).get("name")
    if not isinstance(name, str) or not name.isidentifier():
        raise SpecError(f"{where}: parameter {parameter.get('name')!r} needs x-timrest-param.name")
    return name, parameter["name"]


def _callback_shared(callbacks: list[dict[str, Any]]) -> tuple[str, list[tuple[str, str]]]:
    """The reply model and the query parameters every callback shares (one receiver reads
    them all, before it knows the command)."""
    replies = {cb["reply"] for cb in callbacks}
    queries = {tuple(cb["parameters"]) for cb in callbacks}
    if len(replies) > 1 or len(queries) > 1:
        raise SpecError("webhooks: every callback must share one reply model and one query")
    return (replies.pop(), list(queries.pop())) if callbacks else ("", [])


def _regions(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The spec's ``servers``: each region's name, domain, backup domain and aliases."""
    found = []
    for server in data.get("servers", []):
        region = server.get("x-tim-region")
        if not isinstance(region, str) or not region.isidentifier():
            raise SpecError(f"server {server.get('url')}: x-tim-region must be an identifier")
        domain = server["url"].removeprefix("https://")
        backup = server.get("x-tim-backup-url")
        found.append(
            {
                "name": region.upper(),
                "domain": domain,
                "backup": backup.removeprefix("https://") if backup else None,
                "aliases": tuple(str(a) for a in server.get("x-tim-aliases", [])),
                "description": _first_sentence(server.get("description", "")),
            }
        )
    return found


def load(path: Path) -> Loaded:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec = Spec(data)
    common = _codes("root", data.get("x-tim-error-codes", []))
    ops: list[Op] = []
    for url, item in data.get("paths", {}).items():
        for verb, operation in item.items():
            if verb not in {"get", "put", "post", "delete", "patch"}:
                continue
            where = f"{verb.upper()} {url}"
            ops.append(_operation(spec, where, url, operation))
    names = [op.method for op in ops] + [
        op.result["iterate"] for op in ops if op.result["kind"] == "page"
    ]
    duplicate = {n for n in names if names.count(n) > 1}
    if duplicate:
        raise SpecError(f"two operations share the Python method name {sorted(duplicate)}")
    return Loaded(ops, common, list(spec.flags.values()), _callbacks(data), _regions(data))


@dataclass(frozen=True)
class Loaded:
    """What the templates render: the operations, the common codes, the bitmasks, the
    callbacks and the regions of the spec."""

    ops: list[Op]
    common: list[dict[str, Any]]
    flags: list[Flag]
    callbacks: list[dict[str, Any]]
    regions: list[dict[str, Any]]

    @property
    def callback_reply(self) -> str:
        return _callback_shared(self.callbacks)[0]

    @property
    def callback_query(self) -> list[tuple[str, str]]:
        return _callback_shared(self.callbacks)[1]


def _operation(spec: Spec, where: str, url: str, operation: dict[str, Any]) -> Op:
    method = operation.get("x-timrest-method")
    if not isinstance(method, str) or not method.isidentifier():
        raise SpecError(f"{where}: x-timrest-method (the Python method name) is required")
    idempotent = operation.get("x-timrest-idempotent")
    idempotent_when = None
    if isinstance(idempotent, dict):
        idempotent_when, idempotent = idempotent.get("when"), False
    if not isinstance(idempotent, bool):
        raise SpecError(f"{where}: x-timrest-idempotent must be true, false or {{when: FIELD}}")
    applied_codes = tuple(operation.get("x-timrest-applied-codes", ()))
    if not all(isinstance(code, int) for code in applied_codes):
        raise SpecError(f"{where}: x-timrest-applied-codes must list codes")
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    request_name, request = spec.resolve(body)
    ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
    response_name, response = spec.resolve(ok)
    if request_name is None or response_name is None:
        raise SpecError(f"{where}: request and 200 response schemas must be components ($ref)")
    props, required = spec.properties(request)
    params = [_param(spec, where, wire, node, wire in required) for wire, node in props.items()]
    for p in params:
        prefix = p.extra.get("id_prefix_field")
        if prefix is not None and prefix not in props:
            raise SpecError(f"{where}: {p.wire}: x-tim-compound-id.prefix {prefix!r} is no field")
    if idempotent_when is not None and idempotent_when not in props:
        raise SpecError(f"{where}: x-timrest-idempotent.when names no request field")
    result = dict(operation.get("x-timrest-result") or {"kind": "none"})
    if result.get("kind") not in RESULTS:
        raise SpecError(f"{where}: x-timrest-result.kind must be one of {sorted(RESULTS)}")
    response_props, _ = spec.properties(response)
    item_schema = None
    if result["kind"] == "none":
        result_type = "None"
    elif result["kind"] == "response":
        result_type = response_name
    elif result["kind"] == "mapping":
        result_type = "dict[str, str]"
        _need(where, response_props, result, "items")
    elif result["kind"] == "value":
        _need(where, response_props, result, "field")
        _, field_schema = spec.resolve(response_props[result["field"]])
        result_type = {"string": "str", "integer": "int"}.get(str(field_schema.get("type")), "")
        if not result_type:
            raise SpecError(f"{where}: x-timrest-result.field must be a string or an integer")
        if result.get("request") is not None and result["request"] not in props:
            raise SpecError(f"{where}: x-timrest-result.request names no request field")
    elif result["kind"] == "batch":
        _need(where, response_props, result, "items")
        item_schema, item = spec.resolve(response_props[result["items"]].get("items", {}))
        if item_schema is None:
            raise SpecError(f"{where}: the items of {result['items']} must be a component ($ref)")
        item_props, _ = spec.properties(item)
        path = str(result.get("key", "")).split(".")
        if path[0] not in item_props:
            raise SpecError(f"{where}: x-timrest-result.key names no field of {item_schema}")
        result.setdefault("code", "ErrorCode")
        for key in ("code", "info"):
            if result.get(key) and result[key] not in item_props:
                raise SpecError(f"{where}: x-timrest-result.{key} names no field of {item_schema}")
        if result.get("request") is not None and result["request"] not in props:
            raise SpecError(f"{where}: x-timrest-result.request names no request field")
        result["key"] = tuple(path)
        for key in ("applied", "applied_on_retry"):
            result[key] = tuple(result.get(key, ()))
            if not all(isinstance(code, int) for code in result[key]):
                raise SpecError(f"{where}: x-timrest-result.{key} must list codes")
        result_type = f"Batch[{item_schema}]"
    else:
        for key in ("items", "next"):
            _need(where, response_props, result, key)
        if result.get("total") is not None:
            _need(where, response_props, result, "total")
        if result.get("cursor") not in props:
            raise SpecError(f"{where}: x-timrest-result.cursor names no request field")
        if not str(result.get("iterate", "")).isidentifier():
            raise SpecError(f"{where}: x-timrest-result.iterate (the iterator method) is required")
        item_schema, _ = spec.resolve(response_props[result["items"]].get("items", {}))
        if item_schema is None:
            raise SpecError(f"{where}: the items of {result['items']} must be a component ($ref)")
        result_type = f"Page[{item_schema}]"
    if applied_codes and not (
        result["kind"] == "none" or (result["kind"] == "value" and result.get("request"))
    ):
        raise SpecError(
            f"{where}: x-timrest-applied-codes need a result the request holds "
            "(kind none, or kind value with request)"
        )
    limit = operation.get("x-tim-rate-limit")
    if not isinstance(limit, dict) or not isinstance(limit.get("calls"), int):
        raise SpecError(f"{where}: x-tim-rate-limit.calls (calls per second) is required")
    if limit.get("per", "second") != "second":
        raise SpecError(f"{where}: x-tim-rate-limit.per must be 'second'")
    command = url.rstrip("/").rsplit("/", 1)[-1]
    docs = operation.get("externalDocs", {}).get("url")
    return Op(
        command=command,
        const=snake(command).upper(),
        method=method,
        path=url,
        summary=operation.get("summary", ""),
        description=operation.get("description", "").strip(),
        request_schema=request_name,
        response_schema=response_name,
        idempotent=idempotent,
        rate_limit=int(limit["calls"]),
        group_rate=_group_rate(where, limit),
        group_types=tuple(operation.get("x-tim-group-types", [])),
        params=params,
        result=result,
        result_type=result_type,
        item_schema=item_schema,
        codes=_codes(where, operation.get("x-tim-error-codes", [])),
        external_docs=docs,
        tag=(operation.get("tags") or [""])[0],
        idempotent_when=idempotent_when,
        applied_codes=applied_codes,
        quota=_quota(where, operation.get("x-tim-quota")),
    )


def _quota(where: str, quota: Any) -> tuple[int, int] | None:
    """``x-tim-quota: {max: N, code: C}``: a group holds at most N of what the operation
    creates; one more answers C."""
    if quota is None:
        return None
    if not isinstance(quota, dict) or not all(
        isinstance(quota.get(k), int) for k in ("max", "code")
    ):
        raise SpecError(f"{where}: x-tim-quota needs max (per group) and code")
    return int(quota["max"]), int(quota["code"])


def _group_rate(where: str, limit: dict[str, Any]) -> tuple[int, int] | None:
    group = limit.get("group")
    if group is None:
        return None
    if not isinstance(group, dict) or not all(
        isinstance(group.get(k), int) for k in ("calls", "code")
    ):
        raise SpecError(f"{where}: x-tim-rate-limit.group needs calls (per second) and code")
    return int(group["calls"]), int(group["code"])


def _need(where: str, props: dict[str, Any], result: dict[str, Any], key: str) -> None:
    if result.get(key) not in props:
        raise SpecError(f"{where}: x-timrest-result.{key} names no response field")


def _docstring(text: str, indent: int) -> str:
    pad = " " * indent
    lines = []
    for paragraph in text.replace('"""', "'''").replace("\\", "\\\\").split("\n"):
        lines.append(f"{pad}{paragraph}".rstrip())
    return "\n".join(lines).lstrip()


def render(loaded: Loaded, out: Path) -> None:
    ops = loaded.ops
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - Python source, not HTML
    )
    env.filters["py"] = repr
    env.filters["snake"] = snake
    env.filters["docstring"] = _docstring
    models = sorted(
        {op.request_schema for op in ops}
        | {op.response_schema for op in ops}
        | {op.item_schema for op in ops if op.item_schema}
    )
    returned = sorted(
        {op.item_schema for op in ops if op.item_schema}
        | {op.response_schema for op in ops if op.result["kind"] == "response"}
        | {p.literal for op in ops for p in op.params if p.literal}
    )
    batches = any(op.result["kind"] == "batch" for op in ops)
    enums: dict[str, tuple[str, ...]] = {}
    for op in ops:
        for p in op.params:
            if p.choices and p.choices_schema:
                enums.setdefault(snake(p.choices_schema).upper(), p.choices)
    context = {
        "ops": ops,
        "common": loaded.common,
        "models": models,
        "returned": returned,
        "enums": enums,
        "flags": loaded.flags,
        "batches": batches,
        "callbacks": loaded.callbacks,
        "callback_reply": loaded.callback_reply,
        "callback_query": loaded.callback_query,
        "regions": loaded.regions,
    }
    for name in (
        "codes.py",
        "operations.py",
        "methods.py",
        "flags.py",
        "callbacks.py",
        "regions.py",
    ):
        text = env.get_template(f"{name}.jinja").render(**context)
        (out / name).write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)  # noqa: T201
        return 2
    try:
        loaded = load(Path(argv[1]))
    except SpecError as exc:
        print(f"openapi.yaml: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    render(loaded, Path(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
