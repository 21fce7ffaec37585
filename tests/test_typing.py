"""A user's file, type-checked by mypy and pyright: the spec's enumerated values are
``Literal`` types (a typo is an error), ``from_env`` and ``with_options`` take the typed
options, and the raw reply is typed by the method's result."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import ROOT
from test_spec_tooling import node_tool

USER_FILE = textwrap.dedent(
    """
    import timrest

    def use(client: timrest.Client) -> None:
        client.list_permission_group_members("@TGS#_a", "@PMG#_b", member_fields=["Role"])
        client.get_topics("@TGS#_a", "admin", fields=["TopicName", "MuteAllMember"])
        client.modify_topic("@TGS#_a", "@TGS#_a@TOPIC#_t", mute_all="On")
        attrs: dict[str, str] = client.with_raw_response.get_group_attributes("@TGS#a").parsed
        timrest.Client.from_env(identifier="ops", rate_limit=None)
        client.with_options(max_retries=1, timeout=3.0)
        client.get_group_attributes("@TGS#a", extra_body={"New": 1}, extra_headers={"X-A": "b"})
        print(attrs)

    def typos(client: timrest.Client) -> None:
        client.list_permission_group_members("@TGS#_a", "@PMG#_b", member_fields=["Rol"])  # E
        client.get_topics("@TGS#_a", "admin", fields=["TopicNam"])  # E
        client.modify_topic("@TGS#_a", "@TGS#_a@TOPIC#_t", mute_all="on")  # E
        timrest.Client.from_env(identifer="ops")  # E
        client.with_options(max_retries="1")  # E
        wrong: int = client.with_raw_response.get_group_attributes("@TGS#a").parsed  # E
        print(wrong)
    """
)
EXPECTED = sorted(i + 1 for i, line in enumerate(USER_FILE.splitlines()) if line.endswith("# E"))


def _env() -> dict[str, str]:
    return {**os.environ, "MYPYPATH": str(ROOT / "overlay"), "PYTHONPATH": str(ROOT / "overlay")}


def test_mypy_catches_each_typo_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER_FILE)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent",
         "--cache-dir", str(tmp_path / ".mypy"), "user.py"],
        cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    lines = sorted({int(m) for m in re.findall(r"^user\.py:(\d+): error", result.stdout, re.M)})
    assert lines == EXPECTED, result.stdout + result.stderr


def test_pyright_catches_each_typo_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER_FILE)
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps({"extraPaths": [str(ROOT / "overlay")], "typeCheckingMode": "standard"})
    )
    result = subprocess.run(
        [node_tool("pyright"), "--outputjson", "--pythonpath", sys.executable, "user.py"],
        cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    lines = sorted({d["range"]["start"]["line"] + 1 for d in errors})
    assert lines == EXPECTED, json.dumps(errors, indent=1)
