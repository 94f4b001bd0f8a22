"""British "a week Friday" (Friday week: the Friday after the coming one), said without the "on"
of "a week on Friday": read as "a week on Friday". "a week" alone or "in a week" stay as said."""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_A_WEEK_DAY = re.compile(rf"\ba\s+week\s+(?=(?:{WEEKDAY_RE})\b)")


def a_week_weekday(text: str) -> str:
    """Normalized `text` with "a week Friday" read as "a week on Friday"."""
    return _A_WEEK_DAY.sub("a week on ", text)
