"""The clock word said after the minutes too ("um 9 Uhr 45 Uhr", "ten thirty o'clock", "eleven
fifteen o'clock"): the hour and minutes said, as "9 uhr 45" and "10:30". Read alone, the trailing
word made the minutes an hour of their own ("45 Uhr": no clock time, asked; "15 o'clock": two
times offered).

Joined only where the minutes cannot be a second hour said beside the first: two digits with
nothing between them but spaces (a comma keeps "15 Uhr, 15 Uhr" and "14 Uhr, 15 Uhr" two times),
25 or more, or a multiple of five more than an hour away from the hour ("10 Uhr 15 Uhr"); the
same hour twice ("15 Uhr 15 Uhr") and neighbouring hours ("14 Uhr 15 Uhr", two times side by side:
a window, README round 16l) stay as they are.

Works on lower-case text with number words as digits, before punctuation is dropped."""

from __future__ import annotations

import re

_HOUR = r"(?<![\d.:])(2[0-4]|1\d|0?\d)"
_UHR_TWICE = re.compile(rf"{_HOUR}[ \t]+uhr[ \t]+([0-5]\d)[ \t]+uhr\b")
_OCLOCK_AFTER = re.compile(rf"{_HOUR}[ \t]+([0-5]\d)[ \t]+o\s?clock\b")


def _minutes(hour: str, minutes: str) -> bool:
    """Whether `minutes` said after `hour` can only be its minutes, never a second hour."""
    h, m = int(hour), int(minutes)
    return m >= 25 or (m % 5 == 0 and abs(m - h) > 1)


def clock_word_after(text: str) -> str:
    """`text` with "9 uhr 45 uhr" as "9 uhr 45" and "10 30 oclock" as "10:30"."""
    text = _UHR_TWICE.sub(lambda m: f"{m[1]} uhr {m[2]}" if _minutes(m[1], m[2]) else m[0], text)
    return _OCLOCK_AFTER.sub(lambda m: f"{m[1]}:{m[2]}" if _minutes(m[1], m[2]) else m[0], text)
