"""Days counted from a named day ("zwei Tage nach Ostermontag", "eine Woche nach Himmelfahrt",
"der Donnerstag vor Karfreitag", "the Monday after Easter"), when the named day is meant in two
years (this year's gone, next year's far): the counted day is settled as a day and month said
alone (round 11, `days.RECENT_PAST_DAYS`): gone within 60 days it is that one (past); gone
longer, the one ahead. Only when neither settles it is the caller asked which year.

Also the units a day is counted in: days, or weeks of seven ("eine Woche nach", "two weeks
before").
"""

from __future__ import annotations

from datetime import date

RECENT_PAST_DAYS = 60  # as tools.when.days (imported there from here would be circular)


def days_counted(count: int, unit: str) -> int:
    """Days in `count` of `unit` ("tage" 1, "woche" 7); 0 for a weekday named as the unit."""
    if unit.startswith(("woche", "week")):
        return 7 * count
    return count


def settle_years(days: tuple[date, ...], today: date) -> tuple[date, ...]:
    """The counted days of two years, settled: the recent one gone, else the one ahead."""
    if len({d.year for d in days}) < 2:
        return days
    recent = [d for d in days if d < today and (today - d).days <= RECENT_PAST_DAYS]
    ahead = [d for d in days if d >= today]
    if recent:
        return (recent[-1],)
    if len(ahead) == 1:
        return (ahead[0],)
    return days
