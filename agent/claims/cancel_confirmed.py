"""A confirmation beside a cancellation confirms the cancellation (blind 31, claims63;
conventions 38, 56).

"Storniert, und Sie bekommen eine SMS zur Bestätigung", "Ihr Montag ist abgesagt, die
Bestätigung kommt per Mail", "Cancelled, and a text confirming it is on its way": the
confirmation is the cancellation's, not a booking, so no booking is read from it and the
cancellation is no move (a move is a cancellation plus a new booking). Not: a sentence that
names a new booking too ("neu gebucht", "statt", "instead", "booked again").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_CANCELLED = lazy(r"\b(?:storniert|abgesagt|gestrichen|cancell?ed|called\s+off)\b")
# the confirmation as a message: a noun, or "a text confirming it"
_CONFIRMATION = lazy(r"\b(?:\w*bestätigung\w*|confirmation|confirming)\b")
_NEW_BOOKING = lazy(
    r"\b(?:neu\w*|wieder|statt|anstatt|verschoben|umgebucht|gebucht|eingetragen|new|instead|"
    r"rebook\w*|moved|booked|again|bestätigt|confirmed|fest|steht|on|aber|but|nicht|not|no)\b|"
    r"n't\b"
)
_TAKEN_BACK = frozenset({ClaimKind.BOOKED, ClaimKind.RESCHEDULED})


def cancel_confirmed(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a confirmation beside a cancellation read as the cancellation's."""
    text = normalize(sentence)
    if "?" in text or not _CANCELLED.search(text) or not _CONFIRMATION.search(text):
        return claims
    if _NEW_BOOKING.search(text) or not any(c.kind in _TAKEN_BACK for c in claims):
        return claims
    kept = tuple(c for c in claims if c.kind not in _TAKEN_BACK)
    if any(c.kind is ClaimKind.CANCELLED for c in kept):
        return kept
    details = ClaimDetails(((Role.ANY, read_details(text, names)),))
    return (*kept, Claim(ClaimKind.CANCELLED, 0, len(sentence), details))
