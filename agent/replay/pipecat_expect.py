"""A turn's pipecat.evals expectations, matched by pipecat's own ExpectationMatcher.

The turn has already happened when this runs: its events are queued on a pipecat
`EvalEventStream` and the stream is closed as "bot ended", so a missing event fails at once instead
of waiting out a time budget. Text comparisons are made case-insensitive by lower-casing both
sides; `response` and `tts_response` mean the agent's spoken text (text stands in for TTS).
"""

from __future__ import annotations

import dataclasses
import time

from pipecat.evals.events import EvalBotEndedError, EvalEventStream
from pipecat.evals.matcher import ExpectationMatcher
from pipecat.evals.results import EvalTrace
from pipecat.evals.script import EvalExpectation, EvalFunctionCall

from agent.replay.checks import Check
from agent.replay.record import TurnRecord

_BUDGET_MS = 5_000  # never waited for: the stream is complete before matching starts


def turn_events(turn: TurnRecord) -> list[dict]:
    """The turn as pipecat's event dicts, in the order things happened."""
    events: list[dict] = []
    if turn.user is not None:
        events.append({"type": "user_transcription", "transcript": turn.user.lower()})
    for n, item in enumerate(turn.items):
        if item.kind == "bot" and item.text:
            events.append({"type": "llm_started"})
            events.append({"type": "llm_response", "text": item.text.lower()})
        elif item.kind == "tool" and item.tool is not None and not item.late:
            call_id = f"call-{turn.index}-{n}"
            events.append(
                {"type": "function_call", "name": item.tool.name, "args": item.tool.arguments}
            )
            events.append(
                {
                    "type": "function_call_stopped",
                    "name": item.tool.name,
                    "args": {"tool_call_id": call_id, "cancelled": False},
                }
            )
    return events


def _normalise(exp: EvalExpectation) -> EvalExpectation:
    event = "llm_response" if exp.event in ("response", "tts_response") else exp.event
    calls = exp.calls
    return dataclasses.replace(
        exp,
        event=event,
        text_contains=exp.text_contains.lower() if exp.text_contains else None,
        text_excludes=exp.text_excludes.lower() if exp.text_excludes else None,
        calls=[EvalFunctionCall(c.name, c.args) for c in calls] if calls else calls,
    )


def _label(exp: EvalExpectation) -> str:
    if exp.calls:
        return f"{exp.event} " + ", ".join(c.signature for c in exp.calls)
    detail = exp.text_contains and f"contains {exp.text_contains!r}"
    detail = detail or (exp.text_excludes and f"excludes {exp.text_excludes!r}")
    return f"{'no ' if exp.absent else ''}{exp.event}" + (f" {detail}" if detail else "")


async def check_turn(turn: TurnRecord, expectations: list[EvalExpectation]) -> list[Check]:
    if not expectations:
        return []
    trace = EvalTrace()
    stream = EvalEventStream(bot_audio=False, trace=trace)
    for event in turn_events(turn):
        await stream.append(event)
    stream.bot_ended()
    matcher = ExpectationMatcher(stream=stream, judge=None, trace=trace)
    matcher.reset_turn()
    where = f"turn {turn.index + 1}"
    out: list[Check] = []
    for idx, raw in enumerate(expectations):
        exp = _normalise(raw)
        label = f"expect {_label(raw)}"
        try:
            failure = await matcher.match(exp, time.monotonic(), _BUDGET_MS, turn.index, idx)
        except (EvalBotEndedError, TimeoutError):
            out.append(Check(where, label, False, _missing(turn, exp)))
            continue
        out.append(Check(where, label, failure is None, failure.reason if failure else ""))
    return out


def _missing(turn: TurnRecord, exp: EvalExpectation) -> str:
    """Why an expectation found nothing, with what the turn did have."""
    if exp.event in ("function_call", "function_call_stopped"):
        made = "; ".join(t.label() for t in turn.tools) or "no tool calls"
        wanted = ", ".join(c.signature for c in exp.calls or [])
        return (
            f"expected {wanted or 'a function call'} (after the expectations above it), got: {made}"
        )
    if exp.event == "llm_response":
        said = turn.bot_text or "nothing"
        if exp.text_contains:
            return f"expected a reply containing {exp.text_contains!r}, bot said: {said!r}"
        return f"expected a reply, bot said: {said!r}"
    return f"no {exp.event!r} event in this turn"
