"""`purge`: remove personal data whose retention period is over (GDPR Art. 5(1)(e)).

Calls ended more than RETENTION_DAYS ago lose their transcript, caller number and recording;
appointments over more than RETENTION_DAYS ago lose the caller's number and names. `--dry-run`
counts without changing anything. `serve` runs the same once a day.
"""

from __future__ import annotations

import argparse
import json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ledger", help="ledger file (default: LEDGER_PATH)")
    parser.add_argument(
        "--days", type=int, help="retention period in days (default: RETENTION_DAYS, 90)"
    )
    parser.add_argument("--dry-run", action="store_true", help="count only, change nothing")
    parser.add_argument("--json", action="store_true", help="machine-readable summary")


async def run(args: argparse.Namespace) -> int:
    import sys

    from agent.config import load_settings
    from calendar_adapter.clock import SystemClock
    from calendar_adapter.ledger import Ledger
    from calendar_adapter.retention import purge

    settings = load_settings()
    days = args.days if args.days is not None else settings.retention_days
    if days < 1:
        print("--days must be at least 1", file=sys.stderr)
        return 2
    clock = SystemClock()
    ledger = await Ledger.open(args.ledger or settings.ledger_path, clock=clock)
    try:
        report = await purge(
            ledger,
            now=clock.now(),
            days=days,
            dry_run=args.dry_run,
            progress=None if args.json else lambda line: print(line, flush=True),
        )
    finally:
        await ledger.close()
    if args.json:
        body = {
            "dry_run": report.dry_run,
            "retention_days": days,
            "calls": report.calls,
            "transcript_entries": report.transcript_entries,
            "recordings": report.recordings,
            "appointments": report.appointments,
            "other_entries": report.other_entries,
            "calls_ended_before": report.cutoff_calls.isoformat(),
            "appointments_over_before": report.cutoff_appointments.isoformat(),
        }
        print(json.dumps(body, ensure_ascii=False, indent=2))
    return 0
