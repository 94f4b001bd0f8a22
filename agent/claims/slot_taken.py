"""A slot said gone with no owner named: taken by someone else, not the caller's cancellation
(probe 39's leftovers, claims100).

"Code 409: der Platz Freitag um zehn ist weg, eingetragen ist nichts", "Error 409 – the Friday
ten o'clock slot is gone, nothing's booked", "Der Slot um zehn ist weg": the gated splits read a
slot gone as taken ("That slot is gone, I'm afraid.", "Der Platz ist inzwischen weg, jemand war
schneller.", neutral), and only the caller's own as their visit gone ("Your old Friday slot is
gone.", `gone`). Drops the cancellation and gone claims of such a sentence. Not: the caller's slot
or appointment ("Ihr Platz am Freitag ist weg", "your slot"), a cancellation said beside it
("storniert", "cancelled"), a condition ("If I cancel it, the slot is gone").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_SLOT_GONE = lazy(
    r"\b(?:der|die|das|the|that|this)\s+(?:\w+\s+){0,4}?(?:platz|slot|uhrzeit|zeitfenster)\b"
    r"[^.,;:!?–—]*?\s(?:ist|is|'s|war|was)\s+(?:\w+\s+){0,2}?(?:weg|gone|futsch)\b"
    r"|\b(?:platz|slot|uhrzeit)(?:'s|\s+is|\s+ist)\s+(?:\w+\s+){0,2}?(?:weg|gone)\b"
)
_OWNED = lazy(
    r"\b(?:ihr\w*|your|mein\w*|my|alte\w*|old|storn\w*|abgesagt|gestrichen|cancel\w*|"
    r"wenn|falls|if|once|sobald)\b"
)
_DROPPED = frozenset({ClaimKind.CANCELLED, ClaimKind.GONE})


def without_slot_taken(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the cancellation read in a slot said gone with no owner (above)."""
    if not any(c.kind in _DROPPED for c in claims):
        return claims
    text = fold(sentence).text
    if not _SLOT_GONE.search(text) or _OWNED.search(text):
        return claims
    return tuple(c for c in claims if c.kind not in _DROPPED)
