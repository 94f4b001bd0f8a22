"""An ordinal weekday of the next month ("am dritten Donnerstag im nächsten Monat", "der zweite
Dienstag nächsten Monats", "the second Tuesday of next month", "am letzten Freitag im
übernächsten Monat", "am ersten Samstag im neuen Monat": the next one, round 46): that month named, so the day is read as "am dritten Donnerstag im Januar"
(python's calendar, `days._nth_weekday_of_month`): that date, closed if the salon is, and asked
when the month has no such weekday ("am fünften Freitag"). "im Monat" alone keeps its own
convention (this month's while ahead, else offered with the next one's).

Works on normalized text (`tools.when.normalize`), with the day it is said on.
"""

from __future__ import annotations

import re
from datetime import date

from tools.when.lexicon import MONTHS, WEEKDAY_RE

_NAME = {month: name for name, month in reversed(list(MONTHS.items()))}  # 1 -> "januar"
_NTH = r"(?:1|2|3|4|5|letzte[nr]?|last)(?:\.|st|nd|rd|th)?"
_NEXT = re.compile(
    rf"\b({_NTH}\s+(?:{WEEKDAY_RE}))\s+"
    r"(?:(?:im|in|des|of|vom|from)\s+(?:the\s+)?)?"
    r"(naechste[nmns]?|kommende[nmns]?|folgende[nmns]?|uebernaechste[nmns]?|neue[nmns]?|next"
    r"|following|coming|new)\s+(?:monats?|month)\b"
)


# ... or said first: "übernächsten Monat am ersten Samstag", "nächsten Monat, den zweiten
# Dienstag", "next month, on the first Friday"
_NEXT_FIRST = re.compile(
    r"\b(?:(?:im|in|am|the)\s+)?(?P<which>naechste[nmns]?|kommende[nmns]?|folgende[nmns]?"
    r"|uebernaechste[nmns]?|neue[nmns]?|next|following|coming|new)\s+(?:monats?|month)"
    rf"(?:\s+(?:am|den|dem|on|the|so|dann|also))*\s+(?P<day>{_NTH}\s+(?:{WEEKDAY_RE}))\b"
)


def name_next_month(text: str, today: date) -> str:
    """`text` with "im nächsten Monat" beside an ordinal weekday spelt as that month's name."""

    def month_of(which: str) -> str:
        ahead = 2 if which.startswith("uebernaechst") else 1
        return _NAME[(today.month - 1 + ahead) % 12 + 1]

    text = _NEXT.sub(lambda m: f"{m[1]} im {month_of(m[2])}", text)
    return _NEXT_FIRST.sub(lambda m: f"{m['day']} im {month_of(m['which'])}", text)
