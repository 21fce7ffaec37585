"""The `timrest` command, run as a subprocess against the emulator over real HTTP."""

from __future__ import annotations

import csv
import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_COMMUNITY,
    DEMO_PERMISSION_GROUP,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    Emulator,
    EmulatorServer,
    demo_state,
)
from timrest.usersig import generate_usersig

VIP = "@PMG#_@PMG#cVIP"


@pytest.fixture
def env(server: EmulatorServer) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TIM_")}
    return {
        **clean,
        "TIM_SDKAPPID": str(DEMO_SDKAPPID),
        "TIM_IDENTIFIER": DEMO_ADMIN,
        "TIM_SECRET_KEY": DEMO_SECRET_KEY,
        "TIM_BASE_URL": server.url,
    }


def run(
    env: dict[str, str], *args: str, stdin: str | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timrest.cli", *args],
        env=env,
        text=True,
        capture_output=True,
        input=stdin,
        timeout=120,
        check=False,
        **kwargs,
    )


USERSIG = re.compile(r"eJ[A-Za-z0-9*_-]{60,}")  # a zlib stream, URL-safe base64


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        assert DEMO_SECRET_KEY not in text
        assert not USERSIG.search(text)


def test_help_is_fast_and_lists_commands() -> None:
    started = time.monotonic()
    result = run(dict(os.environ), "--help")
    assert result.returncode == 0 and time.monotonic() - started < 5
    for command in ("group-attrs", "permission-group-members", "usersig", "emulator"):
        assert command in result.stdout


def test_group_attrs(env: dict[str, str]) -> None:
    result = run(env, "group-attrs", DEMO_ROOM)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["topic\tlaunch", "host\talice", "viewers\t1200"]
    as_json = run(env, "group-attrs", DEMO_ROOM, "--json")
    assert json.loads(as_json.stdout)["viewers"] == "1200"
    assert_no_secret(result.stdout, result.stderr)


def test_group_attrs_writes(env: dict[str, str], tmp_path: Path) -> None:
    group = "@TGS#2PUBLIC1"

    def attrs() -> dict[str, str]:
        result = run(env, "group-attrs", group, "--json")
        assert result.returncode == 0, result.stderr
        loaded: dict[str, str] = json.loads(result.stdout)
        return loaded

    result = run(env, "group-attrs", "set", group, "seat1=alice", "seat2=bob=b", "empty=")
    assert result.returncode == 0 and "set-group-attributes: done" in result.stderr
    assert attrs() == {"seat1": "alice", "seat2": "bob=b", "empty": ""}
    source = tmp_path / "attrs.json"
    source.write_text(json.dumps({"seat2": "carol", "长": "值"}))
    assert run(env, "group-attrs", "modify", group, f"@{source}").returncode == 0
    assert attrs() == {"seat1": "alice", "seat2": "carol", "empty": "", "长": "值"}
    assert run(env, "group-attrs", "delete", group, "seat1", "empty").returncode == 0
    assert attrs() == {"seat2": "carol", "长": "值"}
    assert run(env, "group-attrs", "clear", group).returncode == 0
    assert attrs() == {}
    assert run(env, "group-attrs", "get", DEMO_ROOM).returncode == 0  # the explicit form


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["set", "@TGS#2PUBLIC1", "novalue"], "write each pair as key=value"),
        (["set", "@TGS#2PUBLIC1", "k" * 33 + "=v"], "must be at most 32 bytes in UTF-8"),
        (["modify"], "group_id: missing"),
        (["clear", "@TGS#2PUBLIC1", "extra"], "unexpected extra argument"),
        (["frobnicate", "@TGS#2PUBLIC1"], "unknown action 'frobnicate' (actions: get, set,"),
        (["delete", "@TGS#2PUBLIC1"], "keys: must name at least one key"),
    ],
)
def test_group_attrs_write_usage_errors(
    env: dict[str, str], emulator: Emulator, args: list[str], message: str
) -> None:
    emulator.reset_stats()
    result = run(env, "group-attrs", *args)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert emulator.stats.requests == 0


def test_group_attrs_write_error_exit_1(env: dict[str, str]) -> None:
    result = run(env, "group-attrs", "delete", "@TGS#2PUBLIC1", "absent")
    assert result.returncode == 1
    assert "error 10050 (not_found)" in result.stderr and "nothing was deleted" in result.stderr
    result = run(env, "group-attrs", "clear", DEMO_COMMUNITY)
    assert result.returncode == 1 and "error 10007 (permission)" in result.stderr


def test_api_error_exit_1_with_meaning_and_hint(env: dict[str, str]) -> None:
    result = run(env, "group-attrs", "@TGS#aMISSING")
    assert result.returncode == 1
    assert "error 10010 (not_found)" in result.stderr and "what to do:" in result.stderr
    assert_no_secret(result.stdout, result.stderr)


def test_network_error_exit_1(env: dict[str, str]) -> None:
    result = run(
        {**env, "TIM_BASE_URL": "http://127.0.0.1:9"},
        "group-attrs",
        DEMO_ROOM,
        "--max-retries",
        "0",
    )
    assert result.returncode == 1 and "TimTransportError" in result.stderr


@pytest.mark.parametrize(
    ("args", "env_change", "message"),
    [
        (["group-attrs", ""], {}, "group_id: must not be empty"),
        (["group-attrs", DEMO_ROOM], {"TIM_SDKAPPID": None}, "sdkappid: missing"),
        (
            ["group-attrs", DEMO_ROOM],
            {"TIM_SDKAPPID": "abc"},
            "sdkappid: TIM_SDKAPPID: must be a whole number",
        ),
        (["group-attrs", DEMO_ROOM], {"TIM_SECRET_KEY": None}, "secret_key: missing"),
        (
            ["group-attrs", DEMO_ROOM, "--region", "mars"],
            {"TIM_BASE_URL": None},
            "unknown region 'mars'",
        ),
        (["permission-group-members", "@TGS#xxxxxxx", VIP], {}, "group_id: does not match ^@TGS#_"),
        (["permission-group-members", DEMO_COMMUNITY, VIP, "--limit", "99"], {}, "limit"),
        (
            ["permission-group-members", DEMO_COMMUNITY, VIP, "--fields", "Rol"],
            {},
            "did you mean 'Role'",
        ),
        (["permission-group-members", DEMO_COMMUNITY, VIP, "--format", "xml"], {}, "--format"),
        (["no-such-command"], {}, "no command 'no-such-command'"),
    ],
)
def test_usage_errors_exit_2(
    env: dict[str, str],
    emulator: Emulator,
    args: list[str],
    env_change: dict[str, str | None],
    message: str,
) -> None:
    changed = {k: v for k, v in {**env, **env_change}.items() if v is not None}
    emulator.reset_stats()
    result = run(changed, *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert emulator.stats.requests == 0  # rejected before sending
    assert_no_secret(result.stdout, result.stderr)


def test_secret_flag_warns(env: dict[str, str]) -> None:
    result = run(
        {**env, "TIM_SECRET_KEY": ""}, "group-attrs", DEMO_ROOM, "--secret-key", DEMO_SECRET_KEY
    )
    assert result.returncode == 0 and "shell history" in result.stderr
    assert_no_secret(result.stdout, result.stderr)


def test_secret_key_file(env: dict[str, str], tmp_path: Path) -> None:
    key = tmp_path / "key"
    key.write_text(DEMO_SECRET_KEY + "\n")
    result = run(
        {**env, "TIM_SECRET_KEY": ""}, "group-attrs", DEMO_ROOM, "--secret-key-file", str(key)
    )
    assert result.returncode == 0 and "shell history" not in result.stderr


def test_export_jsonl_and_csv(env: dict[str, str], tmp_path: Path) -> None:
    result = run(
        env, "permission-group-members", DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, "--format", "jsonl"
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 300 and len({r["Member_Account"] for r in rows}) == 300
    assert "exported 300 of 300 members in 6 pages" in result.stderr
    assert "\x1b[" not in result.stderr  # no progress bar in a pipe
    out = tmp_path / "vip.csv"
    result = run(
        env,
        "permission-group-members",
        DEMO_COMMUNITY,
        VIP,
        "--format",
        "csv",
        "--fields",
        "Role,NameCard",
        "--custom-fields",
        "MemberDefined1",
        "--output",
        str(out),
    )
    assert result.returncode == 0 and result.stdout == ""
    with out.open() as handle:
        reader = csv.DictReader(handle)
        table = list(reader)
    # the columns asked for, and each custom field as a column of its own
    assert reader.fieldnames == ["Member_Account", "Role", "NameCard", "MemberDefined1"]
    assert len(table) == 25 and table[0]["Role"] == "Owner"
    assert any(row["MemberDefined1"] for row in table)


def test_export_table(env: dict[str, str]) -> None:
    result = run(env, "permission-group-members", DEMO_COMMUNITY, VIP, "--limit", "10")
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and lines[0].split()[:2] == ["Member_Account", "Role"]
    assert sum("user0000" in line for line in lines) == 25 and lines.count(lines[0]) == 1


def test_interrupted_export_prints_cursor_and_resumes(
    env: dict[str, str], emulator: Emulator, tmp_path: Path
) -> None:
    out = tmp_path / "members.jsonl"
    # Let two pages through, then fail the third (no retries).
    calls = {"n": 0}
    original = emulator.handle

    def flaky(method: str, path: str, query: dict[str, str], body: bytes) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            emulator.inject("error", code=70500)
        return original(method, path, query, body)

    emulator.handle = flaky  # type: ignore[method-assign]
    first = run(
        env,
        "permission-group-members",
        DEMO_COMMUNITY,
        DEMO_PERMISSION_GROUP,
        "--format",
        "jsonl",
        "--output",
        str(out),
        "--max-retries",
        "0",
    )
    assert first.returncode == 1 and "error 70500" in first.stderr
    cursor = first.stderr.split("--resume-from '")[1].split("'")[0]
    assert cursor and len(out.read_text().splitlines()) == 100
    second = run(
        env,
        "permission-group-members",
        DEMO_COMMUNITY,
        DEMO_PERMISSION_GROUP,
        "--format",
        "jsonl",
        "--output",
        str(out),
        "--resume-from",
        cursor,
    )
    assert second.returncode == 0, second.stderr
    accounts = [json.loads(line)["Member_Account"] for line in out.read_text().splitlines()]
    assert len(accounts) == 300 == len(set(accounts))  # exactly once across the two runs


@pytest.mark.parametrize(
    ("signum", "code", "said"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
)
def test_a_stop_signal_finishes_the_page_and_prints_the_cursor(
    env: dict[str, str], emulator: Emulator, signum: int, code: int, said: str
) -> None:
    """Ctrl-C, and SIGTERM as docker stop and Kubernetes send it."""
    emulator.inject("delay", count=1000, seconds=0.2, operation="get_permission_group_member_list")
    command = [sys.executable, "-m", "timrest.cli", "permission-group-members",
               DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, "--format", "jsonl"]  # fmt: skip
    with subprocess.Popen(
        command, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        # Interrupt once the export is under way (its first page written), however slowly
        # the command started on a loaded machine.
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.send_signal(signum)
        # Read on through the same text stream (communicate() would skip what it buffered).
        stdout = first + proc.stdout.read()
        stderr = proc.stderr.read()
        proc.wait(timeout=30)
    assert proc.returncode == code, stderr
    assert f"{said} after" in stderr and "resume with: --resume-from '" in stderr
    assert len(stdout.splitlines()) % 50 == 0  # whole pages only


def _export(env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return run(
        env, "permission-group-members", DEMO_COMMUNITY, DEMO_PERMISSION_GROUP,
        "--format", "jsonl", "--max-retries", "0", *extra,
    )  # fmt: skip


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_a_one_line_error_with_the_cursor(env: dict[str, str]) -> None:
    to_file = _export(env, "--output", "/dev/full")
    with open("/dev/full", "w") as full:
        to_stdout = subprocess.run(
            [sys.executable, "-m", "timrest.cli", "permission-group-members", DEMO_COMMUNITY,
             DEMO_PERMISSION_GROUP, "--format", "jsonl"],
            env=env, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, check=False,
        )  # fmt: skip
    for result, where in ((to_file, "/dev/full"), (to_stdout, "stdout")):
        assert result.returncode == 1, result.stderr
        assert result.stderr.startswith(f"cannot write to {where}: No space left on device")
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
        assert "stopped after 0 members written; resume by starting again" in result.stderr


def test_an_unwritable_output_is_a_usage_error_before_anything_is_sent(
    env: dict[str, str], emulator: Emulator, tmp_path: Path
) -> None:
    a_directory = tmp_path  # (a read-only file would not do: CI runs as root)
    missing = tmp_path / "no" / "such" / "dir.jsonl"
    for output in (a_directory, missing):
        before = emulator.stats.requests
        result = _export(env, "--output", str(output))
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith(f"cannot write to --output {output}: ")
        assert "Traceback" not in result.stderr and "resume" not in result.stderr
        assert emulator.stats.requests == before  # nothing was sent


def test_a_page_that_cannot_be_written_whole_is_cut_back_out(
    env: dict[str, str], tmp_path: Path
) -> None:
    """A file system that fills up mid-export: what the file keeps is whole pages, and the
    cursor printed fetches the first page it is missing; resuming completes it exactly."""
    out = tmp_path / "members.jsonl"
    script = tmp_path / "fill.py"
    script.write_text(
        "import resource, runpy, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (30000, 30000))\n"  # bytes a file may reach
        "import signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"  # EFBIG, not a kill
        "sys.argv = ['timrest', *sys.argv[1:]]\n"
        "runpy.run_module('timrest.cli', run_name='__main__')\n"
    )
    first = subprocess.run(
        [sys.executable, str(script), "permission-group-members", DEMO_COMMUNITY,
         DEMO_PERMISSION_GROUP, "--format", "jsonl", "--output", str(out)],
        env=env, text=True, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert first.returncode == 1, first.stderr
    assert first.stderr.startswith(f"cannot write to {out}: File too large")
    lines = out.read_text().splitlines()
    assert lines and len(lines) % 50 == 0  # whole pages only
    cursor = first.stderr.split("--resume-from '")[1].split("'")[0]
    second = _export(env, "--output", str(out), "--resume-from", cursor)
    assert second.returncode == 0, second.stderr
    accounts = [json.loads(line)["Member_Account"] for line in out.read_text().splitlines()]
    assert len(accounts) == 300 == len(set(accounts))  # exactly once across the two runs


def test_a_narrow_terminal_never_cuts_a_value(env: dict[str, str]) -> None:
    """Too narrow for the table: one field per line, long values wrapped, nothing cut."""
    leader, follower = pty.openpty()
    try:
        with subprocess.Popen(
            [sys.executable, "-m", "timrest.cli", "permission-group-members", DEMO_COMMUNITY,
             DEMO_PERMISSION_GROUP, "--limit", "5", "--max-retries", "0"],
            env={**env, "COLUMNS": "20"}, stdout=follower, stderr=subprocess.DEVNULL,
        ) as proc:  # fmt: skip
            os.close(follower)
            seen = read_all(leader)  # as it comes: a full pty would block the command
            proc.wait(timeout=60)
    finally:
        os.close(leader)
    assert proc.returncode == 0
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen.decode()).replace("\r", "")
    assert all(len(line) <= 20 for line in text.splitlines()), text
    jsonl = _export(env, "--limit", "5")
    members = [json.loads(line) for line in jsonl.stdout.splitlines()]
    unwrapped = text.replace("\n", "")
    for member in members:
        for value in member.values():
            if isinstance(value, str | int) and not isinstance(value, bool):
                assert str(value) in unwrapped  # every value whole, if wrapped
    assert text.count("Member_Account: ") == 300


def read_all(leader: int) -> bytes:
    """Everything written to a pty until its other end closes."""
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            return seen
        if not chunk:
            return seen
        seen += chunk


def test_usersig_commands(env: dict[str, str]) -> None:
    generated = run(env, "usersig", "generate", "--expire", "3600")
    assert generated.returncode == 0
    sig = generated.stdout.strip()
    decoded = run(env, "usersig", "decode", sig)
    fields = json.loads(decoded.stdout)
    assert fields["identifier"] == DEMO_ADMIN and fields["expire"] == 3600
    assert not fields["expired"]
    assert run(env, "usersig", "decode", "-", stdin=sig + "\n").returncode == 0
    ok = run(env, "usersig", "verify", sig)
    assert ok.returncode == 0 and ok.stdout.startswith("valid:")
    wrong = run({**env, "TIM_SECRET_KEY": "0" * 64}, "usersig", "verify", sig)
    assert wrong.returncode == 1 and "UserSigSignatureMismatchError" in wrong.stderr
    other = run({**env, "TIM_IDENTIFIER": "bob"}, "usersig", "verify", sig)
    assert other.returncode == 1 and "'administrator', expected 'bob'" in other.stderr
    stale = generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY, 1, now=1000)
    assert "UserSigExpiredError" in run(env, "usersig", "verify", stale).stderr
    garbage = run(env, "usersig", "decode", "nonsense")
    assert garbage.returncode == 1 and garbage.stderr.startswith("invalid")
    for result in (decoded, ok, wrong, other, garbage):
        assert DEMO_SECRET_KEY not in result.stdout + result.stderr


@pytest.fixture
def served() -> Iterator[str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "timrest.cli",
            "emulator",
            "serve",
            "--port",
            "0",
            "--demo-members",
            "20",
            "--rate-limit",
            "5",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    try:
        yield proc.stdout.readline().split()[-1]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


def test_emulator_serve(served: str, env: dict[str, str]) -> None:
    result = run(
        {**env, "TIM_BASE_URL": served},
        "permission-group-members",
        DEMO_COMMUNITY,
        DEMO_PERMISSION_GROUP,
        "--format",
        "jsonl",
    )
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 20


def test_region_flag_builds_the_regional_url(monkeypatch: pytest.MonkeyPatch) -> None:
    from timrest.cli._settings import client_kwargs

    monkeypatch.delenv("TIM_BASE_URL", raising=False)
    monkeypatch.setenv("TIM_SECRET_KEY", "k")
    kwargs = client_kwargs({"sdkappid": "1", "identifier": "a", "region": "sgp"})
    assert kwargs["region"] == "sgp" and "base_url" not in kwargs
    assert kwargs["sdkappid"] == 1  # parsed as the option definition says


def test_a_region_flag_beats_the_base_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from timrest.cli._settings import client_kwargs

    monkeypatch.setenv("TIM_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("TIM_REGION", "tokyo")
    monkeypatch.setenv("TIM_SECRET_KEY", "k")
    flags = {"sdkappid": "1", "identifier": "a"}
    assert client_kwargs({**flags, "region": "sgp"})["region"] == "sgp"
    assert "base_url" not in client_kwargs({**flags, "region": "sgp"})
    from_env = client_kwargs(flags)  # both variables: the explicit URL wins
    assert from_env["base_url"] == ["http://127.0.0.1:9"] and "region" not in from_env


def test_demo_state_is_deterministic() -> None:
    one = Emulator(demo_state(members=50)).state.group(DEMO_SDKAPPID, DEMO_COMMUNITY).members
    two = Emulator(demo_state(members=50)).state.group(DEMO_SDKAPPID, DEMO_COMMUNITY).members
    assert one == two


def test_library_usage_example() -> None:
    from conftest import ROOT

    result = subprocess.run(
        [sys.executable, str(ROOT / "examples/library_usage.py"), "120"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "exported 120 of 120 members" in result.stdout
    assert "after modify and delete: {'topic': 'launch', 'host': 'bob', 'seat1': 'carol'}" in (
        result.stdout
    )


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "timrest"
    assert script.exists(), "pip install -e '.[cli]' installs the `timrest` command"
    result = subprocess.run(
        [str(script), "usersig", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0 and "generate" in result.stdout


def test_without_the_cli_extra_the_command_says_what_to_install() -> None:
    script = "import sys; sys.modules['typer'] = None; from timrest.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    assert "pip install 'timrest[cli]'" in result.stderr and "Traceback" not in result.stderr


def test_connection_flags_before_the_command(env: dict[str, str], server: EmulatorServer) -> None:
    bare = {k: v for k, v in env.items() if k not in ("TIM_BASE_URL", "TIM_SDKAPPID")}
    result = run(
        bare, "--base-url", server.url, "--sdkappid", str(DEMO_SDKAPPID), "group-attrs", DEMO_ROOM
    )
    assert result.returncode == 0, result.stderr
    assert "topic\tlaunch" in result.stdout
    # the command's own flag wins over the one before it
    result = run(bare, "--base-url", "http://127.0.0.1:9", "--sdkappid", str(DEMO_SDKAPPID),
                 "group-attrs", DEMO_ROOM, "--base-url", server.url)  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_version_and_short_help() -> None:
    from importlib.metadata import version

    result = run(dict(os.environ), "--version")
    assert result.returncode == 0 and result.stdout.strip() == f"timrest {version('timrest')}"
    assert "Usage" in run(dict(os.environ), "-h").stdout
    assert "Usage" in run(dict(os.environ), "group-attrs", "-h").stdout


def test_a_closed_pipe_ends_quietly(env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "timrest.cli", "permission-group-members",
               DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, "--format", "jsonl"]  # fmt: skip
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as producer:
        assert producer.stdout is not None and producer.stderr is not None
        first = producer.stdout.readline()
        producer.stdout.close()  # the reader stops early, as `| head -1` does
        errors = producer.stderr.read().decode()
        assert producer.wait(timeout=60) == 0, errors
    assert json.loads(first)["Member_Account"] and "Traceback" not in errors


def test_errors_as_json(env: dict[str, str]) -> None:
    result = run(env, "group-attrs", "@TGS#aMISSING", "--json")
    assert result.returncode == 1
    error = json.loads(result.stderr)["error"]
    assert error["code"] == 10010 and error["category"] == "not_found" and error["hint"]
    result = run(env, "group-attrs", "", "--json")
    assert result.returncode == 2 and json.loads(result.stderr)["error"]["type"] == (
        "TimValidationError"
    )


def test_usersig_file(env: dict[str, str], tmp_path: Path) -> None:
    sig_file = tmp_path / "sig"
    sig_file.write_text(generate_usersig(DEMO_SDKAPPID, DEMO_ADMIN, DEMO_SECRET_KEY) + "\n")
    no_key = {k: v for k, v in env.items() if k != "TIM_SECRET_KEY"}
    result = run(no_key, "group-attrs", DEMO_ROOM, "--usersig-file", str(sig_file))
    assert result.returncode == 0 and "topic" in result.stdout, result.stderr
    assert_no_secret(result.stdout, result.stderr)


def test_a_busy_port_is_explained() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(dict(os.environ), "emulator", "serve", "--port", str(port))
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in (
        result.stderr
    )


def test_an_error_mid_export_says_stopped_with_the_cursor(
    env: dict[str, str], emulator: Emulator
) -> None:
    emulator.inject("error", code=10004)  # not retried
    emulator.reset_stats()
    result = run(env, "permission-group-members", DEMO_COMMUNITY, DEMO_PERMISSION_GROUP,
                 "--format", "jsonl", "--limit", "50")  # fmt: skip
    assert result.returncode == 1
    assert "stopped after 0 members written" in result.stderr


def test_the_readme_code_runs_against_the_emulator(server: EmulatorServer) -> None:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    assert '"http://127.0.0.1:8080"' in code
    script = code.replace('"http://127.0.0.1:8080"', repr(server.url))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 300  # every member of the demo group


def test_the_emulator_prints_what_a_new_user_needs() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "timrest.emulator", "--demo-members", "7"],
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        lines = [proc.stdout.readline()]
        while "export " not in lines[-1] and lines[-1]:
            lines.append(proc.stdout.readline())
        proc.terminate()
    text = "".join(lines)
    url = lines[0].split()[-1]
    assert f"export TIM_BASE_URL={url} TIM_SDKAPPID={DEMO_SDKAPPID}" in text
    assert f"TIM_IDENTIFIER={DEMO_ADMIN} TIM_SECRET_KEY={DEMO_SECRET_KEY}" in text
    for group in (DEMO_ROOM, DEMO_COMMUNITY, DEMO_PERMISSION_GROUP):
        assert group in text


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_progress_bar_and_output_never_share_a_line(env: dict[str, str]) -> None:
    """Both streams on one terminal: every table row is a line of its own, bar-free."""
    leader, follower = pty.openpty()
    try:
        with subprocess.Popen(
            [sys.executable, "-m", "timrest.cli", "permission-group-members", DEMO_COMMUNITY,
             DEMO_PERMISSION_GROUP, "--limit", "10"],
            env={**env, "COLUMNS": "120"}, stdout=follower, stderr=follower,
        ) as proc:  # fmt: skip
            os.close(follower)
            seen = read_all(leader)
            assert proc.wait(timeout=60) == 0
    finally:
        os.close(leader)
    # A new line, a carriage return, an erased line or a cursor move starts a fresh line.
    pieces = re.split(r"[\r\n]+|\x1b\[2K|\x1b\[\d*[AB]", seen.decode(errors="replace"))
    rows = [ANSI.sub("", piece) for piece in pieces if "user0" in piece]
    assert len(rows) >= 300
    assert not [row for row in rows if "/300" in row or "━" in row]


def test_shell_completion() -> None:
    result = run(dict(os.environ), "--show-completion", "bash")
    assert result.returncode == 0
    assert "COMPREPLY" in result.stdout and "complete -o default" in result.stdout


# -- the screen: overwriting, counts, help, unknown names, progress, completion ----------------


def test_an_existing_output_is_never_overwritten_silently(
    env: dict[str, str], emulator: Emulator, tmp_path: Path
) -> None:
    out = tmp_path / "members.jsonl"
    assert _export(env, "--output", str(out)).returncode == 0
    before, requests = out.read_bytes(), emulator.stats.requests
    again = _export(env, "--output", str(out))
    assert again.returncode == 2 and emulator.stats.requests == requests  # nothing was sent
    assert (
        f"--output {out} exists: pass --force" in again.stderr and "--resume-from" in again.stderr
    )
    assert out.read_bytes() == before
    forced = _export(env, "--output", str(out), "--force", "--limit", "10")
    assert forced.returncode == 0, forced.stderr
    assert len(out.read_text().splitlines()) == 300 and "in 30 pages" in forced.stderr
    empty = tmp_path / "empty.jsonl"
    empty.touch()  # an empty file holds nothing to lose
    assert _export(env, "--output", str(empty)).returncode == 0
    assert _export(env, "--output", os.devnull).returncode == 0  # a device is no file


def test_a_resumed_export_counts_this_run_and_the_file(env: dict[str, str], tmp_path: Path) -> None:
    first = _export(env)
    lines = first.stdout.splitlines()
    out = tmp_path / "members.jsonl"
    out.write_text("\n".join(lines[:100]) + "\n")
    from timrest import Client

    with Client.from_env(env, rate_limit=None) as client:
        page = client.list_permission_group_members(DEMO_COMMUNITY, DEMO_PERMISSION_GROUP)
        page = client.list_permission_group_members(
            DEMO_COMMUNITY, DEMO_PERMISSION_GROUP, cursor=page.next_cursor
        )
    resumed = _export(env, "--output", str(out), "--resume-from", page.next_cursor)
    assert resumed.returncode == 0, resumed.stderr
    assert "exported 200 more members (resumed; 300 of 300 in the file) in 4 pages" in (
        resumed.stderr
    )


def test_a_usage_error_is_one_line_without_a_resume_hint(env: dict[str, str]) -> None:
    result = _export(env, "--limit", "500")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: iter_permission_group_members (get_permission_group_member_list): limit: "
        "must be at most 50, got 500 (Limit on the wire)"
    ]


@pytest.mark.parametrize("args", [["--help"], ["permission-group-members", "-h"],
                                  ["group-attrs", "get", "--help"], ["emulator", "serve", "-h"]])  # fmt: skip
def test_help_shows_no_python_types_on_flags(args: list[str]) -> None:
    result = run({**os.environ, "COLUMNS": "160"}, *args)
    assert result.returncode == 0, result.stderr
    option_lines = [line for line in result.stdout.splitlines() if re.match(r" +(-\w, )?--", line)]
    assert option_lines and not [line for line in option_lines if re.search(r"<\w+", line)]
    assert any(line.strip().startswith("-h, --help ") for line in option_lines)
    assert not any(
        re.search(r"--\w[\w-]* +(<|TEXT|INTEGER|BOOLEAN)", line) for line in option_lines
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frobnicate"], "error: timrest: no command 'frobnicate' (commands: add-permission-"),
        (["emulator", "serv"], "error: timrest emulator: no command 'serv'; did you mean 'serve'?"),
        (["--region", "sgp", "usersig", "genrate"], "did you mean 'generate'? (commands: decode,"),
        (["group-attrs", "frobnicate", DEMO_ROOM], "unknown action 'frobnicate' (actions: get,"),
    ],
)
def test_unknown_commands_are_named_with_the_known_ones(args: list[str], message: str) -> None:
    result = run(dict(os.environ), *args)
    assert result.returncode == 2 and message in result.stderr, result.stderr


def _progress_run(env: dict[str, str], *extra: str) -> tuple[str, str]:
    """An export with stderr on a terminal (a pty) and stdout piped: (stdout, stderr)."""
    leader, follower = pty.openpty()
    try:
        with subprocess.Popen(
            [sys.executable, "-m", "timrest.cli", "permission-group-members", DEMO_COMMUNITY,
             DEMO_PERMISSION_GROUP, "--limit", "10", "--max-retries", "0", *extra],
            env={**env, "COLUMNS": "100"}, stdout=subprocess.PIPE, stderr=follower,
        ) as proc:  # fmt: skip
            os.close(follower)
            assert proc.stdout is not None
            out = proc.stdout.read().decode()
            err = read_all(leader).decode()
            proc.wait(timeout=60)
    finally:
        os.close(leader)
    assert proc.returncode == 0, err
    return out, err


def test_progress_shows_only_on_a_terminal_and_never_beside_piped_output(
    env: dict[str, str], tmp_path: Path
) -> None:
    out, err = _progress_run(env, "--format", "jsonl")  # `| head` on a terminal: no bar
    assert len(out.splitlines()) == 300
    assert "━" not in err and err.strip().startswith("exported 300 of 300 members")
    out, err = _progress_run(env, "--output", str(tmp_path / "m.jsonl"), "--format", "jsonl")
    assert out == "" and "━" in err and "/300" in err  # to a file: the bar (M/N), on stderr
    assert len((tmp_path / "m.jsonl").read_text().splitlines()) == 300


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("timrest permission-group-members --format j", ["jsonl"]),
        ("timrest get-topics --region s", ["singapore", "seoul", "silicon_valley"]),
        ("timrest list-permission-group-members G P --member-fields Jo", ["JoinTime", "JoinPermissionGroupTime"]),
    ],
)  # fmt: skip
def test_enumerated_values_complete(words: str, expected: list[str]) -> None:
    env = {**os.environ, "_TIMREST_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - 1)}  # fmt: skip
    result = run(env)
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.split()) == sorted(expected)
