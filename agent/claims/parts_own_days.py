"""Two clauses side by side, each with its own day (blind 24, claims42): "Friday still stands;
Thursday isn't booked yet.", "Freitag bleibt bestehen; der Donnerstag ist noch nicht gebucht."
Each clause says its own outcome of its own day (a partial outcome, convention 56): a claim read
over both, with the days of both, says neither. Such claims are replaced by each clause's claims
of the same kinds, read alone, where each clause alone says something of them ("Friday still
stands; Thursday is booked too" keeps its reading over both: "Thursday is booked" alone is
another's slot).

Only where the clauses are joined by a semicolon, or by a comma before a clause that starts with
its day, each names one weekday of its own and the first is one clause (no dash, colon or comma:
"Moved to Saturday — well, Saturday's on hold, Friday still stands" is read as a whole). Not: one clause naming two days ("Freitag und
Samstag sind gebucht"), clauses joined by "und", "but", "aber".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.details import Role
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_DAYS = lazy(rf"\b{_DAY}")
_JOINT = lazy(rf";\s*|,\s*(?=(?:der\s+|the\s+|am\s+|on\s+)?{_DAY})")


def by_own_days(
    sentence: str, claims: tuple[Claim, ...], read_part: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """`claims`, those over both clauses replaced by each clause's claims read alone."""
    folded = fold(sentence)
    joints = list(_JOINT.finditer(folded.text))
    if len(joints) != 1 or not claims:
        return claims
    j = joints[0]
    left, right = folded.text[: j.start()], folded.text[j.end() :]
    ldays, rdays = set(_DAYS.findall(left)), set(_DAYS.findall(right))
    if len(ldays) != 1 or len(rdays) != 1 or ldays == rdays or re.search(r"[–—:,]", left):
        return claims
    cut = folded.origin[j.start()]

    def over_both(c: Claim) -> bool:
        days = c.details.of(Role.ANY).weekdays
        return c.start <= cut < c.end - 1 and len(days) > 1

    if not any(over_both(c) for c in claims):
        return claims
    start = folded.origin[j.end()] if j.end() < len(folded.origin) else len(sentence)
    kinds = {c.kind for c in claims}  # what the sentence was read to say
    left_claims = tuple(
        replace(c, end=min(c.end, cut)) for c in read_part(sentence[:cut]) if c.kind in kinds
    )
    right_claims = tuple(
        replace(c, start=c.start + start, end=c.end + start)
        for c in read_part(sentence[start:])
        if c.kind in kinds
    )
    if not left_claims or not right_claims:
        return claims  # a clause that says nothing of its day alone: read as a whole
    parts = left_claims + right_claims
    return tuple(c for c in claims if not over_both(c)) + parts
