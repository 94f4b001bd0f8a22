"""A "not booked yet" heading a list, read with nothing named (blind 23's false blocks, claims40):
one job, giving the denial the details of what it heads.

"Done: the perm on Friday at ten. Not booked yet: the highlights on Saturday", "Noch nicht
gebucht: Strähnchen am Samstag": the label before the colon says what follows it is not booked;
the claim names what follows (up to the sentence's end), so a booking of another visit does not
contradict it (a recap of parts, convention 56).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_LABEL = lazy(
    r"\b(?:not\s+(?:yet\s+)?booked(?:\s+yet)?|not\s+done\s+yet|noch\s+(?:nicht|offen)(?:\s+gebucht)?|"
    r"nicht\s+gebucht)\s*:\s*([^.!?;]+)"
)


def not_yet_listed(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a bare "not booked yet:" naming what it heads."""
    if not any(c.kind is K.NOT_BOOKED and not _named(c) for c in claims):
        return claims
    m = _LABEL.search(fold(sentence).text)
    if m is None:
        return claims
    listed = read_details(m[1], names)
    if not (listed.weekdays or listed.days or listed.times or listed.services):
        return claims
    named = ClaimDetails(((Role.ANY, listed),))
    out = tuple(
        replace(c, details=named) if c.kind is K.NOT_BOOKED and not _named(c) else c for c in claims
    )
    return tuple(dict.fromkeys(out))


def _named(c: Claim) -> bool:
    return any(
        d.weekdays or d.days or d.times or d.services or d.stylists or d.relative_days
        for _, d in c.details.parts
    )
