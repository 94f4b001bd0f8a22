"""Today's weekday said by reference: "in fünf Wochen, am selben Wochentag wie heute", "in two
weeks, on the same weekday as today", "am gleichen Wochentag wie heute". The caller names the
weekday of this moment, so the phrase is written as it ("mittwoch") and read with the count of
weeks beside it. After a count of weeks from now ("in drei Wochen, gleicher Wochentag", "in two
weeks, same weekday") the weeks keep today's weekday, so it is today's without "wie heute" (round
61). The same weekday as something else ("wie letztes Mal", "as my sister's") or as nothing said
("am selben Wochentag") is not today's: left as said, so it is asked. Works on normalized text."""

from __future__ import annotations

import re
from datetime import date

from tools.when.lexicon import GERMAN_WEEKDAYS

_SAME_WEEKDAY_AS_TODAY = re.compile(
    r"\b(?:(?:am|an\s+dem|on|on\s+the|the)\s+)?(?:gleiche[nr]?|selbe[nr]?|demselben|same)\s+"
    r"(?:wochentag|tag\s+der\s+woche|weekday|day\s+of\s+the\s+week)\s+(?:wie|as)\s+"
    r"(?:heute|today)\b"
)


# "in drei Wochen, (am) gleiche(n) Wochentag", "in 2 weeks, same weekday": weeks counted from now,
# the weekday said after them with nothing it is compared to
_AFTER_WEEKS_FROM_NOW = re.compile(
    r"\b(?P<weeks>in\s+(?:\d+|\w+)\s+(?:wochen?|weeks?))\s*,?\s+"
    r"(?:(?:am|an\s+dem|on|on\s+the|the)\s+)?(?:gleiche[nr]?|selbe[nr]?|demselben|same)\s+"
    r"(?:wochentag|tag\s+der\s+woche|weekday|day\s+of\s+the\s+week)\b(?!\s+(?:wie|as)\b)"
)


def same_weekday(text: str, today: date) -> str:
    """`text` with "the same weekday as today" written as today's weekday."""
    weekday = f"am {GERMAN_WEEKDAYS[today.weekday()]}"
    text = _AFTER_WEEKS_FROM_NOW.sub(lambda m: f"{m['weeks']} {weekday}", text)
    return _SAME_WEEKDAY_AS_TODAY.sub(lambda _: weekday, text)
