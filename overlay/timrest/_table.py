"""The operation table's types: what the spec says about each operation, as plain records.

``nox -s generate`` writes one ``Operation`` per operation of openapi.yaml into
``timrest._generated.timrest_client.operations``. This module is a leaf: it imports nothing
of the runtime, so the generated layer, the runtime, the command, the emulator and the tools
all read the same records without import cycles. What the runtime does with a record
(argument checks, result shapes) lives in ``_operation``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._generated.timrest_client import Endpoint

__all__ = [
    "BatchResult",
    "Callback",
    "CallbackQuery",
    "MappingResult",
    "NoResult",
    "Operation",
    "PageResult",
    "Param",
    "ResponseResult",
    "ResultKind",
    "ResultShape",
    "Rule",
    "ValueResult",
]

R = TypeVar("R")
ParamKind = Literal["string", "integer", "names", "mapping", "keys"]
ResultKind = Literal["none", "response", "mapping", "page", "value", "batch"]
Rule = Literal[
    "invalid", "max_bytes", "max_items", "key_max_bytes", "value_max_bytes", "values_max_bytes"
]
"""A rule of a request field that the service answers with its own code when broken
(``x-tim-violation-codes``): ``invalid`` is any other breach of the field's schema."""


@dataclass(frozen=True, slots=True)
class Param:
    """One request field as a Python argument (and a command-line flag)."""

    wire: str
    """The field's name in the JSON body."""
    name: str
    """The Python argument (``x-timrest-param``, else the field in snake case)."""
    kind: ParamKind
    """``string``, ``integer``, ``names`` (a list of strings), ``mapping`` (a dict sent as
    an array of key/value objects) or ``keys`` (strings sent as an array of key objects)."""
    required: bool
    doc: str = ""
    """The field's description (its first sentence), for errors, help and docs."""
    default: Any = None
    """The Python default of an optional argument (``x-timrest-param.default``)."""
    choices: tuple[str, ...] = ()
    """The allowed values of a ``names`` list (an enum in the spec)."""
    item_key: str = ""
    """``mapping``/``keys``: the field of each array item that holds the key."""
    item_value: str = ""
    """``mapping``: the field of each array item that holds the value."""
    max_bytes: int | None = None
    """``string``: the most UTF-8 bytes (``x-tim-max-bytes``)."""
    max_items: int | None = None
    """Lists and mappings: the most items (``maxItems``)."""
    minimum: int | None = None
    maximum: int | None = None
    """``integer``: the bounds (``minimum``, ``maximum``)."""
    key_max_bytes: int | None = None
    """``mapping``/``keys``: the most UTF-8 bytes of a key."""
    value_max_bytes: int | None = None
    """``mapping``: the most UTF-8 bytes of a value."""
    values_max_bytes: int | None = None
    """``mapping``: the most UTF-8 bytes of all values together."""
    codes: Mapping[str, int] = field(default_factory=dict)
    """The service's code for a broken rule (``Rule`` -> code), where it has its own."""
    value_kind: Literal["string", "integer"] = "string"
    """``mapping``: whether the values are strings or integers (then bounded by
    ``minimum`` and ``maximum``)."""
    flags: str = ""
    """An integer (or a mapping's integer values) that is a bitmask: the name of the
    ``enum.IntFlag`` generated from the spec's ``x-tim-flags`` (``CommunityPermission``)."""
    id_prefix_field: str = ""
    """``string``: an ID made of another field's value (this request field, on the wire),
    ``id_separator`` and a custom part (``x-tim-compound-id``: a custom topic ID)."""
    id_separator: str = ""
    id_forbid_start: tuple[str, ...] = ()
    """What the custom part may not start with."""
    id_forbid: tuple[str, ...] = ()
    """What the custom part may not contain."""

    def compound_violation(self, value: str, values: Mapping[str, object]) -> str | None:
        """Why ``value`` breaks the field's ``x-tim-compound-id`` rule given the other
        fields (``values``, by wire name); None when it keeps it (or there is none)."""
        if not self.id_prefix_field:
            return None
        owner = values.get(self.id_prefix_field)
        prefix = f"{owner}{self.id_separator}"
        custom = value[len(prefix) :] if value.startswith(prefix) else None
        rules = [f"{self.id_prefix_field} then {self.id_separator!r} then a custom part"]
        rules += [f"not starting with {s!r}" for s in self.id_forbid_start]
        rules += [f"not containing {s!r}" for s in self.id_forbid]
        if (
            not custom
            or any(custom.startswith(s) for s in self.id_forbid_start)
            or any(s in custom for s in self.id_forbid)
        ):
            return "must be " + ", ".join(rules)
        return None

    @property
    def is_list(self) -> bool:
        return self.kind in ("names", "keys", "mapping")

    def code_for(self, rule: Rule, default: int = 10004) -> int:
        """The code the service answers when a value breaks ``rule`` of this field."""
        return self.codes.get(rule, self.codes.get("invalid", default))


class ResultShape:
    """How a successful response is handed to the caller (see ``_operation.shape``)."""

    kind: ResultKind


@dataclass(frozen=True, slots=True)
class NoResult(ResultShape):
    """The operation answers the envelope only: the call returns ``None``."""

    kind: ResultKind = "none"


def _no_models(name: str) -> type[BaseModel]:
    raise LookupError(f"no model loader for {name}")


Models = Callable[[str], "type[BaseModel]"]
"""Resolves a model by its schema name: the table names models and loads them on first use,
so reading the table (the command's help, say) does not build them."""


@dataclass(frozen=True, slots=True)
class ResponseResult(ResultShape):
    """The parsed response model itself (``x-timrest-result: {kind: response}``)."""

    schema: str
    kind: ResultKind = "response"
    models: Models = field(default=_no_models, repr=False, compare=False)

    @property
    def model(self) -> type[BaseModel]:
        return self.models(self.schema)


@dataclass(frozen=True, slots=True)
class MappingResult(ResultShape):
    """An array of key/value objects, handed out as a ``dict``."""

    items: str
    key: str
    value: str
    kind: ResultKind = "mapping"


@dataclass(frozen=True, slots=True)
class PageResult(ResultShape):
    """One page of a cursor listing: ``items``, the ``cursor`` request field, the ``next``
    response field (``""`` ends the listing), the ``total`` response field and the name of
    the method that walks every page (``iterate``)."""

    item_schema: str
    items: str
    cursor: str
    next: str
    iterate: str
    total: str | None = None
    next_optional: bool = False
    """A reply without ``next`` ends the listing (the spec infers the field, ``INFERRED``),
    instead of being a malformed reply."""
    kind: ResultKind = "page"
    models: Models = field(default=_no_models, repr=False, compare=False)

    @property
    def item(self) -> type[BaseModel]:
        """The model of one item."""
        return self.models(self.item_schema)


@dataclass(frozen=True, slots=True)
class ValueResult(ResultShape):
    """One field of the response (``x-timrest-result: {kind: value, field: ...}``), such as
    the ID a create assigns. ``request`` is the request field that holds the same value when
    the caller chose it (a custom ID): the value of a resend the service answered with an
    ``applied_codes`` code."""

    field: str
    request: str | None = None
    kind: ResultKind = "value"


@dataclass(frozen=True, slots=True)
class BatchResult(ResultShape):
    """A response that answers per item: each item of the array ``items`` names its key at
    the wire path ``key`` and its outcome in ``code`` (0: done) and ``info``. Items answered
    with an ``applied`` code count as done (already so); ``applied_on_retry`` codes count as
    done only on a resend after an attempt that may have been applied. ``request`` is the
    request field listing the keys asked for (to find keys the reply left out)."""

    item_schema: str
    items: str
    key: tuple[str, ...]
    code: str = "ErrorCode"
    info: str = ""
    applied: tuple[int, ...] = ()
    applied_on_retry: tuple[int, ...] = ()
    request: str | None = None
    kind: ResultKind = "batch"
    models: Models = field(default=_no_models, repr=False, compare=False)

    @property
    def item(self) -> type[BaseModel]:
        """The model of one item."""
        return self.models(self.item_schema)


class CallbackQuery(NamedTuple):
    """The wire names of a callback's query parameters (generated from the spec's webhook
    parameters, by their ``x-timrest-param`` names)."""

    sdkappid: str
    command: str
    content_type: str
    client_ip: str
    platform: str
    sign: str
    request_time: str


@dataclass(frozen=True, slots=True)
class Callback:
    """One callback of the spec (``webhooks``): what Tencent sends the app's server."""

    command: str
    """The command word (``CallbackCommand``), e.g. ``Group.CallbackAfterCreateTopic``."""
    model: type[BaseModel]
    """The body's model (generated from the webhook's request body schema)."""
    kind: Literal["before", "after"]
    """``before``: the reply decides whether the event happens; ``after``: it is ignored."""
    reject_codes: tuple[tuple[int, int], ...] = ()
    """The ``ErrorCode`` ranges a before-callback may reject with (``x-tim-callback``)."""
    refused_code: int | None = None
    """What the operation's caller gets when the callback rejects with 1 (``refused-code``)."""
    summary: str = ""
    docs_url: str = ""

    def may_reject_with(self, code: int) -> bool:
        return any(low <= code <= high for low, high in self.reject_codes)


@dataclass(frozen=True, eq=False)
class Operation(Generic[R]):
    """One operation of the spec, as the runtime and every edge need it. ``R`` is what the
    Python method returns."""

    name: str
    """The command (last path segment), e.g. ``get_group_attr``; errors and logs name it."""
    method: str
    """The Python method (``x-timrest-method``)."""
    endpoint: Endpoint
    """Method, path and query parameters (generated by openapi-python-client)."""
    request_schema: str
    """The request body's model, by name (``request_model`` is the class)."""
    response_schema: str
    params: tuple[Param, ...]
    result: ResultShape
    idempotent: bool
    """Whether sending it twice is harmless (``x-timrest-idempotent``)."""
    rate_limit: int
    """Calls per second per SDKAppID (``x-tim-rate-limit``)."""
    idempotent_when: str | None = None
    """The request field that makes a non-idempotent operation safe to resend when given
    (``x-timrest-idempotent: {when: ...}``: a create with a custom ID)."""
    applied_codes: tuple[int, ...] = ()
    """Codes that, answered to a resend after an attempt that may have been applied, mean
    the first attempt took effect (``x-timrest-applied-codes``): the call succeeds."""
    group_rate_limit: int | None = None
    """Calls per second on one group, shared by every operation that has one
    (``x-tim-rate-limit.group``), answered with ``group_rate_code`` beyond it."""
    group_rate_code: int | None = None
    quota: tuple[int, int] | None = None
    """How many of what it creates one group holds, and the code for one more
    (``x-tim-quota``: 20 permission groups, 200 topics per Community)."""
    group_types: tuple[str, ...] = ()
    summary: str = ""
    description: str = ""
    tag: str = ""
    docs_url: str = ""
    """Tencent's page for the operation (``externalDocs``)."""
    models: Models = field(default=_no_models, repr=False, compare=False)
    _aliases: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    @property
    def request_model(self) -> type[BaseModel]:
        """The request body's model (loaded on first use)."""
        return self.models(self.request_schema)

    @property
    def response_model(self) -> type[BaseModel]:
        """The response's model (loaded on first use)."""
        return self.models(self.response_schema)

    def __repr__(self) -> str:
        return f"Operation({self.name!r}, {self.endpoint.path!r})"

    def resend_is_safe(self, body: Mapping[str, object]) -> bool:
        """Whether this body may be sent again after an attempt that may have been applied."""
        if self.idempotent:
            return True
        return self.idempotent_when is not None and body.get(self.idempotent_when) is not None

    @property
    def service(self) -> str:
        """The service segment of the path (``group_open_http_svc``)."""
        return self.endpoint.path.strip("/").split("/")[1]

    def param(self, name: str) -> Param:
        """The parameter with this Python name."""
        for param in self.params:
            if param.name == name:
                return param
        raise KeyError(f"{self.method} has no argument {name!r}")

    def arguments_in(self, text: str) -> dict[str, str]:
        """The request fields ``text`` names as words (a server's ``ErrorInfo``), each with
        its Python argument: ``{"Next": "cursor"}``."""
        if not text:
            return {}
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text[:1000]))
        return {p.wire: p.name for p in self.params if p.wire in words}

    def param_by_wire(self, wire: str) -> Param:
        """The parameter of the request field ``wire``."""
        for param in self.params:
            if param.wire == wire:
                return param
        raise KeyError(f"{self.name} has no field {wire!r}")

    def attribute(self, wire: str) -> str:
        """The response model's attribute for the wire field ``wire``."""
        return self._alias_map(self.response_model)[wire]

    def item_attribute(self, items: str, wire: str) -> str:
        """The attribute for ``wire`` in the items of the response array ``items``."""
        key = f"{items}[]"
        found = self._aliases.get(key)
        if found is None:
            annotation = self.response_model.model_fields[self.attribute(items)].annotation
            found = self._aliases[key] = self._alias_map(item_model(annotation))
        return found[wire]

    def _alias_map(self, model: type[BaseModel]) -> dict[str, str]:
        found = self._aliases.get(model.__name__)
        if found is None:
            found = {(f.alias or name): name for name, f in model.model_fields.items()}
            self._aliases[model.__name__] = found
        return found


def item_model(annotation: Any) -> type[BaseModel]:
    """The pydantic model inside ``list[Model] | None``."""
    stack = [annotation]
    while stack:
        current = stack.pop()
        fields = getattr(current, "model_fields", None)
        if isinstance(current, type) and isinstance(fields, dict):
            return current
        stack.extend(getattr(current, "__args__", ()))
    raise TypeError(f"no model inside {annotation!r}")
