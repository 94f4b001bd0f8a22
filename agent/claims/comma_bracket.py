"""A booking cut at the comma after a date is one claim (blind 20).

"Sie sind am Samstag, den 29., um 10 Uhr eingetragen": the comma closing the date cuts the
clause (`date_apposition.py`), and the day ("Sie sind am Samstag, den 29.") and the time ("um
10 Uhr eingetragen") were read as two bookings, each backed by another appointment. Two BOOKED
claims side by side, one naming a day and no time, the next a time and no day, with only a
comma between them, are one booking of that day at that time.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from agent.claims.details import ClaimDetails, Role, _merge
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

_ONLY_COMMA = lazy(r"\s*,?\s*")


def joined_at_comma(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a day's booking and the next clause's time joined (above)."""
    booked = sorted((c for c in claims if c.kind is ClaimKind.BOOKED), key=lambda c: c.start)
    for first, second in itertools.pairwise(booked):
        a = _merge(d for _, d in first.details.parts)
        b = _merge(d for _, d in second.details.parts)
        day = a.weekdays or a.days or a.relative_days
        if not day or a.times or not b.times or b.weekdays or b.days or b.relative_days:
            continue
        if not _ONLY_COMMA.fullmatch(sentence[first.end : second.start]):
            continue
        one = replace(
            first,
            end=second.end,
            details=ClaimDetails(((Role.ANY, _merge((a, b))),)),
        )
        return (*(c for c in claims if c is not first and c is not second), one)
    return claims
