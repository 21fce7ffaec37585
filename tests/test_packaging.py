"""What a user installs: the wheel's metadata, license, entry points; the sdist's contents."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    for kind in ("wheel", "sdist"):
        built = subprocess.run(
            [sys.executable, "-c", _BUILD, kind, str(out)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert built.returncode == 0, built.stderr
    return out


# hatchling is the build backend: build with it directly (no network, no isolation needed).
_BUILD = """
import sys
from hatchling.build import build_sdist, build_wheel
kind, out = sys.argv[1], sys.argv[2]
(build_wheel if kind == "wheel" else build_sdist)(out)
"""


def test_wheel_metadata(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(meta_name).decode())
        entry_points = archive.read(meta_name.replace("METADATA", "entry_points.txt")).decode()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert metadata["License-Expression"] == "Apache-2.0"
    classifiers = metadata.get_all("Classifier") or []
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    urls = metadata.get_all("Project-URL") or []
    assert any(url.startswith("Source, ") for url in urls)
    requires = metadata.get_all("Requires-Dist") or []
    assert not any(r.lower().startswith("pyyaml") and "extra" not in r for r in requires)
    assert not any(r.startswith(("attrs", "stamina")) for r in requires)
    assert "pytest11" not in entry_points and "timrest = timrest.cli:main" in entry_points
    assert "timrest/py.typed" in names
    assert "timrest/_generated/timrest_models/py.typed" in names  # inside the one package
    assert {name.split("/")[0] for name in names if not name.startswith("timrest-")} == {"timrest"}


def test_sdist_ships_no_tests(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert not any("/tests/" in name for name in names)
    assert any(name.endswith("/LICENSE") for name in names)
    assert any(name.endswith("/openapi.yaml") for name in names)


def test_the_tests_pass_in_a_clone_in_a_folder_named_timrest(tmp_path: Path) -> None:
    """``git clone`` makes a folder named ``timrest``: tests that look at paths (frames by
    file name, files next to the tests) must not take the clone's own name for the
    package's."""
    clone = tmp_path / "timrest"
    for part in ("tests", "tools", "templates"):
        shutil.copytree(ROOT / part, clone / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("openapi.yaml", "pyproject.toml"):
        shutil.copy(ROOT / name, clone / name)
    # The tests that look at paths (CI itself runs the whole suite from a clone named so).
    chosen = [
        "tests/test_hardening.py",
        "tests/test_bounds.py::test_a_dripping_server_cannot_hold_an_async_call",
    ]
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *chosen],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert " passed" in ran.stdout and "failed" not in ran.stdout


def test_the_quick_starts_first_command_runs_on_the_systems_own_python(tmp_path: Path) -> None:
    """``bash .ci/demo`` on a machine's own ``python3`` (Debian's refuses ``pip install``
    outside a venv): it makes its own venv and runs the main job end to end."""
    clone = tmp_path / "timrest"
    for part in ("overlay", "generated", ".ci", "templates", "tools"):
        shutil.copytree(
            ROOT / part, clone / part, symlinks=True,
            ignore=shutil.ignore_patterns("__pycache__", "node_modules"),
        )  # fmt: skip
    for name in ("openapi.yaml", "pyproject.toml", "noxfile.py", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, clone / name)
    system = "/usr/bin" if Path("/usr/bin/python3").exists() else str(Path(sys.executable).parent)
    ran = subprocess.run(
        ["bash", ".ci/demo"],
        cwd=clone,
        env={"HOME": str(tmp_path), "PATH": f"{system}:/bin", "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    out = ran.stdout + ran.stderr
    assert ran.returncode == 0, out[-4000:]
    assert "exported 20000 of 20000 members" in out
    lines = (clone / "build/demo-members.jsonl").read_text().splitlines()
    assert (
        len(lines) == 20000 and len({json.loads(line)["Member_Account"] for line in lines}) == 20000
    )


HEAVY = {"pydantic", "pydantic_core", "httpcore", "rich", "limits", "timrest._generated.timrest_models",
         "asyncio"}  # fmt: skip
COLD = {
    "import httpx": "import httpx",
    "from timrest import Client": "from timrest import Client",
    "timrest --help": "import runpy, sys; sys.argv = ['timrest', '--help']\n"
    "runpy.run_module('timrest.cli', run_name='__main__')",
}


def _loaded(code: str) -> set[str]:
    probe = "import atexit, sys; atexit.register(lambda: sys.stderr.write(' '.join(sys.modules)))"
    ran = subprocess.run(
        [sys.executable, "-c", f"{probe}\n{code}"], capture_output=True, text=True, timeout=120,
        check=False, env={**os.environ, "PYTHONPATH": str(ROOT / "overlay")},
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr[-2000:]
    return set(ran.stderr.split())


@pytest.mark.parametrize("name", ["from timrest import Client", "timrest --help"])
def test_a_cold_start_imports_only_what_it_needs(name: str) -> None:
    """What loads before the first call (its time is a figure of ``nox -s bench``): no
    models, no pydantic, no httpcore pool, no rich beyond what httpx itself loads, no
    asyncio for a synchronous client; the command's help not even httpx."""
    httpx_own = _loaded(COLD["import httpx"])
    loaded = _loaded(COLD[name])
    extra = loaded - (httpx_own if name != "timrest --help" else set())
    assert not extra & (HEAVY | {"httpx"}), sorted(extra & (HEAVY | {"httpx"}))


def test_the_commands_help_builds_only_the_command_it_shows() -> None:
    """typer builds a command by inspecting its function: the root's help lists the
    operations from the table and builds none; a command's help builds that one."""
    code = (
        "import sys, typer\n"
        "from timrest.cli import _operations\n"
        "built = []\n"
        "make = _operations.operation_command\n"
        "_operations.operation_command = lambda op: built.append(op.name) or make(op)\n"
        "from timrest.cli import _app\n"
        "for argv in (['--help'], ['get-group-attributes', '--help'], ['create-topic', '-h']):\n"
        "    sys.argv = ['timrest', *argv]\n"
        "    try:\n"
        "        _app.main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "    print('BUILT', built, file=sys.stderr)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "overlay"), "COLUMNS": "100"},
    )  # fmt: skip
    built = [line for line in ran.stderr.splitlines() if line.startswith("BUILT")]
    assert built == [
        "BUILT []",
        "BUILT ['get_group_attr']",
        "BUILT ['get_group_attr', 'create_topic']",
    ], ran.stderr[-2000:]
    assert "get-group-attributes   " in ran.stdout and "Usage: timrest create-topic" in ran.stdout
