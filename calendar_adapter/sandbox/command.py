"""`python run_agent.py sandbox`: the Cal.com-compatible sandbox as a standalone server."""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime
from typing import TYPE_CHECKING

from calendar_adapter.config import SANDBOX_API_KEY

if TYPE_CHECKING:
    from calendar_adapter.sandbox.server import Sandbox


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=5555, help="port (default 5555; 0: any free port)"
    )
    parser.add_argument(
        "--api-key",
        default=SANDBOX_API_KEY,
        help=f"the bearer key it accepts (default {SANDBOX_API_KEY})",
    )
    parser.add_argument(
        "--salon", metavar="FILE", help="salon file to seed from (default: reference)"
    )
    parser.add_argument(
        "--db", metavar="FILE", default=":memory:", help="SQLite file (default: memory)"
    )
    parser.add_argument(
        "--rate-limit", type=int, default=120, help="requests per minute and key (default 120)"
    )
    parser.add_argument(
        "--admin", action="store_true", help="enable the /_sandbox fault and clock endpoints"
    )
    parser.add_argument(
        "--now", metavar="ISO", help="pin the clock at this instant (e.g. 2026-11-24T08:00:00Z)"
    )
    parser.add_argument(
        "--webhook-secret", help="signing secret for webhooks registered without one"
    )


async def run(args: argparse.Namespace) -> int:
    from calendar_adapter.clock import FixedClock
    from calendar_adapter.salon import load_salon
    from calendar_adapter.sandbox.server import Sandbox

    clock = None
    if args.now:
        pinned = datetime.fromisoformat(args.now)
        if pinned.tzinfo is None:
            raise SystemExit("--now needs a time zone, e.g. 2026-11-24T08:00:00Z")
        clock = FixedClock(pinned)
    sb = Sandbox(
        salon=load_salon(args.salon),
        clock=clock,
        api_key=args.api_key,
        db_path=args.db,
        rate_limit_per_minute=args.rate_limit,
        admin=args.admin,
        webhook_secret=args.webhook_secret,
    )
    await sb.start(host=args.host, port=args.port)
    try:
        print(_banner(sb), flush=True)
        await asyncio.Event().wait()  # until Ctrl-C cancels us
    finally:
        await sb.stop()
    return 0


def _banner(sb: Sandbox) -> str:
    from calendar_adapter.clock import FixedClock

    rows = sb.event_types()
    pinned = isinstance(sb.clock, FixedClock)
    width = max(len(r["username"]) for r in rows)
    lines = [
        f"Cal.com sandbox: {sb.url}",
        f"API key:         {sb.api_key}",
        f"Clock:           {'pinned at ' + sb.clock.now().isoformat() if pinned else 'system'}",
        f"Admin endpoint:  {'/_sandbox (on)' if sb.admin else 'off'}",
        "",
        f"{'stylist':<{width}}  {'service':<18} {'min':>4}  event type id",
    ]
    lines += [
        f"{r['username']:<{width}}  {r['service']:<18} {r['minutes']:>4}  {r['id']}" for r in rows
    ]
    return "\n".join(lines)
