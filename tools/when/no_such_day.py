"""The question for a day that does not exist, naming why: "29. Februar" in a year without one
(the year said, or the February the caller means), "am 31." in a month without a 31st, or any
other date that is not in the calendar ("30.2.")."""

from __future__ import annotations

import re

from tools.when.days import february_meant
from tools.when.spoken import Words

_LEAP_DAY_RE = re.compile(
    r"\b29(?:\.|th|ten|sten)?\s*(?:of\s+|/)?(?:februar|february|feber|feb|0?2\b)"
    r"|\b(?:februar|february|feb)\s+(?:the\s+)?29"
)
_BARE_DAY_RE = re.compile(r"^(?:(?:am|den|der|the|on)\s+)?(\d{1,2})(?:\.|st|nd|rd|th)?$")


def no_such_day(text: str, say: Words) -> str:
    """What to ask about `text` (normalized), a day the calendar does not have, in the call's
    language."""
    today = say.today
    if _LEAP_DAY_RE.search(text):
        said_year = re.search(r"\b(\d{4})\b", text)
        year = int(said_year[1]) if said_year else february_meant(today)
        return say.message("date_no_leap_day", year=year)
    bare = _BARE_DAY_RE.match(text.strip())
    if bare:
        month = say.month(today.month, today.year)
        return say.message("date_no_such_day_in_month", day=int(bare[1]), month=month)
    return say.message("date_no_such_day", said=text)
