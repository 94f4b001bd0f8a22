"""A cancellation said of the day just asked back (blind 40, claims175): "Samstag? Hab ich
gestrichen.", "Saturday? Cancelled it." — the act drops its object, the day asked before it
names it. The cancellation read with no day of its own is that day's, so "Samstag? Hab ich
gestrichen." after a cancellation on Friday is stopped. Bookings said so are `said_of_day`'s;
an answer that names a day of its own ("Samstag? Nein, den Freitag habe ich gestrichen") keeps
its own.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import WEEKDAYS, ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.said_of_day import dayless

_ASKED_DAY = lazy(r"^\W*(?:(?:am|den|der|on|the)\s+)?(?:" + "|".join(WEEKDAYS) + r")\s*\?\s+(?=\S)")


def with_asked_day(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a cancellation naming no day read with the day asked back before it."""
    if not any(c.kind is ClaimKind.CANCELLED for c in claims):
        return claims  # most sentences
    folded = fold(sentence)
    m = _ASKED_DAY.match(folded.text)
    if m is None:
        return claims
    rest = read_details(folded.text[m.end() :], names)
    if rest.weekdays or rest.days or rest.relative_days or rest.times:
        return claims  # the answer names its own day
    asked_end = folded.span(0, m.end())[1]
    day = read_details(folded.text[: m.end()], names)
    return tuple(
        replace(c, details=ClaimDetails((*c.details.parts, (Role.ANY, day))))
        if c.kind is ClaimKind.CANCELLED and c.end > asked_end and dayless(c.details)
        else c
        for c in claims
    )
