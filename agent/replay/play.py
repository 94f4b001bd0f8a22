"""Playing a replay's call: its turns and events through a `TextCall`, written into a record.

The call is the real pipeline; the replay only types the caller's words, applies the events
between turns, chooses the moment of a hang-up or barge-in during a tool call, and writes down
what happened: what the caller heard, which tools ran with which results, and what the ledger
and the calendar held when each turn ended.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Callable
from typing import Any

from agent.replay.after_call import deliver, replay_line, replay_messenger
from agent.replay.calendar_setup import ReplayCalendar
from agent.replay.in_flight import CATCH_LIMIT_SECONDS, InFlightLedger
from agent.replay.loader import LoadedReplay
from agent.replay.record import CallRecord, Item, ToolCall, TurnRecord
from agent.replay.scripted_model import ReplayModel

Emit = Callable[[int, Item], None]


async def play(
    replay: LoadedReplay,
    rt: Any,
    settings: Any,
    calendar: ReplayCalendar,
    record: CallRecord,
    emit: Emit,
    *,
    live: bool,
) -> None:
    from agent.call import TextCall, booking_deps
    from agent.services import Services
    from agent.standins import ScriptedSTTService, SilenceTTSService

    spec = replay.spec
    ledger = InFlightLedger(rt.ledger)
    messenger = replay_messenger(replay.salon)
    deps = dataclasses.replace(booking_deps(rt, settings), ledger=ledger, messenger=messenger)
    model: ReplayModel | None = None
    services = None
    if not live:
        spoken = [(i, t) for i, t in enumerate(spec.turns) if t.user is not None]
        model = ReplayModel(
            [[s.as_dict() for s in t.model] for _, t in spoken],
            turn_labels=[f"turn {i + 1}" for i, _ in spoken],
        )
        services = Services(stt=ScriptedSTTService(), llm=model, tts=SilenceTTSService())
    hung_up = False
    sent = 0
    pending: asyncio.Task | None = None  # the reply to a turn whose tool call is held in flight
    async with TextCall(
        runtime=deps,
        settings=settings,
        caller_phone=spec.caller,
        mode="replay",
        services=services,
    ) as call:
        record.call_id = call.call_id
        line = replay_line(spec.line, inner=call.session.line)
        call.session.line = line  # before the first turn: no tool has run yet
        if call.greeting:
            emit(-1, Item("bot", call.greeting))
        asked = ModelToolCalls()
        call.services.llm.add_event_handler("on_function_calls_started", asked.on_started)
        tools = ToolItems(rt.ledger, call.call_id, asked)
        heard = Heard(call)
        external_seen = 0
        for i, turn in enumerate(spec.turns):

            def here(item: Item, i: int = i) -> None:
                emit(i, item)

            # TextCall hands over a reply (and the greeting) once the timeline has it: events
            # that move the clock below come after it.
            record.turns.append(TurnRecord(i, turn.user))
            during = turn.during
            in_flight = during is not None and ledger.caught.is_set()
            if during is not None and not in_flight:
                record.run_problems.append(
                    f"turn {i + 1}: {during.tool} was not in flight at `{turn.events[0].kind}` "
                    f"(turn {i} did not call it, or it finished without writing {during.at})"
                )
            for event in turn.events:
                if event.hangup:
                    hung_up = True
                    here(Item("event", "Anrufer legt auf"))
                    break
                if event.hang_up_during is not None:
                    hung_up = True
                    here(Item("event", f"Anrufer legt auf, während {during.tool} läuft"))
                    if in_flight:
                        await call.pipeline.worker.cancel()  # the line drops, as on the phone
                    break
                if event.barge_in_during is not None:
                    here(Item("event", f"Anrufer spricht, während {during.tool} läuft"))
                    continue
                if event.silence is not None:
                    here(Item("event", f"Anrufer schweigt {_seconds(event.silence)}"))
                    await call.silence(event.silence.total_seconds())
                else:
                    here(Item("event", await calendar.apply(event)))
                    if event.advance is not None:
                        await call.silence(0)  # what the clock's timers made the agent say
                heard.take(here)
                if call.result is not None:  # the agent ended the call (silence, its length)
                    await _end_turn(record.turns[i], rt, call.call_id, heard, here)
                    break
            if hung_up or call.result is not None:
                break
            if turn.user is None:
                continue
            following = spec.turns[i + 1].during if i + 1 < len(spec.turns) else None
            if following is not None:
                ledger.arm(following)
            await call.send(turn.user)
            sent += 1
            here(Item("user", turn.user))
            reply = pending or asyncio.create_task(call.next_reply())
            pending = None
            if following is not None:
                caught = asyncio.create_task(ledger.caught.wait())
                await asyncio.wait({caught, reply}, return_when=asyncio.FIRST_COMPLETED)
                caught.cancel()
                if ledger.caught.is_set() and not reply.done():
                    pending = reply  # answered after the next turn's barge-in, or never
                    await tools.update(i, here)
                    await _end_turn(record.turns[i], rt, call.call_id, heard, here)
                    continue
                ledger.disarm()  # the turn ended without it: the next turn reports that
            await reply
            if in_flight:
                await _finish_in_flight(ledger)
                if ledger.result.get("say"):
                    # Code speaks the late outcome as soon as the line is quiet, as a reply of
                    # its own; the caller hears it before saying anything more.
                    await call.next_reply()
            await tools.update(i, here)
            for plan in rt.sandbox.faults.external_done[external_seen:]:
                here(Item("event", _external_outcome(calendar, plan)))
            external_seen = len(rt.sandbox.faults.external_done)
            await _end_turn(record.turns[i], rt, call.call_id, heard, here)
        ledger.disarm()
        result = await call.hang_up()
        if pending is not None:
            with contextlib.suppress(RuntimeError, TimeoutError):
                await pending  # the call is over: nothing more comes
        last = len(record.turns) - 1
        await tools.update(last, lambda item: emit(last, item))  # results that came at the end
        heard.take(lambda item: emit(last, item))
    record.transfers = list(line.transfers)
    for note in await deliver(rt, replay.salon, messenger):
        emit(last, Item("note", note))
    record.texts = list(messenger.sent) if messenger is not None else []
    if model is not None:
        record.script_problems = list(model.problems)
        record.unused_steps = model.unused_steps(sent)
    if hung_up:
        record.ended_by = "hangup"
    elif result.closed_by_agent is not None:
        record.ended_by = "bot"  # the agent ended the call (silence, its length, a goodbye)
    else:
        record.ended_by = "script_end" if result.reason == "hangup" else result.reason


def _seconds(delta: Any) -> str:
    return f"{delta.total_seconds():g} s"


async def _finish_in_flight(ledger: InFlightLedger) -> None:
    """After a barge-in was answered: let the interrupted tool finish before the next turn, so
    its result is handed to the model at that turn's start."""
    ledger.release()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(ledger.finished.wait(), CATCH_LIMIT_SECONDS)
    for _ in range(3):  # the tool wiring keeps the late result when the tool's task completes
        await asyncio.sleep(0)
    ledger.disarm()


async def _end_turn(turn: TurnRecord, rt: Any, call_id: str, heard: Heard, emit) -> None:
    heard.take(emit)
    turn.ledger_after = await rt.ledger.appointments_for_call(call_id)
    turn.calendar_after = await asyncio.to_thread(rt.sandbox.bookings)


class Heard:
    """What the caller heard, reply by reply, cut-off replies included."""

    def __init__(self, call: Any):
        self._call = call
        self._taken = 0

    def take(self, emit) -> None:
        replies = self._call.heard
        for reply in replies[self._taken :]:
            emit(Item("bot", reply.text, interrupted=reply.interrupted))
        self._taken = len(replies)


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


class ToolItems:
    """The call's tool calls and results, in the order the tools wrote them on the timeline,
    with the arguments the model sent. A call belongs to the turn it was made in; a result that
    comes in a later turn (the caller cut the call off) is shown there as late."""

    def __init__(self, ledger: Any, call_id: str, asked: ModelToolCalls):
        self._ledger = ledger
        self._call_id = call_id
        self._asked = asked
        self._seen = 0
        self._open: list[tuple[int, ToolCall]] = []  # (turn, call) awaiting a result
        self._shown: set[int] = set()  # id() of calls already shown

    async def update(self, turn: int, emit) -> None:
        events = await self._ledger.timeline(self._call_id)
        for e in events[self._seen :]:
            if e.kind == "tool_called":
                name = str(e.data.get("tool"))
                arguments = self._asked.take(name)
                if arguments is None:
                    arguments = dict(e.data.get("arguments") or {})
                self._open.append((turn, ToolCall(name, arguments)))
            elif e.kind == "tool_result":
                name = str(e.data.get("tool"))
                i = next((i for i, (_, c) in enumerate(self._open) if c.name == name), None)
                made_in, call = self._open.pop(i) if i is not None else (turn, ToolCall(name, {}))
                call.result = dict(e.data.get("result") or {})
                late = id(call) in self._shown or made_in != turn
                emit(Item("tool", tool=call, late=late))
                self._shown.add(id(call))
        self._seen = len(events)
        for made_in, call in self._open:
            if made_in == turn and id(call) not in self._shown:
                emit(Item("tool", tool=call))  # still running
                self._shown.add(id(call))


def _external_outcome(calendar: ReplayCalendar, plan: Any) -> str:
    """The sandbox placed (or tried) a scheduled web booking during the turn: what came of it."""
    outcome = getattr(plan, "outcome", None) or {}
    what = calendar.planned.get((plan.event_type_id, plan.start))
    what = what or calendar.replay.refs.local_text(plan.start)
    if "error" in outcome:
        return f"Web-Buchung {what}: abgelehnt ({outcome['error']})"
    return f"Web-Buchung {what}: angenommen (uid {outcome.get('uid')})"
