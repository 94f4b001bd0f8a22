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

from agent.replay.calendar_setup import ReplayCalendar
from agent.replay.checks import Check, check_calendar, check_ledger, check_phrases, check_tools
from agent.replay.loader import LoadedReplay
from agent.replay.names import CalendarNames
from agent.replay.pipecat_expect import check_turn
from agent.replay.record import CallRecord, Item, Listener, ToolCall, TurnRecord
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
            await _play(replay, rt, settings, calendar, record, emit, live=live)
        except Exception as exc:
            logger.exception(f"replay {replay.name}: the run broke")
            outcome.error = f"{type(exc).__name__}: {exc}"
        names = CalendarNames(await rt.backend.get_catalog(), replay.salon.tz)
        outcome.checks = await evaluate(replay, record, rt, names)
        if inspect is not None:
            await inspect(rt, record)  # while the calendar and ledger are still open
    return outcome


async def _play(replay, rt, settings, calendar, record, emit, *, live: bool) -> None:
    from agent.call import TextCall

    spec = replay.spec
    spoken_turns = [t for t in spec.turns if t.user is not None]
    script = None if live else [[s.as_dict() for s in t.model] for t in spoken_turns]
    hung_up = False
    async with TextCall(
        runtime=rt, settings=settings, caller_phone=spec.caller, mode="replay", script=script
    ) as call:
        record.call_id = call.call_id
        if call.greeting:
            emit(-1, Item("bot", call.greeting))
        asked = ModelToolCalls()
        call.services.llm.add_event_handler("on_function_calls_started", asked.on_started)
        seen = 0
        external_seen = 0
        for i, turn in enumerate(spec.turns):
            # TextCall hands over a reply (and the greeting) once the timeline has it: events
            # that move the clock below come after it.
            record.turns.append(TurnRecord(i, turn.user))
            for event in turn.events:
                if event.hangup:
                    hung_up = True
                    emit(i, Item("event", "Anrufer legt auf"))
                    break
                emit(i, Item("event", await calendar.apply(event)))
            if hung_up:
                break
            if turn.user is None:
                continue
            await call.send(turn.user)
            emit(i, Item("user", turn.user))
            reply = await call.next_reply()
            seen = await _tool_items(
                rt.ledger, call.call_id, seen, asked, lambda item, i=i: emit(i, item)
            )
            for plan in rt.sandbox.faults.external_done[external_seen:]:
                emit(i, Item("event", _external_outcome(calendar, plan)))
            external_seen = len(rt.sandbox.faults.external_done)
            emit(i, Item("bot", reply.text))
        result = await call.hang_up()
        if not live:
            unfilled = getattr(call.services.llm, "unfilled", [])
            record.script_problems = [f"placeholder {{{p}}} had no value" for p in unfilled]
    if live:
        record.findings = _findings(spoken_turns, record)
    record.ended_by = (
        "hangup" if hung_up else ("script_end" if result.reason == "hangup" else result.reason)
    )


class ModelToolCalls:
    """The tool calls exactly as the model asked for them (the LLM service's own event).

    The timeline keeps the loggable form of the arguments, where a phone number may be masked;
    expectations and live-model findings compare what the model really sent."""

    def __init__(self) -> None:
        self._waiting: list[tuple[str, dict[str, Any]]] = []

    async def on_started(self, _llm: Any, function_calls: list[Any]) -> None:
        for fc in function_calls:
            self._waiting.append((fc.function_name, dict(fc.arguments or {})))

    def take(self, name: str) -> dict[str, Any] | None:
        """The arguments of the earliest not yet taken call of this tool."""
        for i, (asked, arguments) in enumerate(self._waiting):
            if asked == name:
                del self._waiting[i]
                return arguments
        return None


async def _tool_items(ledger, call_id: str, seen: int, asked: ModelToolCalls, emit) -> int:
    """The turn's tool calls and results, in the order the tools wrote them on the call's
    timeline, with the arguments the model sent."""
    events = await ledger.timeline(call_id)
    open_calls: list[ToolCall] = []
    for e in events[seen:]:
        if e.kind == "tool_called":
            name = str(e.data.get("tool"))
            arguments = asked.take(name)
            if arguments is None:
                arguments = dict(e.data.get("arguments") or {})
            call = ToolCall(name, arguments)
            open_calls.append(call)
        elif e.kind == "tool_result":
            name = e.data.get("tool")
            call = next((c for c in open_calls if c.name == name and c.result is None), None)
            if call is None:
                call = ToolCall(str(name), {})
            call.result = dict(e.data.get("result") or {})
            emit(Item("tool", tool=call))
    for call in open_calls:
        if call.result is None:
            emit(Item("tool", tool=call))
    return len(events)


def _external_outcome(calendar: ReplayCalendar, plan: Any) -> str:
    """The sandbox placed (or tried) a scheduled web booking during the turn: what came of it."""
    outcome = getattr(plan, "outcome", None) or {}
    what = calendar.planned.get((plan.event_type_id, plan.start))
    what = what or calendar.replay.refs.local_text(plan.start)
    if "error" in outcome:
        return f"Web-Buchung {what}: abgelehnt ({outcome['error']})"
    return f"Web-Buchung {what}: angenommen (uid {outcome.get('uid')})"


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
    spec = replay.spec
    checks: list[Check] = []
    for turn_spec, turn in zip(spec.turns, record.turns, strict=False):
        where = f"turn {turn.index + 1}"
        checks += check_tools(where, turn.tools, turn_spec.tools, turn_spec.not_tools)
        checks += check_phrases(where, turn.bot_text, turn_spec.says, turn_spec.not_says)
        checks += await check_turn(turn, replay.pipecat_expect[turn.index])
    for problem in record.script_problems:
        checks.append(Check("script", "the scripted model's output is complete", False, problem))
    missing = len(spec.turns) - len(record.turns)
    if missing > 0:
        checks.append(
            Check("call", "every turn was played", False, f"{missing} turn(s) not reached")
        )
    want = spec.expect
    checks += check_tools("call", record.tools, want.tools, want.not_tools)
    checks += check_phrases("call", record.bot_text, want.says, want.not_says)
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
    if want.calendar is not None:
        bookings = await asyncio.to_thread(rt.sandbox.bookings)
        holds = await asyncio.to_thread(rt.sandbox.active_reservations)
        checks += check_calendar(
            replay,
            names,
            bookings,
            holds,
            record,
            want.calendar,
        )
    return checks
