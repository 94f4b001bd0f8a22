"""Play one replay file through the call pipeline on an embedded sandbox, then check it.

The call is a `TextCall`: the same pipeline, tools, confirmation guard and session end as a phone
call, with typed text in place of STT and TTS. The calendar is a fresh embedded sandbox on a clock
pinned at the replay's `now`; the ledger is in memory unless a path is given (the demo keeps it).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from loguru import logger

from agent.replay.after_call import check_after_call
from agent.replay.calendar_setup import ReplayCalendar
from agent.replay.checks import Check, check_calendar, check_ledger, check_phrases, check_tools
from agent.replay.invariants import check_invariants
from agent.replay.loader import LoadedReplay
from agent.replay.names import CalendarNames
from agent.replay.pipecat_expect import check_turn
from agent.replay.play import play
from agent.replay.record import CallRecord, Item, Listener
from calendar_adapter.clock import FixedClock

REPLAY_BACKOFF_SECONDS = 0.01
# Short, not zero: the settle step after a lost answer still runs (between fence and lookup).
REPLAY_SETTLE_SECONDS = 0.05


class LiveModelUnavailableError(RuntimeError):
    """`--llm openai` without OPENAI_API_KEY."""


@dataclass
class ReplayOutcome:
    replay: LoadedReplay
    record: CallRecord
    checks: list[Check] = field(default_factory=list)
    error: str | None = None  # the run itself broke (not an expectation)
    live: bool = False

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    @property
    def passed(self) -> bool:
        return self.error is None and not self.failed


def replay_settings(replay: LoadedReplay, base: Any = None, *, live: bool = False) -> Any:
    """Settings for a replay: always the embedded sandbox, the replay's salon and language."""
    from agent.config import load_settings

    settings = base or load_settings()
    update: dict[str, Any] = {
        # The sandbox is in this process and its clock stands still: waiting between retries,
        # lookups and after a lost answer only makes the replay slow, it changes nothing the
        # call sees (the sandbox commits a booking request at once or never).
        "calcom_retry_backoff_seconds": REPLAY_BACKOFF_SECONDS,
        "lost_answer_settle_seconds": REPLAY_SETTLE_SECONDS,
        "calcom_api_key": None,
        "calcom_webhook_secret": None,
        "language": replay.spec.language,
        "salon_file": (replay.path.parent / replay.spec.salon) if replay.spec.salon else None,
        **replay.spec.limits.settings_update(),
    }
    if live:
        update["llm_provider"] = "openai"
        key = settings.openai_api_key or os.environ.get("OPENAI_API_KEY")
        if not key or not str(getattr(key, "get_secret_value", lambda: key)()):
            raise LiveModelUnavailableError(
                "--llm openai needs OPENAI_API_KEY (in the environment or .env); "
                "without it, run the replays offline with the scripted model (the default)"
            )
    return settings.model_copy(update=update)


async def run_replay(
    replay: LoadedReplay,
    *,
    live: bool = False,
    listener: Listener | None = None,
    ledger_path: str = ":memory:",
    sandbox_db_path: str | None = None,
    settings: Any = None,
    inspect: Callable[[Any, CallRecord], Awaitable[None]] | None = None,
) -> ReplayOutcome:
    """Run the call and check every expectation. Never raises for a failed expectation; a broken
    run (the pipeline died, the call did not start) is reported in `error`."""
    from calendar_adapter.runtime import open_calendar

    settings = replay_settings(replay, settings, live=live)
    record = CallRecord()
    outcome = ReplayOutcome(replay, record, live=live)
    clock = FixedClock(replay.refs.instant(replay.spec.now))

    def emit(turn: int, item: Item) -> None:
        if turn < 0:
            record.before.append(item)
        elif turn < len(record.turns):
            record.turns[turn].items.append(item)
        if listener is not None:
            listener(turn, item)

    async with open_calendar(
        settings, clock=clock, ledger_path=ledger_path, sandbox_db_path=sandbox_db_path
    ) as rt:
        calendar = ReplayCalendar(replay, rt.sandbox, record)
        for line in await calendar.prepare():
            emit(-1, Item("note", line))
        try:
            await play(replay, rt, settings, calendar, record, emit, live=live)
            if live:
                record.findings = _findings(replay.spec.turns, record)
        except Exception as exc:
            logger.exception(f"replay {replay.name}: the run broke")
            outcome.error = f"{type(exc).__name__}: {exc}"
        names = CalendarNames(await rt.backend.get_catalog(), replay.salon.tz)
        outcome.checks = await evaluate(replay, record, rt, names)
        if inspect is not None:
            await inspect(rt, record)  # while the calendar and ledger are still open
    return outcome


def _findings(spoken_turns: list, record: CallRecord) -> list[str]:
    """Where the live model's tool calls differ from the script's: reported, not failed."""
    findings = []
    spoken_specs = [t for t in spoken_turns if t.user is not None]
    spoken_records = [t for t in record.turns if t.user is not None]
    for spec_turn, done in zip(spoken_specs, spoken_records, strict=False):
        scripted = [c for step in spec_turn.model for c in step.tool_calls or []]
        live = done.tools
        want = [c.name for c in scripted]
        got = [c.name for c in live]
        if want != got:
            findings.append(
                f"turn {done.index + 1}: script calls {want or 'no tools'}, the model called {got or 'no tools'}"
            )
            continue
        for s, c in zip(scripted, live, strict=True):
            differing = {
                k: (v, c.arguments.get(k))
                for k, v in s.arguments.items()
                if not (isinstance(v, str) and "{" in v)
                and str(v).casefold() != str(c.arguments.get(k)).casefold()
            }
            if differing:
                detail = ", ".join(
                    f"{k}: script {a!r}, model {b!r}" for k, (a, b) in differing.items()
                )
                findings.append(f"turn {done.index + 1}: {s.name} arguments differ ({detail})")
    return findings


async def evaluate(
    replay: LoadedReplay, record: CallRecord, rt: Any, names: CalendarNames
) -> list[Check]:
    """The file's expectations, then what makes any replay fail (no expectations, a script that
    did not run as written, turns not reached), then the built-in invariants."""
    checks = await stated_checks(replay, record, rt, names)
    if not checks:
        checks.append(
            Check(
                "replay",
                "states what must be true",
                False,
                "no expectations: a replay without checks proves nothing (add tools:, says:, "
                "expect: ledger / calendar ...)",
            )
        )
    for problem in record.script_problems:
        checks.append(Check("script", "every placeholder had a value", False, problem))
    for step in record.unused_steps:
        checks.append(Check("script", "every scripted model step was used", False, step))
    for problem in record.run_problems:
        checks.append(Check("run", "the events happened as written", False, problem))
    missing = len(replay.spec.turns) - len(record.turns)
    if missing > 0:
        checks.append(
            Check("call", "every turn was played", False, f"{missing} turn(s) not reached")
        )
    checks += await check_invariants(replay, record, rt, names)
    return checks


async def stated_checks(
    replay: LoadedReplay, record: CallRecord, rt: Any, names: CalendarNames
) -> list[Check]:
    """One check per expectation the file states."""
    spec = replay.spec
    checks: list[Check] = []
    for turn_spec, turn in zip(spec.turns, record.turns, strict=False):
        where = f"turn {turn.index + 1}"
        checks += check_tools(where, turn.tools, turn_spec.tools, turn_spec.not_tools)
        checks += check_phrases(where, turn.bot_text, turn_spec.says, turn_spec.not_says)
        checks += await check_turn(turn, replay.pipecat_expect[turn.index])
    want = spec.expect
    checks += check_tools("call", record.tools, want.tools, want.not_tools)
    checks += check_phrases("call", record.heard_text, want.says, want.not_says)
    if want.ended_by is not None:
        ok = record.ended_by == want.ended_by
        checks.append(Check("call", f"ended by {want.ended_by}", ok, f"ended by {record.ended_by}"))
    if want.ledger is not None:
        if record.call_id is None:
            checks.append(
                Check("ledger", "the call started", False, "no call id: the call never started")
            )
        else:
            checks += await check_ledger(replay, names, rt.ledger, record.call_id, want.ledger)
    checks += await check_after_call(want, record, rt.ledger, spec.caller)
    if want.calendar is not None:
        bookings = await asyncio.to_thread(rt.sandbox.bookings)
        holds = await asyncio.to_thread(rt.sandbox.active_reservations)
        checks += check_calendar(replay, names, bookings, holds, record, want.calendar)
    return checks
