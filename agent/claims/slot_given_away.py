"""A slot said given away or no longer possible (blind 22, claims38): "Die Zehn-Uhr-Lücke ist
während wir gesprochen haben vergeben worden", "Der Elf-Uhr-Platz ist vergeben", "Des geht sich
leider nimmer aus am Samstag" (Austrian and Bavarian "nimmer": no longer). A slot taken by someone
else or ruled out is not free: the `available` claims of that clause are dropped.

Not: "Die Zehn-Uhr-Lücke ist noch frei", "Am Samstag geht sich's aus" (a slot that works).
"""

from __future__ import annotations

from agent.claims.claim_clause import claim_clause
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

_GONE = lazy(
    r"\b(?:vergeben|weggegangen|weggeschnappt|schon\s+weg|nicht\s+mehr\s+frei)\b|"
    r"\b(?:nimmer|nimma|nemme|nümme|nüme)\b|"
    r"\b(?:was|been|got|is|'s)\s+(?:\w+\s+)?(?:taken|snapped\s+up|given\s+away)\b"
)


def without_slots_given_away(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus `available` claims of a clause that gives the slot away or rules it out."""
    if not claims:
        return claims
    return tuple(
        c
        for c in claims
        if c.kind is not ClaimKind.AVAILABLE or not _GONE.search(claim_clause(sentence, c))
    )
