"""The commands. Heavy imports (the client, pydantic models) happen inside each command, so
that ``timrest --help`` answers quickly."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from timrest._generated.timrest_client.operations import OPERATIONS

from ._flags import FORCE, FORMAT, FORMATS, OUTPUT
from ._help import quiet_types
from ._lazy import lazy_group
from ._operations import ALIASES, PANEL, alias_help, expand_alias, operation_commands
from ._report import errors, fail
from ._settings import connection_options
from ._webhooks import webhooks_app

HELP = {"help_option_names": ["-h", "--help"], "max_content_width": 160}
# Plain help (click's layout, no rich panels): typer's rich help imports rich's Markdown and
# pygments, which tripled the time `timrest --help` takes (a figure of `nox -s bench`).
PLAIN = None
app = typer.Typer(
    name="timrest",
    help="Tencent Cloud Chat (IM) admin REST API from the shell: every operation of the "
    "spec (openapi.yaml) as a command, a member export, UserSig diagnosis, and a local "
    "emulator.\n\n"
    "Connection settings come from flags (before or after the command), then TIM_SDKAPPID, "
    "TIM_IDENTIFIER, TIM_SECRET_KEY (or TIM_USERSIG), TIM_REGION, TIM_BASE_URL. Exit codes: "
    "0 ok, 1 API or network error or a failed write, 2 usage error, 130 interrupted, "
    "143 terminated.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings=HELP,
    rich_markup_mode=PLAIN,
    # Every operation a command, built when it is used (typer's inspection of 21 functions
    # was most of a cold --help).
    cls=lazy_group(operation_commands(OPERATIONS), quiet_types),
)
usersig_app = typer.Typer(
    help="Generate, decode and verify UserSigs (diagnose 700xx errors).",
    no_args_is_help=True,
    context_settings=HELP,
    rich_markup_mode=PLAIN,
)
emulator_app = typer.Typer(
    help="Run the local emulator of the REST API.",
    no_args_is_help=True,
    context_settings=HELP,
    rich_markup_mode=PLAIN,
)
app.add_typer(usersig_app, name="usersig")
app.add_typer(emulator_app, name="emulator")
app.add_typer(webhooks_app, name="webhooks")

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


def _alias_command(name: str) -> None:
    """The alias's entry in ``--help``; ``main`` turns ``ALIAS [ACTION] ...`` into the
    generated command before typer sees it, so this runs only for the bare alias."""

    def show(ctx: typer.Context) -> None:
        typer.echo(ctx.get_help())

    app.command(
        name,
        help=alias_help(name, OPERATIONS),
        short_help=f"Short for the {ALIASES[name][0].lower()} commands",
        rich_help_panel=PANEL,
    )(show)


for _alias in ALIASES:
    _alias_command(_alias)


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


# The member export: a listing streamed like any paged command, with the CSV columns only
# this export has (each member-level custom field asked for as a column of its own).
_MEMBERS = next(op for op in OPERATIONS.values() if op.method == "list_permission_group_members")


@app.command("permission-group-members")
@connection_options()
def permission_group_members(
    group_id: Annotated[str, typer.Argument(help="A Community group ID (@TGS#_...)")],
    permission_group_id: Annotated[str, typer.Argument(help="A permission group ID (@PMG#_...)")],
    fields: Annotated[
        list[str] | None,
        typer.Option(
            "--fields",
            help="Member fields, comma-separated (default: all)",
            autocompletion=lambda incomplete: [
                f for f in _MEMBERS.param("member_fields").choices if f.startswith(incomplete)
            ],
        ),
    ] = None,
    custom_fields: Annotated[
        list[str] | None,
        typer.Option("--custom-fields", help="Member-level custom fields, comma-separated"),
    ] = None,
    fmt: FORMAT = "table",
    output: OUTPUT = None,
    force: FORCE = False,
    resume_from: Annotated[
        str | None, typer.Option("--resume-from", help="Resume from a printed cursor")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", help=_MEMBERS.param("limit").doc)
    ] = _MEMBERS.param("limit").default,
    *,
    connection: dict[str, Any],
) -> None:
    """Export every member of a permission group (constant memory), as a table, JSON Lines
    or CSV with one column per custom field asked for.

    A progress bar (total from MemberNum) shows on a terminal. On interruption the cursor to
    resume from is printed; `--resume-from CURSOR --output FILE` appends to FILE.
    """
    from ._settings import make_client
    from ._stream import Export, stream

    if fmt not in FORMATS:
        raise fail(f"error: --format: must be table, jsonl or csv, got {fmt!r}", 2)
    with errors():
        client = make_client(connection)
    with client:
        with errors():
            members = client.iter_permission_group_members(
                group_id,
                permission_group_id,
                member_fields=_split(fields),
                custom_fields=_split(custom_fields),
                limit=limit,
                cursor=resume_from or "",
            )
        export = Export(
            model=_MEMBERS.result.item,  # type: ignore[attr-defined]
            fmt=fmt,  # type: ignore[arg-type]
            output=output,
            resume_from=resume_from or "",
            noun="members",
            fields=_split(fields),
            expand="AppMemberDefinedData",
            keys=_split(custom_fields),
            force=force,
        )
        stream(members, export)


# -- usersig ------------------------------------------------------------------------------


def _secret(connection: dict[str, Any]) -> str:
    from ._settings import read_secret

    key = read_secret(connection.get("secret_key"), connection.get("secret_key_file"))
    if not key:
        raise fail("error: secret_key: missing: set TIM_SECRET_KEY or pass --secret-key-file", 2)
    return key


def _app_id(connection: dict[str, Any]) -> int:
    from timrest._validation import check_sdkappid

    from ._settings import option_value

    with errors():
        return check_sdkappid(option_value("sdkappid", connection) or "")


def _admin(connection: dict[str, Any]) -> str:
    from ._settings import option_value

    value = option_value("identifier", connection)
    if not value:
        raise fail("error: identifier: missing: pass --identifier or set TIM_IDENTIFIER", 2)
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
        raise fail(f"error: {error}", 2) from None


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
        raise fail(f"invalid: {error}", 1) from None
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
        raise fail(f"invalid ({type(error).__name__}): {error}", 1) from None
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
        list[str] | None,
        typer.Option(
            "--fault",
            help="KIND[:COUNT[:ARG[:OPERATION]]], e.g. error:2:10002, "
            "item_error:1:110002:destroy_topic",
        ),
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
    try:
        argv = expand_alias(sys.argv[1:], OPERATIONS)
    except typer.Exit as stop:
        raise SystemExit(stop.exit_code) from None
    from ._help import unknown_command

    command = quiet_types(typer.main.get_command(app))
    problem = unknown_command(command, argv)
    if problem is not None:
        typer.echo(problem, err=True)
        raise SystemExit(2)
    command(args=argv, prog_name="timrest")
