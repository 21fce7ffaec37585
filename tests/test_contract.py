"""The TypeScript contract: other teams' code breaks when the spec renames a field."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, SPEC
from test_spec_tooling import node_tool


def build(spec: Path, workdir: Path) -> subprocess.CompletedProcess[str]:
    for name in ("usage.ts", "tsconfig.json"):
        shutil.copy(ROOT / "contract" / name, workdir / name)
    generated = subprocess.run(
        [node_tool("openapi-typescript"), str(spec), "-o", str(workdir / "tim.d.ts")],
        capture_output=True,
        text=True,
        cwd=workdir,
        timeout=120,
        check=False,
    )
    assert generated.returncode == 0, generated.stderr
    return subprocess.run(
        [node_tool("tsc"), "-p", str(workdir / "tsconfig.json")],
        capture_output=True,
        text=True,
        cwd=workdir,
        timeout=120,
        check=False,
    )


def test_usage_compiles_against_the_spec(tmp_path: Path) -> None:
    result = build(SPEC, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("old", "new", "symbol"),
    [
        ("            MemberNum:\n", "            MemberCount:\n", "MemberNum"),
        (
            "      additionalProperties: true\n      required: [key, value]\n      properties:\n"
            "        key:",
            "      additionalProperties: true\n      required: [name, value]\n      properties:\n"
            "        name:",
            "key",
        ),
        ("  /v4/group_open_http_svc/set_group_attr:", "  /v4/group_open_http_svc/reset:", "set"),
    ],
)
def test_usage_breaks_when_the_spec_changes(
    tmp_path: Path, old: str, new: str, symbol: str
) -> None:
    text = SPEC.read_text()
    assert old in text
    changed = tmp_path / "openapi.yaml"
    changed.write_text(text.replace(old, new, 1))
    result = build(changed, tmp_path)
    assert result.returncode != 0
    assert "usage.ts" in result.stdout and "error TS" in result.stdout
    # The error points at a use of the field (an open object reads a renamed one as unknown).
    lines = (ROOT / "contract" / "usage.ts").read_text().splitlines()
    flagged = [int(n) for n in re.findall(r"usage\.ts\((\d+),\d+\)", result.stdout)]
    assert any(symbol in lines[n - 1] for n in flagged), result.stdout


def test_docs_are_self_contained(tmp_path: Path) -> None:
    out = tmp_path / "index.html"
    result = subprocess.run(
        [node_tool("redocly"), "build-docs", str(SPEC), "--output", str(out), "--inlineBundle"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"REDOCLY_TELEMETRY": "off", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    html = out.read_text()
    assert "get_permission_group_member_list" in html and "110006" in html
    assert 'src="https://' not in html and 'src="http://' not in html
