"""Written clock formats a speech recogniser or a chat caller uses that the time patterns do not
read as said: "15hr", "9hrs" (the hour, as "15h": 15 Uhr), and four digits right after a weekday
or a relative day ("Mittwoch 0930", "Freitag 1415": that day at 09:30, 14:15), read as "um 0930"
(the 24-hour clock). Not after "in" ("in 2hrs": a span from now); four digits that are no clock
time ("Mittwoch 2561") or could as well be a day and month ("Freitag 1012": 10:12 or 10.12.?)
are left alone and asked as before."""

from __future__ import annotations

import re

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE

_GLUED_HOURS = re.compile(r"(?<!\bin\s)\b(\d{1,2})\s?hrs?\b")
_DAY_THEN_FOUR_DIGITS = re.compile(
    rf"\b((?:{WEEKDAY_RE})s?|{NEAR_DAY_RE}|übermorgen)"
    r"(\s*,?\s+)((?:[01]\d|2[0-3])[0-5]\d)(?![\d.:/])(?!\s*(?:uhr|hours?)\b)"
)


def _as_time(m: re.Match[str]) -> str:
    digits = m[3]
    day, month = int(digits[:2]), int(digits[2:])
    if 1 <= day <= 31 and 1 <= month <= 12:  # also a date: not decided here
        return m[0]
    return f"{m[1]}{m[2]}um {digits}"


def clock_formats(text: str) -> str:
    """`text` lower case: "15hr" -> "15 uhr", "mittwoch 0930" -> "mittwoch um 0930"."""
    text = _GLUED_HOURS.sub(r"\1 uhr", text)
    return _DAY_THEN_FOUR_DIGITS.sub(_as_time, text)
