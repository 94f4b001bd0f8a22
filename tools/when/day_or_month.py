"""A day of the month, a pause and a second ordinal that can be a month ("am dritten, äh,
Sechsten", "den zweiten, ähm, Neunten"): either the day and its month said in pieces (3.6.) or the
day corrected (the 6th). Nothing in the words tells which, so it is asked (convention W11 in
tests/corpus/README.md), never a silent pick. A second ordinal no month can be ("am Sechzehnten,
äh, Siebzehnten") stays the correction (round 8), and so does the neighbouring day ("am 10., äh,
11.": a slip by one, as rounds 4, 8 and 25 read it); a month or a date after it ("am 5., äh, 8.
März") and a correction said in words ("nee", "nein") are read as before. Works on normalized
text (ordinals as "3.")."""

from __future__ import annotations

import re

from tools.when.lexicon import MONTH_RE

_PAUSE = r"(?:aeh|aehm|oeh|oehm|ehm|hm|hmm|uh|uhm|erm)"
_DAY_PAUSE_ORDINAL = re.compile(
    rf"\b(?P<day>\d{{1,2}})\.\s+(?:{_PAUSE}\s+)+(?P<second>\d{{1,2}})\.(?!\s*\d)"
    rf"(?!\s*(?:{MONTH_RE})\b)"
)


def day_or_month(text: str) -> tuple[int, int] | None:
    """The day and the second ordinal (a month, or the corrected day) of a day, a pause and an
    ordinal up to 12 that is not its neighbour; None when there are none."""
    for m in _DAY_PAUSE_ORDINAL.finditer(text):
        day, second = int(m["day"]), int(m["second"])
        if 1 <= day <= 31 and 1 <= second <= 12 and abs(second - day) != 1:
            return day, second
    return None
