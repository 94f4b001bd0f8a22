"""What happened during a replayed call, in the order it happened: the material checks read."""

from __future__ import annotations

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

    def label(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.arguments.items())
        return f"{self.name}({args}) -> {self.status or '?'}"


@dataclass
class Item:
    """One line of the conversation: the caller, the agent, a tool call, or a calendar event."""

    kind: ItemKind
    text: str = ""
    tool: ToolCall | None = None


@dataclass
class TurnRecord:
    index: int
    user: str | None
    items: list[Item] = field(default_factory=list)

    @property
    def bot_text(self) -> str:
        return " ".join(i.text for i in self.items if i.kind == "bot")

    @property
    def tools(self) -> list[ToolCall]:
        return [i.tool for i in self.items if i.kind == "tool" and i.tool is not None]


@dataclass
class CallRecord:
    """A replayed call: its turns, how it ended, and what the live model did differently."""

    call_id: str | None = None
    before: list[Item] = field(default_factory=list)  # calendar setup and the greeting
    turns: list[TurnRecord] = field(default_factory=list)
    ended_by: str | None = None
    findings: list[str] = field(default_factory=list)
    script_problems: list[str] = field(default_factory=list)  # e.g. a placeholder left unfilled
    foreign_hold_uids: set[str] = field(default_factory=set)

    @property
    def tools(self) -> list[ToolCall]:
        return [t for turn in self.turns for t in turn.tools]

    @property
    def bot_text(self) -> str:
        return " ".join(t.bot_text for t in self.turns)


# Called for every item as it happens (streaming output); the turn index comes along.
Listener = Callable[[int, Item], None]
