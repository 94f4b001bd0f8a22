"""A slot said gone with no owner named: taken by someone else, not the caller's cancellation
(probe 39's leftovers, claims100).

"Code 409: der Platz Freitag um zehn ist weg, eingetragen ist nichts", "Error 409 – the Friday
ten o'clock slot is gone, nothing's booked", "Der Slot um zehn ist weg": the gated splits read a
slot gone as taken ("That slot is gone, I'm afraid.", "Der Platz ist inzwischen weg, jemand war
schneller.", neutral), and only the caller's own as their visit gone ("Your old Friday slot is
gone.", `gone`). Drops the cancellation and gone claims of such a sentence. Not: the caller's slot
or appointment ("Ihr Platz am Freitag ist weg", "your slot"), a cancellation said beside it
("storniert", "cancelled"), a condition ("If I cancel it, the slot is gone"), a cancellation or
the visit gone read in a clause of its own beside it (claims145).
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
    folded = fold(sentence)
    text = folded.text
    m = _SLOT_GONE.search(text)
    if m is None or _OWNED.search(text):
        return claims
    # the visit said gone in a clause of its own beside it stays (claims145, blind 45: "Am
    # Freitag müssen Sie nicht mehr kommen, der Slot ist weg"): only a reading of the slot's
    # words is dropped
    start, end = folded.span(m.start(), m.end())
    return tuple(c for c in claims if c.kind not in _DROPPED or c.end <= start or c.start >= end)
