"""Shared ledger: what the Cal.com budget and the slot changes cost when several workers share it.

With several workers (or PostgreSQL) every Cal.com request takes its token from the ledger
(`LedgerBudgetStore`: one transaction for the token, one for Cal.com's count from the answer),
and what one worker's write changed reaches the others' kept slot answers through the ledger's
`slot_changes` table, polled every second (`SlotChangeFeed`). This measures, per engine (a
SQLite file; a PostgreSQL server started here, as the tests start theirs, or `--url`):

- budget: one `take` and one `correct` as a request makes them, alone and with two workers
  taking at once (p50/p95, ms);
- slot changes: from a worker's change until another worker's kept answers are forgotten, with
  the default 1 s poll (p50/p95/max), and what one poll costs when nothing changed;
- on PostgreSQL, what LISTEN/NOTIFY would deliver in (the alternative not chosen), for
  comparison: notify on one connection until the listening connection has it.

Nothing is judged; the numbers are printed and written to bench/results/shared_ledger.json.

Run: .venv/bin/python bench/shared_ledger.py [--takes 300] [--changes 20] [--url postgresql://...]
     (about a minute; PostgreSQL needs the server binaries: scripts/install-system-deps.sh)
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loguru import logger

from bench.common import (
    REPO,
    machine,
    machine_line,
    ms,
    stamp,
    summary,
    table,
    update_results_md,
    write_json,
)
from calendar_adapter.budget import LedgerBudgetStore, RequestGate, SlotChangeFeed
from calendar_adapter.ledger import Ledger

NAME = "shared_ledger"
KEY = "calcom:bench"


async def budget_steps(ledger: Ledger, takes: int) -> list[float]:
    """Seconds per request's ledger work: take a token, then correct by Cal.com's count."""
    store = LedgerBudgetStore(ledger)
    seconds = []
    for _ in range(takes):
        began = time.perf_counter()
        grant = await store.take(KEY, budget=1_000_000, window_seconds=60, floor=0)
        await store.correct(KEY, window=grant.window, remaining_at_most=10**9, ends_in_at_least=1)
        seconds.append(time.perf_counter() - began)
    return seconds


async def contended(ledgers: list[Ledger], takes: int) -> list[float]:
    results = await asyncio.gather(*(budget_steps(led, takes // len(ledgers)) for led in ledgers))
    return [s for seconds in results for s in seconds]


async def propagation(ledgers: list[Ledger], changes: int, poll: float) -> dict[str, Any]:
    """A change on worker one until worker two's answers forgot it, `changes` times, at random
    moments relative to worker two's polls."""
    gates = [RequestGate(key=KEY, slot_cache_seconds=60) for _ in ledgers]
    feeds = [SlotChangeFeed(led, poll_seconds=poll) for led in ledgers]
    for feed, gate in zip(feeds, gates, strict=True):
        feed.attach(gate)
        await feed.start()
    delays = []
    try:
        for i in range(changes):
            await asyncio.sleep(random.uniform(0, poll))
            seen = gates[1].slot_answers.counts.invalidations
            began = time.perf_counter()
            gates[0].slot_answers.changed(event_type_ids=[i])  # no host known: everything
            for _ in range(int(10 * poll / 0.002)):  # seen within a poll or two, or never
                if gates[1].slot_answers.counts.invalidations != seen:
                    break
                await asyncio.sleep(0.002)
            delays.append(time.perf_counter() - began)
        idle = []
        for _ in range(50):
            began = time.perf_counter()
            await feeds[1].poll_once()
            idle.append(time.perf_counter() - began)
    finally:
        for feed in feeds:
            await feed.stop()
    return {"delay": summary(delays), "poll": summary(idle)}


async def listen_notify(url: str, samples: int) -> dict[str, Any]:
    """LISTEN on one connection, NOTIFY on another: until the notification is read."""
    import psycopg

    listener = await psycopg.AsyncConnection.connect(url, autocommit=True)
    sender = await psycopg.AsyncConnection.connect(url, autocommit=True)
    delays = []
    try:
        await listener.execute("LISTEN slot_changes")
        gen = listener.notifies()
        for i in range(samples):
            began = time.perf_counter()
            await sender.execute("SELECT pg_notify('slot_changes', %s)", (str(i),))
            await anext(gen)
            delays.append(time.perf_counter() - began)
            await asyncio.sleep(0.01)
    finally:
        await listener.close()
        await sender.close()
    return summary(delays)


async def engine_run(target: str, args: argparse.Namespace) -> dict[str, Any]:
    ledgers = [await Ledger.open(target), await Ledger.open(target)]
    try:
        alone = await budget_steps(ledgers[0], args.takes)
        both = await contended(ledgers, args.takes)
        changes = await propagation(ledgers, args.changes, args.poll)
    finally:
        for led in ledgers:
            await led.close()
    return {
        "budget_alone": summary(alone),
        "budget_two_workers": summary(both),
        "change_delay": changes["delay"],
        "idle_poll": changes["poll"],
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--takes", type=int, default=300)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--poll", type=float, default=1.0)
    parser.add_argument("--url", help="a PostgreSQL database to use (default: start one)")
    args = parser.parse_args()
    logger.remove()
    report: dict[str, Any] = {"machine": machine(), "at": stamp(), "poll_seconds": args.poll}
    with tempfile.TemporaryDirectory() as tmp:
        report["sqlite"] = await engine_run(str(Path(tmp) / "ledger.sqlite3"), args)
    server = None
    url = args.url
    if url is None:
        from tests.pg_server import PostgresServer, PostgresUnavailable

        try:
            server = PostgresServer().start()
            url = server.url(server.create_database(prefix="bench"))
        except PostgresUnavailable as exc:
            print(f"PostgreSQL skipped: {exc}")
    try:
        if url is not None:
            report["postgres"] = await engine_run(url, args)
            report["postgres"]["listen_notify"] = await listen_notify(url, 50)
    finally:
        if server is not None:
            server.stop()

    rows = []
    for engine in ("sqlite", "postgres"):
        if engine not in report:
            continue
        r = report[engine]
        rows += [
            [engine, "budget take + correct, alone", *_stats(r["budget_alone"])],
            [engine, "budget take + correct, two workers", *_stats(r["budget_two_workers"])],
            [
                engine,
                f"slot change seen by the other ({args.poll:g} s poll)",
                *_stats(r["change_delay"]),
            ],
            [engine, "one poll, nothing new", *_stats(r["idle_poll"])],
        ]
        if "listen_notify" in r:
            rows.append([engine, "LISTEN/NOTIFY delivery (not used)", *_stats(r["listen_notify"])])
    text = table(["engine", "what", "p50 ms", "p95 ms", "max ms"], rows)
    print(machine_line(report["machine"]))
    print(text)
    path = write_json(NAME, report)
    update_results_md(
        NAME,
        f"### Shared ledger ({report['at']})\n\n{machine_line(report['machine'])}\n\n{text}\n\n"
        f"JSON: `{path.relative_to(REPO)}`",
    )


def _stats(s: dict[str, Any]) -> list[str]:
    return [ms(s.get("p50")), ms(s.get("p95")), ms(s.get("max"))]


if __name__ == "__main__":
    asyncio.run(main())
