"""`nox -s upstream`: Tencent's pages against openapi.yaml. Pages written from the spec
(tools/pages.py) are covered in test_pages.py; here, the rendered page with the defects
Tencent's pages have (tests/data/pages: samples that contradict the table, a field the table
omits), edited the way Tencent edits its pages, and the command line."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, SPEC

sys.path.insert(0, str(ROOT / "tools"))
import upstream
from pages import render

PAGES = Path(__file__).parent / "data" / "pages"
RENDERED = PAGES / "get_permission_group_member_list.txt"


def edited(tmp_path: Path, page: Path, edit: Callable[[str], str]) -> Path:
    text = page.read_text()
    changed = edit(text)
    assert changed != text, "the edit did not apply"
    path = tmp_path / page.name
    path.write_text(changed)
    return path


def written(tmp_path: Path, command: str, data: dict[str, Any] | None = None) -> Path:
    """``command``'s page in the Markdown form, written from the spec (or from ``data``)."""
    spec = upstream.Spec(data if data is not None else yaml.safe_load(SPEC.read_text()))
    path = tmp_path / f"{command}.md"
    path.write_text(render(spec, command).markdown())
    return path


def run(*pages: Path) -> tuple[int, list[str]]:
    return upstream.check(SPEC, list(pages))


def test_every_page_agrees_with_the_spec() -> None:
    pages = sorted(PAGES.iterdir())
    assert {p.name for p in pages} == {"get_permission_group_member_list.txt"}
    status, lines = run(*pages)
    assert status == 0, lines
    for page in pages:
        assert f"{page.stem}: the spec agrees with {page.name}" in lines
    # the contradictions the spec resolves on purpose are reported, as known
    known = [line for line in lines if line.startswith("known: ")]
    assert any("request field Offset" in line for line in known)
    assert any("response field AppMemberDefinedData" in line for line in known)
    assert any("request field Limit" in line for line in known)


def test_facts_read_from_the_rendered_page_with_its_defects() -> None:
    txt = upstream.parse_page(RENDERED.read_text())
    assert txt.updated == "2024-07-16" and txt.limit_max == 50 and txt.rate_limit == 200
    assert txt.group_types == {
        "Private": False,
        "Public": False,
        "ChatRoom": False,
        "AVChatRoom": False,
        "Community": True,
    }
    assert txt.request_fields["Next"] == ("String", False)
    assert txt.response_fields["MemberNum"] == "Integer"  # after a two-line description
    assert 110008 in txt.error_codes and len(txt.samples) == 3


EDITS: list[tuple[Path, Callable[[str], str], str]] = [
    (
        RENDERED,
        lambda t: t.replace('"MuteUntil": 0,', '"MuteUntil": 0,\n"Nickname": "pete",'),
        "get_permission_group_member_list: response field MemberList[].Nickname: in the page's "
        "samples, not in the spec",
    ),
    (
        RENDERED,
        lambda t: t.replace("110008\n", "110009\n    Too many members\n    110008\n"),
        "get_permission_group_member_list: error code 110009: on the page, not in the spec",
    ),
    (
        RENDERED,
        lambda t: t.replace("cannot exceed 50", "cannot exceed 100"),
        "get_permission_group_member_list: Limit maximum: 100 on the page, 50 in the spec",
    ),
    (
        RENDERED,
        lambda t: t.replace("Next\n    String\n    Optional", "Next\n    String\n    Required"),
        "get_permission_group_member_list: request field Next: required on the page, optional "
        "in the spec",
    ),
    (
        RENDERED,
        lambda t: t.replace(
            "    Next\n    String\n    The cursor",
            "    OnlineNum\n    Integer\n    Members online\n    Next\n    String\n    The cursor",
        ),
        "get_permission_group_member_list: response field OnlineNum: on the page, not in the spec",
    ),
    (
        RENDERED,
        lambda t: t.replace("200 queries/sec.", "100 queries/sec."),
        "get_permission_group_member_list: maximum call frequency: 100/s on the page, 200/s in "
        "the spec",
    ),
    (
        RENDERED,
        lambda t: t.replace("2024-07-16 11:20:06", "2026-03-01 10:00:00"),
        "get_permission_group_member_list: the page was updated on 2026-03-01; the spec records "
        "2024-07-16",
    ),
]


@pytest.mark.parametrize(("page", "edit", "expected"), EDITS)
def test_each_kind_of_difference_is_named(
    tmp_path: Path, page: Path, edit: Callable[[str], str], expected: str
) -> None:
    status, lines = run(edited(tmp_path, page, edit))
    assert status == 1
    assert expected in lines, lines
    assert sum(not line.startswith("known: ") for line in lines) == 1, lines  # nothing else


def test_the_old_attribute_page_names_the_group_types_that_changed(tmp_path: Path) -> None:
    """The 2022 revision supported AVChatRoom only: the check names each type added since."""
    data = yaml.safe_load(SPEC.read_text())
    op = data["paths"]["/v4/group_open_attr_http_svc/get_group_attr"]["post"]
    added = sorted(set(op["x-tim-group-types"]) - {"AVChatRoom"})
    op["x-tim-group-types"] = ["AVChatRoom"]
    status, lines = run(written(tmp_path, "get_group_attr", data))
    assert status == 1 and added
    assert [line.split(": ")[1] for line in lines] == [f"group type {t}" for t in added]


def test_unreadable_pages_exit_2(tmp_path: Path) -> None:
    nothing = tmp_path / "nothing.md"
    nothing.write_text("## A page about nothing\n")
    assert run(nothing)[0] == 2
    page = written(tmp_path, "get_group_attr")
    other = edited(tmp_path, page, lambda t: t.replace("get_group_attr?", "get_nothing?"))
    status, lines = run(other)
    assert status == 2 and "no operation v4/group_open_attr_http_svc/get_nothing" in lines[0]


def test_command_line(tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, str(ROOT / "tools/upstream.py"), "--spec", str(SPEC), str(RENDERED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    changed = edited(tmp_path, RENDERED, lambda t: t.replace("200 queries", "300 queries"))
    drift = subprocess.run(
        [sys.executable, str(ROOT / "tools/upstream.py"), "--spec", str(SPEC), str(changed)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert drift.returncode == 1 and "300/s on the page" in drift.stdout
