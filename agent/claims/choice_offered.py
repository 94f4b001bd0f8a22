"""Two acts the speaker could do, put to the caller as a choice (blind 36, claims83).

"Entweder ich trage Sie ein, oder ich halte Ihnen den Platz kurz frei – was ist Ihnen lieber?",
"Either I book it now or I hold it for a bit – which would you rather?": the members are what the
speaker offers to do, not what was done; no outcome of either is claimed (convention 2 reads an
offer to act as no outcome). Only "entweder … oder" / "either … or" with the speaker as the doer
of both, put as a question or left to the caller ("Sie entscheiden", "your call").

Blind 36 (claims88): an either-or of places resolved after a dash or a colon ("Entweder Freitag
oder Samstag – gebucht ist der Freitag um zehn", "Thursday or Friday – the one that's booked is
Friday at ten"): the member the rest names is the claim (74), with the details the rest names
(14); the alternatives before it name nothing of the outcome (`resolved_choice`). Not: a rest
that names no day or time ("…, both are booked"), a question.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize, straight_apostrophes

_CHOICE = lazy(
    r"^\W*(?:entweder\s+(?:ich|wir)\b[^.!?]*\boder\s+(?:ich|wir)\b|"
    r"either\s+(?:i|we)\b[^.!?]*\bor\s+(?:i|we)\b)"
    r"(?=[^.!]*(?:\?\s*$|\b(?:sie\s+entscheiden|wie\s+sie\s+(?:möchten|wollen)|ganz\s+wie\s+sie|"
    r"your\s+call|up\s+to\s+you|you\s+decide|your\s+choice)\b))"
)
_OFFERED = frozenset({ClaimKind.BOOKED, ClaimKind.HELD, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED})


def without_choice_offered(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcomes of a choice of acts offered to the caller (see above)."""
    if not claims or not _CHOICE.search(straight_apostrophes(normalize(sentence))):
        return claims
    return tuple(c for c in claims if c.kind not in _OFFERED)


# "(Entweder) Freitag oder Samstag – …", "(Either) Thursday or Friday: …": the members, then the rest
_MEMBER = r"[\w'.]+(?:\s+[\w'.]+){0,3}?"
_RESOLVED = lazy(
    rf"^\W*(?:entweder\s+|either\s+)?{_MEMBER}\s+(?:oder|or)\s+{_MEMBER}\s*[–—:]\s*"
    r"(?P<rest>[^?]+)$"
)

_RESOLVABLE = frozenset(
    {ClaimKind.BOOKED, ClaimKind.HELD, ClaimKind.CANCELLED, ClaimKind.STANDS, ClaimKind.NOT_BOOKED}
)


def resolved_choice(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of an either-or resolved after a dash with the details of the rest alone."""
    if not claims or any(c.kind not in _RESOLVABLE for c in claims):
        return claims  # a move's old and new places are read by the move's own words
    m = _RESOLVED.match(straight_apostrophes(normalize(sentence)))
    if m is None:
        return claims
    rest = read_details(m["rest"], names)
    if not (rest.weekdays or rest.times or rest.days or rest.relative_days):
        return claims
    whole = ClaimDetails(((Role.ANY, rest),))
    return tuple(replace(c, details=whole) for c in claims)
