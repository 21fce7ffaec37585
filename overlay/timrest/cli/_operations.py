"""Every operation of the spec as a subcommand, built from the operation table.

``timrest <method-with-dashes>`` (``timrest get-group-attributes GROUP_ID``): the required
fields are arguments (a list or mapping last, as many words as given), the optional ones
``--flags``; names, types, defaults, limits and help come from the spec. ``--input-json``
takes a whole body (wire names, or ``@FILE``); the command's own arguments win over it.
The result prints as text or ``--json``; a paged operation streams every item
(``--format table|jsonl|csv``, ``--output``, ``--resume-from``, a progress bar on a
terminal, the first Ctrl-C finishes the page and prints the cursor). Adding a field or an
operation to the spec adds its flag or its command after ``nox -s generate``: nothing here
names an operation.

Aliases (``ALIASES``) are short names for a tag's commands: ``timrest group-attrs set GROUP
k=v`` is ``timrest set-group-attributes GROUP k=v``; the action is the method's first word.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from timrest._batch import Batch
from timrest._table import PageResult, ValueResult

from ._flags import FORCE, FORMAT, FORMATS, OUTPUT
from ._report import closed_pipe_ok, errors, fail
from ._settings import connection_options

if TYPE_CHECKING:
    from timrest._table import Operation, Param

__all__ = [
    "ALIASES",
    "PANEL",
    "command_name",
    "expand_alias",
    "operation_command",
    "operation_commands",
]

PANEL = "Operations (from openapi.yaml)"
ALIASES: dict[str, tuple[str, str]] = {"group-attrs": ("Group attributes", "get")}
"""A short name -> (the tag of its operations, the action taken when none is named)."""
_ENVELOPE = {"ActionStatus", "ErrorCode", "ErrorInfo"}


def command_name(op: Operation[Any]) -> str:
    return op.method.replace("_", "-")


def _flag(param: Param) -> str:
    return "--" + param.name.replace("_", "-")


def _positional(op: Operation[Any]) -> list[Param]:
    """The arguments given as words: the required scalars, then one required list last."""
    required = [p for p in op.params if p.required]
    lists = [p for p in required if p.is_list]
    return [p for p in required if not p.is_list] + lists[-1:]


def _cursor(op: Operation[Any]) -> str | None:
    return op.result.cursor if isinstance(op.result, PageResult) else None


def _help(param: Param) -> str:
    """The field's description and its limits, from the spec."""
    parts = [param.doc.rstrip(".") + "." if param.doc else "", f"[{param.wire}]"]
    if param.kind == "mapping":
        parts.insert(0, "KEY=VALUE pairs, or @FILE (a JSON object; a name without =).")
    elif param.kind in ("names", "keys") and not param.required:
        parts.insert(0, "Repeat, or separate with commas." if param.kind == "names" else "")
    if param.choices:
        parts.append(f"One of: {', '.join(param.choices)}.")
    if param.max_items is not None:
        parts.append(f"At most {param.max_items}.")
    if param.flags:
        names = "|".join(name.lower() for name in _flag_type(param).__members__)
        parts.append(f"A number, or names joined with | ({names}).")
    elif param.minimum is not None and param.maximum is not None:
        parts.append(f"From {param.minimum} to {param.maximum}.")
    elif param.minimum is not None:
        parts.append(f"At least {param.minimum}.")
    return " ".join(p for p in parts if p)


def _flag_type(param: Param) -> Any:
    """The ``enum.IntFlag`` the spec generated for a bitmask field."""
    from timrest._generated.timrest_client import flags

    return getattr(flags, param.flags)


def _number(param: Param, text: str, where: str) -> int:
    """An integer field's value: digits, or (a bitmask) member names joined with ``|``."""
    text = text.strip()
    if text.isdigit() or (text.startswith("-") and text[1:].isdigit()):
        return int(text)
    if not param.flags:
        raise fail(f"error: {where}: {text[:40]!r}: must be an integer", 2)
    kind = _flag_type(param)
    value = 0
    for word in re.split(r"[|,+]", text):
        name = word.strip().upper().replace("-", "_")
        if name not in kind.__members__:
            known = ", ".join(n.lower() for n in kind.__members__)
            raise fail(
                f"error: {where}: {word.strip()[:40]!r}: not a bit of {param.flags} ({known})", 2
            )
        value |= int(kind[name])
    return value


def _completion(param: Param) -> Callable[[str], list[str]] | None:
    if not param.choices:
        return None
    choices = param.choices

    def complete(incomplete: str) -> list[str]:
        done, _, last = incomplete.rpartition(",")
        prefix = f"{done}," if done else ""
        return [prefix + c for c in choices if c.startswith(last)]

    return complete


def _annotation(op: Operation[Any], param: Param, positional: bool) -> Any:
    """The typer annotation of one field: an argument or an option."""
    kind: Any = list[str] if param.is_list else str
    if param.kind == "integer" and not param.flags:
        kind = int
    metavar = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", param.wire).upper()
    if positional:
        if param.is_list:
            metavar += "..."
        return Annotated[
            kind | None,
            typer.Argument(help=_help(param), metavar=metavar, show_default=False),
        ]
    names = [_flag(param)]
    if param.wire == _cursor(op):
        names = ["--resume-from", _flag(param)]
    return Annotated[
        kind | None,
        typer.Option(
            *names,
            help=_help(param),
            metavar=metavar,
            autocompletion=_completion(param),
            show_default=param.default not in (None, ""),
        ),
    ]


def _signature(op: Operation[Any]) -> inspect.Signature:
    words = _positional(op)
    params: list[inspect.Parameter] = []
    keyword = inspect.Parameter.KEYWORD_ONLY
    for param in [*words, *(p for p in op.params if p not in words)]:
        positional = param in words
        # Every field may come from --input-json instead: the client names a missing one.
        default = None if param.is_list or param.default in ("", None) else param.default
        params.append(
            inspect.Parameter(
                f"a_{param.name}",
                inspect.Parameter.POSITIONAL_OR_KEYWORD if positional else keyword,
                default=default,
                annotation=_annotation(op, param, positional),
            )
        )
    extra: dict[str, Any] = {
        "as_json": (
            Annotated[bool, typer.Option("--json", help="Print JSON (errors too, on stderr).")],
            False,
        ),
        "input_json": (
            Annotated[
                str | None,
                typer.Option(
                    "--input-json",
                    help="The whole request body as JSON (wire names), or @FILE; the "
                    "command's arguments win over it.",
                    metavar="JSON",
                ),
            ],
            None,
        ),
    }
    if op.result.kind == "page":
        extra["fmt"] = (FORMAT, "table")
        extra["output"] = (OUTPUT, None)
        extra["force"] = (FORCE, False)
    for name, (annotation, default) in extra.items():
        params.append(inspect.Parameter(name, keyword, default=default, annotation=annotation))
    return inspect.Signature(params)


def _load_json(text: str, where: str) -> Any:
    try:
        if text.startswith("@"):
            return json.loads(Path(text[1:]).read_text(encoding="utf-8"))
        return json.loads(text)
    except (OSError, ValueError) as exc:
        raise fail(f"error: {where}: {exc}", 2) from None


def _from_body(op: Operation[Any], text: str | None) -> dict[str, Any]:
    """Python arguments from a whole body in wire names (``--input-json``)."""
    if text is None:
        return {}
    body = _load_json(text, "--input-json")
    if not isinstance(body, dict):
        raise fail("error: --input-json: must be a JSON object", 2)
    known = {p.wire: p for p in op.params}
    unknown = sorted(set(body) - set(known))
    if unknown:
        fields = ", ".join(known)
        raise fail(f"error: --input-json: unknown field {unknown[0]!r} (fields: {fields})", 2)
    args: dict[str, Any] = {}
    for wire, value in body.items():
        param = known[wire]
        rows = value if isinstance(value, list) else None
        if param.kind == "mapping" and rows is not None:
            pairs = [r for r in rows if isinstance(r, dict)]
            value = {r.get(param.item_key): r.get(param.item_value) for r in pairs}
        elif param.kind == "keys" and rows is not None:
            value = [r.get(param.item_key) if isinstance(r, dict) else r for r in rows]
        args[param.name] = value
    return args


def _words(param: Param, values: Sequence[str]) -> Any:
    """A list or mapping field from its words on the command line."""
    where = _flag(param) if not param.required else param.name
    if param.kind == "mapping":
        pairs: dict[str, Any] = {}
        for item in values:
            if item.startswith("@") and "=" not in item:  # keys may start with @ (topic IDs)
                loaded = _load_json(item, where)
                if not isinstance(loaded, dict):
                    raise fail(f"error: {where}: {item[:40]}: must hold a JSON object", 2)
                pairs.update(loaded)
                continue
            key, sep, value = item.partition("=")
            if not sep:
                raise fail(f"error: {where}: {item[:40]!r}: write each pair as key=value", 2)
            pairs[key] = _number(param, value, where) if param.value_kind == "integer" else value
        return pairs
    if param.kind == "names":
        return [part.strip() for value in values for part in value.split(",") if part.strip()]
    return list(values)


def _arguments(op: Operation[Any], given: dict[str, Any]) -> dict[str, Any]:
    args = _from_body(op, given.pop("input_json"))
    for param in op.params:
        value = given.pop(f"a_{param.name}")
        if param.is_list:
            if value:
                args[param.name] = _words(param, value)
            elif param.required and param.name not in args:
                args[param.name] = {} if param.kind == "mapping" else []
        elif value is not None:
            if param.flags and isinstance(value, str):
                value = _number(param, value, _flag(param) if not param.required else param.name)
            args[param.name] = value
        elif param.required and args.get(param.name) is None:
            raise fail(f"error: {param.name}: missing: this argument is required", 2)
    return args


def _print_batch(op: Operation[Any], batch: Batch[Any], as_json: bool) -> None:
    """Each item's outcome; a failed or missing item makes the command fail (exit 1)."""

    def dumped(item: Any) -> dict[str, Any]:
        data = item.model_dump(by_alias=True, exclude_none=True, mode="json")
        return {k: v for k, v in data.items() if k not in ("ErrorCode", "ErrorInfo", "Result")}

    failed = {
        key: {"code": e.code, "info": e.info, "meaning": e.meaning, "hint": e.hint}
        for key, e in batch.failed.items()
    }
    with closed_pipe_ok():
        if as_json:
            data = {
                "succeeded": {key: dumped(item) for key, item in batch.succeeded.items()},
                "applied": list(batch.applied),
                "failed": failed,
                "missing": list(batch.missing),
            }
            typer.echo(json.dumps(data, ensure_ascii=False))
        else:
            for key, item in batch.succeeded.items():
                state = "already" if key in batch.applied else "ok"
                extra = {k: v for k, v in dumped(item).items() if v != key}
                more = f"\t{json.dumps(extra, ensure_ascii=False)}" if extra else ""
                typer.echo(f"{key}\t{state}{more}")
            for key, error in failed.items():
                typer.echo(f"{key}\tfailed {error['code']}: {error['meaning']} ({error['hint']})")
            for key in batch.missing:
                typer.echo(f"{key}\tmissing: not in the reply")
    done, total = len(batch.succeeded), len(batch.succeeded) + len(failed) + len(batch.missing)
    if not batch.ok:
        raise fail(f"{command_name(op)}: {total - done} of {total} failed", 1)
    typer.echo(f"{command_name(op)}: {done} of {total} done", err=True)


def _print_result(op: Operation[Any], result: Any, as_json: bool) -> None:
    if op.result.kind == "none":
        typer.echo(f"{command_name(op)}: done", err=True)
        if as_json:
            typer.echo("{}")
        return
    if isinstance(op.result, ValueResult):
        with closed_pipe_ok():
            shown = {op.result.field: result}
            typer.echo(json.dumps(shown, ensure_ascii=False) if as_json else str(result))
        return
    if isinstance(result, Batch):
        _print_batch(op, result, as_json)
        return
    if op.result.kind == "mapping":
        data: dict[str, Any] = dict(result)
    else:
        dumped = result.model_dump(by_alias=True, exclude_none=True, mode="json")
        data = {k: v for k, v in dumped.items() if k not in _ENVELOPE}
    with closed_pipe_ok():
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False))
            return
        if not data:
            typer.echo("(nothing)", err=True)
        for key, value in data.items():
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            typer.echo(f"{key}\t{text}")


def _field_filter(op: Operation[Any], item: Any, args: dict[str, Any]) -> list[str] | None:
    """The item fields asked for, where the operation takes a filter of them (a list field
    whose values are the items' field names)."""
    from ._export import columns_of

    columns = set(columns_of(item))
    for param in op.params:
        if param.kind == "names" and param.choices and set(param.choices) <= columns:
            chosen = args.get(param.name)
            return list(chosen) if chosen is not None else None
    return None


def _noun(op: Operation[Any]) -> str:
    items = op.result.items if isinstance(op.result, PageResult) else ""
    base = re.sub(r"(List|Array|Ary)$", "", items)
    return f"{re.sub(r'(?<=[a-z])(?=[A-Z])', ' ', base).lower()}s" if base != items else "items"


def _runner(op: Operation[Any]) -> Callable[..., None]:
    def run(**given: Any) -> None:
        from ._settings import make_client
        from ._stream import Export, stream

        connection = given.pop("connection")
        as_json = given.pop("as_json")
        fmt = "jsonl" if as_json else given.pop("fmt", "table")
        given.pop("fmt", None)
        if fmt not in FORMATS:
            raise fail(f"error: --format: must be one of {', '.join(FORMATS)}, got {fmt!r}", 2)
        output = given.pop("output", None)
        force = given.pop("force", False)
        args = _arguments(op, given)
        with errors(as_json):
            client = make_client(connection)
        with client:
            result = op.result
            with errors(as_json):
                if not isinstance(result, PageResult):
                    _print_result(op, getattr(client, op.method)(**args), as_json)
                    return
                pages = getattr(client, result.iterate)(**args)
            cursor = next(p.name for p in op.params if p.wire == result.cursor)
            export = Export(
                model=result.item,
                fmt=fmt,  # type: ignore[arg-type]
                output=output,
                resume_from=args.get(cursor) or "",
                noun=_noun(op),
                fields=_field_filter(op, result.item, args),
                force=force,
            )
            stream(pages, export)

    signature = _signature(op)
    run.__signature__ = signature  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in signature.parameters.values()}
    run.__name__ = run.__qualname__ = op.method
    return run


def _doc(op: Operation[Any]) -> str:
    paragraphs = (op.description or op.summary).split("\n\n")
    text = "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)
    return f"{text}\n\nTencent's page: {op.docs_url}" if op.docs_url else text


def operation_command(op: Operation[Any]) -> Any:
    """The click command of ``op`` (built by typer from the table's facts)."""
    single = typer.Typer(rich_markup_mode=None, add_completion=False)
    single.command(command_name(op), help=_doc(op), short_help=op.summary, rich_help_panel=PANEL)(
        connection_options()(_runner(op))
    )
    return typer.main.get_command(single)


def operation_commands(
    operations: dict[str, Operation[Any]],
) -> dict[str, tuple[Callable[[], Any], str]]:
    """One subcommand per operation of ``operations`` (the spec's table), by name: how to
    build it (on first use) and its one-line help."""
    return {
        command_name(op): (functools.partial(operation_command, op), op.summary)
        for op in operations.values()
    }


def expand_alias(argv: list[str], operations: dict[str, Operation[Any]]) -> list[str]:
    """``argv`` with an alias (``group-attrs [ACTION]``) replaced by its command's name."""
    index = next((i for i, word in enumerate(argv) if word in ALIASES), None)
    if index is None:
        return argv
    tag, default = ALIASES[argv[index]]
    actions = {
        op.method.split("_", 1)[0]: command_name(op) for op in operations.values() if op.tag == tag
    }
    rest = argv[index + 1 :]
    if not rest or rest[0] in ("-h", "--help"):
        return argv  # the alias's own help lists the actions
    if rest[0] in actions:
        return [*argv[:index], actions[rest[0]], *rest[1:]]
    if len(rest) > 1 and not rest[0].startswith("-") and not rest[1].startswith("-"):
        # Two words and the first is no action: a mistyped action, not the default's input.
        raise fail(
            f"error: {argv[index]}: unknown action {rest[0][:40]!r} (actions: "
            f"{', '.join(actions)})",
            2,
        )
    return [*argv[:index], actions[default], *rest]


def alias_help(name: str, operations: dict[str, Operation[Any]]) -> str:
    tag, default = ALIASES[name]
    lines = [f"Short for the {tag.lower()} commands ({default} if no action is named):", "\b"]
    for op in operations.values():
        if op.tag == tag:
            action = op.method.split("_", 1)[0]
            lines.append(f"  {name} {action:<8} = timrest {command_name(op)}: {op.summary}")
    return "\n".join(lines)
