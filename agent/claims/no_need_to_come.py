"""The caller told they need not come any more (blind 22, claims38): "Am Freitag müssten Sie
jetzt nicht mehr kommen", "Am Freitag brauchen Sie jetzt nicht mehr zu kommen", "You no longer
need to come on Friday". The visit there is gone, whether it was cancelled or moved away: a
`cancelled` claim read from it is `gone` (conventions 3 and 21), true after a move too.

Not: "Ihr Termin am Freitag ist storniert, Sie müssen nicht mehr kommen" (the cancellation is
named: that clause's claim stays `cancelled`).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.claim_clause import claim_clause
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

_NO_NEED = lazy(
    r"\b(?:müssten|müssen|brauchen|bräuchten)\s+sie\s+(?:\w+\s+){0,3}?nicht\s+mehr\s+"
    r"(?:zu\s+)?(?:kommen|vorbeikommen|erscheinen)\b|"
    r"\byou\s+(?:no\s+longer\s+(?:need|have)\s+to|(?:don't|do\s+not|won't)\s+(?:need|have)\s+to)\s+"
    r"come\s+(?:in\s+)?(?:any\s*more\s+)?"
)
_CANCEL_WORD = lazy(r"\b(?:storn\w*|abgesagt|gestrichen|cancel\w*)\b")


def no_need_to_come(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, a `cancelled` one read from "need not come any more" made `gone`."""
    if not claims:
        return claims
    out = []
    for c in claims:
        clause = claim_clause(sentence, c)
        if c.kind is ClaimKind.CANCELLED and _NO_NEED.search(clause):
            if not _CANCEL_WORD.search(clause):
                c = replace(c, kind=ClaimKind.GONE)
        out.append(c)
    return tuple(out)
