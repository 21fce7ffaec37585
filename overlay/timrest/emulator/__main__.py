"""``python -m timrest.emulator [--seed FILE] [--host H] [--port N] [--rate-limit N]``."""

from __future__ import annotations

import argparse
import sys

from . import SPEC_RATES, Emulator, EmulatorServer, Fault, State, demo_state, load_seed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m timrest.emulator", description="Serve the timrest emulator over HTTP."
    )
    parser.add_argument("--seed", help="YAML/JSON seed file (default: the demo dataset)")
    parser.add_argument(
        "--demo-members",
        type=int,
        default=3000,
        help="members in the demo permission group (default 3000)",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        help="calls/second per SDKAppID and API for every operation (default: each "
        "operation's documented rate); 0 disables",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar=FAULT_FORM,
        help=f"inject faults at start, e.g. {FAULT_EXAMPLES}",
    )
    parser.add_argument(
        "--unknown-fields",
        action="store_true",
        help="add fields no client knows to every object of every response",
    )
    args = parser.parse_args(argv)
    serve(
        args.seed,
        args.host,
        args.port,
        args.rate_limit,
        args.fault,
        args.demo_members,
        unknown_fields=args.unknown_fields,
    )
    return 0


FAULT_FORM = "KIND[:COUNT[:ARG[:OPERATION]]]"
FAULT_EXAMPLES = "error:2:10002, delay:1:5, drop:1, item_error:1:110002:destroy_topic"


def parse_fault(spec: str) -> Fault:
    """A fault from ``KIND[:COUNT[:ARG[:OPERATION]]]`` (ARG: the code of ``error`` and
    ``item_error``, the seconds of ``delay``, the field of ``missing_field``)."""
    kind, _, rest = spec.partition(":")
    count, _, rest = rest.partition(":")
    arg, _, operation = rest.partition(":")
    extra: dict[str, object] = {"operation": operation} if operation else {}
    if arg:
        if kind in ("error", "item_error"):
            extra["code"] = int(arg)
        elif kind == "delay":
            extra["seconds"] = float(arg)
        elif kind == "missing_field":
            extra["field"] = arg
    return Fault(kind=kind, count=int(count or 1), **extra)  # type: ignore[arg-type]


def describe(state: State, url: str, *, demo: bool) -> str:
    """What a new user needs: each app, its admins and groups, and the variables to set."""
    lines = []
    for app in state.apps.values():
        admin = sorted(app.admins)[0]
        lines.append(f"app {app.sdkappid}: admins {', '.join(sorted(app.admins))}")
        if demo:
            lines.append(f"  secret key {app.secret_key} (the public demo key)")
        for group in app.groups.values():
            extra = []
            if group.attributes:
                extra.append(f"{len(group.attributes)} attributes")
            for pg in group.permission_groups.values():
                extra.append(f"permission group {pg.permission_group_id}: {len(pg)} members")
            detail = f" ({'; '.join(extra)})" if extra else ""
            lines.append(f"  {group.type:<10} {group.group_id}{detail}")
        key = app.secret_key if demo else "<this app's secret key>"
        lines.append("paste to use it:")
        lines.append(
            f"  export TIM_BASE_URL={url} TIM_SDKAPPID={app.sdkappid} TIM_IDENTIFIER={admin} "
            f"TIM_SECRET_KEY={key}"
        )
    return "\n".join(lines)


def serve(
    seed: str | None,
    host: str,
    port: int,
    rate_limit: int | None,
    faults: list[str],
    members: int,
    *,
    unknown_fields: bool = False,
) -> None:
    state = load_seed(seed) if seed else demo_state(members)
    limit = (rate_limit or None) if rate_limit is not None else SPEC_RATES
    emulator = Emulator(state, rate_limit=limit, unknown_fields=unknown_fields)
    for spec in faults:
        try:
            emulator.inject(parse_fault(spec))
        except (ValueError, TypeError) as exc:
            print(f"error: --fault {spec[:60]!r}: {exc} (form {FAULT_FORM})", file=sys.stderr)  # noqa: T201
            raise SystemExit(2) from None
    try:
        server = EmulatorServer(emulator, host, port)
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)  # noqa: T201
        raise SystemExit(2) from None
    print(f"timrest emulator listening on {server.url}", flush=True)  # noqa: T201
    print(describe(state, server.url, demo=seed is None), flush=True)  # noqa: T201
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
