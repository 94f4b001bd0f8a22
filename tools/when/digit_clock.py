"""A clock time said digit by digit, as railway and radio speech and a speech recogniser give it
("zehn drei null", "vierzehn vier fünf", "nine one five", "eins vier drei null", "eins null drei
null", "elf Uhr drei null"): the hour, then the two digits of the minutes, is that time (10:30,
14:45, 9:15, 14:30, 10:30, 11:30).

Only a run of three or four numbers: an hour (0-23, said whole or as two digits) and the two
digits of the minutes (the first 0-5), with no digit, mark or unit of days around them ("10 3 0"
is 10:30; "2 3 4 Tage", "10 3 0 5 7" stay as said). The normalizer joins "null drei" to "03",
which counts as its two digits. Works on normalized text (number words as digits)."""

from __future__ import annotations

import re

_RUN = re.compile(
    r"(?<![\d.:/,])(?<!\d\s)\b(\d{1,2}(?:\s+(?:uhr\s+)?\d{1,2}){2,3})\b"
    r"(?!\s*[\d.:/]|\s+(?:tage?n?|wochen?|days?|weeks?|monate?n?|months?|mal|times|leute"
    r"|personen|people)\b)"
)


def _clock(run: str) -> str | None:
    """The clock time a run of numbers spells ("1 4 3 0": "14:30"), else None."""
    tokens = run.split()
    hour_said = "uhr" in tokens  # "11 uhr 3 0": the hour, then the minutes' digits
    if hour_said:
        if tokens.index("uhr") != 1:
            return None
        tokens.remove("uhr")
    if any(len(t) == 2 and not t.startswith("0") for t in tokens[1:]):
        return None  # "10 15 30": whole numbers, not digits
    if len(tokens) == 3 and len(tokens[1]) == len(tokens[2]) == 1:
        hour, minutes = tokens[0], tokens[1] + tokens[2]  # "10 3 0"
    elif not hour_said and all(len(t) == 1 or t.startswith("0") for t in tokens):
        digits = "".join(tokens)  # "1 4 3 0", "1 03 0"
        if len(digits) != 4:
            return None
        hour, minutes = digits[:2], digits[2:]
    else:
        return None
    if int(hour) > 23 or int(minutes) > 59:
        return None
    return f"{int(hour)}:{minutes}"


def digit_clock(normalized: str) -> str:
    """`normalized` with an hour and its minutes said digit by digit read as one clock time."""

    def read(m: re.Match[str]) -> str:
        return _clock(m[1]) or m[0]

    return _RUN.sub(read, normalized)
