"""A clock time said digit by digit, as railway and radio speech and a speech recogniser give it
("zehn drei null", "vierzehn vier fünf", "nine one five", "eins vier drei null"): the hour, then
the two digits of the minutes, is that time (10:30, 14:45, 9:15, 14:30).

Only an hour (0-23, said whole or as two digits) followed by exactly two single digits, the
first 0-5 (minutes), with no digit, mark or unit of days around them ("10 3 0" is 10:30; "2 3 4
Tage", "10 3 0 5 7" stay as said). Works on normalized text (number words as digits)."""

from __future__ import annotations

import re

_NOT_A_CLOCK_AFTER = (
    r"(?!\s*[\d.:/]|\s+(?:tage?n?|wochen?|days?|weeks?|monate?n?|months?|mal|times|leute|personen"
    r"|people)\b)"
)
_HOUR_DIGITS = re.compile(  # "1 4 3 0": 14:30
    rf"(?<![\d.:/,])(?<!\d\s)\b([01]\s+\d|2\s+[0-3])\s+([0-5])\s+(\d)\b{_NOT_A_CLOCK_AFTER}"
)
_DIGIT_MINUTES = re.compile(  # "10 3 0": 10:30
    rf"(?<![\d.:/,])(?<!\d\s)\b([01]?\d|2[0-3])\s+([0-5])\s+(\d)\b{_NOT_A_CLOCK_AFTER}"
)


def digit_clock(normalized: str) -> str:
    """`normalized` with an hour and its minutes said digit by digit read as one clock time."""
    joined = _HOUR_DIGITS.sub(lambda m: f"{m[1].replace(' ', '')}:{m[2]}{m[3]}", normalized)
    return _DIGIT_MINUTES.sub(r"\1:\2\3", joined)
