"""What the booking tools achieved in the current user turn.

The confirmation guard may let "Ihr Termin ist gebucht" through only when `book_appointment`
returned `booked` in this very turn; this object is where the tool wiring writes that down and
the guard reads it. One per call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Claim(StrEnum):
    """What a sentence can claim happened in the calendar."""

    BOOKED = "booked"
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"
    DONE = "done"  # "Erledigt!": true after any successful booking, cancellation or move


# tool name -> (status meaning success, the claims that success makes true)
SUCCESS: dict[str, tuple[str, frozenset[Claim]]] = {
    "book_appointment": ("booked", frozenset({Claim.BOOKED, Claim.DONE})),
    "cancel_appointment": ("cancelled", frozenset({Claim.CANCELLED, Claim.DONE})),
    # A reschedule is a new booking: "Ihr neuer Termin steht" is true as well.
    "reschedule_appointment": (
        "rescheduled",
        frozenset({Claim.RESCHEDULED, Claim.BOOKED, Claim.DONE}),
    ),
}


@dataclass
class TurnState:
    """Per-call record of the tool results of the turn in progress."""

    turn: int = 0
    proven: set[Claim] = field(default_factory=set)
    results: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def begin_turn(self) -> None:
        self.turn += 1
        self.proven.clear()
        self.results.clear()

    def record(self, tool_name: str, result: dict[str, Any]) -> None:
        """Note a tool result; a successful mutation proves its claims for this turn."""
        self.results.append((tool_name, result))
        if not isinstance(result, dict):
            return
        success = SUCCESS.get(tool_name)
        if success and result.get("status") == success[0]:
            self.proven |= success[1]
        # "Steht mein Termin noch?": an accepted booking Cal.com just listed may be called booked.
        if tool_name == "find_my_appointments" and result.get("status") == "found":
            appointments = result.get("appointments") or []
            if any(isinstance(a, dict) and a.get("state") == "accepted" for a in appointments):
                self.proven.add(Claim.BOOKED)

    def allows(self, claim: Claim) -> bool:
        return claim in self.proven
