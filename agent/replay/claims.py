"""Which sentences the caller heard claim that an appointment is booked.

One function, so the replay invariants do not depend on how it is decided: the same sentence
reader the confirmation guard uses (`agent.claims`).
"""

from __future__ import annotations

from agent.claims import ClaimKind, read_sentence
from agent.guard import split_sentences

# A move is a new booking: "Ihr Termin ist jetzt am Donnerstag" claims one as much as "gebucht".
_BOOKING_CLAIMS = frozenset({ClaimKind.BOOKED, ClaimKind.RESCHEDULED})


def booking_claims(text: str, language: str = "de") -> list[str]:
    """The sentences of `text` that state an appointment is booked (or moved)."""
    sentences, rest = split_sentences(text + " ")
    sentences = [*sentences, rest] if rest.strip() else sentences
    return [
        s
        for s in sentences
        if any(c.kind in _BOOKING_CLAIMS for c in read_sentence(s, language).claims)
    ]
