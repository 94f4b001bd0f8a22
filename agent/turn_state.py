"""Which user turn the call is in: things said at most once per turn (the filler) count on it.

`TurnStarter` begins a turn when the caller's turn reaches the LLM. Whether a sentence is true is
not a matter of the turn: the guard holds it against the call's facts (`agent.guard`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class TurnState:
    """Per-call count of the user turns answered so far."""

    turn: int = 0

    def begin_turn(self) -> None:
        self.turn += 1
