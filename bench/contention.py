"""Contention: many callers race for few slots through the booking tools against the sandbox.

Each caller is what a phone call is to the calendar: its own `CallSession` and `BookingTools`,
sharing the process's one Cal.com client and ledger. All start at the same moment; each asks for
one particular slot (`check_availability` with stylist, day and time, which holds a free asked-for
time at once), books it if it got the hold, and hangs up (`session.end`, which releases whatever
it still holds). Afterwards the sandbox and the ledger are compared with what callers were told:

- confirmed bookings       accepted bookings in the sandbox (must equal the number of slots)
- false confirmations      a caller told `booked` without a matching accepted booking (must be 0)
- holds left behind        reservations still active in the sandbox, non-final ledger rows (0)
- duplicates               two accepted bookings of one slot, or one slot told `booked` twice (0)

These counts are a correctness check: the script exits 1 when one is wrong. Latencies are
printed, never judged: the tools' steps, each caller's hang-up (`session.end`: its ledger
writes and releases), and the SQLite ledger's writes (each from its call until done, and the
file's write lock held per transaction: `bench.server_workers.LedgerWrites`). `--workers N`
races N such processes at once on one ledger file (each its own callers, sandbox and salon), as
`serve`'s workers share it.

Run: .venv/bin/python bench/contention.py [--callers 200] [--slots 20] [--rtt 0.08] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loguru import logger

from bench.common import (
    PINNED_NOW,
    bench_calendar,
    machine,
    ms,
    publish,
    stamp,
    summary,
    table,
)

NAME = "contention"
# Wednesday after the pinned Tuesday. Two stylists doing the same 30-minute service, so no slot
# blocks another (a stylist is busy across all of their event types).
DAY = "2026-11-25"
STYLISTS = ("Fabian", "Mehmet")
SERVICE = "Herrenhaarschnitt"


@dataclass(frozen=True)
class Slot:
    stylist: str
    time: str


def slots(n: int) -> list[Slot]:
    """n distinct slots: half-hourly from 09:30 for each stylist in turn."""
    out = []
    for k in range(n):
        minutes = 9 * 60 + 30 + 30 * (k // len(STYLISTS))
        out.append(Slot(STYLISTS[k % len(STYLISTS)], f"{minutes // 60:02d}:{minutes % 60:02d}"))
    return out


@dataclass
class Caller:
    index: int
    slot: Slot
    check_status: str | None = None
    check_seconds: float | None = None
    book_status: str | None = None
    book_seconds: float | None = None
    hangup_seconds: float | None = None
    booking_uid: str | None = None
    errors: list[str] = field(default_factory=list)


async def race(caller: Caller, deps, go: asyncio.Event) -> Caller:
    from tools.booking_tools import BookingTools
    from tools.session import CallSession

    phone = f"+4915120{caller.index:06d}"
    session = CallSession(deps, caller_phone=phone, mode="bench")
    await session.start()
    tools = BookingTools(session)
    try:
        await go.wait()
        began = time.perf_counter()
        held = await tools.call(
            "check_availability",
            {"service": SERVICE, "stylist": caller.slot.stylist, "date": DAY,
             "time": caller.slot.time},
        )  # fmt: skip
        caller.check_seconds = time.perf_counter() - began
        caller.check_status = held.get("status")
        if caller.check_status == "held":
            began = time.perf_counter()
            booked = await tools.call(
                "book_appointment",
                {"slot_id": held["slot_id"], "customer_name": f"Kunde {caller.index}"},
            )
            caller.book_seconds = time.perf_counter() - began
            caller.book_status = booked.get("status")
            if caller.book_status == "booked":
                caller.booking_uid = session.booking_uid_for(booked["ref"])
        elif caller.check_status not in ("unavailable",):
            caller.errors.append(f"check_availability: {held}")
    finally:
        began = time.perf_counter()
        await session.end("hangup")
        caller.hangup_seconds = time.perf_counter() - began
    return caller


async def main(args: argparse.Namespace) -> dict:
    from bench.server_workers import LedgerWrites
    from tools.deps import BookingDeps

    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    wanted = slots(args.slots)
    async with bench_calendar(round_trip=args.rtt, ledger_file=args.ledger_file) as cal:
        rt = cal.runtime
        writes = await LedgerWrites.install(rt.ledger)  # None on PostgreSQL
        ledger = rt.ledger
        if args.salon:  # a worker of `--workers`: its own salon's rows on the shared file
            ledger = ledger.for_salon(args.salon)
            await ledger.sync_catalog(await rt.backend.get_catalog())
        deps = BookingDeps(
            backend=rt.backend, ledger=ledger, clock=rt.clock, salon=rt.salon,
            hold_minutes=rt.hold_minutes,
        )  # fmt: skip
        callers = [Caller(i, wanted[i % len(wanted)]) for i in range(args.callers)]
        go = asyncio.Event()
        tasks = [asyncio.create_task(race(c, deps, go)) for c in callers]
        await asyncio.sleep(0.5)  # every session started and waiting at the line
        late = 0.0
        if args.start_at:  # the other workers' callers go at the same moment
            late = max(0.0, time.time() - args.start_at)
            await asyncio.sleep(max(0.0, args.start_at - time.time()))
        requests_before = len(cal.log.requests)
        began = time.perf_counter()
        go.set()
        done = await asyncio.gather(*tasks, return_exceptions=True)
        wall = time.perf_counter() - began
        requests = len(cal.log.requests) - requests_before
        crashed = [repr(d) for d in done if isinstance(d, BaseException)]

        accepted = cal.sandbox.bookings(status="accepted")
        active_holds = cal.sandbox.active_reservations()
        non_final = await ledger.non_final()
        by_uid = {b["uid"]: b for b in accepted}
        ledger_confirmed = await ledger.upcoming_confirmed(PINNED_NOW)

    told_booked = [c for c in callers if c.book_status == "booked"]
    false_confirmations = [
        c for c in told_booked if c.booking_uid is None or c.booking_uid not in by_uid
    ]
    false_in_ledger = [a for a in ledger_confirmed if a.booking_uid not in by_uid]
    slot_keys = Counter((b["eventTypeId"], b["start"]) for b in accepted)
    told_keys = Counter(c.slot for c in told_booked)
    duplicates = sum(n - 1 for n in slot_keys.values() if n > 1) + sum(
        n - 1 for n in told_keys.values() if n > 1
    )
    last_booking = max((c.book_seconds or 0) for c in callers)
    checks = {
        "confirmed_bookings": {"value": len(accepted), "expected": args.slots},
        "told_booked": {"value": len(told_booked), "expected": args.slots},
        "ledger_confirmed": {"value": len(ledger_confirmed), "expected": args.slots},
        "false_confirmations": {"value": len(false_confirmations), "expected": 0},
        "false_confirmations_in_ledger": {"value": len(false_in_ledger), "expected": 0},
        "holds_left_in_calendar": {"value": len(active_holds), "expected": 0},
        "non_final_ledger_rows": {"value": len(non_final), "expected": 0},
        "duplicates": {"value": duplicates, "expected": 0},
        "crashed_callers": {"value": len(crashed), "expected": 0},
        "unexpected_tool_results": {
            "value": sum(len(c.errors) for c in callers),
            "expected": 0,
        },
    }
    ok = all(v["value"] == v["expected"] for v in checks.values())
    return {
        "benchmark": NAME,
        "when": stamp(),
        "machine": machine(),
        "settings": {
            "callers": args.callers,
            "slots": args.slots,
            "sandbox_round_trip_s": args.rtt,
        },
        "ok": ok,
        "checks": checks,
        "check_and_hold_seconds": summary([c.check_seconds for c in callers if c.check_seconds]),
        "check_and_hold_held_seconds": summary(
            [c.check_seconds for c in callers if c.check_status == "held"]
        ),
        "booking_seconds": summary([c.book_seconds for c in callers if c.book_seconds]),
        "hangup_seconds": summary([c.hangup_seconds for c in callers if c.hangup_seconds]),
        "ledger_write_seconds": summary(writes.seconds) if writes else None,
        "ledger_file_held_seconds": summary(writes.file_held) if writes else None,
        "late_seconds": late,  # a worker of `--workers` ready after the common start
        "samples": None
        if not args.report_only
        else {  # for `--workers`: the figures of all workers together
            "check": [c.check_seconds for c in callers if c.check_seconds],
            "held": [c.check_seconds for c in callers if c.check_status == "held"],
            "booking": [c.book_seconds for c in callers if c.book_seconds],
            "hangup": [c.hangup_seconds for c in callers if c.hangup_seconds],
            "write": writes.seconds if writes else [],
            "file_held": writes.file_held if writes else [],
        },
        "check_statuses": dict(Counter(str(c.check_status) for c in callers)),
        "wall_seconds": wall,
        "bookings_per_second": len(accepted) / wall if wall else None,
        "calcom_requests": requests,
        "crashes": crashed[:5],
        "errors": [e for c in callers for e in c.errors][:5],
        "note_last_booking_seconds": last_booking,
    }


async def workers(args: argparse.Namespace) -> dict:
    """`args.workers` processes racing at the same moment, each with its own callers, sandbox
    and salon, on one ledger file: their writes contend for its write lock as `serve`'s
    workers' do. One report: the checks summed, the latencies of all callers together."""
    with tempfile.TemporaryDirectory(prefix="bench-contention-") as tmp:
        ledger_file = Path(tmp) / "ledger.sqlite3"
        start_at = time.time() + args.start_delay
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                __file__,
                "--callers",
                str(args.callers),
                "--slots",
                str(args.slots),
                "--rtt",
                str(args.rtt),
                "--log-level",
                args.log_level,
                "--ledger-file",
                str(ledger_file),
                "--salon",
                f"bench-{k}",
                "--start-at",
                str(start_at),
                "--report-only",
                stdout=asyncio.subprocess.PIPE,
            )
            for k in range(args.workers)
        ]
        outs = await asyncio.gather(*(p.communicate() for p in procs))
    if any(p.returncode not in (0, 1) for p in procs):
        raise SystemExit(f"a worker failed: {[p.returncode for p in procs]}")
    reports = [json.loads(out.decode().strip().splitlines()[-1]) for out, _ in outs]
    late = [r["late_seconds"] for r in reports]
    samples = {k: [x for r in reports for x in r["samples"][k]] for k in reports[0]["samples"]}
    checks = {
        name: {
            "value": sum(r["checks"][name]["value"] for r in reports),
            "expected": sum(r["checks"][name]["expected"] for r in reports),
        }
        for name in reports[0]["checks"]
    }
    wall = max(r["wall_seconds"] for r in reports)
    accepted = checks["confirmed_bookings"]["value"]
    return {
        **reports[0],
        "settings": {**reports[0]["settings"], "workers": args.workers},
        "ok": all(r["ok"] for r in reports),
        "checks": checks,
        "check_and_hold_seconds": summary(samples["check"]),
        "check_and_hold_held_seconds": summary(samples["held"]),
        "booking_seconds": summary(samples["booking"]),
        "hangup_seconds": summary(samples["hangup"]),
        "ledger_write_seconds": summary(samples["write"]),
        "ledger_file_held_seconds": summary(samples["file_held"]),
        "check_statuses": dict(sum((Counter(r["check_statuses"]) for r in reports), Counter())),
        "wall_seconds": wall,
        "bookings_per_second": accepted / wall if wall else None,
        "calcom_requests": sum(r["calcom_requests"] for r in reports),
        "crashes": [c for r in reports for c in r["crashes"]][:5],
        "errors": [e for r in reports for e in r["errors"]][:5],
        "late_seconds": max(late),
        "samples": None,
    }


def render(report: dict) -> str:
    s = report["settings"]
    checks = table(
        ["check", "value", "must be"],
        [[k.replace("_", " "), v["value"], v["expected"]] for k, v in report["checks"].items()],
    )
    ch, held, bk, hu = (
        report["check_and_hold_seconds"],
        report["check_and_hold_held_seconds"],
        report["booking_seconds"],
        report["hangup_seconds"],
    )
    steps = [
        ("ledger write, call to done", report["ledger_write_seconds"]),
        ("ledger transaction: file held", report["ledger_file_held_seconds"]),
    ]
    lat = table(
        ["step", "n", "p50 ms", "p95 ms", "max ms"],
        [
            ["check-and-hold (all)", ch["n"], ms(ch["p50"]), ms(ch["p95"]), ms(ch["max"])],
            ["check-and-hold (held)", held["n"], ms(held["p50"]), ms(held["p95"]),
             ms(held["max"])],
            ["booking", bk["n"], ms(bk["p50"]), ms(bk["p95"]), ms(bk["max"])],
            ["hang-up (session.end)", hu["n"], ms(hu["p50"]), ms(hu["p95"]), ms(hu["max"])],
            *[[name, x["n"], ms(x["p50"]), ms(x["p95"]), ms(x["max"])]
              for name, x in steps if x is not None],
        ],
    )  # fmt: skip
    each = ""
    if s.get("workers"):
        each = (
            f"{s['workers']} processes on one ledger file (the last ready "
            f"{report['late_seconds']:.2f} s after the common start), each with "
        )
    return (
        f"{each}{s['callers']} callers race for {s['slots']} slots at the same moment (sandbox round "
        f"trip {s['sandbox_round_trip_s'] * 1000:.0f} ms, one shared Cal.com client as in "
        f"production). Check statuses: {report['check_statuses']}.\n\n{checks}\n\n{lat}\n\n"
        f"Race over in {report['wall_seconds']:.2f} s: "
        f"{report['bookings_per_second']:.1f} bookings/s, {report['calcom_requests']} Cal.com "
        f"requests. Verdict: {'OK' if report['ok'] else 'WRONG'}.\n"
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--callers", type=int, default=200)
    p.add_argument("--slots", type=int, default=20)
    p.add_argument("--rtt", type=float, default=0.080, help="sandbox round trip, s")
    p.add_argument("--log-level", default="ERROR")
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes racing at once on one ledger file (each with these callers and slots, "
        "its own sandbox and salon), as serve's workers share it",
    )
    p.add_argument("--start-delay", type=float, default=15.0, help="s for the workers to start")
    # a worker of --workers (internal)
    p.add_argument("--ledger-file", help=argparse.SUPPRESS)
    p.add_argument("--salon", help=argparse.SUPPRESS)
    p.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    p.add_argument("--report-only", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    if args.report_only:  # a worker: its report on stdout's last line, for the parent
        report = asyncio.run(main(args))
        print(json.dumps(report))
        sys.exit(0 if report["ok"] else 1)
    report = asyncio.run(workers(args) if args.workers > 1 else main(args))
    text = render(report)
    print(text)
    if report["crashes"] or report["errors"]:
        print("first problems:", *report["crashes"], *report["errors"], sep="\n  ")
    publish(NAME, "Contention", "bench/contention.py", report, text)
    sys.exit(0 if report["ok"] else 1)
