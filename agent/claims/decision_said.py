"""A slot agreed on as what it shall be: a decision, not a booking (blind 32, claims68).

"Abgemacht, Donnerstag um drei soll es sein", "Einverstanden, dann wird es Samstag um elf", "Gut,
Samstag um elf soll es dann sein", "Alright, Saturday at eleven it shall be": the agreement word
("abgemacht", "deal") before a slot said as the choice to be made is convention 46's recap of a
decision — the booking is still to come — not the bare success "Abgemacht!" nor "Abgemacht,
Freitag um zehn!" (the gated booking). The bare success or booking the readers find in such a
sentence is dropped; a sentence that also says a booking word keeps its claims.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DECISION = lazy(
    r"\bsoll(?:'s|\s+es)\s+(?:dann\s+|also\s+)?sein\W*$|"
    r"^\W*(?:abgemacht|einverstanden|gut|okay|ok|alles\s+klar|prima)\W+dann\s+wird(?:'s|\s+es)\s+"
    r"(?:\w+\s+){0,5}?\w+\W*$|"
    r"\b(?:it|that)\s+shall\s+be\W*$"
)
_OUTCOME_WORD = lazy(
    r"buch|book|eingetragen|bestätig|confirm|fest\b|fix\b|reserv|storn|cancel|abgesagt|verschob|"
    r"verleg|moved|\bdrin\b|\bin\s+for\b"
)
_DROPPED = frozenset({ClaimKind.DONE, ClaimKind.BOOKED})


def without_decision_said(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the bare success or booking of a decision said as to be (see above)."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _DECISION.search(text) or _OUTCOME_WORD.search(text) or "?" in text:
        return claims
    return tuple(c for c in claims if c.kind not in _DROPPED)
