""" "the week after next, Wednesday", "in the week after next, Thursday": the weekday in that
week, as "the week after next on Wednesday" is read. Without the "on" the words run together
("after next Wednesday") once the comma is gone, so it is put in.

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_WEEK_THEN_DAY = re.compile(
    rf"\b(week\s+after\s+next)\s*[,;:–—-]\s*(?:on\s+)?(?=(?:{WEEKDAY_RE})\b)", re.IGNORECASE
)


def week_after_next_day(text: str) -> str:
    """`text` with "the week after next, <weekday>" read as that weekday in that week."""
    return _WEEK_THEN_DAY.sub(r"\1 on ", text)
