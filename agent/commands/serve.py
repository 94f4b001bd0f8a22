"""`serve`: the telephony server (Twilio and Telnyx websockets, TwiML, Cal.com webhook, health)."""

from __future__ import annotations

import argparse

from agent.server_process import loop_factory  # run_agent runs `serve` on it (uvloop)

__all__ = ["configure", "loop_factory", "run"]

LOG_LEVELS = ("TRACE", "DEBUG", "INFO", "WARNING", "ERROR")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface to listen on (default 127.0.0.1; 0.0.0.0 inside a container)",
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
        "--insecure-dev",
        action="store_true",
        help="open the phone endpoints whose secret is not set (TWILIO_AUTH_TOKEN, "
        "TELNYX_STREAM_TOKEN) to anyone: local experiments only, never on a reachable host",
    )


async def run(args: argparse.Namespace) -> int:
    import sys

    import uvicorn
    from loguru import logger

    from agent.config import load_settings
    from agent.server import create_app
    from agent.server_process import prepare_for_calls
    from agent.telephony.http_server import server_config

    # One level for everything in this process: pipecat writes transcripts, function-call
    # arguments (customer names) and the whole system prompt at DEBUG.
    logger.remove()
    logger.add(sys.stderr, level=args.log_level)

    settings = load_settings()
    if args.insecure_dev:
        logger.warning(
            "serve: --insecure-dev: phone endpoints without their secret accept ANYONE, who can "
            "claim any caller number and see and cancel that number's appointments"
        )
    app = create_app(settings, insecure_dev=args.insecure_dev)
    base = (settings.public_base_url or f"http://{args.host}:{args.port}").rstrip("/")
    stream_base = base.replace("https://", "wss://").replace("http://", "ws://")
    telnyx_query = "?token=<TELNYX_STREAM_TOKEN>" if settings.telnyx_stream_token else ""
    logger.info(
        f"serve: listening on http://{args.host}:{args.port}; Twilio voice webhook POST "
        f"{base}/twilio/voice, Telnyx stream {stream_base}/telnyx/ws{telnyx_query}, Cal.com webhook "
        f"{base}/calcom/webhook, health {base}/healthz (load balancers: {base}/healthz/ready)"
    )
    config = server_config(app, settings, host=args.host, port=args.port)
    await prepare_for_calls(settings)
    server = uvicorn.Server(config)
    await server.serve()
    # `started` stays False when start-up failed (port taken, calendar not reachable).
    return 0 if server.started else 1
