"""The salon's open day at a year's turn, named by what it is rather than by its date:
- "am ersten Werktag im neuen Jahr", "am ersten Werktag nach Neujahr", "im Januar", "the first
  working day of the new year": the salon's first open day of the coming year. A Saturday is a
  "Werktag" in German usage, so an open Saturday counts; Sundays, public holidays and the
  salon's own closed days (its Mondays) do not. "Arbeitstag", "working day", "business day",
  "workday" are Monday to Friday: the salon's first open day from the first of those that is no
  holiday, never an open Saturday before it (convention W18). Said in January after New Year's
  Day it is not read (gone or next year's? asked).
- "am letzten Tag vom Jahr, wo Sie aufhaben", "the last day of the year you're open": the salon's
  last open day of this year from today on (31.12. closed: the 30th). "Der letzte Tag im Jahr"
  without the opening said stays Silvester (`tools.when.days`).
Said with another name of the same day ("morgen, am letzten Tag vom Jahr, wo Sie aufhaben" said
on the 29th) the two agree and the day is answered.

Works on normalized text (`tools.when.normalize`: "ersten" is "1.", "first" is "1st").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tools.when.days import DayTerm, Today
from tools.when.first_open import OPEN_CLAUSE

_FIRST_WORKDAY = re.compile(
    r"\b(?:(?:de[nrm]|am|the|on\s+the)\s+)?(?:1\.|1st|first)\s+(?:werktag|arbeitstag"
    r"|working\s+day|business\s+day|workday)\s+(?:(?:im|in|des|vom|of)\s+(?:the\s+|dem\s+)?"
    r"(?:neuen\s+|new\s+)?(?:jahr|jahres|year|januar|january)|(?:nach|after)\s+(?:dem\s+)?"
    r"(?:neujahr|jahreswechsel|silvester|new\s+years?(?:\s+day)?))\b"
)
_LAST_OPEN = re.compile(
    r"\b(?:(?:de[nrm]|am|the|on\s+the)\s+)?(?:letzte[nrs]?|last)\s+(?:tag|day|werktag|working\s+day)"
    r"\s+(?:im|in|des|vom|of)\s+(?:the\s+|this\s+|diese[ns]?\s+|dem\s+)?(?:jahr|jahres|year)\s+"
    + OPEN_CLAUSE
)


def year_open_day(text: str, ctx: Today) -> tuple[str, DayTerm] | None:
    """The phrase without the words read, and the day they name; None when it has none."""
    m = _FIRST_WORKDAY.search(text)
    if m is not None:
        today = ctx.day
        if today.month == 1 and today.day > 1:
            return None
        year = today.year if (today.month, today.day) == (1, 1) else today.year + 1
        start = date(year, 1, 1)  # open days after it: the 1st is a holiday
        if "werktag" not in m[0]:  # Monday to Friday: an open Saturday is no "Arbeitstag"
            start = _first_weekday_workday(start, ctx) - timedelta(days=1)
        first = ctx.salon.next_open_days(start, 1)
        if not first:
            return None
        return _rest(text, m), DayTerm((first[0],), m[0])
    m = _LAST_OPEN.search(text)
    if m is not None:
        day = date(ctx.day.year, 12, 31)
        while day >= ctx.day and ctx.salon.hours_on(day) is None:
            day -= timedelta(days=1)
        if day < ctx.day:
            return None
        return _rest(text, m), DayTerm((day,), m[0])
    return None


def _first_weekday_workday(day: date, ctx: Today) -> date:
    """The first Monday to Friday after `day` that is no public holiday (an "Arbeitstag")."""
    day += timedelta(days=1)
    while day.weekday() >= 5 or ctx.salon.holiday_on(day):
        day += timedelta(days=1)
    return day


def _rest(text: str, m: re.Match[str]) -> str:
    return " ".join(f"{text[: m.start()]} {text[m.end() :]}".split())
