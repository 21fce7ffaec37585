"""The commands. Heavy imports (the client, pydantic models) happen inside each command, so
that ``timrest --help`` answers quickly."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from ._settings import connection_options

if TYPE_CHECKING:
    from timrest import TimError

HELP = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="timrest",
    help="Tencent Cloud Chat (IM) admin REST API from the shell: group attributes, "
    "permission-group members, UserSig diagnosis, and a local emulator.\n\n"
    "Connection settings come from flags (before or after the command), then TIM_SDKAPPID, "
    "TIM_IDENTIFIER, TIM_SECRET_KEY (or TIM_USERSIG), TIM_REGION, TIM_BASE_URL. Exit codes: "
    "0 ok, 1 API or network error, 2 usage error, 130 interrupted.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings=HELP,
)
usersig_app = typer.Typer(
    help="Generate, decode and verify UserSigs (diagnose 700xx errors).",
    no_args_is_help=True,
    context_settings=HELP,
)
emulator_app = typer.Typer(
    help="Run the local emulator of the REST API.", no_args_is_help=True, context_settings=HELP
)
app.add_typer(usersig_app, name="usersig")
app.add_typer(emulator_app, name="emulator")

T = TypeVar("T")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"timrest {version('timrest')}")
        raise typer.Exit


@app.callback()
@connection_options()
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version", callback=_version, is_eager=True),
    ] = False,
    *,
    connection: dict[str, Any],
) -> None:
    """Connection flags given before the command; the command's own flags win."""
    ctx.obj = connection


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


def _explain(error: TimError) -> typer.Exit:
    from timrest import TimAPIError, TimValidationError

    if isinstance(error, TimValidationError):
        return _fail(f"error: {error}", 2)
    if isinstance(error, TimAPIError):
        lines = [
            f"error {error.code} ({error.category or 'unknown'}): {error.meaning}",
            f"  the service said: {error.info or '(nothing)'}",
            f"  what to do: {error.hint}",
        ]
        return _fail("\n".join(lines), 1)
    return _fail(f"error: {type(error).__name__}: {error}", 1)


def _explain_json(error: TimError) -> typer.Exit:
    from timrest import TimAPIError, TimValidationError

    detail: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    if isinstance(error, TimAPIError):
        detail.update(
            code=error.code,
            category=error.category,
            meaning=error.meaning,
            info=error.info,
            hint=error.hint,
        )
    code = 2 if isinstance(error, TimValidationError) else 1
    return _fail(json.dumps({"error": detail}, ensure_ascii=False), code)


@contextlib.contextmanager
def _errors(as_json: bool = False) -> Iterator[None]:
    from timrest import TimError

    try:
        yield
    except TimError as error:
        raise (_explain_json(error) if as_json else _explain(error)) from None


@contextlib.contextmanager
def _closed_pipe_ok() -> Iterator[None]:
    """A reader that stops early (``| head``) ends the command quietly, with exit 0."""
    try:
        yield
    except BrokenPipeError:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush goes nowhere
        raise typer.Exit(0) from None


def _client(connection: dict[str, Any]) -> Any:
    from timrest import Client

    from ._settings import client_kwargs

    return Client(**client_kwargs(connection))


_ACTIONS = ("get", "set", "modify", "delete", "clear")


def _attribute_pairs(items: list[str], from_json: Path | None) -> dict[str, str]:
    """``key=value`` arguments, and a JSON object of strings from ``--from-json``."""
    pairs: dict[str, str] = {}
    if from_json is not None:
        try:
            loaded = json.loads(from_json.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise _fail(f"error: --from-json: {exc}", 2) from None
        if not isinstance(loaded, dict) or not all(isinstance(v, str) for v in loaded.values()):
            raise _fail("error: --from-json: must hold a JSON object of strings", 2)
        pairs.update(loaded)
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise _fail(f"error: {item[:40]!r}: write attributes as key=value", 2)
        pairs[key] = value
    return pairs


@app.command("group-attrs")
@connection_options()
def group_attrs(
    words: Annotated[
        list[str],
        typer.Argument(
            help="ACTION (get, set, modify, delete or clear; get if left out), the GROUP, "
            "then key=value pairs (set, modify) or keys (delete)",
            metavar="ACTION GROUP ITEM...",
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON object (errors too, on stderr)")
    ] = False,
    from_json: Annotated[
        Path | None,
        typer.Option("--from-json", help="set/modify: a JSON object of attributes", dir_okay=False),
    ] = None,
    *,
    connection: dict[str, Any],
) -> None:
    """Read or write the custom attributes of a group (any group type).

    \b
    timrest group-attrs GROUP                      print them
    timrest group-attrs set GROUP k=v k2=v2        replace them all
    timrest group-attrs modify GROUP k=v           add or overwrite these
    timrest group-attrs modify GROUP --from-json attrs.json
    timrest group-attrs delete GROUP KEY KEY2      remove these keys
    timrest group-attrs clear GROUP                remove them all
    """
    action, rest = (words[0], words[1:]) if words[0] in _ACTIONS else ("get", words)
    if not rest:
        raise _fail(f"error: group-attrs {action}: missing GROUP", 2)
    group_id, items = rest[0], rest[1:]
    if action in ("get", "clear") and (items or from_json):
        raise _fail(f"error: group-attrs {action} takes only GROUP", 2)
    if action == "delete" and from_json:
        raise _fail("error: --from-json goes with set or modify", 2)
    pairs = _attribute_pairs(items, from_json) if action in ("set", "modify") else {}
    with _errors(as_json), _client(connection) as client:
        if action == "get":
            attributes = client.get_group_attributes(group_id)
        elif action == "delete":
            client.delete_group_attributes(group_id, items)
        elif action == "clear":
            client.clear_group_attributes(group_id)
        else:
            getattr(client, f"{action}_group_attributes")(group_id, pairs)
    if action != "get":
        done = {"set": "replaced", "modify": "modified", "delete": "deleted", "clear": "cleared"}
        typer.echo(f"{done[action]}: {group_id}", err=True)
        return
    with _closed_pipe_ok():
        if as_json:
            typer.echo(json.dumps(attributes, ensure_ascii=False))
            return
        if not attributes:
            typer.echo("(no attributes)", err=True)
        for key, value in attributes.items():
            typer.echo(f"{key}\t{value}")


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@contextlib.contextmanager
def _open_output(output: Path | None, append: bool) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    with output.open("a" if append else "w", encoding="utf-8", newline="") as handle:
        yield handle


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int | None], None]]:
    """A progress bar on stderr (only on a terminal); yields ``update(done, total)``, whose
    ``console`` attribute is the bar's console (None without a bar)."""
    if not enabled:

        def nothing(done: int, total: int | None) -> None:
            return None

        nothing.console = None  # type: ignore[attr-defined]
        yield nothing
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        # Output to the same terminal goes through the bar's console, above the bar, so the
        # two never share a line; output to a file or pipe is left alone.
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    ) as progress:
        task = progress.add_task("members", total=None)

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        update.console = progress.console  # type: ignore[attr-defined]
        yield update


@contextlib.contextmanager
def _stop_between_pages() -> Iterator[Callable[[], bool]]:
    """First Ctrl-C: finish the page being written, then stop (``stopping()`` turns True).
    A second Ctrl-C interrupts at once."""
    import signal

    requested: list[bool] = []

    def on_sigint(signum: int, frame: object) -> None:
        if requested:
            raise KeyboardInterrupt
        requested.append(True)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield lambda: bool(requested)
    finally:
        signal.signal(signal.SIGINT, previous)


@app.command("permission-group-members")
@connection_options()
def permission_group_members(
    group_id: Annotated[str, typer.Argument(help="A Community group ID (@TGS#_...)")],
    permission_group_id: Annotated[str, typer.Argument(help="A permission group ID (@PMG#_...)")],
    fields: Annotated[
        list[str] | None,
        typer.Option("--fields", help="Member fields, comma-separated (default: all)"),
    ] = None,
    custom_fields: Annotated[
        list[str] | None,
        typer.Option("--custom-fields", help="Member-level custom fields, comma-separated"),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv")] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout")
    ] = None,
    resume_from: Annotated[
        str | None, typer.Option("--resume-from", help="Resume from a printed cursor")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="Members per page (1-50)")] = 50,
    *,
    connection: dict[str, Any],
) -> None:
    """Stream every member of a permission group (constant memory).

    A progress bar (total from MemberNum) shows on a terminal. On interruption the cursor to
    resume from is printed; `--resume-from CURSOR --output FILE` appends to FILE.
    """
    from timrest import TimError

    from ._export import writer

    if fmt not in ("table", "jsonl", "csv"):
        raise _fail(f"error: --format: must be table, jsonl or csv, got {fmt!r}", 2)
    appending = bool(resume_from) and output is not None and output.exists()
    with _errors(), _client(connection) as client:
        members = client.iter_permission_group_members(
            group_id,
            permission_group_id,
            member_fields=_split(fields),
            custom_fields=_split(custom_fields),
            limit=limit,
            cursor=resume_from or "",
        )
        started, count, cursor = time.monotonic(), 0, resume_from or ""
        try:
            with (
                _progress(sys.stderr.isatty()) as tick,
                _open_output(output, appending) as out,  # after the bar: it may wrap stdout
                _stop_between_pages() as stopping,
            ):
                same_terminal = out is sys.stdout and sys.stdout.isatty()
                sink = writer(
                    fmt,  # type: ignore[arg-type]
                    out,
                    console=tick.console if same_terminal else None,  # type: ignore[attr-defined]
                    header=not appending,
                    fields=_split(fields),
                    custom_fields=_split(custom_fields),
                )
                for page in members.pages():
                    sink.write(page.members)
                    count += len(page.members)
                    cursor = page.next_cursor
                    tick(count, page.total)
                    if stopping() and cursor:
                        raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise _fail(_resume_hint("interrupted", count, cursor), 130) from None
        except BrokenPipeError:
            with _closed_pipe_ok():
                raise
        except TimError as error:
            typer.echo(_resume_hint("stopped", count, cursor), err=True)
            raise _explain(error) from None
        except Exception:
            typer.echo(_resume_hint("stopped", count, cursor), err=True)
            raise
    elapsed = time.monotonic() - started
    total = f" of {members.total}" if members.total is not None else ""
    where = f" to {output}" if output else ""
    typer.echo(
        f"exported {count}{total} members in {members.pages_fetched} pages{where} "
        f"({elapsed:.1f} s)",
        err=True,
    )


def _resume_hint(what: str, count: int, cursor: str) -> str:
    return (
        f"{what} after {count} members written; resume with: --resume-from '{cursor}'"
        if cursor
        else f"{what} after {count} members written; resume by starting again"
    )


# -- usersig ------------------------------------------------------------------------------


def _secret(connection: dict[str, Any]) -> str:
    from ._settings import read_secret

    key = read_secret(connection.get("secret_key"), connection.get("secret_key_file"))
    if not key:
        raise _fail("error: secret_key: missing: set TIM_SECRET_KEY or pass --secret-key-file", 2)
    return key


def _app_id(connection: dict[str, Any]) -> int:
    from timrest._validation import check_sdkappid

    from ._settings import option_value

    with _errors():
        return check_sdkappid(option_value("sdkappid", connection) or "")


def _admin(connection: dict[str, Any]) -> str:
    from ._settings import option_value

    value = option_value("identifier", connection)
    if not value:
        raise _fail("error: identifier: missing: pass --identifier or set TIM_IDENTIFIER", 2)
    return str(value)


@usersig_app.command("generate")
@connection_options("sdkappid", "identifier", "secret_key")
def usersig_generate(
    expire: Annotated[int, typer.Option("--expire", help="Lifetime in seconds")] = 86400,
    *,
    connection: dict[str, Any],
) -> None:
    """Print a new UserSig for the identifier (TLSSigAPIv2)."""
    from timrest.usersig import generate_usersig

    key = _secret(connection)
    try:
        typer.echo(generate_usersig(_app_id(connection), _admin(connection), key, expire))
    except (TypeError, ValueError) as error:
        raise _fail(f"error: {error}", 2) from None


def _read_sig(usersig: str) -> str:
    return sys.stdin.readline().strip() if usersig == "-" else usersig.strip()


@usersig_app.command("decode")
def usersig_decode(
    usersig: Annotated[str, typer.Argument(help="The UserSig, or - to read it from stdin")],
) -> None:
    """Print the fields inside a UserSig (no key needed)."""
    from timrest.usersig import UserSigError, decode_usersig

    try:
        decoded = decode_usersig(_read_sig(usersig))
    except UserSigError as error:
        raise _fail(f"invalid: {error}", 1) from None
    typer.echo(
        json.dumps(
            {
                "version": decoded.version,
                "identifier": decoded.identifier,
                "sdkappid": decoded.sdkappid,
                "time": decoded.time,
                "expire": decoded.expire,
                "expires_at": decoded.expires_at,
                "expired": decoded.is_expired(),
                "userbuf": decoded.userbuf.hex() if decoded.userbuf is not None else None,
            },
            indent=2,
        )
    )


@usersig_app.command("verify")
@connection_options("sdkappid", "identifier", "secret_key")
def usersig_verify(
    usersig: Annotated[str, typer.Argument(help="The UserSig, or - to read it from stdin")],
    *,
    connection: dict[str, Any],
) -> None:
    """Verify a UserSig as the service does; name what mismatched (exit 1 if invalid)."""
    from timrest.usersig import UserSigError, verify_usersig

    key = _secret(connection)
    try:
        decoded = verify_usersig(
            _read_sig(usersig),
            sdkappid=_app_id(connection),
            identifier=_admin(connection),
            secret_key=key,
        )
    except UserSigError as error:
        raise _fail(f"invalid ({type(error).__name__}): {error}", 1) from None
    remaining = decoded.expires_at - int(time.time())
    typer.echo(
        f"valid: {decoded.identifier}@{decoded.sdkappid}, expires at "
        f"{decoded.expires_at} (in {remaining} s)"
    )


# -- emulator -----------------------------------------------------------------------------


@emulator_app.command("serve")
def emulator_serve(
    seed: Annotated[
        Path | None, typer.Option("--seed", help="YAML/JSON seed file", exists=True, dir_okay=False)
    ] = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="0 picks a free port")] = 0,
    rate_limit: Annotated[
        int, typer.Option("--rate-limit", help="Calls/s per app and API; 0 disables")
    ] = 200,
    demo_members: Annotated[int, typer.Option("--demo-members")] = 3000,
    fault: Annotated[
        list[str] | None, typer.Option("--fault", help="KIND[:COUNT[:ARG]], e.g. error:2:10002")
    ] = None,
    unknown_fields: Annotated[
        bool,
        typer.Option(
            "--unknown-fields", help="Add fields no client knows to every response object"
        ),
    ] = False,
) -> None:
    """Serve the emulator (demo dataset unless --seed) and print its URL."""
    from timrest.emulator.__main__ import serve

    serve(
        str(seed) if seed else None,
        host,
        port,
        rate_limit,
        fault or [],
        demo_members,
        unknown_fields=unknown_fields,
    )


def main() -> None:
    app()
