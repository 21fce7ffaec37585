"""``timrest webhooks listen``: a local callback receiver that verifies and prints each
event (one JSON line per delivery on stdout; refusals on stderr), like ``stripe listen``:
point the emulator's (or a test app's) callback URL at it to see what a handler receives."""

from __future__ import annotations

import json
import logging
import signal
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ._report import errors, fail
from ._settings import connection_options, option_value

__all__ = ["webhooks_app"]

webhooks_app = typer.Typer(
    help="Tencent's callbacks: receive, verify and print them locally.",
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help, as the root's
)


def _token(token_file: Path | None) -> str | None:
    import os

    if token_file is not None:
        try:
            text = token_file.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise fail(f"error: --token-file: {error.strerror or error}", 2) from None
        if not text:
            raise fail(f"error: --token-file: {token_file} is empty", 2)
        return text
    return os.environ.get("TIM_CALLBACK_TOKEN") or None


def _rejections(specs: list[str]) -> dict[str, int]:
    """``COMMAND[:CODE]`` -> code (1 when not given)."""
    found = {}
    for spec in specs:
        command, _, code = spec.partition(":")
        if code and not code.isdigit():
            raise fail(f"error: --reject: {spec!r}: the code is a number", 2)
        found[command] = int(code or 1)
    return found


@webhooks_app.command("listen")
@connection_options("sdkappid")
def webhooks_listen(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="0 picks a free port")] = 0,
    token_file: Annotated[
        Path | None,
        typer.Option(
            "--token-file",
            help="The console's callback token (else TIM_CALLBACK_TOKEN; none: Sign unchecked)",
            dir_okay=False,
        ),
    ] = None,
    reject: Annotated[
        list[str] | None,
        typer.Option("--reject", help="Refuse a before-callback: COMMAND[:CODE] (default 1)"),
    ] = None,
    *,
    connection: dict[str, Any],
) -> None:
    """Receive callbacks on HOST:PORT, verify each and print it as a JSON line."""
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    from timrest._validation import check_sdkappid
    from timrest.webhooks import Delivery, Receiver, Reply, wsgi_app

    token = _token(token_file)
    refuse = _rejections(reject or [])
    with errors():
        receiver = Receiver(check_sdkappid(option_value("sdkappid", connection) or ""), token)

    def handle(delivery: Delivery) -> Reply | None:
        line = {
            "command": delivery.command,
            "event": delivery.event.model_dump(by_alias=True, exclude_none=True, mode="json"),
            "client_ip": delivery.client_ip,
            "platform": delivery.platform,
            "request_time": delivery.request_time,
        }
        code = refuse.get(delivery.command)
        reply = delivery.reject(code) if code is not None and delivery.before else None
        if reply is not None:
            line["reply"] = reply.model_dump(by_alias=True)
        typer.echo(json.dumps(line, ensure_ascii=False))
        sys.stdout.flush()
        return reply

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    class Threaded(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    refusals = logging.StreamHandler(sys.stderr)
    refusals.setFormatter(logging.Formatter("refused: %(message)s"))
    logging.getLogger("timrest.webhooks").addHandler(refusals)
    try:
        server = make_server(host, port, wsgi_app(receiver, handle), Threaded, Quiet)
    except OSError as error:
        raise fail(f"error: cannot listen on {host}:{port}: {error.strerror or error}", 2) from None
    checked = "Sign checked" if token else "no token: Sign not checked"
    typer.echo(
        f"listening on http://{host}:{server.server_port} for SdkAppid {receiver.sdkappid} "
        f"({checked}); Ctrl-C to stop",
        err=True,
    )

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
