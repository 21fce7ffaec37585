"""`nox -s upstream`: Tencent's pages against openapi.yaml, on pages this project writes itself
(tests/data/pages, in both forms) and edits the way Tencent edits its pages."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, SPEC

sys.path.insert(0, str(ROOT / "tools"))
import upstream

PAGES = Path(__file__).parent / "data" / "pages"
MARKDOWN = PAGES / "get_group_attr.md"
RENDERED = PAGES / "get_permission_group_member_list.txt"


def edited(tmp_path: Path, page: Path, edit: Callable[[str], str]) -> Path:
    text = page.read_text()
    changed = edit(text)
    assert changed != text, "the edit did not apply"
    path = tmp_path / page.name
    path.write_text(changed)
    return path


def run(*pages: Path) -> tuple[int, list[str]]:
    return upstream.check(SPEC, list(pages))


def test_every_page_agrees_with_the_spec() -> None:
    pages = sorted(PAGES.iterdir())
    assert {p.stem for p in pages} == {
        "get_group_attr",
        "set_group_attr",
        "modify_group_attr",
        "delete_group_attr",
        "clear_group_attr",
        "get_permission_group_member_list",
    }
    status, lines = run(*pages)
    assert status == 0, lines
    for page in pages:
        assert f"{page.stem}: the spec agrees with {page.name}" in lines
    # the contradictions the spec resolves on purpose are reported, as known
    known = [line for line in lines if line.startswith("known: ")]
    assert any("request field Offset" in line for line in known)
    assert any("response field AppMemberDefinedData" in line for line in known)
    assert any("request field Limit" in line for line in known)


def test_facts_read_from_each_form() -> None:
    md = upstream.parse_page(MARKDOWN.read_text())
    assert md.path == "v4/group_open_attr_http_svc/get_group_attr"
    assert all(md.group_types.values()) and len(md.group_types) == 5
    assert md.rate_limit == 200 and md.request_fields == {"GroupId": ("String", True)}
    assert md.error_codes == {10002, 10004, 10007, 10010, 10015}
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
    (
        MARKDOWN,
        lambda t: t.replace("| GroupId | String | Yes |", "| GroupId | Integer | Yes |"),
        "get_group_attr: request field GroupId: Integer on the page, String in the spec",
    ),
    (
        MARKDOWN,
        lambda t: t.replace(
            "| 10015 | The group ID is invalid |", "| 10015 | invalid |\n| 10099 | new |"
        ),
        "get_group_attr: error code 10099: on the page, not in the spec",
    ),
    (
        MARKDOWN,
        lambda t: t.replace("| 10007 | No permission for this group type |\n", ""),
        "get_group_attr: error code 10007: in the spec, not on the page",
    ),
    (
        MARKDOWN,
        lambda t: t.replace("| Community | Yes |", "| Community | No |"),
        "get_group_attr: group type Community: in the spec, not supported on the page",
    ),
    (
        PAGES / "clear_group_attr.md",
        lambda t: t.replace("| Community | No |", "| Community | Yes |"),
        "clear_group_attr: group type Community: supported on the page, not in the spec",
    ),
    (
        PAGES / "delete_group_attr.md",
        lambda t: t.replace("| 10050 |", "| 10051 | new |\n| 10050 |"),
        "delete_group_attr: error code 10051: on the page, not in the spec",
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
    old = edited(
        tmp_path,
        MARKDOWN,
        lambda t: (
            t.replace("| Private | Yes (Work in newer SDKs) |", "| Private | No |")
            .replace("| Public | Yes |", "| Public | No |")
            .replace("| ChatRoom | Yes (Meeting in newer SDKs) |", "| ChatRoom | No |")
            .replace("| Community | Yes |", "| Community | No |")
        ),
    )
    status, lines = run(old)
    assert status == 1
    assert [line.split(": ")[1] for line in lines] == [
        "group type ChatRoom",
        "group type Community",
        "group type Private",
        "group type Public",
    ]


def test_unreadable_pages_exit_2(tmp_path: Path) -> None:
    nothing = tmp_path / "nothing.md"
    nothing.write_text("## A page about nothing\n")
    assert run(nothing)[0] == 2
    other = edited(tmp_path, MARKDOWN, lambda t: t.replace("get_group_attr?", "get_nothing?"))
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
