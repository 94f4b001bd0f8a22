"""A message said to be sent is no cancellation: "Die SMS für Ihren Termin bei Lena am Samstag
ist schon raus", "Die Nachricht zu Ihrem Termin ist draußen", "The text for your appointment has
gone out".

"ist raus" / "is out" ends an appointment for the clause reader ("Der Termin ist raus"); with a
message as the subject it says the message was sent. CANCELLED and GONE claims read inside such a
clause are dropped (the promise of a text and the booking it presupposes stay).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE

_SENT = lazy(
    r"\b(?:sms|nachricht|mail|e-mail|email|bestätigung\w*|kurznachricht|text|message|"
    r"confirmation)\b[^,.;:!?]*\b(?:ist|sind|is|are|has|have|'s)\s+(?:\w+\s+){0,2}?"
    r"(?:raus|draußen|rausgegangen|out|gone\s+out)\b"
)
_ENDS = (ClaimKind.CANCELLED, ClaimKind.GONE)


def without_sent_message(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus cancellations read in a clause that says a message was sent."""
    if not any(c.kind in _ENDS for c in claims):
        return claims
    folded = fold(sentence)
    if not _SENT.search(folded.text):
        return claims
    spans = [
        folded.span(m.start(), m.end())
        for m in CLAUSE_PIECE.finditer(folded.text)
        if _SENT.search(m.group())
    ]
    return tuple(
        c for c in claims if not (c.kind in _ENDS and any(s <= c.start < e for s, e in spans))
    )
