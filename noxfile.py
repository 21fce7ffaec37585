"""Developer and CI sessions for timrest.

`nox -t ci` is the test command (README, .ci/run): drift check, lint, typecheck, spec lint,
tests, docs, contract, benchmarks in quick mode.
`nox -s generate` regenerates generated/ from openapi.yaml; `nox -s demo` is the main job.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.error_on_missing_interpreters = True
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = [
    "check_generated",
    "lint",
    "typecheck",
    "lint_spec",
    "tests",
    "docs",
    "contract",
    "bench_quick",
    "upstream",
    "tests_matrix",
]

ROOT = Path(__file__).parent
SPEC = ROOT / "openapi.yaml"
GENERATED = ROOT / "generated"
SDK_SPEC = "openapi.sdk.yaml"
CHANGELOG = ROOT / "SPEC-CHANGELOG.md"
NODE_DIR = ROOT / "tools" / "node"
NODE_BIN = NODE_DIR / "node_modules" / ".bin"
PYTHON = "3.11"

# Pinned generator toolchain: the output is byte-identical only with these exact versions.
GENERATORS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.5",
}
HEADER = (
    "# DO NOT EDIT: generated from openapi.yaml by `nox -s generate` (openapi-python-client\n"
    "# with templates/openapi-python-client, and tools/generate_operations.py).\n"
)
STAMP = "STAMP.json"
OPENAPI_GENERATOR = "7.26.0"  # PyPI's openapi-generator-cli (bundles the jar; needs Java)
FORMATTED = ("overlay", "tests", "examples", "benchmarks", "contract", "noxfile.py")

TEST_DEPS = nox.project.dependency_groups(nox.project.load_toml("pyproject.toml"), "test")


def _install_generators(session: nox.Session) -> None:
    session.install(*(f"{name}=={version}" for name, version in GENERATORS.items()))


def _spec_sha256() -> str:
    return hashlib.sha256(SPEC.read_bytes()).hexdigest()


def _spec_version() -> str:
    """``info.version`` of openapi.yaml (read without a YAML library: nox's own venv)."""
    match = re.search(r"(?m)^  version: ['\"]?([0-9][^'\"\s]*)", SPEC.read_text())
    if match is None:
        raise RuntimeError("openapi.yaml has no info.version")
    return match.group(1)


def _check_version_bumped(session: nox.Session) -> None:
    """Every change of openapi.yaml bumps info.version and has a SPEC-CHANGELOG.md entry."""
    # Compared with the last commit's stamp (a work tree may regenerate as often as it likes).
    committed = subprocess.run(
        ["git", "show", f"HEAD:generated/{STAMP}"], cwd=ROOT, capture_output=True, text=True
    )
    if committed.returncode == 0:
        stamp = json.loads(committed.stdout)
        if stamp.get("spec_sha256") != _spec_sha256() and stamp.get("spec_version") == (
            _spec_version()
        ):
            session.error(
                f"openapi.yaml changed but info.version is still {_spec_version()}: bump it "
                "and add a SPEC-CHANGELOG.md entry"
            )
    if f"## {_spec_version()}" not in CHANGELOG.read_text():
        session.error(f"SPEC-CHANGELOG.md has no '## {_spec_version()}' entry")


def _generate_into(session: nox.Session, out: Path) -> None:
    """Run both generators from openapi.yaml alone into the new directory `out`.

    `out` lies outside the repository (ruff skips files under .nox/ and build/); the
    generators' ruff settings are location-independent, so the output is the same anywhere.
    """
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    # datamodel-codegen runs ruff from the output directory: point ruff at this project's
    # settings wherever `out` is, so the models are the same in generated/ and in a scratch dir.
    ruff_toml = out / "ruff.toml"
    ruff_toml.write_text(f"extend = {json.dumps(str(ROOT / 'pyproject.toml'))}\n")
    client = out / "timrest_client"
    session.run(
        "openapi-python-client",
        "generate",
        "--path",
        str(SPEC),
        "--meta",
        "none",
        "--config",
        str(ROOT / "openapi-python-client.yaml"),
        "--custom-template-path",
        str(ROOT / "templates" / "openapi-python-client"),
        "--output-path",
        str(client),
        "--overwrite",
        "--fail-on-warning",
    )
    # The project's templates leave the attrs models, types and errors empty: the pydantic
    # models of timrest_models are the models. Drop the empty files and folders.
    for path in sorted(client.rglob("*.py"), reverse=True):
        if not path.read_text().strip():
            path.unlink()
    for folder in sorted((p for p in client.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    # The operation layer: the x-timrest-* extensions, which openapi-python-client does not
    # hand to its templates, read by the project's own step (tools/generate_operations.py).
    session.run("python", str(ROOT / "tools" / "generate_operations.py"), str(SPEC), str(client))
    ruff = ("--no-cache", "--quiet", "--isolated", "--line-length", "100")
    session.run("ruff", "check", str(client), "--fix-only", *ruff)
    session.run("ruff", "format", str(client), *ruff)
    for path in sorted(client.rglob("*.py")):
        path.write_text(HEADER + path.read_text())
    (out / "timrest_client" / "py.typed").write_text("")
    models = out / "timrest_models"
    models.mkdir()
    # Every datamodel-codegen option lives in [tool.datamodel-codegen] in pyproject.toml.
    session.run("datamodel-codegen", "--output", str(models / "__init__.py"), silent=True)
    (models / "py.typed").write_text("")
    ruff_toml.unlink()
    # The spec for other teams' generators: credentials as apiKey security schemes.
    session.run("python", str(ROOT / "tools" / "sdk_spec.py"), str(SPEC), str(out / SDK_SPEC))
    (out / "__init__.py").write_text(
        HEADER
        + '"""The generated layer, imported as ``timrest._generated`` (overlay/timrest/_generated '
        'links here)."""\n'
    )
    stamp = {
        "spec": SPEC.name,
        "spec_sha256": _spec_sha256(),
        "spec_version": _spec_version(),
        "generators": GENERATORS,
        "command": "nox -s generate",
    }
    (out / STAMP).write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n")


def _tree_diff(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ, are missing or are extra between two trees."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    want, have = files(expected), files(actual)
    changed = [
        name
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return (
        [f"changed: {n}" for n in changed]
        + [f"missing: {n}" for n in sorted(want - have)]
        + [f"extra:   {n}" for n in sorted(have - want)]
    )


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ (typed client + pydantic models) from openapi.yaml."""
    _check_version_bumped(session)
    _install_generators(session)
    with tempfile.TemporaryDirectory(prefix="timrest-generate-") as scratch:
        staging = Path(scratch) / "generated"
        _generate_into(session, staging)
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(staging, GENERATED)
    session.log(f"generated/ regenerated from {SPEC.name} ({_spec_sha256()[:12]})")


@nox.session(python=PYTHON, tags=["ci"])
def check_generated(session: nox.Session) -> None:
    """Fail, naming the files, when generated/ is not what openapi.yaml produces."""
    stamp_path = GENERATED / STAMP
    if not stamp_path.exists():
        session.error(f"{stamp_path.relative_to(ROOT)} is missing: run `nox -s generate`")
    stamp = json.loads(stamp_path.read_text())
    if stamp.get("spec_sha256") != _spec_sha256():
        session.error(
            f"generated/{STAMP} records spec sha256 {stamp.get('spec_sha256')!r}, but "
            f"openapi.yaml is {_spec_sha256()!r}: run `nox -s generate` and commit both"
        )
    _install_generators(session)
    with tempfile.TemporaryDirectory(prefix="timrest-drift-") as scratch:
        fresh = Path(scratch) / "generated"
        _generate_into(session, fresh)
        problems = _tree_diff(fresh, GENERATED)
    if problems:
        session.error(
            "generated/ drifted from openapi.yaml (run `nox -s generate`):\n  "
            + "\n  ".join(problems)
        )
    session.log("generated/ matches openapi.yaml")


@nox.session(python=PYTHON, tags=["ci"])
def lint(session: nox.Session) -> None:
    """ruff: lint everything (generated/ with relaxed rules) and check formatting."""
    session.install(f"ruff=={GENERATORS['ruff']}")
    session.run("ruff", "check", "--no-cache", ".")
    # generated/ is formatted by the generators (datamodel-codegen with this project's ruff
    # settings: changing [tool.ruff] changes generated/, which check_generated catches).
    session.run("ruff", "format", "--no-cache", "--check", *FORMATTED)


@nox.session(python=PYTHON, tags=["ci"])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on overlay/ (and the tests)."""
    session.install("-e", ".[cli,redis,emulator]", *TEST_DEPS, "types-PyYAML", "jinja2")
    session.run("mypy")


def _npm_tools(session: nox.Session) -> None:
    if not (NODE_BIN / "redocly").exists():
        session.run(
            "npm", "ci", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund", external=True
        )


@nox.session(python=PYTHON, tags=["ci"])
def lint_spec(session: nox.Session) -> None:
    """openapi-spec-validator, Redocly (recommended) and Spectral (spectral:oas): 0 warnings."""
    session.install("openapi-spec-validator==0.9.0")
    _npm_tools(session)
    env = {"REDOCLY_TELEMETRY": "off", "NO_UPDATE_NOTIFIER": "1"}
    for spec, api in ((SPEC, "main"), (GENERATED / SDK_SPEC, "sdk")):
        session.run("openapi-spec-validator", str(spec))
        output = session.run(
            str(NODE_BIN / "redocly"), "lint", api, external=True, env=env, silent=True
        )
        print(output)
        if not isinstance(output, str) or re.search(r"You have \d+ warning", output):
            session.error(f"Redocly reported warnings on {spec.name}: 0 warnings required")
        session.run(
            str(NODE_BIN / "spectral"), "lint", "--fail-severity=warn", str(spec), external=True
        )


@nox.session(python=PYTHON, tags=["ci"])
def tests(session: nox.Session) -> None:
    """The test suite: unit, emulator, end-to-end over real HTTP on 127.0.0.1."""
    session.install("-e", ".[cli,redis,emulator]", *TEST_DEPS)
    _npm_tools(session)
    env = {"TIMREST_NODE_BIN": str(NODE_BIN)}
    if os.environ.get("CI"):
        env["HYPOTHESIS_PROFILE"] = "ci"
    session.run("pytest", *session.posargs, env=env)


def _interpreters(*versions: str) -> list[str]:
    """The interpreters of these versions on this machine (on PATH, or under pyenv)."""
    found = []
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    for version in versions:
        candidates = [shutil.which(f"python{version}")]
        candidates += sorted(map(str, pyenv_root.glob(f"versions/{version}*/bin/python{version}")))
        for candidate in filter(None, candidates):
            ok = subprocess.run([candidate, "-c", "pass"], capture_output=True, check=False)
            if ok.returncode == 0:
                found.append(candidate)
                break
    return found


# The interpreters the classifiers name beside 3.11 (where the whole suite runs): the tests of
# the client, the emulator and the command run on each one found on the machine.
MATRIX = _interpreters("3.12", "3.13")
MATRIX_TESTS = (
    "tests/test_client.py",
    "tests/test_attributes.py",
    "tests/test_generated.py",
    "tests/test_policies.py",
    "tests/test_usersig.py",
    "tests/test_emulator.py",
    "tests/test_connections.py",
)
# The oldest httpx and httpcore the package accepts (pyproject: httpx>=0.27,<1 and
# httpcore>=1.0.5,<2), on the first of them; the others get the newest.
HTTPX_OLDEST = ("httpx==0.27.2", "httpcore==1.0.5")


@nox.session(python=MATRIX or False, tags=["ci"])
def tests_matrix(session: nox.Session) -> None:
    """The client, emulator and command tests on Python 3.12 and 3.13."""
    if not MATRIX:
        session.skip("no Python 3.12 or 3.13 on this machine")
    session.install("-e", ".[cli,redis,emulator]", *TEST_DEPS)
    if session.python == MATRIX[0]:
        session.install(*HTTPX_OLDEST)
    session.run(
        "python",
        "-c",
        "import httpx, httpcore, sys; "
        "print('httpx', httpx.__version__, 'httpcore', httpcore.__version__, sys.version)",
    )
    session.run("pytest", "-q", *MATRIX_TESTS, *session.posargs)


# The emulator's built-in demo app (public test credentials, see timrest.emulator).
DEMO_ENV = {
    "TIM_SDKAPPID": "1400000000",
    "TIM_IDENTIFIER": "administrator",
    "TIM_SECRET_KEY": "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
}


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: the `timrest` command against the embedded emulator.

    Starts the emulator (demo dataset, 20,000-member permission group) on a free port, reads
    a live room's attributes, then streams the whole permission group to a JSON Lines file
    with a progress bar (on a terminal) and a one-line summary.
    """
    session.install("-e", ".[cli]")
    timrest = str(Path(session.bin) / "timrest")
    emulator = subprocess.Popen(
        [timrest, "emulator", "serve", "--port", "0", "--demo-members", "20000"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert emulator.stdout is not None
        url = emulator.stdout.readline().split()[-1]
        session.log(f"emulator at {url}")
        env = {**DEMO_ENV, "TIM_BASE_URL": url}
        session.run("timrest", "group-attrs", "@TGS#aLIVEROOM1", env=env)
        Path("build").mkdir(exist_ok=True)
        session.run(
            "timrest",
            "permission-group-members",
            "@TGS#_@TGS#cDEMOCOMMUNITY",
            "@PMG#_@PMG#cSTAFF",
            "--format",
            "jsonl",
            "--output",
            "build/demo-members.jsonl",
            env=env,
        )
    finally:
        emulator.terminate()
        emulator.wait(timeout=10)


# The peer SDK measured beside ours (it imports requests without declaring it).
PEER = ("tencentcloud-sdk-python-im==0.9.4", "requests", "tls-sig-api-v2==1.1", "psutil")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks, each a ratio against a baseline run in the same process run."""
    session.install("-e", ".[cli,redis]", *PEER)
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def bench_quick(session: nox.Session) -> None:
    """Every benchmark in quick mode: checks that they run, not their numbers."""
    session.install("-e", ".[cli,redis]", *PEER)
    session.run("python", "benchmarks/bench.py", "--quick")


def _spec_title() -> str:
    """``info.title`` of the spec (its first ``title:`` line; the runner has no YAML)."""
    match = re.search(r"^  title: (.+)$", SPEC.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1) if match else "Tencent Cloud Chat REST API"


@nox.session(python=PYTHON, tags=["ci"])
def docs(session: nox.Session) -> None:
    """Self-contained HTML references (no CDN): build/docs/index.html, the REST API from the
    SDK variant of the spec (the same contract, plus curl samples, the region table and the
    credentials as security schemes); build/docs/python/index.html, the Python API."""
    _npm_tools(session)
    out = ROOT / "build" / "docs" / "index.html"
    session.run(
        str(NODE_BIN / "redocly"),
        "build-docs",
        str(GENERATED / SDK_SPEC),
        "--output",
        str(out),
        "--inlineBundle",
        "--title",
        f"timrest: {_spec_title()}",
        external=True,
        env={"REDOCLY_TELEMETRY": "off"},
        silent=True,
    )
    html = out.read_text()
    if re.search(r"<script[^>]+src=\"https?://", html):
        session.error(f"{out} loads a script from the network")
    session.log(f"wrote {out.relative_to(ROOT)} ({len(html) // 1024} KiB, self-contained)")
    # The Python API: methods, arguments, results, errors, options and exceptions, read from
    # the operation table and the docstrings of the installed package.
    session.install("-e", ".")
    python_ref = out.parent / "python" / "index.html"
    session.run("python", str(ROOT / "tools" / "python_reference.py"), str(python_ref))
    session.log(f"wrote {python_ref.relative_to(ROOT)}")


def _typescript_contract(session: nox.Session, spec: Path, workdir: Path) -> None:
    """openapi-typescript types from `spec`, then `tsc --strict` on contract/usage.ts."""
    workdir.mkdir(parents=True, exist_ok=True)
    for name in ("usage.ts", "tsconfig.json"):
        shutil.copy(ROOT / "contract" / name, workdir / name)
    # Not the project's redocly.yaml: its `apis` would make openapi-typescript ignore `spec`.
    (workdir / "redocly.yaml").write_text("extends: [minimal]\n")
    session.run(
        str(NODE_BIN / "openapi-typescript"),
        str(spec),
        "-o",
        str(workdir / "tim.d.ts"),
        "--redocly",
        str(workdir / "redocly.yaml"),
        external=True,
        silent=True,
    )
    session.run(str(NODE_BIN / "tsc"), "-p", str(workdir / "tsconfig.json"), external=True)


@nox.session(python=PYTHON, tags=["ci"])
def contract(session: nox.Session) -> None:
    """The spec in other teams' hands: TypeScript types compile; Prism; schemathesis; TypeScript
    and Java clients generated from openapi.sdk.yaml make signed calls to the emulator."""
    _npm_tools(session)
    _typescript_contract(session, SPEC, ROOT / "build" / "contract")
    session.log("TypeScript: contract/usage.ts compiles against the generated types")
    session.install(
        "-e", ".", "schemathesis==4.32.5", f"openapi-generator-cli=={OPENAPI_GENERATOR}"
    )
    session.run("python", "contract/check.py", str(NODE_BIN))
    # TypeScript and Java teams' clients from generated/openapi.sdk.yaml, against the emulator
    # with and without unknown fields in its replies.
    session.run("python", "contract/consumers.py", str(NODE_BIN), str(ROOT / "build" / "consumers"))


# Tencent's pages beside the repository (reference material, not part of a user's clone).
UPSTREAM_DOCS = ROOT.parent / "shared" / "upstream-docs"
# The current revision of each page there; the local get_group_attr.md is the 2022 revision,
# from before the operation served every group type: the check must say so.
CURRENT_PAGES = ("get_permission_group_member_list.txt",)
# Tencent's pages of an older revision, and the one fact they state differently: the group
# types the operation supported then. The expected differences follow from the spec.
STALE_PAGES = {"get_group_attr.md": ("get_group_attr", {"AVChatRoom"})}


def stale_differences(session: nox.Session, operation_id: str, then: set[str]) -> list[str]:
    """What the upstream check must report for an old page: the group types added since."""
    read = (
        "import json, sys, yaml; spec = yaml.safe_load(open(sys.argv[1], encoding='utf-8'));"
        "print(json.dumps([o.get('x-tim-group-types', []) for i in spec['paths'].values()"
        " for o in i.values() if isinstance(o, dict) and o['operationId'] == sys.argv[2]]))"
    )
    camel = re.sub(r"_(.)", lambda m: m.group(1).upper(), operation_id)
    output = session.run("python", "-c", read, str(SPEC), camel, silent=True)
    (types,) = json.loads(str(output))
    return [
        f"{operation_id}: group type {t}: in the spec, not supported on the page"
        for t in sorted(set(types) - then)
    ]


@nox.session(python=PYTHON, tags=["ci"])
def upstream(session: nox.Session) -> None:
    """Compare Tencent's pages with openapi.yaml: `nox -s upstream -- PAGE [PAGE ...]`, or
    `nox -s upstream -- DIR` for a checkout of Tencent's documentation source.

    Without pages, checks the pages in ../shared/upstream-docs when that folder exists.
    """
    session.install("pyyaml")
    check = ("python", str(ROOT / "tools" / "upstream.py"), "--spec", str(SPEC))
    if session.posargs:
        session.run(*check, *session.posargs)
        return
    if not UPSTREAM_DOCS.is_dir():
        session.log(f"{UPSTREAM_DOCS} does not exist: no pages to check")
        return
    session.run(*check, *(str(UPSTREAM_DOCS / name) for name in CURRENT_PAGES))
    # Tencent's own Markdown pages, English and Chinese, found by walking the folder.
    if (UPSTREAM_DOCS / "pages").is_dir():
        session.run(*check, str(UPSTREAM_DOCS / "pages"))
    for name, (operation_id, supported_then) in STALE_PAGES.items():
        expected = stale_differences(session, operation_id, supported_then)
        output = session.run(*check, str(UPSTREAM_DOCS / name), success_codes=[1], silent=True)
        lines = [line for line in str(output).splitlines() if not line.startswith("known: ")]
        if lines != expected:
            session.error(f"{name}: expected these differences:\n{expected}\ngot:\n{lines}")
        session.log(f"{name} is the old revision, as expected:\n" + "\n".join(lines))


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """The long fuzz run: 50,000 hypothesis examples per fuzz test."""
    session.install("-e", ".[cli]", *TEST_DEPS)
    session.run(
        "pytest", "tests/test_fuzz.py", *session.posargs, env={"HYPOTHESIS_PROFILE": "fuzz"}
    )
