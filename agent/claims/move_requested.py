"""A move said to be asked for, awaiting the salon: "Die Verschiebung Ihres Termins auf Freitag, 27.
November, um 14 Uhr ist im Kalender angekommen und angefragt; der Salon muss sie noch bestätigen"
(the product's own line after a lost move that landed `pending`).

The sentence names the new place twice: as the move's NEW place and as the request awaiting the
salon (`PENDING`). Read together they say the move is requested, not done, so the move's claim is
the pending request's content and is dropped: the sentence is true where the new place is pending
(the request is checked by its `PENDING` claim) and false after a move done, where no request
awaits the salon. A move whose new place the pending request does not name stays a move ("Ihr
Termin ist auf Donnerstag verschoben; die Farbe am Samstag muss der Salon noch bestätigen").
"""

from __future__ import annotations

from agent.claims.details import Details, Role
from agent.claims.model import Claim, ClaimKind

_PLACE = ("weekdays", "days", "months", "times")


def _new_place(claim: Claim) -> dict[str, frozenset]:
    place: dict[str, frozenset] = {k: frozenset() for k in _PLACE}
    for role, d in claim.details.parts:
        if role is Role.NEW:
            for k in _PLACE:
                place[k] |= getattr(d, k)
    return place


def _names(pending: Details, place: dict[str, frozenset]) -> bool:
    return all(place[k] <= getattr(pending, k) for k in _PLACE)


def move_as_requested(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the moves whose new place a pending request in the same sentence names."""
    pending = [d for c in claims if c.kind is ClaimKind.PENDING for _, d in c.details.parts]
    if not pending:
        return claims
    kept = []
    for c in claims:
        if c.kind is ClaimKind.RESCHEDULED:
            place = _new_place(c)
            named = any(place.values())
            if named and any(_names(p, place) for p in pending):
                continue
        kept.append(c)
    return claims if len(kept) == len(claims) else tuple(kept)
