"""The first of a month named as such ("am Monatsersten", "zum Monatsersten", "Monatserster",
"am Ersten des Monats", "am 1. des Monats"): the next first of a month (today when said on a
first), never asked as just gone the way "am 1." said on the 2nd is; the salon's closed days as
usual. Rewritten to that date on normalized text ("am 1.11.2063"); "am Monatsletzten" (the
month's last day) is read in `days.py`."""

from __future__ import annotations

import re
from datetime import date

_MONTH_FIRST = re.compile(
    r"\b(?:(?:am|zum|den|der|dem|per)\s+)?monatserste[nrs]?\b"
    r"|\b(?:am|zum|den|der|dem)\s+(?:ersten|erste|1\.?)\s+(?:des|eines|vom)\s+monats\b"
)


def next_first(today: date) -> date:
    """The first of this month when today is one, else the first of the next month."""
    if today.day == 1:
        return today
    return date(today.year + today.month // 12, today.month % 12 + 1, 1)


def month_first(text: str, today: date) -> str:
    first = next_first(today)
    return _MONTH_FIRST.sub(f"am {first.day}.{first.month}.{first.year}", text)
