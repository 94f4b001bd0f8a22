"""A success interjection beside a done statement (blind 22, claims38): "Paletti, ist
erledigt.", "Passt, ist erledigt.", "Top, erledigt." The interjection alone names neither a
booking nor an appointment: a `booked` claim read from it is the bare success the sentence
states, `done` naming nothing (convention 4), true after a cancellation as after a booking.

Not: "Paletti, Sie sind gebucht" (the booking is named in the sentence: the `booked` claim of
that clause stays).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_INTERJECTION = lazy(r"^\W*(?:alles\s+|allet\s+)?(?:paletti|passt|top|super|prima|läuft)\W*$")
_DONE_BESIDE = lazy(r"\b(?:erledigt|gemacht|durch|done|sorted)\b")
_NAMED = lazy(r"\b(?:gebucht|eingetragen|termin|booked|appointment|sie\s+sind|you're)\b")


def interjection_done(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, a `booked` one read from a bare interjection made `done` naming nothing."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _DONE_BESIDE.search(text) or _NAMED.search(text):
        return claims
    return tuple(
        replace(c, kind=ClaimKind.DONE, details=ClaimDetails(()))
        if c.kind is ClaimKind.BOOKED and _INTERJECTION.match(fold(sentence[c.start : c.end]).text)
        else c
        for c in claims
    )
