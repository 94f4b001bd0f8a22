""" "Steht (noch)" / "still on" with a day or time of its own (the lead's D43, convention 1110):
"Ja, steht noch. Do 15 Uhr.", "Ja, der steht noch, am Donnerstag um drei.", "Yes, it's still on
for Thursday at three." say the appointment exists at that time: `booked` with those details
(true wherever an appointment at that time is booked for the caller, a move's new place
included), not `stands` (the appointment kept as it was, false at a move's new place). Without a
day or time of its own the sentence stays `stands` (1035, 1051, D27: "Steht noch.", "It's still
on."); a stylist or service alone is no time of its own.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.answered_slot import placed
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_STILL_ON = lazy(
    r"\b(?:steht|stehen)\s+(?:\w+\s+){0,2}?(?:noch|weiterhin|nach\s+wie\s+vor)\b(?!\s+(?:aus|nicht))|"
    r"\bnoch\s+steht\b|\bstill\s+on\b(?!\s+(?:hold|the\s+books))"
)


def still_on_at(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a `stands` said "still on" at a day or time of its own read as `booked`."""
    if not any(c.kind is ClaimKind.STANDS for c in claims):
        return claims
    text = normalize(sentence)
    still = _STILL_ON.search(text)
    if still is None:
        return claims
    tail = read_details(text[still.end() :], names)  # "steht noch. Do 15 Uhr.", "…, am Donnerstag"
    out = []
    for c in claims:
        if c.kind is ClaimKind.STANDS:
            own = [d for _, d in c.details.parts if placed(d)]
            if own:
                c = replace(c, kind=ClaimKind.BOOKED)
            elif placed(tail):
                c = replace(c, kind=ClaimKind.BOOKED, details=ClaimDetails(((Role.ANY, tail),)))
        out.append(c)
    return tuple(dict.fromkeys(out))
