"""An outcome named in a "before" clause did not happen (blind 53, claims133).

"Someone else just took that slot before the booking went through.", "Der Platz war weg, bevor
die Buchung durchging." say the booking did NOT go through: the clause "before …" names what
was to come, not what is. The BOOKED and DONE claims read in such a sentence are dropped (the
slot lost is said by the rest). Not: "before" of time ("vor Ihrem Termin", "before your
appointment": no clause), an outcome said outside the clause ("… went through, before you ask").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_BEFORE_OUTCOME = lazy(
    r"\b(?:before|bevor|ehe)\s+(?:the|your|my|die|ihre|meine|der|das|it|es|sie|ich|i)?\s*"
    r"(?:\w+\s+){0,2}?(?:went\s+through|go\s+through|got\s+through|was\s+(?:booked|confirmed|done)|"
    r"could\s+(?:book|confirm|finish)|durchging|durch\s+war|gebucht\s+(?:war|wurde)|"
    r"bestätigt\s+(?:war|wurde)|buchen\s+konnte)\b[^.!?;]*[.!]?\s*$"
)
_DROPPED = frozenset({ClaimKind.BOOKED, ClaimKind.DONE})


def without_before_done(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking a closing "before …" clause names as not yet done."""
    if not any(c.kind in _DROPPED for c in claims):
        return claims
    if not _BEFORE_OUTCOME.search(normalize(sentence)):
        return claims
    return tuple(c for c in claims if c.kind not in _DROPPED)
