"""A short claim after a rhetorical opening and a dash (blind 26, claims45).

"Tja, was soll ich sagen – eingetragen!", "Well… what can I say – you're in!", "Gute Nachricht –
gebucht!": an opening that says nothing of the calendar (a few words, no negation, number,
question or condition), then a dash or an ellipsis and a short outcome: the outcome is said.
`after_dash` gives the part after the last dash or ellipsis, read as any sentence (`amended`,
`restated`). A rhetorical question or exclamation before a dash or a colon ("Ist das nicht ein
Glück – gebucht!", "Was sagen Sie dazu: Der Termin ist gebucht!"; blind 32) is such an opening
too. Not: an opening that denies, conditions or names something ("Noch nicht – …",
"Wenn Sie Ja sagen – …", "Freitag geht nicht – …"): the reader's reading of the whole stands.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_SPLIT = lazy(r"\s+[–—-]\s+|\s*(?:…|\.\.\.)\s+")
_OPENING_NOT = lazy(
    r"\d|\?|:|\b(?:nicht|kein\w*|noch|nichts|wenn|falls|sobald|ob|leider|not|no|yet|if|once|"
    r"unless|nothing|unfortunately|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|morgen|heute|tomorrow|today)\b",
    re.IGNORECASE,
)


# a rhetorical question or exclamation as the opening (blind 32, claims67): its "nicht" and its
# colon ask nothing and deny nothing ("Ist das nicht ein Glück – gebucht!", "Was sagen Sie dazu:
# Der Termin ist gebucht!", "Wouldn't you know it – booked!")
_RHETORICAL = lazy(
    r"^\W*(?:(?:na|und|also)\W+)?(?:(?:ist|war)\s+das\s+nicht\s+(?:\w+\s+){0,3}?\w+|"
    r"was\s+sagen\s+sie\s+dazu|raten\s+sie\s+mal|wissen\s+sie\s+was|"
    r"isn't\s+(?:that|it)\s+(?:\w+\s+){0,2}?\w+|wouldn't\s+you\s+know\s+it|guess\s+what|"
    r"how\s+about\s+that|what\s+do\s+you\s+say\s+to\s+that)\W*$",
    re.IGNORECASE,
)
_SPLIT_RHETORICAL = lazy(r"\s+[–—-]\s+|\s*(?:…|\.\.\.)\s+|\s*:\s+")


def after_dash(sentence: str, lang: str) -> str | None:
    """The short statement after a rhetorical opening and a dash, or None (see above)."""
    text = straight_apostrophes(sentence)
    parts = _SPLIT_RHETORICAL.split(text)
    rhetorical = len(parts) == 2 and _RHETORICAL.search(parts[0]) is not None
    if not rhetorical:
        parts = _SPLIT.split(text)
    if len(parts) < 2:
        return None
    opening, last = " ".join(parts[:-1]), parts[-1].strip()
    if not rhetorical and _OPENING_NOT.search(opening):
        return None
    if len(opening.split()) > 6 or len(last.split()) > 4:
        return None
    if not last or last.endswith("?"):
        return None
    return last[:1].upper() + last[1:]
