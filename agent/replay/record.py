"""What happened during a replayed call, in the order it happened: the material checks read."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

ItemKind = Literal["user", "bot", "tool", "event", "note"]


@dataclass
class ToolCall:
    name: str
    arguments: dict[str, Any]
    result: dict[str, Any] | None = None

    @property
    def status(self) -> str | None:
        return None if self.result is None else self.result.get("status")

    def label(self, *, with_result: bool = False) -> str:
        """`book_appointment(slot_id='s-1') -> booked`, the result's fields too if asked."""
        args = ", ".join(f"{k}={v!r}" for k, v in self.arguments.items())
        text = f"{self.name}({args}) -> {self.status or '?'}"
        if with_result and self.result is not None:
            fields = json.dumps(self.result, ensure_ascii=False)
            text += " " + (fields if len(fields) <= 300 else fields[:299] + "…")
        return text


@dataclass
class Item:
    """One line of the conversation: the caller, the agent, a tool call, or a calendar event.

    `interrupted`: a reply the caller cut off (heard up to there). `late`: the result of a tool
    call made in an earlier turn, arriving now (the call itself belongs to its own turn)."""

    kind: ItemKind
    text: str = ""
    tool: ToolCall | None = None
    interrupted: bool = False
    late: bool = False


@dataclass
class TurnRecord:
    index: int
    user: str | None
    items: list[Item] = field(default_factory=list)
    # The call's appointments and the calendar's bookings as the turn ended: what was true
    # when the caller heard this turn's reply.
    ledger_after: list[Any] = field(default_factory=list)
    calendar_after: list[dict[str, Any]] = field(default_factory=list)

    @property
    def bot_text(self) -> str:
        """Everything the caller heard in this turn, cut-off replies included."""
        return " ".join(i.text for i in self.items if i.kind == "bot" and i.text)

    @property
    def tools(self) -> list[ToolCall]:
        """The tool calls made in this turn (with their results, once known)."""
        return [
            i.tool for i in self.items if i.kind == "tool" and i.tool is not None and not i.late
        ]


@dataclass
class CallRecord:
    """A replayed call: its turns, how it ended, and what the live model did differently."""

    call_id: str | None = None
    before: list[Item] = field(default_factory=list)  # calendar setup and the greeting
    turns: list[TurnRecord] = field(default_factory=list)
    ended_by: str | None = None
    findings: list[str] = field(default_factory=list)
    script_problems: list[str] = field(default_factory=list)  # e.g. a placeholder left unfilled
    unused_steps: list[str] = field(default_factory=list)  # scripted steps no invocation took
    run_problems: list[str] = field(default_factory=list)  # e.g. nothing in flight to hang up on
    foreign_hold_uids: set[str] = field(default_factory=set)
    # After the call: texts the outbox sent (to, body), numbers the line put the caller through to
    texts: list[tuple[str, str]] = field(default_factory=list)
    transfers: list[str] = field(default_factory=list)

    @property
    def tools(self) -> list[ToolCall]:
        return [t for turn in self.turns for t in turn.tools]

    @property
    def bot_text(self) -> str:
        return " ".join(t.bot_text for t in self.turns)

    @property
    def heard_text(self) -> str:
        """Everything the caller heard, from the greeting on."""
        greeting = [i.text for i in self.before if i.kind == "bot" and i.text]
        return " ".join([*greeting, self.bot_text]).strip()


# Called for every item as it happens (streaming output); the turn index comes along.
Listener = Callable[[int, Item], None]
