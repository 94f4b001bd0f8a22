"""A bound said with its reason: "ab 16 Uhr, früher schaff ich's nicht", "bis 12, später geht
nicht", "no later than 1, I can't do later". The reason only restates the bound (it rules out the
side beyond it), so its "nicht" is not an exclusion to ask about. A reason against the bound
("ab 16 Uhr, später geht nicht"), or one said with anything but bounds of its direction, is left
as said: the caller is asked; so is a reason that names a day or time of its own ("früher
nicht, Freitag").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from tools.when.lexicon import is_temporal
from tools.when.times import TimeTerm

T = TypeVar("T")

_EARLIER = r"frueher|eher|vorher|davor|zeitiger|earlier|any\s+earlier|before\s+that"
_LATER = r"spaeter|danach|nachher|later|any\s+later|after\s+that"
_NOT = (
    r"nicht|kaum|nie|not|never|doesnt|dont|wont|isnt|is\s+no\s+good|no\s+good"
    r"|kein\w*\s+zeit|no\s+time"
)
_TIME_WORDS = frozenset({"zeit", "time"})  # "keine Zeit" says no time of its own
_CANT = r"(?:i\s+)?(?:cant|cannot|couldnt|wont\s+be\s+able\s+to)"
# the reason, at the end of what was said: the side first ("früher schaff ich's nicht", "later
# doesn't work for me") or, in English, the inability first ("I can't make it earlier")
_REASON = re.compile(
    rf"\b(?:(?:aber|but|leider|weil|because|da|denn)\s+)?"
    rf"(?:(?P<side>{_EARLIER}|{_LATER})\b(?:\s+\S+){{0,5}}?\s+(?:{_NOT})\b(?:\s+\S+){{0,3}}"
    rf"|{_CANT}\b(?:\s+\S+){{0,3}}?\s+(?P<side2>{_EARLIER}|{_LATER}))\s*$"
)
_EARLIER_RE = re.compile(rf"^(?:{_EARLIER})$")


def restated_bound(
    text: str, parse: Callable[[str], tuple[list, list[TimeTerm], str]]
) -> tuple[list, list[TimeTerm], str] | None:
    """The reading of `text` (normalized) without a reason that restates its bound, or None when
    there is no such reason (read the text as said). `parse` reads days, times and the rest."""
    m = _REASON.search(text)
    if m is None or m.start() == 0:
        return None
    side = m["side"] or m["side2"]
    others = m[0].replace(side, " ", 1).split()
    if any(
        w.isdigit() or (is_temporal(w) and w not in _TIME_WORDS) for w in others
    ):  # "früher nicht, erst ab 16": asked
        return None
    want = "after" if _EARLIER_RE.match(side) else "before"  # "früher nicht": from the bound on
    days, times, rest = parse(text[: m.start()])
    if not times or any(t.kind != want for t in times):
        return None
    return days, times, rest
