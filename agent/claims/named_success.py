"""A bare success said of the visit it names is the booking of what it names (convention 28:
"a bare form that names its visit stays a booking of what it names", as "Freitag um zehn.
Erledigt." is labelled; blind 21, claims35; a step of `reworded`): "Freitag um zehne bei'm
Fabian, isch gmacht" (after `upper_german`: "…, ist gemacht"), "Am Freitag um zehn bei Fabian,
ist erledigt" read as "… ist gebucht". Only where the sentence opens with the day and the time
and says nothing of cancelling or moving.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen)"
# the sentence names a day and a time before it ends in "…, ist gemacht / erledigt"
_NAMED_DONE = lazy(
    r"^(?P<slot>\W*(?:am\s+)?\w+\s+(?:um\s+\w+|\w+\s+uhr|\d\d?[:.]\d\d)\b.*?)"
    r"\s*,\s*(?:das\s+)?ist\s+(?:jetzt\s+|schon\s+)?(?:gemacht|erledigt)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_WEEKDAY = lazy(rf"^\W*(?:am\s+)?(?:{_DAY}|\w*(?:tig|tag|tach|dog))\b", re.IGNORECASE)
_OTHER_ACT = lazy(
    r"storn|abgesagt|abge\w+|verschoben|verlegt|gestrichen|ausgetragen|statt|nicht\s+mehr", re.I
)


def named_success(text: str, lang: str) -> str:
    """`text` with a bare success that names its visit read as that visit booked."""
    if lang != "de":
        return text
    m = _NAMED_DONE.search(text)
    if m is None or not _WEEKDAY.match(text) or _OTHER_ACT.search(text):
        return text
    return f"{m.group('slot').strip()} ist gebucht" + text[m.end() :]
