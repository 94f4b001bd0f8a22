"""Weeks counted from a feast ("eine Woche nach Pfingsten", "a week after Easter", "zwei Wochen
vor Ostern") that land on a day the salon is closed: the caller counts roughly from the feast,
having named no weekday, so the days of that week are offered (asked), never "closed" for a
Sunday or Monday they did not name (as months from now, README round 11; blind round 29). On an
open day the count stays that day."""

from __future__ import annotations

from datetime import date, timedelta

AROUND_DAYS = 3  # the landed day's week: three days either side


def days_around(landed: tuple[date, ...]) -> tuple[date, ...]:
    """The days around each landed day, to be offered as a span."""
    return tuple(
        sorted(
            {d + timedelta(days=i) for d in landed for i in range(-AROUND_DAYS, AROUND_DAYS + 1)}
        )
    )


SOON_DAYS = 13  # "irgendwann nach Ostern" with Easter gone: the coming two weeks, offered


def after_gone_feast(feast: list[date], today: date) -> tuple[date, ...] | None:
    """'(irgendwann) nach Ostern', 'sometime after Easter' said when the feast has just gone
    (the name reads as this year's): every day from today on is after it, so the caller is
    asked with the coming days, never told "past" (blind round 29). A feast still ahead: None."""
    if not feast or max(feast) >= today:
        return None
    return tuple(today + timedelta(days=i) for i in range(SOON_DAYS + 1))
