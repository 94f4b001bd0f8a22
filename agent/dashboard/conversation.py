"""A call's timeline as a readable conversation: the caller and the agent line by line, tool
steps and calendar events between the lines (as the demo prints it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from agent.appointment_view import event_detail, event_label
from agent.dashboard.i18n import KINDS_EN
from agent.replay.names import CalendarNames
from agent.replay.record import ToolCall
from calendar_adapter.ledger import TimelineEvent

LineKind = Literal["user", "bot", "tool", "event", "warning"]

# Shown by the page header or the numbers, not as lines of the conversation.
NOT_LINES = frozenset({"call_started", "call_ended", "turn_latency", "usage"})
WARNINGS = frozenset(
    {
        "error",
        "guard_blocked",
        "booking_unknown",
        "cancel_unknown",
        "hold_refused",
        "outcome_cut",
        "bot_cut",
    }
)


@dataclass(frozen=True)
class Line:
    kind: LineKind
    at: datetime
    text: str
    label: str = ""
    status: str | None = None  # a tool step's result status
    interrupted: bool = False


def conversation(events: list[TimelineEvent], names: CalendarNames, lang: str = "de") -> list[Line]:
    """One line per thing said or done; a tool call and its result are one step."""
    lines: list[Line] = []
    waiting: dict[str, tuple[int, ToolCall]] = {}  # tool name -> its step awaiting a result
    for e in events:
        if e.kind in NOT_LINES:
            continue
        if e.kind == "user_said":
            lines.append(Line("user", e.at, str(e.data.get("text", ""))))
        elif e.kind == "bot_said":
            interrupted = bool(e.data.get("interrupted"))
            lines.append(Line("bot", e.at, str(e.data.get("text", "")), interrupted=interrupted))
        elif e.kind == "tool_called":
            call = ToolCall(str(e.data.get("tool")), dict(e.data.get("arguments") or {}))
            waiting[call.name] = (len(lines), call)
            lines.append(Line("tool", e.at, call.label(), label=call.name))
        elif e.kind == "tool_result":
            name = str(e.data.get("tool"))
            index, call = waiting.pop(name, (len(lines), ToolCall(name, {})))
            call.result = dict(e.data.get("result") or {})
            said = call.result.get("say") or call.result.get("reason") or ""
            text = call.label() + (f" — {said}" if said else "")
            at = lines[index].at if index < len(lines) else e.at
            line = Line("tool", at, text, label=name, status=call.status)
            if index < len(lines):
                lines[index] = line
            else:
                lines.append(line)
        else:
            label = event_label(e.kind) if lang == "de" else KINDS_EN.get(e.kind, e.kind)
            kind: LineKind = "warning" if e.kind in WARNINGS else "event"
            lines.append(Line(kind, e.at, event_detail(e, names), label=label))
    return lines
