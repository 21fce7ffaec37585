"""The built Python API reference, as a real browser renders it (Debian's chromium)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_reference(out: Path, env: dict[str, str] | None = None) -> Path:
    """``tools/python_reference.py`` with this interpreter (``env``: a scratch PYTHONPATH)."""
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "python_reference.py"), str(out)],
        check=True, env=env, timeout=120,
    )  # fmt: skip
    return out


def rendered_dom(page: Path) -> str:
    """The DOM after the page's scripts ran, from headless chromium (``.ci/run`` installs
    it; a machine without it fails here, naming it)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser, "chromium is not installed: `apt-get install chromium` (.ci/run does)"
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
            capture_output=True, text=True, timeout=180, check=False,
            env={**os.environ, "HOME": profile},
        )  # fmt: skip
    assert run.returncode == 0 and "</html>" in run.stdout, run.stderr[-2000:]
    return run.stdout


def section(dom: str, element_id: str) -> str:
    """The text of the ``<section>`` that holds the element with this id."""
    at = dom.index(f'id="{element_id}"')
    start = dom.rindex("<section", 0, at)
    return re.sub(r"<[^>]+>", " ", dom[start : dom.index("</section>", at)])
