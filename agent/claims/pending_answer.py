"""The salon's answer to a pending request, said still to come: "Ihre Terminanfrage liegt dem
Salon vor, die Bestätigung kommt noch", "Your request is with the salon, the confirmation will
follow".

Beside a request said to be awaiting the salon (a PENDING claim of the same sentence), the
confirmation to come is the salon's answer to it, not the text a booking sends: the DONE and
text FOLLOW_UP claims read in that clause are dropped; the PENDING claim says it all.
"""

from __future__ import annotations

import re

from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE

_TO_COME = re.compile(
    r"\b(?:bestätigung|zusage|rückmeldung|confirmation|approval)\b[^,.;:!?]*\b(?:noch|folgt|"
    r"kommt|follow|follows|come|comes|to\s+come)\b"
)


def _answer(c: Claim) -> bool:
    return c.kind is ClaimKind.DONE or (
        c.kind is ClaimKind.FOLLOW_UP and c.follow_up is FollowUp.TEXT
    )


def without_pending_answer(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus the salon's answer to come read as a confirmation (see above)."""
    if not any(c.kind is ClaimKind.PENDING for c in claims) or not any(map(_answer, claims)):
        return claims
    folded = fold(sentence)
    spans = [
        folded.span(m.start(), m.end())
        for m in CLAUSE_PIECE.finditer(folded.text)
        if _TO_COME.search(m.group())
    ]
    return tuple(c for c in claims if not (_answer(c) and any(s <= c.start < e for s, e in spans)))
