"""`serve`: the telephony server (Twilio and Telnyx websockets, TwiML, Cal.com webhook, health).

One worker process per core by default, sharing the port (`agent.telephony.supervisor`); each
drains on SIGTERM (`agent.telephony.drain`). `--workers 1` runs the server in this process.
"""

from __future__ import annotations

import argparse

from agent.server_process import loop_factory  # run_agent runs `serve` on it (uvloop)

__all__ = ["configure", "loop_factory", "run"]

LOG_LEVELS = ("TRACE", "DEBUG", "INFO", "WARNING", "ERROR")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface to listen on (default 127.0.0.1; give 0.0.0.0 inside a container, as the "
        "image's CMD does)",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    parser.add_argument(
        "--log-level",
        type=str.upper,
        choices=LOG_LEVELS,
        default="INFO",
        help="default INFO: no customer names, no full numbers, no prompts. DEBUG writes "
        "what callers say, names and the system prompt (pipecat's own debug lines)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes sharing the port, each with its own event loop (default: "
        "SERVE_WORKERS, else one per core). More than one needs a ledger they share: LEDGER_URL (PostgreSQL) or the "
        "LEDGER_PATH file on this machine; without CALCOM_API_KEY they share one sandbox",
    )
    # A worker started by `serve --workers N` (not for people): the inherited socket, which
    # worker it is, and the sandbox the supervisor runs for all of them.
    parser.add_argument("--fd", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--worker-index", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--worker-count", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--balance-fd", type=int, help=argparse.SUPPRESS)  # the LoadBoard
    parser.add_argument("--calendar-sandbox", help=argparse.SUPPRESS)
    parser.add_argument("--calendar-sandbox-key", help=argparse.SUPPRESS)
    # ... and with SALONS_FILE, the sandbox of each salon without a Cal.com key: ID URL KEY.
    parser.add_argument("--salon-sandbox", nargs=3, action="append", help=argparse.SUPPRESS)
    parser.add_argument(
        "--insecure-dev",
        action="store_true",
        help="open the phone endpoints whose secret is not set (TWILIO_AUTH_TOKEN, "
        "TELNYX_STREAM_TOKEN) to anyone: local experiments only, never on a reachable host",
    )


async def run(args: argparse.Namespace) -> int:
    import sys

    from loguru import logger

    from agent.config import load_settings
    from agent.observability import add_log_sink, configure_from_env
    from agent.telephony.admission import available_cores

    # One level for everything in this process: pipecat writes transcripts, function-call
    # arguments (customer names) and the whole system prompt at DEBUG.
    logger.remove()
    settings = load_settings()
    several = args.fd is not None and args.worker_count > 1
    add_log_sink(
        sys.stderr,
        level=args.log_level,
        log_format=settings.log_format,
        prefix=f"[w{args.worker_index}] " if several else "",
    )
    configure_from_env()  # traces only when OTEL_* asks for them (docs/observability.md)
    workers = args.workers or settings.serve_workers or available_cores()
    if workers < 1:
        logger.error("serve: --workers must be at least 1")
        return 2
    if args.fd is None and workers > 1:
        return await _supervise(args, settings, workers)
    return await _serve(args, settings)


async def _serve(args: argparse.Namespace, settings) -> int:
    """One worker: this process's event loop, the app, uvicorn (with the drain)."""
    from loguru import logger
    from pydantic import SecretStr

    from agent.server import create_app
    from agent.server_process import prepare_for_calls
    from agent.telephony.accept_balance import BalancedAccept, LoadBoard
    from agent.telephony.drain import DrainingServer
    from agent.telephony.http_server import server_config
    from agent.telephony.supervisor import worker_socket
    from agent.tenants import TenantsFileError

    if args.calendar_sandbox:
        settings = settings.model_copy(
            update={
                "calcom_api_key": SecretStr(args.calendar_sandbox_key or ""),
                "calcom_base_url": args.calendar_sandbox,
            }
        )
    if args.insecure_dev and args.worker_index == 0:
        logger.warning(
            "serve: --insecure-dev: phone endpoints without their secret accept ANYONE, who can "
            "claim any caller number and see and cancel that number's appointments"
        )
    try:
        app = create_app(
            settings,
            insecure_dev=args.insecure_dev,
            worker=(args.worker_index, args.worker_count),
            shared_sandbox=bool(args.calendar_sandbox),
            sandboxes={sid: (url, key) for sid, url, key in args.salon_sandbox or []},
        )
    except TenantsFileError as exc:
        logger.error(f"serve: {exc}")
        return 2
    if args.worker_index == 0:
        _say_where(args, settings)
    config = server_config(app, settings, host=args.host, port=args.port)
    await prepare_for_calls(settings)
    balance = None
    if args.balance_fd is not None and args.fd is not None:
        board = LoadBoard.inherited(args.balance_fd, args.worker_count)
        balance = BalancedAccept(board, args.worker_index)
    server = DrainingServer(config, app.state.drain, balance)
    sockets = [worker_socket(args.fd)] if args.fd is not None else None
    await server.serve(sockets=sockets)
    # `started` stays False when start-up failed (port taken, calendar not reachable).
    return 0 if server.started else 1


async def _supervise(args: argparse.Namespace, settings, workers: int) -> int:
    """`--workers N`: bind once, start N workers (and, without a key, the one sandbox; with
    SALONS_FILE one per salon without a key)."""
    from loguru import logger

    from agent.telephony.supervisor import Supervisor, listening_socket
    from agent.tenants import Tenants, TenantsFileError
    from calendar_adapter.ledger import is_postgres_url
    from calendar_adapter.runtime import default_sandbox_db_path
    from calendar_adapter.salon import load_salon
    from calendar_adapter.sandbox.server import Sandbox

    try:
        tenants = Tenants.from_settings(settings)
    except TenantsFileError as exc:
        logger.error(f"serve: {exc}")
        return 2
    config = settings.calendar_config()
    target = config.ledger_target
    if target == ":memory:":
        logger.error(
            f"serve: {workers} workers cannot share an in-memory ledger: set LEDGER_URL "
            "(PostgreSQL) or LEDGER_PATH to a file, or run --workers 1"
        )
        return 2
    if not is_postgres_url(target):
        logger.info(
            f"serve: {workers} workers share the SQLite ledger {target} (this machine only; "
            "several machines need LEDGER_URL)"
        )
    try:
        sock = listening_socket(args.host, args.port)
    except OSError as exc:
        logger.error(f"serve: cannot listen on {args.host}:{args.port}: {exc}")
        return 1
    worker_args = ["--host", args.host, "--port", str(args.port), "--log-level", args.log_level]
    if args.insecure_dev:
        worker_args.append("--insecure-dev")
    sandboxes: list[Sandbox] = []
    try:
        for tenant in tenants:
            own = tenant.settings.calendar_config()
            if not own.uses_sandbox:
                continue
            sandbox = Sandbox(
                salon=load_salon(own.salon_file),
                db_path=default_sandbox_db_path(
                    target, data_dir=config.ledger_path, salon_id=tenant.id
                ),
                webhook_secret=own.webhook_secret,
            )
            await sandbox.start(host="127.0.0.1", port=0)
            sandboxes.append(sandbox)
            if tenant.implicit:
                logger.info(
                    f"no CALCOM_API_KEY: using the embedded Cal.com sandbox at {sandbox.url}, "
                    f"one for all {workers} workers"
                )
                worker_args += [
                    "--calendar-sandbox",
                    sandbox.url,
                    "--calendar-sandbox-key",
                    sandbox.api_key,
                ]
            else:
                logger.info(
                    f"salon {tenant.id} has no Cal.com key: its embedded sandbox is at "
                    f"{sandbox.url}, one for all {workers} workers"
                )
                worker_args += ["--salon-sandbox", tenant.id, sandbox.url, sandbox.api_key]
        supervisor = Supervisor(
            count=workers,
            sock=sock,
            worker_args=worker_args,
            drain_timeout=settings.drain_timeout_seconds,
            env=_shared_secrets(),
        )
        logger.info(f"serve: {workers} workers on http://{args.host}:{args.port}")
        return await supervisor.run()
    finally:
        sock.close()
        for sandbox in sandboxes:
            await sandbox.stop()


def _shared_secrets() -> dict[str, str]:
    """What every worker must hold alike that a lone process may invent: the dashboard's
    cookie key (a login on one worker is valid on all), random per `serve` when not set."""
    import secrets

    from agent.dashboard.config import DashboardSettings

    if DashboardSettings().secret_key is not None:
        return {}
    return {"DASHBOARD_SECRET_KEY": secrets.token_urlsafe(32)}


def _say_where(args: argparse.Namespace, settings) -> None:
    from loguru import logger

    base = (settings.public_base_url or f"http://{args.host}:{args.port}").rstrip("/")
    stream_base = base.replace("https://", "wss://").replace("http://", "ws://")
    telnyx_query = "?token=<TELNYX_STREAM_TOKEN>" if settings.telnyx_stream_token else ""
    webhook = f"{base}/calcom/webhook" + ("/<salon>" if settings.salons_file else "")
    logger.info(
        f"serve: listening on http://{args.host}:{args.port}; Twilio voice webhook POST "
        f"{base}/twilio/voice, Telnyx stream {stream_base}/telnyx/ws{telnyx_query}, Cal.com webhook "
        f"{webhook}, health {base}/healthz (load balancers: {base}/healthz/ready)"
    )
