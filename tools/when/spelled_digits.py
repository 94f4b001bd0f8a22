"""A clock time spelled digit by digit, as callers read a time off a screen: "eins null Uhr drei
null" 10:30, "zwo null null null" 20:00, "null neun vier fünf" 09:45, "one four one five" 14:15,
"eins zwo Uhr null null" 12:00. The run becomes the written clock ("10:30"), so the hours are read
as for any clock. Only a run that can be nothing but a clock is read: four digits (two and two
around "Uhr" too), or three with a zero among them ("neun drei null" 9:30), making an hour up to
23 and minutes up to 59, never after "am"/"den" (a day's number). "zwei drei" (two or three) and "fünf zehn" (no single digits) stay as
said. Works on the caller's words as said.
"""

from __future__ import annotations

import re

_DIGITS = {
    "null": 0, "zero": 0, "oh": 0, "eins": 1, "one": 1, "zwei": 2, "zwo": 2, "two": 2,
    "drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5, "fuenf": 5, "five": 5, "sechs": 6,
    "six": 6, "sieben": 7, "seven": 7, "acht": 8, "eight": 8, "neun": 9, "nine": 9,
}  # fmt: skip
_ZEROS = {"null", "zero", "oh"}
# before a run, a day's number: "am eins zwei" (the 12th) is no clock
_DATE_BEFORE = re.compile(r"\b(?:am|den|dem|der|vom|zum|on|the)\s+$", re.IGNORECASE)
_D = "(?:" + "|".join(sorted(_DIGITS, key=len, reverse=True)) + ")"
_RUN = re.compile(
    rf"\b(?P<hour>{_D}(?:\s+{_D})?)(?P<uhr>\s+uhr)?\s+(?P<minutes>{_D}\s+{_D})\b(?!\s+{_D}\b)",
    re.IGNORECASE,
)


def _clock(m: re.Match[str]) -> str:
    hour_words = m["hour"].lower().split()
    minute_words = m["minutes"].lower().split()
    words = hour_words + minute_words
    if _DATE_BEFORE.search(m.string[: m.start()]):
        return m[0]
    if m["uhr"] and len(hour_words) != 2:
        return m[0]
    if len(words) == 3 and not _ZEROS & set(words):
        return m[0]
    if len(words) == 3 and hour_words[0] in _ZEROS:  # "oh nine thirty" is read elsewhere
        return m[0]
    hour = int("".join(str(_DIGITS[w]) for w in hour_words))
    minutes = int("".join(str(_DIGITS[w]) for w in minute_words))
    if hour > 23 or minutes > 59:
        return m[0]
    return f"{hour}:{minutes:02d}"


def read_spelled_digits(text: str | None) -> str | None:
    """The text with a clock spelled digit by digit written as "H:MM"."""
    return _RUN.sub(_clock, text) if text else text
