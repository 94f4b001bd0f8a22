"""The caller's appointment named in an English cleft as the object of the act told after it
(blind 30, claims68): "It's your Friday appointment that I've cancelled", "It was the Friday
booking that we moved". The head "It's your Friday appointment" is no booking said of its own (the
possessed visit `possessed_visits` reads there): the act after "that" is the claim, so a booking
read inside the head is dropped where the sentence also tells another outcome.
"""

from __future__ import annotations

import re

from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_CLEFT = re.compile(
    r"^\W*it(?:'s|\s+is|\s+was)\s+(?:your|the)\s+[^.!?]*?\s+that\s+(?:i|we)(?:'ve|\s+have|\s+had)?"
    r"\s+(?:just\s+)?(?:cancell?ed|called\s+off|moved|rescheduled|shifted|dropped)\b"
)
_OTHER_OUTCOMES = frozenset({ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.GONE})


def without_cleft_head(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking read in a cleft's head (see above)."""
    if not any(c.kind in _OTHER_OUTCOMES for c in claims):
        return claims
    folded = fold(sentence)
    m = _CLEFT.search(folded.text)
    if m is None:
        return claims
    head_end = folded.span(0, m.start() + m.group().rfind(" that ") + 1)[1]
    return tuple(c for c in claims if not (c.kind is ClaimKind.BOOKED and c.end <= head_end))
