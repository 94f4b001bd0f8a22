"""A day said as some days later or earlier than another, in the words of a comparison or of a
correction: "einen Tag später als Freitag", "zwei Tage früher als Samstag", "a day later than
Tuesday", "one day earlier than Saturday"; "nicht Freitag, sondern den Tag danach", "not
Wednesday, the day before". Rewritten as the counted day the rules read ("einen tag nach
freitag", "den tag vor mittwoch"), so "a day later than Tuesday, at ten" is never Tuesday itself.

Works on normalized text (lower case, umlauts folded, punctuation gone, number words digits).
"""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_COUNT = r"(\d{1,2}|einen|ein|eine|one|a)"
_LATER = r"(spaeter|later|frueher|eher|earlier|sooner)"
# "einen Tag später als Freitag", "two days earlier than Saturday"
_COMPARED = re.compile(rf"\b{_COUNT}\s+(tag|tage|tagen|day|days)\s+{_LATER}\s+(?:als|than)\s+")
# "nicht Freitag, sondern den Tag danach", "not Wednesday, the day after"
_CORRECTED = re.compile(
    rf"\b(?:nicht|not)\s+(?:(?:am|den|on)\s+)?({WEEKDAY_RE})\s+"
    r"(?:(?:sondern|but|rather|lieber|eher|instead)\s+)?(?:(?:den|am|the|on\s+the)\s+)?"
    r"(?:tag|day)\s+(danach|darauf|drauf|after|davor|vorher|before)\b"
)
_BACK = ("frueher", "eher", "earlier", "sooner", "davor", "vorher", "before")


def day_offset_words(text: str) -> str:
    """`text` with a day said later or earlier than a named day as that day counted from it."""
    text = _COMPARED.sub(lambda m: f"{m[1]} {m[2]} {'vor' if m[3] in _BACK else 'nach'} ", text)
    return _CORRECTED.sub(lambda m: f"den tag {'vor' if m[2] in _BACK else 'nach'} {m[1]}", text)
