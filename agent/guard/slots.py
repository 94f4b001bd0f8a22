"""The free slots this call's availability answers offered: what a sentence may name as free.

A tool result's `alternatives` (check_availability, a lost hold, a refused booking or move) are
slots the caller may pick; the model may offer them ("um elf hätte ich noch was"). The guard holds
a sentence naming a free slot against them (`agent.claims.slots`). Kept in the order offered,
once each, for the whole call: an earlier offer may still be taken up, and a slot taken since
is refused by the hold, never booked.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from agent.claims.model import SlotFact

_OFFER_KEYS = ("alternatives",)


class OfferedSlots:
    """The slots offered so far in one call, from the tool results it saw."""

    def __init__(self, tz: ZoneInfo):
        self._tz = tz
        self._slots: dict[tuple[datetime, str | None, str | None], SlotFact] = {}
        self._kept: tuple[SlotFact, ...] = ()  # the slots as one tuple, until the next offer

    @property
    def slots(self) -> tuple[SlotFact, ...]:
        """The same tuple until a new offer: the guard compares the facts of a sentence
        decided ahead with those at its release by value, a tuple it saw once at no cost."""
        return self._kept

    def note(self, result: Any) -> None:
        """Remember the alternatives `result` offers (any tool's, at any depth)."""
        for view in _offers(result):
            slot = self._slot(view)
            if slot is not None:
                key = (slot.start, slot.stylist, slot.service)
                self._slots.pop(key, None)  # offered again: the latest offer last
                self._slots[key] = slot
        self._kept = tuple(self._slots.values())

    def _slot(self, view: dict[str, Any]) -> SlotFact | None:
        try:
            start = datetime.fromisoformat(f"{view['date']}T{view['time']}")
        except (KeyError, TypeError, ValueError):
            return None
        return SlotFact(start.replace(tzinfo=self._tz), view.get("stylist"), view.get("service"))


def _offers(result: Any) -> Iterator[dict[str, Any]]:
    if isinstance(result, dict):
        for key, value in result.items():
            if key in _OFFER_KEYS and isinstance(value, list):
                yield from (v for v in value if isinstance(v, dict))
            else:
                yield from _offers(value)
    elif isinstance(result, list):
        for item in result:
            yield from _offers(item)
