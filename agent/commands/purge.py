"""`purge`: remove personal data whose retention period is over (GDPR Art. 5(1)(e)).

Calls ended more than RETENTION_DAYS ago lose their transcript, caller number and recording;
appointments over more than RETENTION_DAYS ago lose the caller's number and names. `--dry-run`
counts without changing anything. Per salon: `--salon ID`, else every salon on the ledger in
turn. `serve` runs the same once a day.
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
    parser.add_argument(
        "--salon", metavar="ID", help="one salon of SALONS_FILE (default: every salon in turn)"
    )


async def run(args: argparse.Namespace) -> int:
    import sys

    from agent.config import load_settings
    from agent.tenants import Tenants, TenantsFileError, chosen_salons
    from calendar_adapter.clock import SystemClock
    from calendar_adapter.ledger import Ledger
    from calendar_adapter.retention import purge

    settings = load_settings()
    days = args.days if args.days is not None else settings.retention_days
    if days < 1:
        print("--days must be at least 1", file=sys.stderr)
        return 2
    named = getattr(args, "salon", None)
    try:
        tenants = Tenants.from_settings(settings)
        chosen = [t.id for t in chosen_salons(tenants, named, every_when_unnamed=True)]
    except TenantsFileError as exc:
        print(exc, file=sys.stderr)
        return 2
    clock = SystemClock()
    ledger = await Ledger.open(args.ledger or settings.calendar_config().ledger_target, clock=clock)
    bodies: dict[str, dict] = {}
    try:
        if named is None:  # every salon with rows, those no longer listed too
            chosen = sorted(set(chosen) | set(await ledger.salon_ids_all_salons()))
        for salon_id in chosen:
            if len(chosen) > 1 and not args.json:
                print(f"== Salon {salon_id} ==", flush=True)
            report = await purge(
                ledger.for_salon(salon_id),
                now=clock.now(),
                days=days,
                dry_run=args.dry_run,
                progress=None if args.json else lambda line: print(line, flush=True),
            )
            bodies[salon_id] = {
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
    finally:
        await ledger.close()
    if args.json:
        body = bodies if len(bodies) > 1 else next(iter(bodies.values()))
        print(json.dumps(body, ensure_ascii=False, indent=2))
    return 0
