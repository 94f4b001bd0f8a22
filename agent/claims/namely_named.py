"""A placeholder named after "nämlich" / "und zwar" / "namely", read with what it names in its
place (blind 40, claims98; a step of `reworded`).

"Frei wäre Folgendes, nämlich Donnerstag um 15 Uhr bei Fabian", "Reserviert habe ich Ihnen
etwas, und zwar den Freitag um zehn", "I've reserved something for you, namely Friday at ten":
"Folgendes", "etwas", "something" stand for the slot named after the comma; put as "Frei wäre
Donnerstag um 15 Uhr bei Fabian", "Reserviert habe ich Ihnen den Freitag um zehn", "I've
reserved for you Friday at ten", so the slot is read where its verb is.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(r"\b(?:folgendes|etwas|was)\s*,\s*(?:nämlich|und\s+zwar)\s*:?\s+", re.IGNORECASE)
_EN = lazy(
    r"\b(?:something|the\s+following)\b(?P<mid>[^,.;:!?]{0,20}?)\s*,\s*namely\s*:?\s+",
    re.IGNORECASE,
)


def namely_named(sentence: str, lang: str) -> str:
    """`sentence` with a placeholder before "nämlich" / "namely" put as what it names."""
    low = sentence.lower()
    if lang == "de":
        return _DE.sub("", sentence) if "mlich" in low or "zwar" in low else sentence
    if "namely" not in low:
        return sentence
    return _EN.sub(lambda m: f"{m.group('mid').strip()} ".lstrip(), sentence)
