"""A stretch the salon cannot place said beside a written date ("während der Schulferien, am
4.4.", "in den Sommerferien, am 20.8.", "am 3.9., während der Messe", "during half term, on 2
December", "in den Osterferien, also am Dienstag nach Ostern"): the date, or the weekday named by
a feast, names the day; the school holidays, the fair or the market only say why.
Without such a date the stretch stays unread and is asked ("in den Herbstferien": which day?),
and a weekday beside it is left as it is (the coming one, or asked).

Works on the caller's words as said, before `normalize`; only for the date field."""

from __future__ import annotations

import re

from tools.when.lexicon import MONTH_RE, WEEKDAY_RE

_STRETCH = re.compile(
    r",?\s*\b(?:in|w(?:ä|ae|a)hrend|during|over|zur|zum|at)\s+(?:(?:den|der|des|dem|die|the)\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:[^\W\d_]*ferien|[^\W\d_]*messe|[^\W\d_]*m(?:ä|ae|a)rkte?s?"
    r"|gr(?:ü|ue|u)nen\s+woche|school\s+holidays?|half[\s-]+term|holidays)\b,?",
    re.IGNORECASE,
)
_DATE = re.compile(
    rf"(?<![\d.])\d{{1,2}}\.\s?\d{{1,2}}\.|\b\d{{1,2}}(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_RE})\b",
    re.IGNORECASE,
)
# A weekday named by the feast it comes before or after ("am Dienstag nach Ostern", "the Tuesday
# after Easter Monday", "den Freitag vor Pfingsten"): one day, as a written date is
_DAY_BY_FEAST = re.compile(
    rf"\b(?:{WEEKDAY_RE})\s+(?:nach|vor|after|before)\s+(?:(?:dem|the)\s+)?"
    r"(?:oster\w*|pfingst\w*|weihnacht\w*|easter|whitsun\w*|pentecost|christmas)\b",
    re.IGNORECASE,
)


def without_period_beside_date(text: str) -> str:
    """`text` without a holiday or event stretch when a written date stands beside it."""
    if not _DATE.search(text) and not _DAY_BY_FEAST.search(text):
        return text
    return " ".join(_STRETCH.sub(" ", text).split()).strip(" ,")


__all__ = ["without_period_beside_date"]
