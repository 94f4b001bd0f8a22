"""The day of the caller's own event said as gone, when a day is counted from it: "eine Woche
nach meinem letzten Termin, der war am 28.", "two weeks after my last appointment, which was on
the 16th", "drei Tage nach meiner OP, die war am Dienstag". The event's day said without a month
(a bare day of the month) or as a weekday alone is the most recent such day before today, never a
coming one: the caller speaks of it in the past, and "am 28." read as the next 28th counted the
wish from a day that has not been (round 55). Said of a coming event ("nach meiner Hochzeit am
12.") the day stays the coming one (`days`).

The event is gone when its words say so in the past tense ("war", "hatte", "was", "had") or name
the caller's previous visit ("mein letzter Termin", "my last appointment"); "letzte" alone may be
the final one ("nach dem letzten Schultag am 20.") and decides nothing."""

from __future__ import annotations

import re
from datetime import date, timedelta

_PAST_TENSE = re.compile(r"\b(?:war|waren|warst|hatte|hatten|gewesen|was|were|had)\b")
_PREVIOUS_VISIT = re.compile(
    r"\b(?:letzte[nmrs]?|vorige[nmrs]?|vorletzte[nmrs]?|last|previous)\s+"
    r"(?:termin\w*|besuch\w*|friseurtermin\w*|haarschnitt\w*|appointment|visit|haircut|cut)\b"
)
_DAY_OF_MONTH = re.compile(r"^(?:(?:am|den|dem|der|on|the)\s+)*(\d{1,2})(?:\.|st|nd|rd|th)?$")


def is_gone(event_words: str) -> bool:
    """Whether the words naming the caller's event (normalized) speak of it as gone."""
    return bool(_PAST_TENSE.search(event_words) or _PREVIOUS_VISIT.search(event_words))


def last_day_said(day_text: str, weekday: int | None, today: date) -> date | None:
    """The most recent day before `today` that `day_text` names when it is a bare day of the
    month ("am 28.") or a weekday alone (`weekday`); None for any other day phrase."""
    if weekday is not None:
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    m = _DAY_OF_MONTH.match(day_text.strip())
    if not m or not 1 <= int(m[1]) <= 31:
        return None
    year, month = today.year, today.month
    for _ in range(13):
        try:
            day = date(year, month, int(m[1]))
        except ValueError:
            day = None  # a month without that day: the one before
        if day is not None and day < today:
            return day
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None
