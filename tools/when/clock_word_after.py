"""The clock word said after the minutes too ("um 9 Uhr 45 Uhr", "ten thirty o'clock", "eleven
fifteen o'clock"): the hour and minutes said, as "9 Uhr 45" and "10:30". Read alone, the trailing
word made the minutes an hour of their own ("45 Uhr": no clock time, asked; "15 o'clock": two
times offered). Only two-digit minutes (00-59) after an hour (0-24) are joined; "zwischen 10 und
11 Uhr" and "2 5 Uhr" stay as they are.

Works on normalized text (number words as digits)."""

from __future__ import annotations

import re

_HOUR = r"(?<![\d.:])(2[0-4]|1\d|0?\d)"
_MINUTES = r"([0-5]\d)"
_UHR_TWICE = re.compile(rf"{_HOUR}\s+uhr\s+{_MINUTES}\s+uhr\b")
_OCLOCK_AFTER = re.compile(rf"{_HOUR}\s+{_MINUTES}\s+oclock\b")


def clock_word_after(text: str) -> str:
    """`text` (normalized) with "9 uhr 45 uhr" as "9 uhr 45" and "10 30 oclock" as "10:30"."""
    text = _UHR_TWICE.sub(r"\1 uhr \2", text)
    return _OCLOCK_AFTER.sub(r"\1:\2", text)
