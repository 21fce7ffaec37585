"""The Python API reference (``nox -s docs``), built from the operation table and opened in
a real headless browser: every method of the table, sync and async, with its arguments,
limits, result, error codes and hints; the options; the exception tree."""

from __future__ import annotations

import html

import pytest
from browser import build_reference, rendered_dom, section

import timrest
from timrest._codes import codes_for
from timrest._errors import TimError
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest._options import OPTIONS
from timrest._table import PageResult


@pytest.fixture(scope="module")
def dom(tmp_path_factory: pytest.TempPathFactory) -> str:
    page = build_reference(tmp_path_factory.mktemp("reference") / "index.html")
    return html.unescape(rendered_dom(page))


def test_the_page_ran_its_script(dom: str) -> None:
    assert 'data-ready="1"' in dom
    methods = sum(2 if isinstance(op.result, PageResult) else 1 for op in OPERATIONS.values())
    assert f">{2 * methods} methods<" in dom


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_operation_has_its_entry(dom: str, name: str) -> None:
    op = OPERATIONS[name]
    methods = [op.method]
    if isinstance(op.result, PageResult):
        methods.append(op.result.iterate)
    for method in methods:
        for cls in ("Client", "AsyncClient"):
            assert f'id="{cls}.{method}"' in dom, (cls, method)
        assert f'href="#Client.{method}"' in dom
    text = section(dom, f"Client.{op.method}")
    assert op.endpoint.path in text and f"at most {op.rate_limit} calls per second" in text
    assert f"await client.{op.method}(" in text
    for param in op.params:
        assert param.name in text and param.wire in text, param.name
        if param.maximum is not None:
            assert f"at most {param.maximum}" in text
        if param.max_items is not None:
            assert f"at most {param.max_items} items" in text
        for code in param.codes.values():
            assert f"answers {code}" in text
    for code, info in codes_for(name).items():
        assert f" {code} " in text and info.hint in text, code
    assert "TimValidationError" in text


def test_the_options_and_the_exceptions(dom: str) -> None:
    options = section(dom, "options")
    for opt in OPTIONS.values():
        assert opt.name in options and opt.help in options, opt.name
    tree = section(dom, "exceptions")
    errors = [getattr(timrest, n) for n in timrest.__all__ if n.startswith("Tim")]
    for cls in errors:
        assert issubclass(cls, TimError) and f'id="{cls.__name__}"' in dom, cls
        assert cls.__name__ in tree
