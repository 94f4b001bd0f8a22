"""A cancellation said beside a move in the same sentence is the move's old place: "Ich habe
Ihren Termin auf Donnerstag um drei gesetzt, der Freitag entfällt", "Moved you to Thursday at
three; Friday's cancelled". After the move the old place is `rescheduled`, not cancelled, so the
cancellation's reading would stop a true sentence; read as GONE (cancelled, or a move's old
place) it is backed by either (blind 11)."""

from __future__ import annotations

from agent.claims.model import Claim, ClaimKind

K = ClaimKind


def with_old_place(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with each cancellation read as GONE when the sentence also claims a move."""
    kinds = {c.kind for c in claims}
    if K.RESCHEDULED not in kinds or K.CANCELLED not in kinds:
        return claims
    return tuple(
        Claim(K.GONE, c.start, c.end, c.details, c.follow_up) if c.kind is K.CANCELLED else c
        for c in claims
    )
