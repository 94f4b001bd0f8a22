"""A clock time said right after the day with no "um", as a speech recogniser writes spoken
numbers: "Donnerstag dreizehn dreißig", "Samstag 10 30", "Wednesday 14 30" (the hour and its
minutes, "um 13:30"), "Dienstag 16 hundert", "Freitag zehnhundert", "Freitag acht hundert" (the
hour, "um 1600", "um 800"; written as digits only after `normalize`, so `clock_formats` could not
mark them there). A part of the day may stand between ("Donnerstag nachmittags 3 45").

Two numbers after a day are read as hour and minutes only where they cannot be a day and month
("Freitag 10 12" could be 10.12.: left alone and asked) nor two days (the minutes are 13-59 or
"00", no day of the month takes them together with the hour); an hour is 0-23. After an article
("Freitag, den 13 30") or a clock word nothing is changed.

Works on normalized text (`tools.when.normalize`, `tools.when.hundred_clock`)."""

from __future__ import annotations

import re

from tools.when.clock_formats import clock_formats
from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE

# the day, maybe with its part ("Donnerstag nachmittags 3 45"), then the numbers
_DAY = (
    rf"\b((?:(?:{WEEKDAY_RE})|{NEAR_DAY_RE})(?:\s+(?:nachmittags?|vormittags?|morgens|frueh|abends?"
    r"|mittags?|afternoon|morning|evening|in\s+the\s+(?:afternoon|morning|evening)))?)"
)
_DAY_HOUR_MINUTES = re.compile(rf"{_DAY}\s+([01]?\d|2[0-3])\s+(00|1[3-9]|[2-5]\d)\b(?![.:/]?\d)")
# "Freitag 800" ("acht hundert"), "Mittwoch 930": one digit's hour and its minutes
_DAY_THREE_DIGITS = re.compile(rf"{_DAY}\s+([1-9](?:00|1[3-9]|[2-5]\d))\b(?![.:/]?\d)")


def day_clock(text: str) -> str:
    """ "donnerstag 13 30" -> "donnerstag um 13:30"; "dienstag 1600" -> "dienstag um 1600"."""
    text = _DAY_HOUR_MINUTES.sub(lambda m: f"{m[1]} um {int(m[2])}:{m[3]}", text)
    text = _DAY_THREE_DIGITS.sub(lambda m: f"{m[1]} um {m[2]}", text)
    return clock_formats(text)
