"""A day repaired mid-sentence, read with both days (blind 28's false blocks, claims51): one step
of `reworded`, keeping the day the speaker ends on.

"Sie sind am Samstag – Verzeihung, am Freitag um zehn eingetragen", "Donnerstag, äh, Freitag um
zehn ist gebucht", "You're in for Saturday – sorry, Friday at ten": the first day is taken back
(a self-repair is read by what it ends on), so the claim names the second only; read with both,
it named two days and no appointment matched.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|heute|morgen|übermorgen|today|tomorrow)"
)
_REPAIR = lazy(
    rf"\b(?:(?:am|for|on)\s+)?{_DAY}\s*[,–—-]?\s*(?:äh|ähm|öh|verzeihung|entschuldigung|pardon|"
    r"nein|sorry|i\s+mean|ich\s+meine|oder\s+vielmehr|nee|no)\s*[,–—-]?\s*"
    rf"(?=(?:(?:am|for|on)\s+)?{_DAY}\b)",
    re.IGNORECASE,
)


def day_repaired(sentence: str, lang: str) -> str:
    """`sentence` without a day it takes back for another, else as it is."""
    # on the words as said: folding drops the "äh" that marks the repair
    out = _REPAIR.sub("", sentence)
    return sentence if out == sentence else re.sub(r"\s{2,}", " ", out)
