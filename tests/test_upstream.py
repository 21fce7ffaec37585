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
        verdict = f"{page.stem}: the spec agrees with {page.name} (compared "
        assert any(line.startswith(verdict) for line in lines), lines
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


def test_a_domain_the_spec_does_not_serve_is_drift(tmp_path: Path) -> None:
    page = written(tmp_path, "get_group_attr")
    added = edited(tmp_path, page, lambda t: t + "\n- New region: `adminapinew.im.qcloud.com`\n")
    status, lines = run(added)
    assert status == 1
    assert (
        "get_group_attr: domain adminapinew.im.qcloud.com: on the page, not in the spec's servers"
        in lines
    )
    (tmp_path / "fresh").mkdir()
    fresh = written(tmp_path / "fresh", "get_group_attr")
    listed = edited(
        tmp_path / "fresh", fresh, lambda t: t + "\n- Singapore: `adminapisgp.im.qcloud.com`\n"
    )
    status, lines = run(listed)
    assert status == 0, lines  # the spec's other servers are known, not drift
    assert any(
        line.startswith("known: get_group_attr: domains in the spec's servers") for line in lines
    )


def test_a_page_read_too_little_gets_no_verdict(tmp_path: Path) -> None:
    """A page that holds only the request URL (or whose headings the check cannot read)
    exits 2 naming what it could not find, never "agrees"."""
    bare = tmp_path / "bare.md"
    bare.write_text(
        "# Get group attributes\n\nhttps://xxxxxx/v4/group_open_attr_http_svc/get_group_attr"
        "?sdkappid=88888888&identifier=admin&usersig=xxx&random=99999999&contenttype=json\n"
    )
    status, lines = run(bare)
    assert status == 2
    assert "read too little to judge (no request-field table; no group-type table" in lines[0]
    page = written(tmp_path, "get_group_attr")
    status, lines = run(page)
    assert status == 0 and "(compared " in lines[-1] and "request fields" in lines[-1]


PATHOLOGICAL = {
    "spaces": lambda n: "{\n" + " " * n + "x\n}\n",
    "pipes": lambda n: "## Request fields\n" + "|" * n + "\n",
    "slashes": lambda n: "{\n" + "/" * n + "\n}\n",
    "deep lists": lambda n: "{\n" + "[" * (n // 2) + "]" * (n // 2) + "\n}\n",
    "limits": lambda n: "Limit " * (n // 6) + "\n",
    "bounds": lambda n: "Limit " + "a" * 190 + "at most " * (n // 8) + "\n",
    "digits": lambda n: "## Maximum call frequency\n" + "1," * (n // 2) + "\n",
}


@pytest.mark.parametrize("shape", sorted(PATHOLOGICAL))
def test_any_page_is_read_in_linear_time(shape: str) -> None:
    """1 MB of each shape that made a pattern rescan its input (quadratic: hours at 1 MB)
    is read within a bound that grows linearly with the size: 16 times the input may take
    at most 64 times as long (with a floor for timer noise), far below the 256 of n^2."""
    import time

    head = "v4/group_open_attr_http_svc/get_group_attr\n"

    def seconds(size: int) -> float:
        text = head + PATHOLOGICAL[shape](size)
        started = time.perf_counter()
        upstream.parse_page(text)
        return time.perf_counter() - started

    small = min(seconds(64 * 1024) for _ in range(3))
    large = seconds(1024 * 1024)
    assert large < 64 * small + 0.5, (shape, small, large)


def test_a_docs_tree_is_walked_in_both_languages(tmp_path: Path) -> None:
    """``nox -s upstream -- DIR``: every page of a spec operation (English and Chinese) is
    checked; the operations without a page and the pages beside them with a request path
    the spec lacks (an operation Tencent added) are named."""
    spec = upstream.Spec(yaml.safe_load(SPEC.read_text()))
    section = tmp_path / "REST API" / "群组相关" / "群自定义属性"
    section.mkdir(parents=True)
    for language in ("en", "zh"):
        page = render(spec, "get_group_attr", language).markdown()
        (section / f"获取群自定义属性_intl_{language}.md").write_text(page)
    (section / "新接口_intl_en.md").write_text(
        "## Feature Overview\nhttps://xxxxxx/v4/group_open_attr_http_svc/watch_group_attr?x=1\n"
    )
    (tmp_path / "overview.md").write_text("# REST API overview\nNo request path here.\n")
    status, lines = upstream.walk(SPEC, tmp_path)
    assert status == 0, lines
    agreed = [line for line in lines if " the spec agrees with " in line]
    assert len(agreed) == 2 and any("_intl_zh.md" in line for line in agreed)
    assert any(line.startswith("not in the spec: v4/group_open_attr_http_svc/watch_group_attr")
               for line in lines)  # fmt: skip
    (missing,) = [line for line in lines if line.startswith("no page found for: ")]
    assert "get_group_attr" not in missing.split(": ", 1)[1].split(", ")
    assert "delete_group_attr" in missing
    zh = section / "获取群自定义属性_intl_zh.md"
    zh.write_text(zh.read_text().replace("200次/秒", "100次/秒"))
    status, lines = upstream.walk(SPEC, tmp_path)
    assert status == 1
    assert "get_group_attr: maximum call frequency: 100/s on the page, 200/s in the spec" in lines
    command = subprocess.run(
        [sys.executable, str(ROOT / "tools/upstream.py"), "--spec", str(SPEC), str(tmp_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert command.returncode == 1 and "100/s on the page" in command.stdout


def test_an_inferred_fact_a_page_now_states_is_named_for_confirmation(tmp_path: Path) -> None:
    """Where the spec INFERRED a fact because the page could not be read (a response table,
    an error table), a page that shows that table makes the check name the inference, so a
    maintainer confirms or corrects it."""
    data = yaml.safe_load(SPEC.read_text())
    entries = [
        entry
        for item in data["paths"].values()
        for op in item.values()
        for entry in op.get("x-tim-upstream", {}).get("inferred", [])
    ]
    assert entries and all(
        set(entry) == {"fact", "why", "about"} and entry["about"] in upstream.INFERRED_ABOUT
        for entry in entries
    )
    status, lines = run(written(tmp_path, "create_permission_group"))
    assert status == 0, lines
    confirm = [line for line in lines if line.startswith("confirm: create_permission_group: ")]
    op = next(
        item["post"]
        for path, item in data["paths"].items()
        if path.endswith("/create_permission_group")
    )
    checkable = [e for e in op["x-tim-upstream"]["inferred"] if e["about"] != "behaviour"]
    assert len(confirm) == len(checkable)
    assert any("response-field table" in line and "PermissionGroupId" in line for line in confirm)
    status, lines = run(written(tmp_path, "get_group_attr"))  # nothing inferred there
    assert not any(line.startswith("confirm: ") for line in lines)
