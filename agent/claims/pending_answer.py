"""The salon's answer to a pending request, said still to come: "Ihre Terminanfrage liegt dem
Salon vor, die Bestätigung kommt noch", "Your request is with the salon, the confirmation will
follow".

Beside a request said to be awaiting the salon (a PENDING claim of the same sentence), the
confirmation to come is the salon's answer to it, not the text a booking sends: the DONE and
text FOLLOW_UP claims read in that clause are dropped; the PENDING claim says it all. So is a
callback that brings the answer ("…, they'll get back to you with an answer", "…, man meldet
sich mit einer Antwort": blind 29, claims56): the salon's reply to the request, not a callback
of its own.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE

_TO_COME = lazy(
    r"\b(?:bestätigung|zusage|rückmeldung|confirmation|approval)\b[^,.;:!?]*\b(?:noch|folgt|"
    r"kommt|follow|follows|come|comes|to\s+come)\b"
)

_WITH_ANSWER = lazy(r"\b(?:answer|reply|decision|antwort|entscheidung|bescheid)\b")


def _answer(c: Claim) -> bool:
    return c.kind is ClaimKind.DONE or (
        c.kind is ClaimKind.FOLLOW_UP and c.follow_up in (FollowUp.TEXT, FollowUp.CALLBACK)
    )


def _to_come(piece: str, c: Claim) -> bool:
    if c.follow_up is FollowUp.CALLBACK:
        return _WITH_ANSWER.search(piece) is not None
    return _TO_COME.search(piece) is not None


def without_pending_answer(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus the salon's answer to come read as a confirmation (see above)."""
    if not any(c.kind is ClaimKind.PENDING for c in claims) or not any(map(_answer, claims)):
        return claims
    folded = fold(sentence)
    pieces = [
        (*folded.span(m.start(), m.end()), m.group()) for m in CLAUSE_PIECE.finditer(folded.text)
    ]
    return tuple(
        c
        for c in claims
        if not (_answer(c) and any(s <= c.start < e and _to_come(p, c) for s, e, p in pieces))
    )
