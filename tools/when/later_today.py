"""Later today, said without a time: "later today", "later on today", "sometime later today",
"a bit later today", "today, later on", "heute später", "heute etwas später", "später heute",
"heute nachher", "nachher" alone. It is today from now on: the window from the next start on the
salon's grid (not before opening) to closing. Read as "heute" alone, the whole day would be
offered, starts already gone among them.

The words become "heute" and the caller's wish is flagged (`LaterToday.said`); the resolver adds
the bound from now when no time is said with them ("later today at four": 16:00) and a start is
still left today (after the last start, or on a closed day, "heute" says it as before: past or
closed). "später als drei" ("later than") is a bound of its own and left alone.
Works on normalized text (`tools.when.normalize`: folded, no punctuation)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime

_A_LITTLE = (
    r"(?:a\s+(?:bit|little)|bit|some\s*time|etwas|bisschen|ein\s+wenig|wenig|dann|noch|irgendwann)"
)
_LATER_TODAY = re.compile(
    rf"\b(?:{_A_LITTLE}\s+)*later\s+(?:on\s+)?today\b"
    rf"|\btoday\s+(?:{_A_LITTLE}\s+)*later(?:\s+on)?\b(?!\s+than)"
    rf"|\bheute\s+(?:{_A_LITTLE}\s+)*(?:spaeter|nachher)\b(?!\s+als)"
    r"|\b(?:spaeter|nachher)\s+(?:noch\s+)?heute\b"
    r"|^\s*(?:irgendwann\s+)?nachher(?:\s+irgendwann)?\s*$"
)


@dataclass(frozen=True)
class LaterToday:
    text: str  # the words with "heute" for the later-today phrase
    said: bool  # a later-today phrase was said


def later_today(text: str) -> LaterToday:
    """`text` with a later-today phrase as "heute", and whether one was said."""
    out, n = _LATER_TODAY.subn("heute", text)
    return LaterToday(out, n > 0)


def next_start(now: datetime, opening: int, grid: int) -> int:
    """The next start at or after `now` on the salon's grid of `grid` minutes, not before
    `opening` (minutes after midnight)."""
    minute = now.hour * 60 + now.minute + (1 if now.second or now.microsecond else 0)
    return max(opening, math.ceil(minute / grid) * grid)
