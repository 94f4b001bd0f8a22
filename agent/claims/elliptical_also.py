"""A claim said by ellipsis after a neutral clause (blind 22, claims37): "Die Preise sind fest,
und Ihr Termin ist es jetzt auch", "Der Preis steht fest, und Ihr Termin jetzt auch", "The prices
are fixed, and so is your appointment now" say of the appointment what the first clause said of
something else: read as "Ihr Termin ist jetzt fest" / "your appointment is fixed now". Only when
the second clause's subject is the caller's appointment or booking."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_DE = lazy(
    r"\b(?P<v>ist|sind|steht|stehen)\s+(?P<pred>\w+)\s*,?\s+und\s+(?P<np>(?:ihr|ihre|der|die)\s+"
    r"(?:termin|buchung|reservierung)\w*)\s+(?:ist\s+es\s+|ist\s+)?(?:jetzt\s+|nun\s+)?"
    r"(?:auch|ebenfalls)\b",
    re.IGNORECASE,
)
_EN = lazy(
    r"\b(?:is|are)\s+(?P<pred>\w+)\s*,?\s+and\s+so\s+(?:is|are)\s+(?P<np>(?:your|the)\s+"
    r"(?:appointment|booking|reservation))\b(?P<now>\s+now)?",
    re.IGNORECASE,
)


def elliptical_also(sentence: str, lang: str) -> str | None:
    """The appointment's clause said in full, or None."""
    text = straight_apostrophes(sentence)
    if "?" in text:
        return None
    m = _DE.search(text) if lang == "de" else _EN.search(text)
    if not m:
        return None
    if lang == "de":
        verb = "steht" if m["v"].lower().startswith("steh") else "ist"
        return f"{m['np']} {verb} jetzt {m['pred']}."
    return f"{m['np']} is {m['pred']}{m['now'] or ''}."
