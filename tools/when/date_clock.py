"""A clock time in three or four digits right after a date said without its year, as a speech
recogniser writes "sechzehnter Zwölfter, fünfzehn dreißig": "16.12. 1530", "21.04., 1900",
"7.11. 0930", "22.5. 930", "am 16. Dezember 1530" (that day at 15:30, 19:00, 09:30, 09:30).

Four digits after a date and a space or comma are its year only when they can be one for a
booking: last year (a slip at the turn of the year, "3.1. 2061" said in January 2062), this year
or the next two ("am 3.12. 2062" stays the year). Any other value that is a clock time (the hour
0-23, the minutes 00-59) is the clock, as a receptionist hears "1530" after "16.12.": no caller
books in the year 1530 or 1900. Three digits are never a year. Digits that are no clock time
("3.12. 2075" in 2061, "16.12. 1575") stay as said, read and refused as before. Four digits
glued to the date ("8.1.2000", "3.12.2062") are the year as written, whatever it is (round 44's
written date, W28).

Works on normalized text, before the day and clock patterns read it."""

from __future__ import annotations

import re
from datetime import date

from tools.when.lexicon import MONTH_RE

# the date: "16.12.", "16.12", "16. dezember"; then a space or a comma (glued digits are its year)
_DATE_THEN_DIGITS = re.compile(
    rf"(?<![\d.])((?:0?[1-9]|[12]\d|3[01])\.\s?(?:(?:0?[1-9]|1[0-2])\.?|(?:{MONTH_RE})\b\.?))"
    r"(\s*,\s*|\s+)"
    r"(\d{3,4})(?![\d.:/])(?!\s*(?:uhr|hours?)\b)"
)
YEARS_AHEAD = 2  # "3.12. 2063" said in 2061: a year, more than a year ahead, refused as one


def _is_clock(digits: str) -> bool:
    hour, minutes = int(digits[:-2]), int(digits[-2:])
    return hour <= 23 and minutes <= 59


def is_year(digits: str, today: date) -> bool:
    """Four digits that can be the year of a booking said today."""
    return len(digits) == 4 and today.year - 1 <= int(digits) <= today.year + YEARS_AHEAD


def date_clock(text: str, today: date) -> str:
    """ "16.12. 1530" -> "16.12. um 1530"; "3.12. 2062" (said in 2061) unchanged."""

    def read(m: re.Match[str]) -> str:
        digits = m[3]
        if is_year(digits, today) or not _is_clock(digits):
            return m[0]
        date_said = m[1] if m[1].endswith(".") or not m[1][-1].isdigit() else f"{m[1]}."
        return f"{date_said} um {digits}"

    return _DATE_THEN_DIGITS.sub(read, text)
