"""A day and a month both said as English ordinals: "the seventh of the fifth", "on the 3rd of
the 9th", "twelfth of the seventh". Normalized, they read "7th of the 5th", which the day
patterns take as two days of the month (asked); the German form ("am siebten Fünften") is
already the numeric date "7. 5.". They are written so: "7. 5.", that date. So is the German
month said as its number after "im" ("der 3. im 12.", "den fünften im sechsten": the 3rd in the
12th month, "3. 12."), as callers and the recogniser say a date read off a form.

A month that is no month ("the fifth of the thirteenth") and an ordinal followed by what it
counts ("the 2nd of the 3rd week") are left alone (asked).
Works on normalized text (`tools.when.normalize`: ordinals as "7th")."""

from __future__ import annotations

import re

_ORD = r"(?:st|nd|rd|th)"
_DAY_OF_MONTH = re.compile(
    rf"(?<![\d.:/])(\d{{1,2}}){_ORD}\s+of\s+(?:the\s+)?(\d{{1,2}}){_ORD}\b"
    r"(?!\s+(?:weeks?|weekends?|months?|woche\w*|monat\w*|quarter|time))"
)

# "3. im 12.", "3ten im 12ten": the day, then its month's number after "im"
_DAY_IM_MONTH = re.compile(
    r"(?<![\d.:/])(\d{1,2})(?:\.|te[nr]?)\s+im\s+(\d{1,2})(?:\.|te[nr]?|\b)(?![\d.:])"
    r"(?!\s*(?:woche\w*|monat\w*|quartal\w*|jahr\w*|stock\w*|lebensjahr\w*))"
)


def _date(m: re.Match[str]) -> str:
    day, month = int(m[1]), int(m[2])
    return f"{day}. {month}." if 1 <= day <= 31 and 1 <= month <= 12 else m[0]


def ordinal_month(text: str) -> str:
    """`text` with "7th of the 5th" and "3. im 12." as the date "7. 5.", "3. 12." (day 1-31,
    month 1-12)."""
    return _DAY_IM_MONTH.sub(_date, _DAY_OF_MONTH.sub(_date, text))
