"""A note on what the caller's number is used for, read as a callback promised (blind 38's false
blocks, claims91).

"We only use your number to get back to you about your request", "Ihre Nummer verwenden wir
ausschließlich, um Sie wegen Ihrer Anfrage zurückzurufen", "Your number is only used to reach you
about your request": the purpose of the data (the prompts' rule 9 on data protection), not a
call promised in this call (blind 38 labels these neutral, with "Ihre Telefonnummer nutzen wir
nur für Rückfragen zu Ihrem Anliegen"). Drops the callback and message promises read in it.
"""

from __future__ import annotations

from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_DATA = r"(?:\w*nummer|daten|angaben|kontaktdaten|number|details|data|information|info)"
_USED = lazy(
    rf"\b(?:use|uses|using|nutzen|nutzt|verwenden|verwendet)\s+(?:\w+\s+){{0,3}}?{_DATA}\b|"
    rf"\b{_DATA}\s+(?:\w+\s+){{0,2}}?(?:nutzen|verwenden)\s+wir\b|"
    rf"\b{_DATA}\s+(?:is|are|wird|werden)\s+(?:\w+\s+){{0,2}}?(?:used|genutzt|verwendet)\b"
)
_PROMISES = frozenset({FollowUp.CALLBACK, FollowUp.MESSAGE})


def without_data_use(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the promises read in a note on the use of the caller's data."""
    if not any(c.kind is ClaimKind.FOLLOW_UP for c in claims):
        return claims
    text = fold(sentence).text
    if not opens(_USED, text) or not _USED.search(text):
        return claims
    kept = tuple(
        c for c in claims if not (c.kind is ClaimKind.FOLLOW_UP and c.follow_up in _PROMISES)
    )
    return claims if len(kept) == len(claims) else kept
