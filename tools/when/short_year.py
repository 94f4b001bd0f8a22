"""A year said short with its apostrophe after a date ("am 30. April '93", "the 12th of November
’94", "30.4.'93"): the full year, the one of that ending nearest to today (said in 2093, "'94" is
2094 and "'92" 2092).

Read on the raw text, before `normalize` drops the apostrophe: without it a number after a date
may be a clock time ("am 30. April 10"), so only the apostrophe marks a year. A short year after
anything but a date (a month name, a day of month "30.4." or "30th") is left as said.
"""

from __future__ import annotations

import re
from datetime import date

from tools.when.lexicon import MONTHS
from tools.when.normalize import fold

_SHORT_YEAR = re.compile(
    r"(?P<before>(?:\b(?P<word>[^\W\d_]+)\.?|\d{1,2}\.\d{1,2}\.?|\d{1,2}(?:st|nd|rd|th|ten|te)"
    r")\s*,?\s*)['’‘´`](?P<year>\d{2})(?![\w'’:]|[.,]\d)",
    re.IGNORECASE,
)


def nearest_full_year(short: int, today: date) -> int:
    """The year ending in `short` nearest to `today`'s year: "00" said in 2099 is 2100, never
    2000 (W28)."""
    century = today.year - today.year % 100
    return min(
        (century - 100 + short, century + short, century + 100 + short),
        key=lambda y: abs(y - today.year),
    )


def _replace(m: re.Match[str], today: date) -> str:
    word = m["word"]
    if word is not None and fold(word) not in MONTHS:
        return m[0]  # "Freitag '95": no date before it
    return f"{m['before']}{nearest_full_year(int(m['year']), today)}"


def full_short_year(text: str, today: date) -> str:
    """`text` with every short year after a date written out in full."""
    return _SHORT_YEAR.sub(lambda m: _replace(m, today), text)
