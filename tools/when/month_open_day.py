"""The salon's last open day of a month, named by the opening rather than by its date: "am letzten
Tag, an dem Sie diesen Monat aufhaben", "the last day you're open this month", "am letzten
Öffnungstag im nächsten Monat". The month's last day counted back past its closed days (a Sunday,
a Monday, a holiday); this month's from today on. None left this month: not read (asked).

"Der letzte Tag des Monats" without the opening said stays the month's last day, open or not
(`tools.when.days`); the year's last open day is `tools.when.year_open_day`'s.

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from tools.when.days import DayTerm, Today, _next_month

_MONTH = (
    r"(?:(?:im|in|des|vom|of|diese[nms]?|this)\s+)?(?:the\s+|dem\s+|this\s+|diese[nms]?\s+)?"
    r"(?P<next>(?:naechste[nrms]?|kommende[nrms]?|next|coming)\s+)?(?:monats?|month)\b"
)
_OPEN = (
    r"(?:aufhaben|auf\s+haben|offen\s+haben|offen\s+sind|geoeffnet\s+haben|geoeffnet\s+sind"
    r"|aufhat|auf\s+hat|offen\s+hat|offen\s+ist|geoeffnet\s+hat|geoeffnet\s+ist|geoeffnet|offen"
    r"|auf|are\s+open|is\s+open|open)\b"
)
_CLAUSE = (
    r"(?:(?:wo|an\s+dem|an\s+welchem|den|that|when|on\s+which)\s+)?"
    r"(?:sie|ihr|you|youre|you\s+are|der\s+salon|the\s+salon|the\s+salons|the\s+shop|its)\s+"
)
_LAST = r"\b(?:(?:de[nrm]|am|the|on\s+the)\s+)?(?:letzte[nrs]?|last)\s+"
_DAY = r"(?:tag|day|werktag|working\s+day)\s+"
_LAST_OPEN = tuple(
    re.compile(p)
    for p in (
        # "am letzten Tag im Monat, an dem Sie aufhaben", "the last day of next month you're open"
        rf"{_LAST}{_DAY}{_MONTH}\s+{_CLAUSE}{_OPEN}",
        # "am letzten Tag, an dem Sie diesen Monat aufhaben", "the last day you're open this month"
        rf"{_LAST}{_DAY}{_CLAUSE}{_MONTH}\s+{_OPEN}",
        rf"{_LAST}{_DAY}{_CLAUSE}{_OPEN}\s+{_MONTH}",
        # "am letzten Öffnungstag im Monat", "the last open day of the month"
        rf"{_LAST}(?:oeffnungstag|offenen\s+tag|geoeffneten\s+tag|open\s+day)\s+{_MONTH}",
    )
)


def month_open_day(text: str, ctx: Today) -> tuple[str, DayTerm] | None:
    """The phrase without the words read, and the day they name; None when it has none."""
    m = next((m for p in _LAST_OPEN if (m := p.search(text))), None)
    if m is None:
        return None
    today = ctx.day
    year, month = _next_month(today) if m["next"] else (today.year, today.month)
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day >= today and day.month == month and ctx.salon.hours_on(day) is None:
        day -= timedelta(days=1)
    if day < today or day.month != month:
        return None
    rest = " ".join(f"{text[: m.start()]} {text[m.end() :]}".split())
    return rest, DayTerm((day,), m[0])
