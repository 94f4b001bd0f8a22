"""The caller's place told empty again (blind 31, claims64): "Am Freitag ist Ihr Platz bei Fabian
jetzt wieder leer", "Your chair on Friday is empty again". Convention 21 reads the caller's own
place said freed ("Ihr Platz am Freitag ist wieder frei") as the cancellation; "wieder leer" is
the same wording. The readers take "Ihr Platz bei Fabian am Freitag" for the booking: it becomes
the cancellation, with what it names.

Only "wieder leer" / "empty again" / "jetzt leer" of the caller's place, not denied.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_PLACE = lazy(r"\b(?:ihr|your)\s+(?:platz|stuhl|slot|spot|chair)\b")
_EMPTY = lazy(r"\b(?:wieder|jetzt|nun)\s+leer\b|\bempty\s+again\b|\bnow\s+empty\b")
_DENIED = lazy(r"\b(?:nicht|kein\w*|not|never)\b|n't\b")


def place_emptied(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the booking read in the place told empty again made the cancellation."""
    if not any(c.kind is K.BOOKED for c in claims):
        return None
    text = fold(sentence).text
    if not (_PLACE.search(text) and _EMPTY.search(text)) or _DENIED.search(text):
        return None
    return tuple(replace(c, kind=K.CANCELLED) if c.kind is K.BOOKED else c for c in claims)
