""" "Heute noch", "noch heute", "later today", "heute später": the rest of today's hours, from
the moment said to closing (a window), never the whole day (its gone morning included). Only
when no time is said ("heute noch, so halb acht" is that time); today gone or closed stays
"past" / "closed" as for "heute"."""

from __future__ import annotations

import re

from tools.when.times import Clock, TimeTerm

_STILL_TODAY = re.compile(
    r"\b(?:heute\s+noch|noch\s+heute|heute\s+(?:etwas\s+|ein\s+bisschen\s+)?spaeter"
    r"|spaeter\s+heute|(?:sometime\s+)?later\s+(?:on\s+)?today|today\s+later(?:\s+on)?)\b"
)


def rest_of_today(normalized: str, now_hour: int, now_minute: int) -> TimeTerm | None:
    """The bound "from now on" that "heute noch" says, or None (`normalized`: the folded text)."""
    m = _STILL_TODAY.search(normalized)
    if m is None:
        return None
    now = Clock(now_hour, now_minute, None, fixed=True)  # the 24-hour clock: never 3 a.m.
    return TimeTerm("after", m[0], clocks=(now,), inclusive=True)
