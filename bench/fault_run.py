"""Fault run: hundreds of callers book through the booking tools while the network and the
calendar fail under them. What each caller was told is compared with what the calendar holds.

The calendar is the sandbox in a process of its own (so it can be killed), behind a TCP fault
proxy (calendar_adapter/sandbox/fault_proxy.py): bookings and reservations whose connection is
reset after the calendar acted, half answers, black holes, requests that reach the calendar only
after the client gave up, requests that never arrive; the sandbox adds 5xx, answers lost after
the commit and failed releases; midway it is killed (SIGKILL) and started again on its database.
Some callers' processes "die" mid-call (their session is never ended: start-up recovery cleans
up). Callers arrive over a few seconds, several per slot; each asks for its slot, books it if
held, tries once more after "noch nicht bestätigt" or "nicht gesendet" (half of them), and hangs
up.

Afterwards the calendar's clock and the agent's move past the lost-request horizon, recovery and
the upkeep settle what is open, and the story is checked:

- told booked / not booked / not yet confirmed: the last outcome each caller heard
- actually booked: callers with an accepted booking in the calendar
- false statements: told "booked" without that booking; a booking the caller was not told about
  and for which no caller notice was left; "not booked" for a slot this call did book (must be 0)
- double bookings: one slot booked twice, or one caller booked twice (must be 0)
- holds unseen by the ledger: reservations in the calendar, at hang-up, that no ledger row knows
  (must be 0); orphan holds: reservations still active after the aftermath (must be 0)
- ledger and calendar disagreeing after the aftermath (must be 0)

Run: .venv/bin/python bench/fault_run.py [--callers 300] [--slots 60] [--seed 7]
Exit 1 when a must-be-zero count is not.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from loguru import logger

from bench.common import (
    PINNED_NOW,
    REPO,
    machine,
    publish,
    stamp,
    table,
)

NAME = "fault_run"
DAYS = ("2026-11-25", "2026-11-26", "2026-11-27")
STYLISTS = ("Fabian", "Mehmet")
SERVICE = "Herrenhaarschnitt"
OPEN = ("not_confirmed_yet", "unknown")


@dataclass
class Caller:
    index: int
    day: str
    stylist: str
    time: str
    retries: bool
    dies: bool
    call_id: str = ""
    asked: str = ""  # what check_availability answered
    told: list[str] = field(default_factory=list)  # book_appointment statuses, in order
    told_booked: set[str] = field(default_factory=set)  # booking uids said to be booked
    told_not_booked: bool = False
    problems: list[str] = field(default_factory=list)


# -- the calendar in a process of its own ------------------------------------------------------


class SandboxProcess:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.proc: asyncio.subprocess.Process | None = None
        self.url = ""
        self.kills = 0

    async def start(self) -> str:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(REPO / "run_agent.py"),
            "sandbox",
            "--port",
            "0",
            "--db",
            str(self.db),
            "--admin",
            "--now",
            PINNED_NOW.isoformat(),
            "--rate-limit",
            "100000000",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        assert self.proc.stdout is not None
        while True:
            line = (await asyncio.wait_for(self.proc.stdout.readline(), 60)).decode()
            if not line:
                raise RuntimeError("the sandbox process did not start")
            if line.startswith("Cal.com sandbox:"):
                self.url = line.split(":", 1)[1].strip()
                return self.url

    async def kill(self) -> None:
        """SIGKILL: no goodbye, requests in flight die with it."""
        if self.proc is not None:
            self.proc.kill()
            await self.proc.wait()
            self.kills += 1

    async def stop(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.terminate()
            try:
                await asyncio.wait_for(self.proc.wait(), 10)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


class Admin:
    """The sandbox's fault and clock endpoints, over HTTP."""

    def __init__(self, sandbox: SandboxProcess, api_key: str) -> None:
        self.sandbox = sandbox
        self.headers = {"Authorization": f"Bearer {api_key}"}

    async def post(self, path: str, body: dict[str, Any]) -> None:
        async with httpx.AsyncClient(base_url=self.sandbox.url, headers=self.headers) as http:
            (await http.post(f"/_sandbox{path}", json=body)).raise_for_status()

    async def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        async with httpx.AsyncClient(
            base_url=self.sandbox.url, headers=self.headers, timeout=30
        ) as http:
            r = await http.get(path, params=params)
            r.raise_for_status()
            return r.json()

    async def bookings(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for page in range(100):
            body = await self.get("/v2/bookings", {"take": 100, "skip": page * 100})
            out += body["data"]
            if not body.get("pagination", {}).get("hasNextPage"):
                return out
        return out


# -- one caller ----------------------------------------------------------------------------------


async def call(caller: Caller, deps: Any, delay: float) -> Any:
    from tools.booking_tools import BookingTools
    from tools.session import CallSession

    await asyncio.sleep(delay)
    session = CallSession(
        deps, caller_phone=f"+4915120{caller.index:06d}", mode="bench", keepalive_seconds=None
    )
    caller.call_id = session.call_id
    await session.start()
    tools = BookingTools(session)
    try:
        asked = await tools.call(
            "check_availability",
            {"service": SERVICE, "stylist": caller.stylist, "date": caller.day,
             "time": caller.time},
        )  # fmt: skip
        caller.asked = str(asked.get("status"))
        slot_id = asked.get("slot_id") if asked.get("status") == "held" else None
        attempts = 2 if caller.retries else 1
        while slot_id and attempts:
            attempts -= 1
            result = await tools.call(
                "book_appointment", {"slot_id": slot_id, "customer_name": f"Kunde {caller.index}"}
            )
            _hear(caller, session, result)
            still = result.get("still_held") or {}
            slot_id = still.get("slot_id")
    finally:
        if not caller.dies:  # a dead process ends nothing: recovery will
            await session.end("hangup")
    return session


def _hear(caller: Caller, session: Any, result: dict[str, Any]) -> None:
    status = str(result.get("status"))
    caller.told.append(status)
    for told in [result, *result.get("also_landed", [])]:
        if told.get("status") in ("booked", "pending_approval") and told.get("ref"):
            uid = session.booking_uid_for(told["ref"])
            if uid:
                caller.told_booked.add(uid)
    if status == "not_booked":
        caller.told_not_booked = True
    say = str(result.get("say", ""))
    if status in OPEN and ("nicht gebucht" in say or "ist gebucht" in say):
        caller.problems.append(f"open outcome said as settled: {say!r}")


# -- faults while the callers call ---------------------------------------------------------------


def plan_proxy(proxy: Any, rate: float) -> None:
    """Connection faults on the writes that matter, each request drawn with `rate`."""
    for endpoint in ("POST /v2/bookings", "POST /v2/slots/reservations"):
        for action in ("reset_after_send", "half_answer", "black_hole"):
            proxy.plan(endpoint, action, n=None, probability=rate / 4)
    proxy.plan("POST /v2/bookings", "delay_request", n=None, seconds=2.5, probability=rate / 3)
    proxy.plan("POST /v2/bookings", "drop_request", n=None, probability=rate / 6)
    proxy.plan("DELETE /v2/slots/reservations/*", "reset_after_send", n=None, probability=rate)


async def sandbox_faults(admin: Admin, stop: asyncio.Event, rng: random.Random) -> int:
    """Now and then: a 5xx before the commit, an answer lost after it, failing releases."""
    injected = 0
    while not stop.is_set():
        await asyncio.sleep(0.3)
        kind = rng.choice(["5xx", "lost", "delete"])
        with contextlib.suppress(httpx.HTTPError):
            if kind == "5xx":
                await admin.post(
                    "/faults/fail_next", {"n": 2, "kind": "5xx", "endpoint": "POST /v2/bookings"}
                )
            elif kind == "lost":
                await admin.post(
                    "/faults/lose_response_after_commit",
                    {"n": 2, "endpoint": "POST /v2/bookings", "kind": "5xx"},
                )
            else:
                await admin.post(
                    "/faults/fail_next",
                    {"n": 3, "kind": "5xx", "endpoint": "DELETE /v2/slots/reservations/*"},
                )
            injected += 1
    return injected


# -- the run -------------------------------------------------------------------------------------


async def main(args: argparse.Namespace) -> dict[str, Any]:
    from calendar_adapter.calcom import CalComClient
    from calendar_adapter.clock import FixedClock
    from calendar_adapter.ledger import Ledger
    from calendar_adapter.salon import load_salon
    from calendar_adapter.sandbox.fault_proxy import FaultProxy
    from tools.deps import BookingDeps
    from tools.recovery import recover_after_crash, upkeep_for

    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="fault-run-") as tmp:
        sandbox = SandboxProcess(Path(tmp) / "sandbox.sqlite3")
        await sandbox.start()
        admin = Admin(sandbox, "cal_test_sandbox")
        proxy = await FaultProxy.to(sandbox.url).start()
        proxy._random.seed(args.seed)  # the proxy draws its faults reproducibly
        salon = load_salon()
        clock = FixedClock(PINNED_NOW)
        backend = CalComClient(
            proxy.url, "cal_test_sandbox", salon=salon, timeout=args.timeout, backoff_base=0.05
        )
        ledger = await Ledger.open(Path(tmp) / "ledger.sqlite3", clock=clock)
        await ledger.sync_catalog(await backend.get_catalog())
        deps = BookingDeps(
            backend=backend,
            ledger=ledger,
            clock=clock,
            salon=salon,
            hold_minutes=10,
            first_hold_minutes=2,
            lost_answer_settle_seconds=0.2,
            lost_request_horizon=timedelta(minutes=5),
        )
        callers = [_caller(i, args, rng) for i in range(args.callers)]
        stop = asyncio.Event()
        plan_proxy(proxy, args.fault_rate)
        faults = asyncio.create_task(sandbox_faults(admin, stop, rng))
        began = time.perf_counter()
        tasks = [
            asyncio.create_task(call(c, deps, rng.uniform(0, args.arrival_seconds)))
            for c in callers
        ]
        await asyncio.sleep(args.arrival_seconds * 0.4)
        await sandbox.kill()  # mid-run, with requests in flight
        await asyncio.sleep(0.3)
        proxy.retarget(await sandbox.start())
        done = await asyncio.gather(*tasks, return_exceptions=True)
        calls_seconds = time.perf_counter() - began
        stop.set()
        injected = await faults
        crashed = [repr(d) for d in done if isinstance(d, BaseException)]
        proxy.clear()
        await admin.post("/faults/clear", {})

        # At hang-up: every reservation in the calendar must be one the ledger knows.
        unseen = await _unseen_holds(admin, ledger)

        # The aftermath: past the horizon and every first hold; recovery (the dead callers'
        # process), then the upkeep settle what is open.
        after = deps.lost_request_horizon + timedelta(minutes=deps.first_hold + 1)
        clock.advance(after)
        await admin.post("/clock", {"advanceSeconds": after.total_seconds()})
        recovered = await recover_after_crash(deps)
        upkept = await upkeep_for(deps).run_once()

        bookings = await admin.bookings()
        active = (await admin.get("/_sandbox/reservations"))["data"]
        verdict = await _verdict(callers, bookings, ledger)
        verdict["unseen_holds"] = unseen
        verdict["orphan_holds"] = len(active)
        verdict["non_final_rows"] = len(await ledger.non_final())
        verdict["pending_releases"] = len(await ledger.pending_releases())
        verdict["caller_notices"] = len(await ledger.open_caller_notices())
        await ledger.close()
        await backend.aclose()
        await proxy.stop()
        await sandbox.stop()

    faults_seen = Counter(action for _, action in proxy.seen if action != "pass")
    zero = ("false_statements", "double_bookings", "unseen_holds", "orphan_holds",
            "ledger_calendar_disagreements", "non_final_rows", "pending_releases",
            "crashed_callers")  # fmt: skip
    verdict["crashed_callers"] = len(crashed)
    ok = all(verdict[k] == 0 for k in zero)
    return {
        "benchmark": NAME,
        "when": stamp(),
        "machine": machine(),
        "settings": {
            "callers": args.callers,
            "slots": args.slots,
            "seed": args.seed,
            "fault_rate": args.fault_rate,
            "client_timeout_s": args.timeout,
            "arrival_seconds": args.arrival_seconds,
        },
        "ok": ok,
        "must_be_zero": list(zero),
        "counts": verdict,
        "faults": {
            "connection": dict(faults_seen),
            "sandbox_injections": injected,
            "sandbox_kills": sandbox.kills,
        },
        "check_statuses": dict(Counter(c.asked for c in callers)),
        "calls_seconds": calls_seconds,
        "recovery_lines": len(recovered),
        "upkeep_lines": len(upkept),
        "crashes": crashed[:5],
        "problems": [p for c in callers for p in c.problems][:10],
    }


def _caller(i: int, args: argparse.Namespace, rng: random.Random) -> Caller:
    slot = i % args.slots
    day = DAYS[slot % len(DAYS)]
    stylist = STYLISTS[(slot // len(DAYS)) % len(STYLISTS)]
    minutes = 9 * 60 + 30 + 30 * (slot // (len(DAYS) * len(STYLISTS)))
    return Caller(
        index=i,
        day=day,
        stylist=stylist,
        time=f"{minutes // 60:02d}:{minutes % 60:02d}",
        retries=rng.random() < 0.5,
        dies=rng.random() < args.dying,
    )


async def _unseen_holds(admin: Admin, ledger: Any) -> int:
    """Reservations in the calendar that no ledger row knows, by uid or as a `reserving` row
    (a lost answer) for the same event type and start."""
    from calendar_adapter.calcom import parse_time

    active = (await admin.get("/_sandbox/reservations"))["data"]
    rows = [*await ledger.non_final(), *await ledger.reserving()]
    known_uids = {r.reservation_uid for r in rows if r.reservation_uid}
    known_uids |= {p.reservation_uid for p in await ledger.pending_releases()}
    reserving = {(r.event_type_id, r.start) for r in await ledger.reserving()}
    unseen = 0
    for r in active:
        if r["reservationUid"] in known_uids:
            continue
        if (int(r["eventTypeId"]), parse_time(r["slotStart"])) in reserving:
            continue
        unseen += 1
    return unseen


async def _verdict(callers: list[Caller], bookings: list[dict], ledger: Any) -> dict[str, int]:
    from calendar_adapter.calcom import parse_booking

    accepted = [parse_booking(b) for b in bookings if b["status"] == "accepted"]
    by_call: dict[str, list] = {}
    for b in accepted:
        by_call.setdefault(str(b.metadata.get("callId")), []).append(b)
    notices = {(n.call_id, n.outcome) for n in await ledger.open_caller_notices()}
    last = Counter()
    false_statements = 0
    double = sum(n - 1 for n in Counter((b.event_type_id, b.start) for b in accepted).values())
    told_open_then_booked = 0
    for c in callers:
        final = c.told[-1] if c.told else "nothing to book"
        last["booked" if final in ("booked", "pending_approval") else final] += 1
        made = {b.uid for b in by_call.get(c.call_id, [])}
        if len(made) > 1:
            double += len(made) - 1
        false_statements += len(c.told_booked - made)  # told booked, not in the calendar
        untold = made - c.told_booked
        if untold and (c.call_id, "confirmed") not in notices:
            false_statements += len(untold)  # booked, and nobody will tell the caller
        if untold and c.told_not_booked:
            false_statements += 1  # told "not booked" for what this call did book
        if untold:
            told_open_then_booked += 1
        false_statements += len(c.problems)
    disagreements = 0
    confirmed = await ledger.upcoming_confirmed(PINNED_NOW)
    uids = {b.uid for b in accepted}
    disagreements += sum(1 for r in confirmed if r.booking_uid not in uids)
    recorded = {r.booking_uid for r in confirmed}
    disagreements += sum(1 for b in accepted if b.uid not in recorded)
    return {
        "callers": len(callers),
        "told_booked": last["booked"],
        "told_not_booked": last["not_booked"],
        "told_not_yet_confirmed": last["not_confirmed_yet"] + last["unknown"],
        "nothing_to_book": last["nothing to book"],
        "actually_booked": sum(1 for c in callers if by_call.get(c.call_id)),
        "booked_after_told_open": told_open_then_booked,
        "callers_dying_mid_call": sum(1 for c in callers if c.dies),
        "false_statements": false_statements,
        "double_bookings": double,
        "ledger_calendar_disagreements": disagreements,
    }


def render(report: dict[str, Any]) -> str:
    s, c, f = report["settings"], report["counts"], report["faults"]
    rows = [
        [k.replace("_", " "), v, "0" if k in report["must_be_zero"] else ""] for k, v in c.items()
    ]
    return (
        f"{s['callers']} callers for {s['slots']} slots over {s['arrival_seconds']} s, fault "
        f"rate {s['fault_rate']} per write, client timeout {s['client_timeout_s']} s, seed "
        f"{s['seed']}. Connection faults: {f['connection']}; sandbox faults injected "
        f"{f['sandbox_injections']} times; sandbox killed {f['sandbox_kills']} time(s). "
        f"check_availability answered: {report['check_statuses']}.\n\n"
        + table(["count", "value", "must be"], rows)
        + f"\n\nCalls over in {report['calls_seconds']:.1f} s; recovery {report['recovery_lines']}"
        f" and upkeep {report['upkeep_lines']} lines. Verdict: "
        f"{'OK' if report['ok'] else 'WRONG'}.\n"
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--callers", type=int, default=300)
    p.add_argument("--slots", type=int, default=60)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--fault-rate", type=float, default=0.3, help="share of writes faulted")
    p.add_argument("--dying", type=float, default=0.05, help="share of callers whose process dies")
    p.add_argument("--timeout", type=float, default=2.0, help="Cal.com client timeout, s")
    p.add_argument("--arrival-seconds", type=float, default=8.0)
    p.add_argument("--log-level", default="CRITICAL")
    return p.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    report = asyncio.run(main(args))
    text = render(report)
    print(text)
    if report["crashes"] or report["problems"]:
        print("first problems:", *report["crashes"], *report["problems"], sep="\n  ")
    publish(NAME, "Fault run", "bench/fault_run.py", report, text)
    sys.exit(0 if report["ok"] else 1)
