"""A rule for whoever has an appointment claims none for this caller (blind 20, convention 45).

"Wenn Sie bei uns einen Termin haben, kommen Sie am besten ein paar Minuten früher",
"Whenever you have an appointment with us, it helps to come a few minutes early": a general or
conditional sentence with an indefinite appointment and no day says what holds for any visit.
Its booking and visit claims (a goodbye-like "kommen Sie", "come early") are dropped. A day
named ("wenn Sie am Freitag kommen") makes it this caller's visit: kept.
"""

from __future__ import annotations

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_GENERAL = lazy(
    r"\b(?:wenn|falls|sobald|immer\s+wenn|jedes\s+mal,?\s+wenn)\s+sie\s+(?:\w+\s+){0,3}?"
    r"(?:einen|ein)\s+termin\s+(?:\w+\s+){0,2}?haben\b|"
    r"\b(?:whenever|if|when|every\s+time)\s+you\s+(?:\w+\s+){0,2}?have\s+(?:an|a)\s+"
    r"(?:\w+\s+)?(?:appointment|booking)\b"
)
_OUTCOMES = frozenset({ClaimKind.BOOKED, ClaimKind.DONE})


def without_general_visit(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` without the bookings a rule for any visit seemed to state (above)."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _GENERAL.search(text):
        return claims
    d = read_details(text, names)
    if d.weekdays or d.days or d.relative_days or d.times:
        return claims
    return tuple(c for c in claims if c.kind not in _OUTCOMES)
