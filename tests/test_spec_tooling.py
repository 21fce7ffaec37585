"""The spec pipeline itself: spec lint catches a bad example; the drift check catches drift."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SPEC

NODE_BIN = Path(os.environ.get("TIMREST_NODE_BIN", ROOT / "tools/node/node_modules/.bin"))


def node_tool(name: str) -> str:
    tool = NODE_BIN / name
    if not tool.exists():
        pytest.fail(f"{tool} is missing: run `nox -s lint_spec` (it installs the npm tools)")
    return str(tool)


def lint(tool: str, spec: Path) -> subprocess.CompletedProcess[str]:
    if tool == "redocly":
        cmd = [node_tool("redocly"), "lint", str(spec)]
    else:
        cmd = [
            node_tool("spectral"),
            "lint",
            "--fail-severity=warn",
            "--ruleset",
            str(ROOT / ".spectral.yaml"),
            str(spec),
        ]
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "NO_UPDATE_NOTIFIER": "1"}
    return subprocess.run(
        cmd, capture_output=True, text=True, cwd=spec.parent, env=env, timeout=120, check=False
    )


@pytest.fixture
def bad_spec(tmp_path: Path) -> Path:
    """The spec with `Limit: 60` in the firstPage request example."""
    text = SPEC.read_text()
    marker = "              firstPage:\n                summary: Paged, first page\n"
    assert marker in text
    start = text.index(marker)
    bad = text[:start] + text[start:].replace("Limit: 20", "Limit: 60", 1)
    shutil.copy(ROOT / "redocly.yaml", tmp_path / "redocly.yaml")
    path = tmp_path / "openapi.yaml"
    path.write_text(bad)
    return path


@pytest.mark.parametrize("tool", ["redocly", "spectral"])
def test_spec_lint_is_clean(tool: str, tmp_path: Path) -> None:
    shutil.copy(ROOT / "redocly.yaml", tmp_path / "redocly.yaml")
    shutil.copy(SPEC, tmp_path / "openapi.yaml")
    result = lint(tool, tmp_path / "openapi.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("tool", ["redocly", "spectral"])
def test_spec_lint_catches_a_bad_example(tool: str, bad_spec: Path) -> None:
    result = lint(tool, bad_spec)
    assert result.returncode != 0
    assert "50" in result.stdout + result.stderr  # "must be <= 50"


def run_drift_check(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "nox",
            "-f",
            str(tree / "noxfile.py"),
            "-s",
            "check_generated",
            "--envdir",
            str(ROOT / ".nox"),
            "--reuse-existing-virtualenvs",
        ],
        capture_output=True,
        text=True,
        cwd=tree,
        env=env,
        timeout=600,
        check=False,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in (
        "openapi.yaml",
        "openapi-python-client.yaml",
        "pyproject.toml",
        "noxfile.py",
        "README.md",
    ):
        shutil.copy(ROOT / name, tmp_path / name)
    for folder in ("generated", "templates", "tools"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "node")
        )
    return tmp_path


def test_drift_check_passes_on_a_clean_tree(tree: Path) -> None:
    result = run_drift_check(tree)
    assert result.returncode == 0, result.stdout + result.stderr


def test_drift_check_fails_on_an_edited_description(tree: Path) -> None:
    spec = tree / "openapi.yaml"
    spec.write_text(spec.read_text().replace("The member's UserID.", "The member's user ID."))
    result = run_drift_check(tree)
    assert result.returncode != 0
    assert "records spec sha256" in result.stdout + result.stderr


def test_drift_check_names_a_hand_edited_file(tree: Path) -> None:
    target = tree / "generated/timrest_models/__init__.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    result = run_drift_check(tree)
    assert result.returncode != 0
    assert "changed: timrest_models/__init__.py" in result.stdout + result.stderr
