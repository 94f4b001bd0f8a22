"""A move told as the place the caller had and the place it is now (blind 42, claims103; a step
of `reworded`): "Sie hatten Freitag um zehn, jetzt ist es Donnerstag um fünfzehn Uhr",
"Ursprünglich war es Freitag um zehn, nun ist es Donnerstag um drei", "You'd had Friday at ten,
and now it's Thursday at three", "It used to be Friday at 10, and now it's Thursday at 3 pm": the
pluperfect or "used to" of the old place and "now" of the new one say the appointment was moved
from the one to the other (the writer's label: `rescheduled` with `old`). Read as "Ihr Termin ist
von … auf … verschoben." / "Your appointment has been moved from … to …".

Not: a question, a denial or a condition, and two places that name no day ("Sie hatten zehn
gesagt, jetzt ist es elf?" is asked).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)"
)
_PLACE = rf"(?:(?:am|on|der|the)\s+)?{_DAY}(?:[\s,]+(?:um|at)?\s*[\w:.]+(?:\s+(?:uhr|pm|am|p\.m\.|a\.m\.|o'clock))?)?"
_DE = lazy(
    rf"^\W*(?:sie\s+hatten|ursprünglich\s+(?:hatten\s+sie|war\s+es|war\s+der\s+termin)|"
    rf"vorher\s+(?:war\s+es|hatten\s+sie)|bisher\s+hatten\s+sie)\s+(?P<old>{_PLACE})\s*[,;–—-]\s*"
    rf"(?:und\s+|aber\s+)?(?:jetzt|nun|inzwischen)\s+(?:ist\s+es|steht|haben\s+sie)\s+"
    rf"(?P<new>{_PLACE})\s*(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
_EN = lazy(
    rf"^\W*(?:you(?:'d|\s+had)\s+had|you\s+(?:originally\s+)?had|it\s+used\s+to\s+be|"
    rf"(?:it\s+was\s+)?originally(?:\s+it\s+was)?|before,?\s+it\s+was)\s+(?P<old>{_PLACE})\s*[,;–—-]\s*"
    rf"(?:and\s+|but\s+)?now\s+(?:it's|it\s+is|you're\s+on|you\s+have)\s+(?P<new>{_PLACE})"
    r"\s*(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:nicht|kein\w*|wenn|falls|not|never|if|unless)\b|n't\b", re.IGNORECASE)


def moved_from_had(text: str, lang: str) -> str:
    """`text` with a move told as what the caller had and what it is now said as the move."""
    if _NOT.search(text):
        return text
    if lang == "de":
        m = _DE.match(text)
        if m:
            return f"Ihr Termin ist von {m['old']} auf {m['new']} verschoben{m['end'] or '.'}"
    elif lang == "en":
        m = _EN.match(text)
        if m:
            return f"Your appointment has been moved from {m['old']} to {m['new']}{m['end'] or '.'}"
    return text
