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


# "ab Donnerstag" (what the forms above become), "from Thursday on": the day the caller can come from
_FROM_DAY = re.compile(
    rf"^(?:(?:also|dann|so|then|well)\s+)*(?:ab|from)\s+(?:(?:am|dem|den|on)\s+)?(?:{WEEKDAY_RE})"
    r"(?:\s+(?:an|on|onwards|onward))?\s*$"
)


def from_day_said(text: str) -> bool:
    """The words (normalized, after `earliest_day`) are a day to come from and nothing else:
    on a closed day the caller still can come after it, so the first open day from it is meant
    (never the closed day answered alone)."""
    return _FROM_DAY.search(text) is not None


def earliest_day(text: str) -> str:
    """`text` (normalized) with the earliest day said as "ab" that day."""
    return _EARLIEST.sub("ab ", text)
