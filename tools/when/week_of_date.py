"""A weekday in the week of a day of the month: "in der Woche vom 5. am Donnerstag", "Donnerstag in
der Woche vom 5. April", "the week of the 5th, on the Thursday", "the Thursday in the week of the
12th". The day of the month names a week (Monday to Sunday, the one that holds it), the weekday
its day; the day of the month is the coming one (this month's while it is ahead, else next
month's; with a month named, that month's coming one). "In der Woche vom 5." without a weekday
names no day and stays asked.

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tools.when.lexicon import MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS


def _week_of(k: str) -> str:
    """ "in der Woche vom 5.", "the week of the 5th of April" with its groups named n<k>, mon<k>."""
    nth = rf"(?P<n{k}>\d{{1,2}})(?:st|nd|rd|th)?\.?(?:\s+(?:of\s+)?(?P<mon{k}>{MONTH_RE})\b\.?)?"
    return (
        r"(?:(?:in\s+der\s+)?woche\s+(?:vom|ab\s+dem|ab\s+den|um\s+den|mit\s+dem)"
        r"|(?:(?:in|during)\s+)?the\s+week\s+(?:of|starting|beginning|commencing)"
        rf"(?:\s+the)?)\s+{nth}"
    )


_ON = r"(?:(?:am|den|on|on\s+the|the)\s+)?"
_WEEK_DAY = re.compile(
    # "in der Woche vom 5. am Donnerstag", "the week of the 5th, on the Thursday"
    rf"\b{_week_of('1')}\s+{_ON}(?P<wd1>{WEEKDAY_RE})\b"
    # "Donnerstag in der Woche vom 5.", "the Thursday in the week of the 5th"
    rf"|\b{_ON}(?P<wd2>{WEEKDAY_RE})\s+(?:in\s+|of\s+)?{_week_of('2')}"
)


def _coming(day_of_month: int, month: int | None, today: date) -> date | None:
    """The coming day `day_of_month` (in `month` when named), or None when it does not exist."""
    year, mon = today.year, month or today.month
    for _ in range(13):
        try:
            found = date(year, mon, day_of_month)
        except ValueError:
            found = None
        if found is not None and found >= today:
            return found
        if month is not None and found is not None:
            return date(year + 1, mon, day_of_month) if (mon, day_of_month) != (2, 29) else None
        mon, year = (1, year + 1) if mon == 12 else (mon + 1, year)
    return None


def week_of_date(text: str, today: date) -> str:
    """Normalized `text` with a weekday in the week of a day of the month as that date
    ("2094-04-08")."""

    def day_of(m: re.Match[str]) -> str:
        k = "1" if m["wd1"] else "2"
        n, mon, wd = m[f"n{k}"], m[f"mon{k}"], m[f"wd{k}"]
        nth = _coming(int(n), MONTHS[mon] if mon else None, today)
        if nth is None:
            return m[0]
        day = nth - timedelta(days=nth.weekday()) + timedelta(days=WEEKDAYS[wd])
        return f" {day.isoformat()} "

    return " ".join(_WEEK_DAY.sub(day_of, text).split())
