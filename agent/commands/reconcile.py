"""`reconcile`: compare every open and upcoming appointment with Cal.com; fix what is certain.

Changes only the ledger, never a Cal.com booking. With `--release`, reservations Cal.com has not
confirmed released (the release outbox) are released now. Per salon, each against its own
calendar: `--salon ID`, else every salon of SALONS_FILE in turn. Exit code: 0 when nothing needs
a person, 1 when something does, 2 when Cal.com could not be asked.
"""

from __future__ import annotations

import argparse
import json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Only what the ledger knows for sure is fixed; no Cal.com booking is changed. "
        "Exit 0: nothing left for a person; 1: something needs a person; 2: no ledger, no such "
        "salon or Cal.com unreachable."
    )
    parser.add_argument("--ledger", help="ledger file (default: LEDGER_PATH)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--release",
        action="store_true",
        help="release the reservations whose release Cal.com has not confirmed (the release "
        "outbox) now; no booking is changed",
    )
    parser.add_argument(
        "--salon", metavar="ID", help="one salon of SALONS_FILE (default: each in turn)"
    )


async def run(args: argparse.Namespace) -> int:
    from agent.calendar_check import run_on_salons

    async def work(rt):
        released = await rt.upkeep().retry_releases() if args.release else []
        return await reconcile_and_describe(
            rt.ledger,
            rt.backend,
            rt.salon,
            rt.clock.now(),
            horizon=rt.lost_request_horizon,
            released=released,
        )

    done = await run_on_salons(
        args.ledger, work, unreachable_note=" (nichts geändert)", salon=getattr(args, "salon", None)
    )
    if done is None:
        return 2
    several = len(done) > 1
    bodies = {salon: _as_json(report) for salon, (report, _lines) in done}
    if args.json:
        body = bodies if several else next(iter(bodies.values()))
        print(json.dumps(body, ensure_ascii=False, indent=2, default=str))
    else:
        for salon, (_report, lines) in done:
            if several:
                print(f"== Salon {salon} ==")
            print("\n".join(lines))
    reports = [report for _salon, (report, _lines) in done]
    if any(r.unreachable for r in reports):
        return 2
    return 1 if any(r.needs_person for r in reports) else 0


def _as_json(report) -> dict:
    return {
        "checked": len(report.checked),
        "fixed": [vars(f) for f in report.fixed],
        "needs_person": [vars(n) for n in report.needs_person],
        "check_again_later": [vars(n) for n in report.too_early],
        "released": report.released,
        "pending_releases": report.pending_releases,
        "callers_to_tell": report.callers_to_tell,
        "unreachable": report.unreachable,
    }


async def reconcile_and_describe(ledger, backend, salon, now, *, horizon=None, released=()):
    from agent.appointment_view import notice_lines, pending_release_lines
    from agent.reconcile import DEFAULT_HORIZON, reconcile
    from agent.replay.names import names_for

    names = await names_for(backend, ledger, salon)
    report = await reconcile(ledger, backend, names, now, horizon=horizon or DEFAULT_HORIZON)
    report.released = list(released)
    pending = await ledger.pending_releases()
    notices = await ledger.open_caller_notices()
    report.pending_releases = [vars(p) for p in pending]
    report.callers_to_tell = [vars(n) for n in notices]
    lines = [
        f"Geprüft: {len(report.checked)} Termin(e) (offen, bevorstehend bestätigt, "
        "oder gescheitert mit verlorener Antwort)."
    ]
    if report.fixed:
        lines.append("Im Ledger korrigiert:")
        lines += [f"  #{f.appointment_id}: {f.before} -> {f.after} ({f.why})" for f in report.fixed]
    if report.needs_person:
        lines.append("Braucht eine Person (Cal.com wurde nicht verändert):")
        lines += [f"  #{n.appointment_id}: {n.what}" for n in report.needs_person]
    if report.too_early:
        lines.append("Noch offen, später erneut prüfen:")
        lines += [f"  #{n.appointment_id}: {n.what}" for n in report.too_early]
    if report.released:
        lines.append("Freigegeben (--release):")
        lines += [f"  {line}" for line in report.released]
    lines += pending_release_lines(pending, names)
    lines += notice_lines(notices, names)
    if not (report.fixed or report.needs_person or report.too_early or pending or notices):
        lines.append("Alles stimmt mit Cal.com überein.")
    return report, lines
