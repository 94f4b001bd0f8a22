"""Which sentences the caller heard claim that an appointment is booked.

One function, so the replay invariants do not depend on how it is decided: the same sentence
reader the confirmation guard uses (`agent.claims`), given the same salon names the guard's
facts carry (`agent.guard.facts`), so "Fabian ist ausgebucht" reads as his day, not a booking.
"""

from __future__ import annotations

from agent.claims import ClaimKind, read_sentence
from agent.guard import split_sentences
from calendar_adapter.backend import Catalog
from tools.service_match import service_names

# A move is a new booking: "Ihr Termin ist jetzt am Donnerstag" claims one as much as "gebucht".
# A message taken or a callback promised (FOLLOW_UP) is no booking, whatever verb records it.
_BOOKING_CLAIMS = frozenset({ClaimKind.BOOKED, ClaimKind.RESCHEDULED})


def booking_claims(text: str, language: str = "de", catalog: Catalog | None = None) -> list[str]:
    """The sentences of `text` that state an appointment is booked (or moved)."""
    sentences, rest = split_sentences(text + " ")
    sentences = [*sentences, rest] if rest.strip() else sentences
    stylists = tuple(s.name for s in catalog.stylists) if catalog else ()
    services = tuple(s.name for s in catalog.services) if catalog else ()
    aliases = (
        tuple(
            (alias, s.name)
            for s in catalog.services
            for alias in service_names(s, None)
            if alias != s.name
        )
        if catalog
        else ()
    )
    return [
        s
        for s in sentences
        if any(
            c.kind in _BOOKING_CLAIMS
            for c in read_sentence(
                s, language, stylists=stylists, services=services, service_aliases=aliases
            ).claims
        )
    ]
