"""`demo`: the incident call, offline. No keys, no network: the embedded sandbox and the scripted
model, through the real pipeline. Prints the conversation as it happens, then the call's timeline
and the appointment in the ledger next to the calendar.

The ledger and the sandbox calendar are kept under `data/demo/` (fresh each run), so
`python run_agent.py status <call id> --ledger data/demo/ledger.sqlite3` works afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

DEMO_REPLAY = Path(__file__).resolve().parents[2] / "replays" / "incident_hold_saves_slot.yaml"
DEMO_DIR = Path("data/demo")


INTRO = (
    "Offline: eingebettete Cal.com-Sandbox, Modell nach Skript, keine Schlüssel, kein Netz.\n"
    "Offline: a phone call played as text through the real agent pipeline (tools, "
    "confirmation guard, ledger) against the embedded Cal.com sandbox; the model's lines come "
    "from the replay file. No keys, no network."
)
LEGEND = (
    "  (Anrufer = caller, Agent = voice agent, → = tool call -> result, "
    "⚡ = meanwhile in the calendar)"
)


def heading(german: str, english: str) -> str:
    return f"\n── {german} / {english} ──"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--replay",
        default=str(DEMO_REPLAY),
        help="replay file to play (default: replays/incident_hold_saves_slot.yaml)",
    )
    parser.add_argument(
        "--dir",
        default=str(DEMO_DIR),
        help="where the demo's ledger and sandbox calendar are kept, fresh each run (default data/demo)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="show logs and tool results")


def fresh_demo_files(demo_dir: Path) -> tuple[Path, Path]:
    """The demo's ledger and sandbox database, emptied: every demo starts from the same calendar."""
    demo_dir.mkdir(parents=True, exist_ok=True)
    ledger_path, sandbox_path = demo_dir / "ledger.sqlite3", demo_dir / "sandbox.sqlite3"
    for db in (ledger_path, sandbox_path):
        for old in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            old.unlink(missing_ok=True)  # a stale WAL would be replayed into the fresh file
    return ledger_path, sandbox_path


async def run(args: argparse.Namespace) -> int:
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level="DEBUG" if args.verbose else "ERROR")

    from agent.appointment_view import comparison_lines, timeline_lines
    from agent.calendar_check import compare
    from agent.replay.loader import ReplayFileError, load_replay
    from agent.replay.names import CalendarNames
    from agent.replay.report import ConversationPrinter, verdict_lines
    from agent.replay.runner import run_replay

    try:
        replay = await asyncio.to_thread(load_replay, args.replay)
    except ReplayFileError as exc:
        print(exc, file=sys.stderr)
        return 2
    ledger_path, sandbox_path = fresh_demo_files(Path(args.dir))

    print(f"Demo: {replay.name}")
    if replay.spec.description:
        print(" ".join(replay.spec.description.split()))
    print(INTRO)
    print(heading("Gespräch", "Conversation, as it happens"))
    print(LEGEND)

    async def show_state(rt, record) -> None:
        names = CalendarNames(await rt.backend.get_catalog(), rt.salon.tz)
        print(heading("Ablauf des Anrufs", "call timeline from the ledger, salon time"))
        print("\n".join(timeline_lines(await rt.ledger.timeline(record.call_id), names)))
        print(heading("Ledger neben Kalender", "what the agent recorded vs. what Cal.com has"))
        for appt in await rt.ledger.appointments_for_call(record.call_id):
            print("\n".join(comparison_lines(await compare(rt.backend, appt, names), names)))
        print(heading("Alle Buchungen im Kalender", "every booking in the calendar"))
        for booking in await asyncio.to_thread(rt.sandbox.bookings):
            print(f"  {names.booking_text(booking)}")

    outcome = await run_replay(
        replay,
        listener=ConversationPrinter(verbose=args.verbose),
        ledger_path=str(ledger_path),
        sandbox_db_path=str(sandbox_path),
        inspect=show_state,
    )
    print(heading("Erwartungen", "expectations the replay file states"))
    print("\n".join(verdict_lines(outcome)))
    if outcome.record.call_id:
        print(
            "\nNachsehen / look it up again: python run_agent.py status "
            f"{outcome.record.call_id} --ledger {ledger_path}"
        )
    return 0 if outcome.passed else 1
