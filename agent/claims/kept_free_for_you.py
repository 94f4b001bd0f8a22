"""A stylist or the salon keeping a slot free for the caller (blind 31, claims62; convention 76):
"Fabian's keeping Friday at ten free for you", "Lena hält Ihnen Samstag um elf frei" is the hold
of that slot, not the slot said free: a free slot read there becomes the hold of the same
details (a hold is false once the appointment is cancelled or moved away).

Not: a question, a condition, a negation, an offer ("Soll ich … freihalten?", "I could keep …")."""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize, straight_apostrophes

_KEPT = lazy(
    r"\b(?:keeping|keeps|holding|holds)\b[^.]*\b(?:free|open)\s+for\s+you\b|"
    r"\b(?:hält|halten)\s+(?:ihnen|für\s+sie)\b[^.]*\bfrei\b|"
    r"\b(?:hält|halten)\b[^.]*\bfür\s+sie\s+frei\b"
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|if|once|nicht|kein\w*|not|never|soll|sollen|could|would|can|kann|"
    r"könnte|würde|shall)\b|n't\b"
)


def kept_free_for_you(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a slot read as free made the hold it is kept as (see above)."""
    text = straight_apostrophes(normalize(sentence))
    if not _KEPT.search(text) or _NOT.search(text):
        return claims
    return tuple(
        replace(c, kind=ClaimKind.HELD) if c.kind is ClaimKind.AVAILABLE else c for c in claims
    )
