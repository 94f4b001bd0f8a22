"""`serve`: the telephony server (Twilio and Telnyx websockets, TwiML, Cal.com webhook, health)."""

from __future__ import annotations

import argparse


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface to listen on (default 127.0.0.1; 0.0.0.0 inside a container)",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765)")


async def run(args: argparse.Namespace) -> int:
    import uvicorn
    from loguru import logger

    from agent.config import load_settings
    from agent.server import create_app

    settings = load_settings()
    app = create_app(settings)
    base = (settings.public_base_url or f"http://{args.host}:{args.port}").rstrip("/")
    stream_base = base.replace("https://", "wss://").replace("http://", "ws://")
    telnyx_query = "?token=<TELNYX_STREAM_TOKEN>" if settings.telnyx_stream_token else ""
    logger.info(
        f"serve: listening on http://{args.host}:{args.port}; Twilio voice webhook POST "
        f"{base}/twilio/voice, Telnyx stream {stream_base}/telnyx/ws{telnyx_query}, Cal.com webhook "
        f"{base}/calcom/webhook, health {base}/healthz"
    )
    # proxy_headers: behind ngrok or a reverse proxy the request URL must be the public one,
    # or Twilio's signature (computed over that URL) never matches. PUBLIC_BASE_URL wins anyway.
    config = uvicorn.Config(app, host=args.host, port=args.port, proxy_headers=True)
    server = uvicorn.Server(config)
    await server.serve()
    # `started` stays False when start-up failed (port taken, calendar not reachable).
    return 0 if server.started else 1
