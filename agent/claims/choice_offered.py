"""Two acts the speaker could do, put to the caller as a choice (blind 36, claims83).

"Entweder ich trage Sie ein, oder ich halte Ihnen den Platz kurz frei – was ist Ihnen lieber?",
"Either I book it now or I hold it for a bit – which would you rather?": the members are what the
speaker offers to do, not what was done; no outcome of either is claimed (convention 2 reads an
offer to act as no outcome). Only "entweder … oder" / "either … or" with the speaker as the doer
of both, put as a question or left to the caller ("Sie entscheiden", "your call").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize, straight_apostrophes

_CHOICE = lazy(
    r"^\W*(?:entweder\s+(?:ich|wir)\b[^.!?]*\boder\s+(?:ich|wir)\b|"
    r"either\s+(?:i|we)\b[^.!?]*\bor\s+(?:i|we)\b)"
    r"(?=[^.!]*(?:\?\s*$|\b(?:sie\s+entscheiden|wie\s+sie\s+(?:möchten|wollen)|ganz\s+wie\s+sie|"
    r"your\s+call|up\s+to\s+you|you\s+decide|your\s+choice)\b))"
)
_OFFERED = frozenset({ClaimKind.BOOKED, ClaimKind.HELD, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED})


def without_choice_offered(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcomes of a choice of acts offered to the caller (see above)."""
    if not claims or not _CHOICE.search(straight_apostrophes(normalize(sentence))):
        return claims
    return tuple(c for c in claims if c.kind not in _OFFERED)
