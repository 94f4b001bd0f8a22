"""The caller's appointment named by a demonstrative alone (blind 37, claims86; convention 67).

"This one's now on Thursday at three", "That one is on Saturday now", "Dieser ist jetzt am
Donnerstag um drei", "Der hier liegt jetzt am Samstag": the demonstrative points at the
appointment the call is about and names nothing else (67: the kind without details of its own),
so the sentence says what "your appointment" would. `deictic_one` gives the sentence with the
demonstrative said as the appointment, read as any sentence (`amended`, `restated`). Only with a
day or a time after it (the appointment placed); not a slot offered ("This one would work"),
a question or a condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_EN = lazy(r"^\W*(?:this|that)\s+one(?='s\b|\s+is\b|\s+has\s+been\b)", re.IGNORECASE)
_DE = lazy(r"^\W*(?:dieser|der\s+hier|der\s+da)(?=\s+(?:ist|liegt|steht|wurde)\b)", re.IGNORECASE)
_PLACED = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|morgen|übermorgen|tomorrow|uhr|o'clock|um\s+\w+|at\s+\w+)\b",
    re.IGNORECASE,
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether|would|could|might|wäre|würde|könnte|ginge|frei|free|"
    r"available|works?|passt|geht)\b",
    re.IGNORECASE,
)


def deictic_one(sentence: str, lang: str) -> str | None:
    """`sentence` with its opening demonstrative said as "your appointment", or None."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text) or not _PLACED.search(text):
        return None
    m = (_DE if lang == "de" else _EN).match(text)
    if m is None:
        return None
    return ("Ihr Termin" if lang == "de" else "Your appointment") + text[m.end() :]
