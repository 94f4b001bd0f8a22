"""Days counted in working days: "nächster Werktag", "am übernächsten Arbeitstag", "in drei
Werktagen", "heute in 3 Arbeitstagen", "the next business day", "in 2 working days". Counted in
the days the salon is open after today (its weekdays, without public holidays and its own
closed days): the day a receptionist would book. Where Werktage (Mon-Sat) or business days
(Mon-Fri) would count differently, the corpus accepts either day (README, round 24).

Works on the caller's words as said, before `normalize`: the phrase becomes the date ("am
22.03.2058"), read as any date said.
"""

from __future__ import annotations

import re
from datetime import date

from calendar_adapter.salon import SalonFile

_NUMBERS = {
    "ein": 1, "einen": 1, "einem": 1, "eins": 1, "one": 1, "a": 1, "zwei": 2, "zwo": 2, "two": 2,
    "drei": 3, "three": 3, "vier": 4, "four": 4, "fuenf": 5, "five": 5, "sechs": 6, "six": 6,
    "sieben": 7, "seven": 7, "acht": 8, "eight": 8, "neun": 9, "nine": 9, "zehn": 10, "ten": 10,
}  # fmt: skip
_UNIT = r"(?:werk|arbeits)tag(?:en|e|s)?|(?:business|working|work)\s+days?"
_NEXT = re.compile(
    rf"\b(?:(?:am|the|on\s+the)\s+)?(?P<which>naechste[nrms]?|uebernaechste[nrms]?|next|following)"
    rf"\s+(?:(?:freie[nrm]?|offene[nrm]?)\s+)?(?:{_UNIT})\b"
)
_IN = re.compile(
    rf"\b(?:(?:heute|today)\s+)?in\s+(?P<count>\d{{1,2}}|[a-z]+)\s+(?:{_UNIT})\b"
    rf"(?:\s+(?:from\s+(?:now|today)|ab\s+heute|von\s+heute\s+an))?"
)
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _nth_open_day(salon: SalonFile, today: date, count: int) -> date | None:
    if not 1 <= count <= 20:
        return None
    days = salon.next_open_days(today, count)
    return days[-1] if len(days) == count else None


def read_working_days(text: str, today: date, salon: SalonFile) -> str:
    """`text` with a day counted in working days as that date ("am 22.03.2058")."""
    folded = text.lower().translate(_FOLD)

    def as_date(m: re.Match[str], count: int | None) -> str:
        day = _nth_open_day(salon, today, count) if count is not None else None
        return m[0] if day is None else f" am {day:%d.%m.%Y} "

    def nth(m: re.Match[str]) -> str:
        return as_date(m, 2 if m["which"].startswith("ueber") else 1)

    def counted(m: re.Match[str]) -> str:
        word = m["count"]
        return as_date(m, int(word) if word.isdigit() else _NUMBERS.get(word))

    kept = _IN.sub(counted, _NEXT.sub(nth, folded))
    return text if kept == folded else kept
