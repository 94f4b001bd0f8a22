"""Which sentences the caller heard claim that an appointment is booked.

One function, so the replay invariants do not depend on how it is decided: today the
confirmation guard's own lexical classifier, tomorrow whatever replaces it.
"""

from __future__ import annotations

from agent.guard import classify, split_sentences
from agent.turn_state import Claim

# A move is a new booking: "Ihr Termin ist jetzt am Donnerstag" claims one as much as "gebucht".
_BOOKING_CLAIMS = frozenset({Claim.BOOKED, Claim.RESCHEDULED})


def booking_claims(text: str) -> list[str]:
    """The sentences of `text` that state an appointment is booked (or moved)."""
    sentences, rest = split_sentences(text + " ")
    sentences = [*sentences, rest] if rest.strip() else sentences
    return [s for s in sentences if classify(s).claims & _BOOKING_CLAIMS]
