"""A remark about the days the salon is closed, said beside the wish: "nicht diese Woche, und
montags habt ihr ja zu", "Dienstag, sonntags seid ihr ja eh geschlossen", "I know you're closed
on Mondays". It names no day wanted (never "closed <Monday>"): it is dropped, and what is left
is read ("nicht diese Woche" alone is asked: which day then?). A holiday said closed right after
the day it falls on ("Freitag, äh, Karfreitag ist ja zu, dann Samstag", round 60) is why that day
is taken back: read as "nein", so the day said after it replaces it.

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import functools
import re

from tools.when.lexicon import WEEKDAY_RE
from tools.when.named_days import phrase_pattern

_DAYS = rf"(?:{WEEKDAY_RE})"
_REMARK = re.compile(
    rf"(?:\b(?:und|aber|weil|da|ich\s+weiss|i\s+know|and|but|since)\s+)*"
    rf"(?:\b{_DAYS}\s+(?:habt|haben|hat|seid|sind|ist|macht|machen)\s+(?:ihr|sie|es|der\s+laden)?\s*"
    r"(?:(?:ja|doch|eh|sowieso|immer|ohnehin|auch|leider|bekanntlich)\s+)*"
    r"(?:zu|geschlossen|dicht|nicht\s+(?:offen|auf))\b"
    rf"|\b(?:youre|you\s+are|youre\s+always|are\s+you)\s+(?:always\s+)?closed\s+(?:on\s+)?{_DAYS}\b"
    rf"|\b(?:ihr\s+habt|sie\s+haben)\s+(?:(?:ja|doch|eh|sowieso)\s+)*{_DAYS}\s+(?:zu|geschlossen)\b)"
)


_HOLIDAY_CLOSED = (
    r"\s+(?:ist|sind|habt\s+ihr|haben\s+sie|seid\s+ihr)\s+(?:(?:ja|doch|eh|sowieso|ohnehin|leider)\s+)*"
    r"(?:zu|geschlossen|dicht)\b"
)


@functools.cache
def _holiday_closed() -> re.Pattern[str]:
    return re.compile(rf"{phrase_pattern().pattern}{_HOLIDAY_CLOSED}")


def drop_closed_remark(text: str) -> str:
    """`text` without a remark about the salon's closed weekdays; a holiday said closed after a
    day is that day taken back ("nein")."""
    if " zu" in text or "geschlossen" in text or "dicht" in text:
        text = _holiday_closed().sub(" nein ", text)
    return " ".join(_REMARK.sub(" ", text).split())
