"""Free slots inside a window of start times the caller gave ("nachmittags", "gegen drei",
"ab 15 Uhr"): the window is searched, nothing in it is held until the caller picks a time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from tools.availability import FreeSlot


def in_window(free: Iterable[FreeSlot], window: tuple[datetime, datetime]) -> list[FreeSlot]:
    """The slots starting inside the window (both ends included)."""
    start, end = window
    return [slot for slot in free if start <= slot.start <= end]
