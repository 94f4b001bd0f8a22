"""Outcomes with an impersonal or plural agent (blind 27, claims48).

"Man hat sich darum gekümmert", "Ist alles gemacht worden", "Bei uns stehen Sie jetzt fest im
Buch", "You're in our books now": "man", the passive without a doer and "bei uns" / "our" are
the salon (convention 84), so these say what "Es ist erledigt" (DONE, conventions 10 and 28) or
"Sie sind eingetragen" say. `impersonal_plain` gives that statement, read as any sentence
(`amended`, `restated`). Not: a rule ("Man kann bei uns online buchen"), an act to come, a
question or a condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_F = re.IGNORECASE
_DONE_DE = lazy(
    r"\b(?:man\s+hat\s+sich\s+(?:(?:schon|bereits|längst)\s+)?(?:darum|um\s+alles)\s+gekümmert|"
    r"(?:ist|das\s+ist|es\s+ist)\s+(?:(?:alles|schon|bereits)\s+)*(?:gemacht|erledigt)\s+worden)\b",
    _F,
)
_BOOK_DE = lazy(
    r"^\W*bei\s+uns\s+(?:stehen\s+sie|sind\s+sie)\s+(?:(?:jetzt|nun|fest)\s+)*"
    r"(?:im\s+(?:buch|kalender|system)|eingeplant|eingetragen)\b",
    _F,
)
_BOOK_EN = lazy(r"\byou(?:'re|\s+are)\s+(?:now\s+)?in\s+our\s+(?:books?|diary|calendar)\b", _F)
_NOT = lazy(r"\?|\b(?:wenn|falls|sobald|kann|können|wird|if|once|when|will|can)\b", _F)


def impersonal_plain(sentence: str, lang: str) -> str | None:
    """The plain outcome an impersonal or plural agent's sentence states, or None."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return None
    if lang == "de" and _DONE_DE.search(text):
        return "Es ist erledigt."
    if (_BOOK_DE if lang == "de" else _BOOK_EN).search(text):
        return "Sie sind jetzt fest eingetragen." if lang == "de" else "You're in the book now."
    return None
