"""A slot said held and not booked yet is not also said booked (blind 20).

"Der 28.11. um zehn ist vorgemerkt, aber noch nicht verbindlich gebucht." holds the slot and
denies the booking; the clause reader's "booked" of the held clause is dropped when the sentence
also says the appointment is not booked yet and the booking names nothing the hold does not
(another slot booked beside a held one, "Freitag ist gebucht, Samstag nur vorgemerkt", stays).
"""

from __future__ import annotations

from agent.claims.details import Details, _merge
from agent.claims.model import Claim, ClaimKind

K = ClaimKind


def without_booked_beside_hold(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a booking of the slot the sentence holds and says not booked yet."""
    holds = [c for c in claims if c.kind is K.HELD]
    if not holds or not any(c.kind is K.NOT_BOOKED for c in claims):
        return claims
    return tuple(
        c for c in claims if not (c.kind is K.BOOKED and any(_within(c, h) for h in holds))
    )


def _within(booked: Claim, held: Claim) -> bool:
    """Every detail the booking names, the hold names too."""
    b = _merge(d for _, d in booked.details.parts)
    h = _merge(d for _, d in held.details.parts)
    return all(getattr(b, name) <= getattr(h, name) for name in Details.__dataclass_fields__)
