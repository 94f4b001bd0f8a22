"""A remark about the days the salon is closed, said beside the wish: "nicht diese Woche, und
montags habt ihr ja zu", "Dienstag, sonntags seid ihr ja eh geschlossen", "I know you're closed
on Mondays". It names no day wanted (never "closed <Monday>"): it is dropped, and what is left
is read ("nicht diese Woche" alone is asked: which day then?).

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_DAYS = rf"(?:{WEEKDAY_RE})"
_REMARK = re.compile(
    rf"(?:\b(?:und|aber|weil|da|ich\s+weiss|i\s+know|and|but|since)\s+)*"
    rf"(?:\b{_DAYS}\s+(?:habt|haben|hat|seid|sind|ist|macht|machen)\s+(?:ihr|sie|es|der\s+laden)?\s*"
    r"(?:(?:ja|doch|eh|sowieso|immer|ohnehin|auch|leider|bekanntlich)\s+)*"
    r"(?:zu|geschlossen|dicht|nicht\s+(?:offen|auf))\b"
    rf"|\b(?:youre|you\s+are|youre\s+always|are\s+you)\s+(?:always\s+)?closed\s+(?:on\s+)?{_DAYS}\b"
    rf"|\b(?:ihr\s+habt|sie\s+haben)\s+(?:(?:ja|doch|eh|sowieso)\s+)*{_DAYS}\s+(?:zu|geschlossen)\b)"
)


def drop_closed_remark(text: str) -> str:
    """`text` without a remark about the salon's closed weekdays."""
    return " ".join(_REMARK.sub(" ", text).split())
