"""The question for a day that does not exist, naming why: "29. Februar" in a year without one
(the year said, or the February the caller means), "am 31." in a month without a 31st, or any
other date that is not in the calendar ("30.2.")."""

from __future__ import annotations

import re
from datetime import date

from tools.speech import MONTHS_DE
from tools.when.days import february_meant

_LEAP_DAY_RE = re.compile(
    r"\b29(?:\.|th|ten|sten)?\s*(?:of\s+|/)?(?:februar|february|feber|feb|0?2\b)"
    r"|\b(?:februar|february|feb)\s+(?:the\s+)?29"
)
_BARE_DAY_RE = re.compile(r"^(?:(?:am|den|der|the|on)\s+)?(\d{1,2})(?:\.|st|nd|rd|th)?$")


def no_such_day(text: str, today: date) -> str:
    """What to ask about `text` (normalized), a day the calendar does not have."""
    if _LEAP_DAY_RE.search(text):
        said_year = re.search(r"\b(\d{4})\b", text)
        year = int(said_year[1]) if said_year else february_meant(today)
        return (
            f"Den 29. Februar gibt es {year} nicht ({year} ist kein Schaltjahr); nachfragen, "
            "welcher Tag gemeint ist: der 28. Februar oder der 1. März?"
        )
    bare = _BARE_DAY_RE.match(text.strip())
    if bare:
        month = f"{MONTHS_DE[today.month - 1]} {today.year}"
        return (
            f"Einen {int(bare[1])}. gibt es im {month} nicht; nachfragen, welcher Tag gemeint ist."
        )
    return f"'{text}' gibt es nicht."
