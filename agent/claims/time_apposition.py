"""Time phrases set off by commas before the clause they date (blind 37, claims86).

"In drei Tagen, am Samstag, sind Sie bei Lena", "Übermorgen, am Freitag, sind Sie bei Fabian",
"On Saturday, in three days, you're with Lena": the second time phrase is an apposition of the
first (the same day said twice), and both date the clause after them. Cut at the commas, the
clause ("sind Sie bei Lena") kept no day, and a visit stated without a claim word is read only
with its day named. `time_apposition` gives the sentence with those commas dropped, read as any
sentence (`amended`, `restated`). Not: a question, a condition; a clause that does not follow
the phrases at once (a list of days, "Freitag, Samstag, Sonntag").
"""

from __future__ import annotations

import re

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_DAY = "|".join(WEEKDAYS)
_NUM = r"(?:\w+|\d{1,2})"
_DE_TIME = (
    rf"(?:(?:also\s+|das\s+heißt\s+)?(?:am\s+(?:{_DAY})|(?:{_DAY})|übermorgen|morgen|heute|in\s+"
    rf"{_NUM}\s+tagen|um\s+{_NUM}(?:\s+uhr)?))"
)
_EN_TIME = (
    rf"(?:(?:so\s+|that's\s+|i\.e\.\s+)?(?:on\s+(?:{_DAY})|(?:{_DAY})|the\s+day\s+after\s+tomorrow|"
    rf"tomorrow|today|in\s+{_NUM}\s+days(?:'\s+time)?|at\s+{_NUM}(?:\s+o'clock)?))"
)
_DE = lazy(
    rf"^(\W*{_DE_TIME}(?:\s*,\s*{_DE_TIME})+)\s*,\s*(?=(?:sind|ist|haben|hat|steht|stehen|kommen|"
    r"bin|habe|wurde|wurden)\b)",
    re.IGNORECASE,
)
_EN = lazy(
    rf"^(\W*{_EN_TIME}(?:\s*,\s*{_EN_TIME})+)\s*,\s*(?=(?:you|you're|you've|we|we've|i|i've|it|"
    r"it's|your)\b)",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|if|whether|once|unless)\b", re.IGNORECASE)


def time_apposition(sentence: str, lang: str) -> str | None:
    """`sentence` with the commas between its opening time phrases and its clause dropped, or
    None where it does not open so."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return None
    m = (_DE if lang == "de" else _EN).match(text)
    if m is None:
        return None
    return re.sub(r"\s*,\s*", " ", m[1]) + " " + text[m.end() :]
