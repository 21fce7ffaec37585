"""The operation table's types: what the generated layer says about each operation.

``nox -s generate`` writes one ``Operation`` per operation of openapi.yaml into
``timrest_client.operations`` and the typed methods that call it into
``timrest_client.methods``. Nothing here knows any particular operation: the runtime reads
the table (path, models, parameters, result shape, retry safety, rate limit, error codes).
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from pydantic import BaseModel

from ._errors import TimMalformedResponseError
from ._generated.timrest_models import BaseResponse
from ._pagination import Page
from ._validation import check_argument, validate_body

if TYPE_CHECKING:
    from ._codes import CodeInfo
    from ._generated.timrest_client import Endpoint
    from ._pagination import AsyncPageIterator, PageIterator

__all__ = [
    "AsyncInvoker",
    "MappingResult",
    "NoResult",
    "Operation",
    "PageResult",
    "Param",
    "ResponseResult",
    "ResultShape",
    "SyncInvoker",
]

R = TypeVar("R")
ItemT = TypeVar("ItemT", bound=BaseModel)
ResponseT = TypeVar("ResponseT", bound=BaseResponse)
ParamKind = Literal["string", "integer", "names", "mapping", "keys"]


@dataclass(frozen=True, slots=True)
class Param:
    """One request field as a Python argument."""

    wire: str
    """The field's name in the JSON body."""
    name: str
    """The Python argument (``x-timrest-param``, else the field in snake case)."""
    kind: ParamKind
    """``string``, ``integer``, ``names`` (a list of strings), ``mapping`` (a dict sent as
    an array of key/value objects) or ``keys`` (strings sent as an array of key objects)."""
    required: bool
    doc: str = ""
    """The field's description, for error messages."""
    choices: tuple[str, ...] = ()
    """The allowed values of a ``names`` list (an enum in the spec)."""
    item_key: str = ""
    """``mapping``/``keys``: the field of each array item that holds the key."""
    item_value: str = ""
    """``mapping``: the field of each array item that holds the value."""
    max_bytes: int | None = None
    """``string``: the most UTF-8 bytes (``x-tim-max-bytes``)."""
    key_max_bytes: int | None = None
    """``mapping``/``keys``: the most UTF-8 bytes of a key."""
    value_max_bytes: int | None = None
    """``mapping``: the most UTF-8 bytes of a value."""
    values_max_bytes: int | None = None
    """``mapping``: the most UTF-8 bytes of all values together."""


class ResultShape(ABC, Generic[R]):
    """How a successful response is handed to the caller."""

    @abstractmethod
    def shape(self, op: Operation[R], parsed: BaseResponse, body: Mapping[str, Any]) -> R:
        """The caller's result from the parsed response (``body``: what was sent)."""


class NoResult(ResultShape[None]):
    """The operation answers the envelope only: the call returns ``None``."""

    def shape(self, op: Operation[None], parsed: BaseResponse, body: Mapping[str, Any]) -> None:
        return None


@dataclass(frozen=True, slots=True)
class ResponseResult(ResultShape[ResponseT]):
    """The parsed response model itself (``x-timrest-result: {kind: response}``)."""

    model: type[ResponseT]

    def shape(
        self, op: Operation[ResponseT], parsed: BaseResponse, body: Mapping[str, Any]
    ) -> ResponseT:
        assert isinstance(parsed, self.model)
        return parsed


@dataclass(frozen=True, slots=True)
class MappingResult(ResultShape[dict[str, str]]):
    """An array of key/value objects, handed out as a ``dict``."""

    items: str
    key: str
    value: str

    def shape(
        self, op: Operation[dict[str, str]], parsed: BaseResponse, body: Mapping[str, Any]
    ) -> dict[str, str]:
        rows = getattr(parsed, op.attribute(self.items)) or []
        key, value = (
            op.item_attribute(self.items, self.key),
            op.item_attribute(self.items, self.value),
        )
        return {getattr(row, key): getattr(row, value) for row in rows}


@dataclass(frozen=True, slots=True)
class PageResult(ResultShape[Page[ItemT]]):
    """One page of a cursor listing: ``items``, the ``cursor`` request field, the ``next``
    response field (``""`` ends the listing) and the ``total`` response field."""

    item: type[ItemT]
    items: str
    cursor: str
    next: str
    total: str | None = None

    def shape(
        self, op: Operation[Page[ItemT]], parsed: BaseResponse, body: Mapping[str, Any]
    ) -> Page[ItemT]:
        following = getattr(parsed, op.attribute(self.next))
        if following is None:
            error = TimMalformedResponseError(f"{op.name}: successful response without {self.next}")
            error.operation = op.name
            raise error
        total = getattr(parsed, op.attribute(self.total)) if self.total else None
        return Page(
            items=getattr(parsed, op.attribute(self.items)) or [],
            next_cursor=following,
            total=total,
            cursor=body.get(self.cursor) or "",
        )


@dataclass(frozen=True, eq=False)
class Operation(Generic[R]):
    """One operation of the spec, as the runtime needs it."""

    name: str
    """The command (last path segment), e.g. ``get_group_attr``; errors and logs name it."""
    method: str
    """The Python method (``x-timrest-method``)."""
    endpoint: Endpoint
    """Method, path and query parameters (generated by openapi-python-client)."""
    request_model: type[BaseModel]
    response_model: type[BaseResponse]
    params: tuple[Param, ...]
    result: ResultShape[R]
    idempotent: bool
    """Whether sending it twice is harmless (``x-timrest-idempotent``)."""
    rate_limit: int
    """Calls per second per SDKAppID (``x-tim-rate-limit``)."""
    group_types: tuple[str, ...] = ()
    summary: str = ""
    _aliases: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return f"Operation({self.name!r}, {self.endpoint.path!r})"

    @cached_property
    def error_codes(self) -> Mapping[int, CodeInfo]:
        """Every code this operation documents, the common codes included."""
        from ._codes import codes_for

        return codes_for(self.name)

    @cached_property
    def limit_key(self) -> str:
        return self.name

    def build_body(self, args: Mapping[str, object]) -> dict[str, Any]:
        """Check the arguments (keyed by wire name) and validate them with the request
        model; the JSON-ready body. Raises ``TimValidationError`` naming the argument."""
        values: dict[str, Any] = {}
        for param in self.params:
            value = args.get(param.wire)
            if value is None:
                if param.required:
                    check_argument(param, value)
                continue
            values[param.wire] = check_argument(param, value)
        return validate_body(self.request_model, self.params, values)

    @staticmethod
    def encode(body: Mapping[str, Any]) -> bytes:
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()

    def attribute(self, wire: str) -> str:
        """The response model's attribute for the wire field ``wire``."""
        return self._alias_map(self.response_model)[wire]

    def item_attribute(self, items: str, wire: str) -> str:
        """The attribute for ``wire`` in the items of the response array ``items``."""
        key = f"{items}[]"
        found = self._aliases.get(key)
        if found is None:
            annotation = self.response_model.model_fields[self.attribute(items)].annotation
            found = self._aliases[key] = self._alias_map(_item_model(annotation))
        return found[wire]

    def _alias_map(self, model: type[BaseModel]) -> dict[str, str]:
        found = self._aliases.get(model.__name__)
        if found is None:
            found = {(f.alias or name): name for name, f in model.model_fields.items()}
            self._aliases[model.__name__] = found
        return found


def _item_model(annotation: Any) -> type[BaseModel]:
    """The pydantic model inside ``list[Model] | None``."""
    stack = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            return current
        stack.extend(getattr(current, "__args__", ()))
    raise TypeError(f"no model inside {annotation!r}")


class SyncInvoker(ABC):
    """What the generated sync methods call; ``Client`` implements it."""

    @abstractmethod
    def _invoke(
        self,
        op: Operation[R],
        args: dict[str, object],
        max_retries: int | None,
        per_try: float | None,
    ) -> R:
        """Check, send (with retries) and shape one call."""

    @abstractmethod
    def _iterate(
        self,
        op: Operation[Page[ItemT]],
        args: dict[str, object],
        max_retries: int | None,
        per_try: float | None,
    ) -> PageIterator[ItemT]:
        """Every item across pages, from the ``cursor`` argument on."""


class AsyncInvoker(ABC):
    """What the generated async methods call; ``AsyncClient`` implements it."""

    @abstractmethod
    async def _invoke(
        self,
        op: Operation[R],
        args: dict[str, object],
        max_retries: int | None,
        per_try: float | None,
    ) -> R:
        """Check, send (with retries) and shape one call."""

    @abstractmethod
    def _iterate(
        self,
        op: Operation[Page[ItemT]],
        args: dict[str, object],
        max_retries: int | None,
        per_try: float | None,
    ) -> AsyncPageIterator[ItemT]:
        """Every item across pages (``async for``), from the ``cursor`` argument on."""
