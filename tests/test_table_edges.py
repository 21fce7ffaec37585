"""The operation table drives the edges: a leaf table module and no import cycles, each
operation paced at its own documented rate by both limiters, and an emulator that refuses
to start without a handler for every operation."""

from __future__ import annotations

import ast
import dataclasses
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

import pytest
from conftest import FAST_RETRY, ROOT
from test_redis_limiter import RedisServer

from timrest import Client, LocalRateLimiter, RedisRateLimiter
from timrest._generated.timrest_client.operations import OPERATIONS
from timrest._invoker import PerCall
from timrest.emulator import (
    DEMO_ADMIN,
    DEMO_ROOM,
    DEMO_SDKAPPID,
    DEMO_SECRET_KEY,
    Emulator,
    EmulatorServer,
    EmulatorSetupError,
    demo_state,
)

PACKAGE = ROOT / "overlay" / "timrest"


def _module(path: Path) -> str:
    if path.is_relative_to(ROOT / "generated"):
        parts = (
            "timrest",
            "_generated",
            *path.relative_to(ROOT / "generated").with_suffix("").parts,
        )
    else:
        parts = ("timrest", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(p for p in parts if p != "__init__")


def _runtime_imports(path: Path, module: str) -> set[str]:
    """Modules imported at import time (module level, outside ``if TYPE_CHECKING``)."""
    tree = ast.parse(path.read_text())
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for child in ast.walk(node) if isinstance(node, ast.If | ast.Try) else [node]:
            if isinstance(child, ast.Import):
                found |= {alias.name for alias in child.names}
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                found.add(base)
                found |= {f"{base}.{alias.name}" for alias in child.names}
    return found


def _graph() -> dict[str, set[str]]:
    files = [p for p in PACKAGE.rglob("*.py") if "_generated" not in p.parts]
    files += list((ROOT / "generated").rglob("*.py"))
    modules = {_module(p): p for p in files}
    return {
        name: {m for m in _runtime_imports(path, name) if m in modules and m != name}
        for name, path in modules.items()
    }


def test_no_import_cycles() -> None:
    graph = _graph()
    assert "timrest._table" in graph and "timrest._generated.timrest_client.operations" in graph
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_the_table_types_are_a_leaf_and_the_generated_layer_imports_relatively() -> None:
    graph = _graph()
    for leaf in ("timrest._table", "timrest._invoker"):
        assert graph[leaf] == set(), (leaf, graph[leaf])
    for path in (ROOT / "generated").rglob("*.py"):
        assert "from timrest" not in path.read_text() and "import timrest" not in path.read_text()


def test_the_runtime_names_no_model_of_an_operation() -> None:
    runtime = [p for p in PACKAGE.glob("*.py") if p.name != "__init__.py"]
    for path in runtime:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("timrest_models"):
                names = {alias.name for alias in node.names}
                assert names <= {"BaseResponse"}, (path.name, names)


# -- per-operation rate limits -------------------------------------------------------------

CALLS = 40


@pytest.fixture
def server() -> Any:
    with EmulatorServer(Emulator(demo_state(members=10), rate_limit=None)) as srv:
        yield srv


def _paced_calls(server: Any, limiter: Any) -> float:
    """Seconds for CALLS calls of get_group_attr as if the spec documented it at 100/s."""
    slow = dataclasses.replace(OPERATIONS["get_group_attr"], rate_limit=100)
    options: dict[str, Any] = {
        "sdkappid": DEMO_SDKAPPID,
        "identifier": DEMO_ADMIN,
        "secret_key": DEMO_SECRET_KEY,
        "base_url": server.url,
        "retry": FAST_RETRY,
        "rate_limit": limiter,
    }
    with Client(**options) as client:
        client._invoke(slow, {"GroupId": DEMO_ROOM}, PerCall())  # warm: connection, UserSig
        started = time.monotonic()
        for _ in range(CALLS):
            client._invoke(slow, {"GroupId": DEMO_ROOM}, PerCall())
        return time.monotonic() - started


# At 100/s (95/s with the headroom) CALLS calls cannot take less than this, however fast the
# machine (a lower bound only: a loaded machine is slower, never faster); at the ceiling's
# 200/s they would take about half of it.
AT_100 = (CALLS - 2) / 95


def test_the_local_limiter_paces_an_operation_at_its_documented_rate(server: Any) -> None:
    limiter = LocalRateLimiter(200)
    assert _paced_calls(server, limiter) >= AT_100
    assert limiter.rate_for(f"{DEMO_SDKAPPID}:get_group_attr") == 100
    # the client-wide rate is a ceiling: an operation documented faster is paced at it
    assert LocalRateLimiter(50)._pace(100).rate == 50


def test_the_redis_limiter_paces_an_operation_at_its_documented_rate(server: Any) -> None:
    redis = RedisServer()
    try:
        limiter = RedisRateLimiter(redis.url, 200, on_unavailable="fail")
        try:
            assert _paced_calls(server, limiter) >= AT_100
            assert limiter._admitted(100) == 95 and limiter._admitted(500) == limiter.admitted
        finally:
            limiter.close()
    finally:
        redis.kill()


def test_a_limiter_without_rate_still_works(server: Any) -> None:
    class Counting:
        calls = 0

        def acquire(self, key: str, max_wait: float) -> None:
            self.calls += 1

        async def async_acquire(self, key: str, max_wait: float) -> None:
            self.calls += 1

    counting = Counting()
    _paced_calls(server, counting)
    assert counting.calls == CALLS + 1


def test_the_emulator_admits_each_operation_at_its_documented_rate() -> None:
    emulator = Emulator(demo_state(members=10))
    for op in OPERATIONS.values():
        assert emulator.rate_for(op) == op.rate_limit
    slow = dataclasses.replace(OPERATIONS["get_group_attr"], rate_limit=3)
    for _ in range(3):
        emulator._admit(DEMO_SDKAPPID, slow)
    with pytest.raises(Exception, match="frequency"):
        emulator._admit(DEMO_SDKAPPID, slow)


# -- the emulator's handlers ------------------------------------------------------------------


def test_an_operation_without_a_handler_stops_the_emulator_at_start_up() -> None:
    base = OPERATIONS["get_group_attr"]
    endpoint = dataclasses.replace(base.endpoint, path="/v4/group_open_http_svc/get_new_thing")
    new = dataclasses.replace(base, name="get_new_thing", method="get_new_thing", endpoint=endpoint)

    class Wider(Emulator):
        OPERATIONS: ClassVar[Mapping[str, Any]] = {**OPERATIONS, "get_new_thing": new}

    with pytest.raises(EmulatorSetupError, match=r"operation get_new_thing .* has no handler"):
        Wider()

    class Narrower(Emulator):
        OPERATIONS: ClassVar[Mapping[str, Any]] = {
            k: v for k, v in OPERATIONS.items() if k != "get_group_attr"
        }

    with pytest.raises(EmulatorSetupError, match="handles get_group_attr, which the spec"):
        Narrower()
