"""The Python API reference: one self-contained HTML page built from the operation table.

    python tools/python_reference.py OUT.html

Everything on the page is read from what the installed ``timrest`` holds: the operation
table (``timrest._generated.timrest_client.operations``: arguments, limits, results, rates,
group types), the generated method signatures and docstrings (sync and async), the error
codes with their hints, the client options and the exception tree. Nothing here names an
operation; a new operation in the spec appears after ``nox -s generate``.

Each method's entry has the HTML id ``Client.<method>`` / ``AsyncClient.<method>``.
"""

from __future__ import annotations

import html
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import timrest
from timrest import _errors, _options
from timrest._codes import codes_for
from timrest._errors import TimError, api_error
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest._table import (
    BatchResult,
    MappingResult,
    Operation,
    PageResult,
    Param,
    ResponseResult,
    ValueResult,
)

e = html.escape

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;display:flex;color:#1d232a}
nav{width:19rem;flex:none;height:100vh;overflow:auto;position:sticky;top:0;
background:#f4f6f8;padding:1rem;box-sizing:border-box;font-size:14px}
nav a{display:block;color:#234;text-decoration:none;padding:1px 0}
nav h3{margin:1rem 0 .3rem;font-size:13px;text-transform:uppercase;color:#667}
main{padding:1rem 2.5rem;max-width:62rem}
code,pre{font:13px/1.4 ui-monospace,monospace;background:#f1f3f5;border-radius:3px}
pre{padding:.6rem;overflow:auto}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
td,th{border:1px solid #dde;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#f4f6f8}
section.op{border-top:2px solid #dde;margin-top:2rem}
.tag{color:#667;font-size:13px}
#filter{width:100%;box-sizing:border-box;padding:.3rem}
"""

# The filter box: narrows the navigation; marks the page ready when it ran.
SCRIPT = """
const box = document.getElementById("filter");
const links = Array.from(document.querySelectorAll("nav a[data-name]"));
box.addEventListener("input", () => {
  const q = box.value.toLowerCase();
  for (const a of links) a.hidden = q !== "" && !a.dataset.name.includes(q);
});
const index = JSON.parse(document.getElementById("index").textContent);
document.getElementById("count").textContent = index.length + " methods";
document.body.dataset.ready = "1";
"""


# Each checked bound of a parameter, in words.
BOUNDS = (
    ("minimum", "at least {}"),
    ("maximum", "at most {}"),
    ("max_bytes", "at most {} bytes (UTF-8)"),
    ("max_items", "at most {} items"),
    ("key_max_bytes", "each key at most {} bytes"),
    ("value_max_bytes", "each value at most {} bytes"),
    ("values_max_bytes", "all values at most {} bytes together"),
)


def limits(param: Param) -> list[str]:
    """The rules the client checks before sending, in words."""
    rules = [text.format(getattr(param, attr)) for attr, text in BOUNDS
             if getattr(param, attr) is not None]  # fmt: skip
    if param.choices:
        rules.append("one of " + ", ".join(param.choices))
    for rule, code in sorted(param.codes.items()):
        broken = "invalid" if rule == "invalid" else f"over its {rule.replace('_', ' ')}"
        rules.append(f"the service answers {code} when it is {broken}")
    return rules


def model_fields(model: Any) -> str:
    rows = []
    for name, info in model.model_fields.items():
        alias = info.alias or name
        doc = (info.description or "").split(". ")[0]
        rows.append(
            f"<tr><td><code>{e(name)}</code></td><td><code>{e(alias)}</code></td>"
            f"<td><code>{e(str(info.annotation).replace('typing.', ''))}</code></td>"
            f"<td>{e(doc)}</td></tr>"
        )
    head = "<tr><th>Attribute</th><th>Field</th><th>Type</th><th>Meaning</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def result_text(op: Operation[Any], returns: str) -> str:
    shape = op.result
    text = f"<p>Returns <code>{e(returns)}</code>"
    if isinstance(shape, PageResult):
        text += (
            f": one page of <code>{e(shape.items)}</code>; <code>next_cursor</code> (from "
            f"<code>{e(shape.next)}</code>, empty on the last page) goes back as "
            f"<code>cursor=</code>"
        )
        if shape.total:
            text += f"; <code>total</code> from <code>{e(shape.total)}</code>"
        text += (
            f". <code>{e(shape.iterate)}</code> walks every page and resumes from "
            f"<code>.cursor</code>. Each item, <code>{e(shape.item.__name__)}</code>:</p>"
        )
        return text + model_fields(shape.item)
    if isinstance(shape, MappingResult):
        return text + (
            f": <code>{e(shape.items)}</code> as a dict, <code>{e(shape.key)}</code> to "
            f"<code>{e(shape.value)}</code>.</p>"
        )
    if isinstance(shape, ResponseResult):
        return text + ":</p>" + model_fields(shape.model)
    if isinstance(shape, ValueResult):
        return text + f": the response's <code>{e(shape.field)}</code>.</p>"
    if isinstance(shape, BatchResult):
        done = ", ".join(str(c) for c in shape.applied)
        retry = ", ".join(str(c) for c in shape.applied_on_retry)
        text += (
            f": a <code>Batch</code> of <code>{e(shape.items)}</code>, by "
            f"<code>{e('.'.join(shape.key))}</code>: <code>succeeded</code> (each item as "
            f"answered), <code>failed</code> (each a typed <code>TimAPIError</code> from "
            f"<code>{e(shape.code)}</code>), <code>missing</code>; "
            f"<code>raise_for_failures()</code> raises <code>TimBatchError</code> if any "
            "item failed"
        )
        if done:
            text += f"; items answered {e(done)} count as done (<code>applied</code>)"
        if retry:
            text += f"; on a resend, items answered {e(retry)} count as done"
        return (
            text
            + f". Each item, <code>{e(shape.item.__name__)}</code>:</p>"
            + model_fields(shape.item)
        )
    return text + ": the call succeeded or raised.</p>"


def params_table(op: Operation[Any], signature: inspect.Signature) -> str:
    rows = []
    for param in op.params:
        sig = signature.parameters[param.name]
        shown = f"default <code>{e(repr(sig.default))}</code>"
        default = "required" if param.required else shown
        rows.append(
            f"<tr><td><code>{e(param.name)}</code></td><td><code>{e(param.wire)}</code></td>"
            f"<td><code>{e(annotation(sig.annotation))}</code></td><td>{default}</td>"
            f"<td>{e(param.doc)}</td><td>{e('; '.join(limits(param)))}</td></tr>"
        )
    for name in ("max_retries", "timeout"):
        sig = signature.parameters[name]
        rows.append(
            f"<tr><td><code>{name}</code></td><td></td><td><code>{e(annotation(sig.annotation))}"
            f"</code></td><td>default <code>None</code></td><td>For this call only "
            f"(default: the client's).</td><td></td></tr>"
        )
    head = (
        "<tr><th>Argument</th><th>Field</th><th>Type</th><th>Default</th><th>Meaning</th>"
        "<th>Checked before sending</th></tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def errors_table(op: Operation[Any]) -> str:
    rows = []
    for code, info in sorted(codes_for(op.name).items()):
        cls = type(api_error(code, "", operation=op.name)).__name__
        rows.append(
            f"<tr><td>{code}</td><td><code>{cls}</code></td><td>{e(info.retry)}</td>"
            f"<td>{e(info.meaning)}</td><td>{e(info.hint)}</td></tr>"
        )
    head = "<tr><th>Code</th><th>Raises</th><th>Retry</th><th>Meaning</th><th>What to do</th></tr>"
    return (
        "<p>Bad arguments raise <code>TimValidationError</code> before anything is sent. "
        "The service's codes:</p>"
        f"<table>{head}{''.join(rows)}</table>"
    )


def annotation(value: object) -> str:
    """An annotation as written (the generated layer's are strings)."""
    return value if isinstance(value, str) else inspect.formatannotation(value)


def signature_line(cls: str, method: str, sig: inspect.Signature, awaited: bool) -> str:
    words, star = [], False
    for p in sig.parameters.values():
        if p.name == "self":
            continue
        if p.kind is p.KEYWORD_ONLY and not star:
            words.append("*")
            star = True
        word = f"{p.name}: {annotation(p.annotation)}"
        if p.default is not p.empty:
            word += f" = {p.default!r}"
        words.append(word)
    text = (
        f"{cls}.{method}(\n    "
        + ",\n    ".join(words)
        + f",\n) -> {annotation(sig.return_annotation)}"
    )
    return ("await " if awaited else "") + text


def method_names(op: Operation[Any]) -> list[str]:
    names = [op.method]
    if isinstance(op.result, PageResult):
        names.append(op.result.iterate)
    return names


def operation_section(op: Operation[Any]) -> str:
    facts = [
        f"<code>{e(op.endpoint.method.upper())} {e(op.endpoint.path)}</code>",
        f"at most {op.rate_limit} calls per second (paced by the client)",
    ]
    if op.group_rate_limit:
        facts.append(
            f"at most {op.group_rate_limit} calls per second on one group "
            f"(beyond: {op.group_rate_code})"
        )
    facts.append(
        "retried on transient failures"
        if op.idempotent
        else "not idempotent: retried only when it cannot have reached the service"
    )
    if op.group_types:
        facts.append("group types: " + ", ".join(op.group_types))
    parts = [f'<section class="op" id="op-{e(op.name)}"><h2>{e(op.summary or op.method)}</h2>']
    parts.append(f'<p class="tag">{e(op.tag)} · ' + " · ".join(facts) + "</p>")
    if op.description:
        parts.append(f"<p>{e(op.description)}</p>")
    for name in method_names(op):
        sync_sig = inspect.signature(getattr(timrest.Client, name))
        async_sig = inspect.signature(getattr(timrest.AsyncClient, name))
        iterates = name != op.method
        parts.append(
            f'<h3 id="Client.{e(name)}"><code>Client.{e(name)}</code></h3>'
            f"<pre>{e(signature_line('client', name, sync_sig, False))}</pre>"
            f'<h3 id="AsyncClient.{e(name)}"><code>AsyncClient.{e(name)}</code></h3>'
            f"<pre>{e(signature_line('client', name, async_sig, not iterates))}</pre>"
        )
    sig = inspect.signature(getattr(timrest.Client, op.method))
    parts.append("<h4>Arguments</h4>" + params_table(op, sig))
    parts.append("<h4>Result</h4>" + result_text(op, annotation(sig.return_annotation)))
    parts.append("<h4>Errors</h4>" + errors_table(op))
    if op.docs_url:
        parts.append(f'<p>Tencent\'s page: <a href="{e(op.docs_url)}">{e(op.docs_url)}</a></p>')
    return "".join(parts) + "</section>"


def options_section() -> str:
    rows = []
    for opt in _options.OPTIONS.values():
        default = "required" if opt.default is _options.REQUIRED else repr(opt.default)
        rows.append(
            f"<tr><td><code>{e(opt.name)}</code></td><td><code>{e(default)}</code></td>"
            f"<td>{e(opt.env or '')}</td><td>{e(opt.help)}</td></tr>"
        )
    head = "<tr><th>Option</th><th>Default</th><th>Environment</th><th>Meaning</th></tr>"
    return (
        '<section id="options"><h2>Client options</h2><p><code>Client(**options)</code>, '
        "<code>AsyncClient(**options)</code> and <code>Client.from_env()</code> take these "
        f"keyword arguments.</p><table>{head}{''.join(rows)}</table></section>"
    )


def exception_tree(cls: type[BaseException] = TimError, depth: int = 0) -> str:
    doc = (inspect.getdoc(cls) or "").split("\n\n")[0]
    item = f'<li id="{e(cls.__name__)}"><code>{e(cls.__name__)}</code>: {e(doc)}'
    subclasses = sorted(cls.__subclasses__(), key=lambda c: c.__name__)
    public = {c for name in _errors.__all__ if isinstance(c := getattr(_errors, name), type)}
    subclasses = [c for c in subclasses if c in public]
    if subclasses:
        item += "<ul>" + "".join(exception_tree(c, depth + 1) for c in subclasses) + "</ul>"
    return item + "</li>"


def build() -> str:
    ops = list(OPERATIONS.values())
    index = [
        f"{cls}.{name}"
        for op in ops
        for name in method_names(op)
        for cls in ("Client", "AsyncClient")
    ]
    nav = [
        '<input id="filter" placeholder="Filter methods" aria-label="Filter methods">',
        '<p id="count"></p>',
        "<h3>Methods</h3>",
    ]
    for op in ops:
        for name in method_names(op):
            nav.append(f'<a href="#Client.{e(name)}" data-name="{e(name.lower())}">{e(name)}</a>')
    nav.append(
        '<h3>Reference</h3><a href="#options">Client options</a>'
        '<a href="#exceptions">Exceptions</a>'
    )
    body = [
        f"<h1>timrest {e(timrest.__version__)}: the Python API</h1>",
        "<p>Every method exists on <code>timrest.Client</code> (sync) and "
        "<code>timrest.AsyncClient</code> (the same arguments, awaited). Built from the "
        "operation table that <code>nox -s generate</code> writes from openapi.yaml.</p>",
        *(operation_section(op) for op in ops),
        options_section(),
        '<section id="exceptions"><h2>Exceptions</h2><ul>',
        exception_tree(),
        "</ul></section>",
    ]
    index_json = json.dumps(index).replace("</", "<\\/")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>timrest {e(timrest.__version__)}: Python API reference</title>"
        f"<style>{STYLE}</style></head><body><nav>{''.join(nav)}</nav>"
        f"<main>{''.join(body)}</main>"
        f'<script type="application/json" id="index">{index_json}</script>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)  # noqa: T201
        return 2
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(build(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
