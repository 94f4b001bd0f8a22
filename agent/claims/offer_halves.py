"""Two offers in one question (the lead's D49, convention 1116): a sentence's kinds are the union of
its clauses' kinds. "Shall I book Leo and move your perm to Thursday at three?": the booking half
is convention 2's offer (`available`) only if it names a slot, the move half 1020's neutral
question of a move; the move's new place is no slot the booking half offers. So a place named only
in the move half is dropped from the `available` the reader made of the whole question ("Soll ich
Leo eintragen und Ihre Dauerwelle auf Donnerstag um drei verschieben?": neutral); a booking half
that names its own slot keeps it ("Shall I book Leo for Saturday at eleven and move your perm?").
"""

from __future__ import annotations

from agent.claims.answered_slot import placed
from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_MOVE_VERB = r"\b(?:move|reschedule|shift|verschieben|verlegen|umbuchen)\b"
_TWO = lazy(
    r"^(?P<first>[^?]*?\b(?:book|put\s+\w+\s+(?:down|in)|buchen|buche|eintragen|einbuchen)\b[^?]*?)"
    rf"\s+(?:and|und)\s+(?P<second>[^?]*?{_MOVE_VERB}[^?]*)\?\W*$"
)
_MOVE_FIRST = lazy(_MOVE_VERB)


def offer_halves(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` without a slot offered that only the move half of a two-offer question names."""
    if not any(c.kind is ClaimKind.AVAILABLE for c in claims):
        return claims
    m = _TWO.match(normalize(sentence))
    if m is None or _MOVE_FIRST.search(m["first"]):
        return claims
    if placed(read_details(m["first"], names)):
        return claims  # the booking half names its own slot: convention 2's offer
    return tuple(c for c in claims if c.kind is not ClaimKind.AVAILABLE)
