"""A day said as the earliest the caller can come ("frühestens Freitag", "nicht vor Mittwoch",
"not before Wednesday", "no earlier than Friday"): that day, as "ab Freitag" is (the hand
corpus' label: from that day on, the day itself offered first). A time said so ("nicht vor elf")
stays a bound on the time. Works on normalized text."""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_EARLIEST = re.compile(
    r"\b(?:fruehestens|allerfruehestens|nicht\s+vor|not\s+before|no\s+earlier\s+than"
    rf"|at\s+the\s+earliest\s+on)\s+(?=(?:(?:am|dem|den|on)\s+)?(?:{WEEKDAY_RE}|uebermorgen)\b)"
)


def earliest_day(text: str) -> str:
    """`text` (normalized) with the earliest day said as "ab" that day."""
    return _EARLIEST.sub("ab ", text)
