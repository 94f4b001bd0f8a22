"""A teen hour the speech recogniser split in two: "um acht zehn" may be 8:10 or "achtzehn"
(18:00). It is read as said (8:10, in the salon's hours: "um vier zehn" is 16:10, "Donnerstag um
sieben zehn" 19:10); only when that reading falls outside the day's hours and the teen hour is
within them ("Donnerstag um acht zehn": 8:10 and 20:10 outside, 18:00 open) is the caller asked
which is meant, never answered "outside" alone.

Reads the caller's fields folded; applied to the answer `resolve.understand` gives.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from calendar_adapter.salon import SalonFile
from tools.text_fold import fold

_SPLIT_TEEN = re.compile(
    r"\b(?:um|gegen|ab)\s+(drei|vier|fuenf|sechs|sieben|acht|neun)\s+zehn\b(?!\s+uhr)"
)
_UNITS = {"drei": 3, "vier": 4, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}


def split_teen(fields: tuple[str | None, ...]) -> tuple[str, int] | None:
    """The split teen said ("um acht zehn") and its hour (18), if any."""
    for text in fields:
        m = _SPLIT_TEEN.search(fold((text or "").lower()))
        if m is not None:
            return m[0], _UNITS[m[1]] + 10
    return None


def teen_within_hours(salon: SalonFile, start: datetime, hour: int, minutes: int) -> bool:
    """Whether the teen hour on the day of `start` is a start the salon serves."""
    teen = datetime.combine(start.date(), time(hour), tzinfo=start.tzinfo)
    return salon.is_open_at(teen, minutes)
