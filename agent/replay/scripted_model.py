"""The replay's scripted model: the offline stand-in, strict about its script.

A placeholder that finds no value stops its step: nothing is said and no tool is called (a
literal "{say}" must never be spoken, a "{check_availability.slot_id}" never sent to a tool);
the replay fails naming it. Steps the call never reached are reported, and fail it too: a script
that does not run as written does not test what it claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipecat.processors.aggregators.llm_context import LLMContext

from agent.standins import ScriptedLLMService, Step


class _NoValueError(Exception):
    def __init__(self, placeholder: str):
        super().__init__(placeholder)
        self.placeholder = placeholder


class ReplayModel(ScriptedLLMService):
    """`turn_labels[i]`: how the replay calls script turn i (`turn 3`), for the reports."""

    def __init__(self, turns: Sequence[Sequence[Step]], *, turn_labels: Sequence[str], **kwargs):
        super().__init__(turns, **kwargs)
        self._labels = list(turn_labels)
        self.problems: list[str] = []

    async def _respond(self, context: LLMContext) -> None:
        before = dict(self._cursor)
        try:
            await super()._respond(context)
        except _NoValueError as exc:
            turn = next(t for t, n in self._cursor.items() if n != before.get(t, 0))
            step = self._turns[turn][self._cursor[turn] - 1]
            what = "not said" if "say" in step else "no tool was called"
            self.problems.append(
                f"{self._label(turn)}, model[{self._cursor[turn] - 1}]: placeholder "
                f"{{{exc.placeholder}}} had no value; the step was stopped ({what})"
            )

    def _lookup(self, path: str, now: list[tuple[str, Any]], before: list[tuple[str, Any]]) -> Any:
        missing = len(self.unfilled)
        found = super()._lookup(path, now, before)
        if len(self.unfilled) > missing:
            raise _NoValueError(path)
        return found

    def unused_steps(self, turns_played: int) -> list[str]:
        """Steps of the first `turns_played` script turns that no model invocation took."""
        out = []
        for turn, steps in enumerate(self._turns[:turns_played]):
            for index in range(self._cursor.get(turn, 0), len(steps)):
                out.append(
                    f"{self._label(turn)}, model[{index}]: {_step_text(steps[index])} was never used"
                )
        return out

    def _label(self, turn: int) -> str:
        return self._labels[turn] if turn < len(self._labels) else f"script turn {turn + 1}"


def _step_text(step: Step) -> str:
    if "say" in step:
        return f"say {step['say']!r}"
    if "tool_calls" in step:
        return "tool_calls " + ", ".join(str(c.get("name")) for c in step["tool_calls"])
    return f"error {step.get('error')!r}"
