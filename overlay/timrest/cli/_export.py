"""Streaming member export: one page in memory at a time, in table, JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any, Literal, Protocol

from rich.console import Console
from rich.table import Table
from rich.text import Text

from timrest import PermissionGroupMember

Format = Literal["table", "jsonl", "csv"]
COLUMNS = tuple(field.alias or name for name, field in PermissionGroupMember.model_fields.items())
"""The member fields, in the spec's order (from the generated model)."""


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _visible(text: str) -> str:
    """Member text as data: control characters (terminal escapes included) made visible."""
    return text.translate(_CONTROL)


def _cell(value: object) -> object:
    """A CSV cell a spreadsheet will not evaluate: text starting like a formula is quoted."""
    if not isinstance(value, str):
        return value
    text = _visible(value)
    return f"'{text}" if text.startswith(_FORMULA) else text


def _row(member: PermissionGroupMember) -> dict[str, Any]:
    return member.model_dump(by_alias=True, exclude_none=True, mode="json")


class Writer(Protocol):
    def write(self, members: Iterable[PermissionGroupMember]) -> None: ...


class JsonLinesWriter:
    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, members: Iterable[PermissionGroupMember]) -> None:
        for member in members:
            self._out.write(json.dumps(_row(member), ensure_ascii=False) + "\n")
        self._out.flush()


class CsvWriter:
    """The member fields asked for (all without ``fields``), then one column per custom field
    asked for; without ``custom_fields``, whatever custom fields come as one JSON column."""

    def __init__(
        self,
        out: IO[str],
        *,
        header: bool = True,
        fields: list[str] | None = None,
        custom_fields: list[str] | None = None,
    ) -> None:
        self._out = out
        self._custom = custom_fields
        chosen = [c for c in COLUMNS if c != "AppMemberDefinedData"]
        if fields is not None:
            chosen = ["Member_Account", *(c for c in chosen if c in fields)]
        if custom_fields is not None:
            chosen += custom_fields
        elif fields is None:
            chosen.append("AppMemberDefinedData")
        self._csv = csv.DictWriter(out, fieldnames=chosen, extrasaction="ignore")
        if header:
            self._csv.writeheader()

    def write(self, members: Iterable[PermissionGroupMember]) -> None:
        for member in members:
            row = _row(member)
            defined = {item["Key"]: item["Value"] for item in row.pop("AppMemberDefinedData", [])}
            if self._custom is not None:
                row.update({key: defined.get(key, "") for key in self._custom})
            elif defined:
                row["AppMemberDefinedData"] = json.dumps(defined, ensure_ascii=False)
            self._csv.writerow({key: _cell(value) for key, value in row.items()})
        self._out.flush()


class TableWriter:
    """A rich table per page, with the header on the first page only."""

    def __init__(self, out: IO[str], *, header: bool = True, console: Console | None = None):
        # On a terminal rich fits the table to it; in a file or pipe nothing is cut. With a
        # progress bar on the same terminal, the bar's console prints the rows above it.
        wide = None if out.isatty() else 1000
        self._console = console or Console(file=out, soft_wrap=False, width=wide)
        self._first = header

    def write(self, members: Iterable[PermissionGroupMember]) -> None:
        table = Table(show_header=self._first, box=None, pad_edge=False)
        for column in (
            "Member_Account",
            "Role",
            "NameCard",
            "JoinTime",
            "MsgFlag",
            "MuteUntil",
            "Custom",
        ):
            table.add_column(column, no_wrap=True, min_width=len(column))
        for member in members:
            custom = ", ".join(f"{d.key}={d.value}" for d in member.app_member_defined_data or [])
            table.add_row(
                _text(member.member_account),
                _text(member.role),
                _text(member.name_card),
                _text(member.join_time),
                _text(member.msg_flag),
                _text(member.mute_until),
                _text(custom),
            )
        self._console.print(table)
        self._first = False


def _text(value: object) -> Text:
    """A table cell as plain text: never rich markup, control characters visible."""
    return Text("" if value is None else _visible(str(value)))


def writer(
    fmt: Format,
    out: IO[str],
    *,
    console: Console | None = None,
    header: bool = True,
    fields: list[str] | None = None,
    custom_fields: list[str] | None = None,
) -> Writer:
    """The writer for ``fmt``; ``header=False`` when appending to an earlier export."""
    if fmt == "jsonl":
        return JsonLinesWriter(out)
    if fmt == "csv":
        return CsvWriter(out, header=header, fields=fields, custom_fields=custom_fields)
    return TableWriter(out, header=header, console=console)
