"""Writing the items of a listing as they stream in: one page in memory at a time, as a
table, JSON Lines or CSV. Generic over the item model (the operation's ``PageResult.item``):
the columns are the model's fields, from the spec."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any, Literal, Protocol

from pydantic import BaseModel
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from ._flags import FORMATS

__all__ = ["FORMATS", "Format", "Writer", "columns_of", "writer"]

Format = Literal["table", "jsonl", "csv"]

_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def columns_of(model: type[BaseModel]) -> tuple[str, ...]:
    """The wire names of the model's fields, in the spec's order."""
    return tuple(field.alias or name for name, field in model.model_fields.items())


def required_of(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(
        field.alias or name for name, field in model.model_fields.items() if field.is_required()
    )


def chosen_columns(model: type[BaseModel], fields: Sequence[str] | None) -> list[str]:
    """All columns, or the required ones and those asked for (in the model's order)."""
    columns = list(columns_of(model))
    if fields is None:
        return columns
    keep = set(required_of(model)) | set(fields)
    return [c for c in columns if c in keep]


def _visible(text: str) -> str:
    """Item text as data: control characters (terminal escapes included) made visible."""
    return text.translate(_CONTROL)


def _cell(value: object) -> object:
    """A CSV cell a spreadsheet will not evaluate: text starting like a formula is quoted."""
    if not isinstance(value, str):
        return value
    text = _visible(value)
    return f"'{text}" if text.startswith(_FORMULA) else text


def _row(item: BaseModel) -> dict[str, Any]:
    return item.model_dump(by_alias=True, exclude_none=True, mode="json")


def _pairs(rows: list[Any]) -> dict[str, Any] | None:
    """A list of two-field objects (key/value pairs) as a dict; None for any other list."""
    if not all(isinstance(r, dict) and len(r) == 2 for r in rows):
        return None
    out: dict[str, Any] = {}
    for row in rows:
        key, value = row.values()
        if not isinstance(key, str):
            return None
        out[key] = value
    return out


def _flat(value: Any) -> str:
    """A cell's text: lists of pairs as ``k=v, ...``, other structures as compact JSON."""
    if isinstance(value, list):
        pairs = _pairs(value)
        if pairs is not None:
            return ", ".join(f"{k}={v}" for k, v in pairs.items())
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "" if value is None else str(value)


class Writer(Protocol):
    def write(self, items: Iterable[BaseModel]) -> None: ...


class JsonLinesWriter:
    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, items: Iterable[BaseModel]) -> None:
        for item in items:
            self._out.write(json.dumps(_row(item), ensure_ascii=False) + "\n")
        self._out.flush()


class CsvWriter:
    """The columns asked for (all without ``fields``). ``expand`` names a list of key/value
    pairs whose keys asked for in ``keys`` become columns of their own (the member export's
    custom fields); without ``keys`` the list is one JSON column."""

    def __init__(
        self,
        out: IO[str],
        model: type[BaseModel],
        *,
        header: bool = True,
        fields: Sequence[str] | None = None,
        expand: str | None = None,
        keys: Sequence[str] | None = None,
    ) -> None:
        self._out = out
        self._expand, self._keys = expand, keys
        chosen = chosen_columns(model, fields)
        if expand is not None and expand in chosen and (keys is not None or fields is not None):
            chosen.remove(expand)
        if expand is not None and keys is not None:
            chosen += keys
        self._csv = csv.DictWriter(out, fieldnames=chosen, extrasaction="ignore")
        if header:
            self._csv.writeheader()

    def write(self, items: Iterable[BaseModel]) -> None:
        for item in items:
            row = _row(item)
            if self._expand is not None and self._keys is not None:
                expanded = _pairs(row.pop(self._expand, [])) or {}
                row.update({key: expanded.get(key, "") for key in self._keys})
            for key, value in row.items():
                if isinstance(value, dict | list):
                    pairs = _pairs(value) if isinstance(value, list) else None
                    row[key] = json.dumps(pairs if pairs is not None else value, ensure_ascii=False)
            self._csv.writerow({key: _cell(value) for key, value in row.items()})
        self._out.flush()


class TableWriter:
    """A rich table per page, with the header on the first page only; never a cut value:
    when a page's table is wider than the console, it and every later page are written as
    records (one ``field: value`` per line, long values wrapped)."""

    def __init__(
        self,
        out: IO[str],
        model: type[BaseModel],
        *,
        header: bool = True,
        console: Console | None = None,
        fields: Sequence[str] | None = None,
    ):
        # On a terminal rich fits the table to it; in a file or pipe nothing is cut. With a
        # progress bar on the same terminal, the bar's console prints the rows above it.
        wide = None if out.isatty() else 1000
        self._console = console or Console(file=out, soft_wrap=False, width=wide)
        self._first = header
        self._records = False
        self._columns = chosen_columns(model, fields)

    def write(self, items: Iterable[BaseModel]) -> None:
        rows = [_row(item) for item in items]
        cells = [[_visible(_flat(row.get(c))) for c in self._columns] for row in rows]
        if not self._records:
            table = Table(show_header=self._first, box=None, pad_edge=False)
            for column in self._columns:
                table.add_column(column, no_wrap=True, min_width=len(column))
            for line in cells:
                table.add_row(*(Text(cell) for cell in line))
            console = self._console
            unbounded = console.options.update_width(1 << 20)  # the table's natural width
            if Measurement.get(console, unbounded, table).maximum <= console.width:
                console.print(table)
                self._first = False
                return
            self._records = True  # too narrow for the table: records from here on
        self._write_records(cells)

    def _write_records(self, cells: list[list[str]]) -> None:
        for line in cells:
            for column, cell in zip(self._columns, line, strict=True):
                text = Text(f"{column}: ", style="bold")
                text.append(cell)
                self._console.print(text, overflow="fold", soft_wrap=False)
            self._console.print()


def writer(
    fmt: Format,
    out: IO[str],
    model: type[BaseModel],
    *,
    console: Console | None = None,
    header: bool = True,
    fields: Sequence[str] | None = None,
    expand: str | None = None,
    keys: Sequence[str] | None = None,
) -> Writer:
    """The writer for ``fmt``; ``header=False`` when appending to an earlier export."""
    if fmt == "jsonl":
        return JsonLinesWriter(out)
    if fmt == "csv":
        return CsvWriter(out, model, header=header, fields=fields, expand=expand, keys=keys)
    return TableWriter(out, model, header=header, console=console, fields=fields)
