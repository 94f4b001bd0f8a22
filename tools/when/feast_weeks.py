"""Weeks counted from a feast on a Sunday ("eine Woche nach Pfingsten", "a week after Easter",
"zwei Wochen vor Ostern") land on a Sunday, when no shop opens: the caller counts roughly from
the feast, having named no weekday, so the days of that week are offered (asked), never "closed"
for a day they did not name (as months from now, README round 11; blind round 29). Counted from
a day that is no Sunday ("eine Woche vor Heiligabend", "zwei Wochen nach Pfingstmontag") the
count is a real day, closed or not (round 20's 60-day convention); on an open day it stays
that day."""

from __future__ import annotations

from datetime import date, timedelta

SUNDAY = 6
AROUND_DAYS = 3  # the landed day's week: three days either side


def weeks_from_sunday(mains: list[date], days: int) -> bool:
    """Whole weeks (`days` a multiple of seven) counted from a feast whose main day is a Sunday."""
    return days > 0 and days % 7 == 0 and any(d.weekday() == SUNDAY for d in mains)


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
