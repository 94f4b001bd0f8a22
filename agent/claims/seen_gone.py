"""The caller's appointment no longer seen in the calendar (blind 24, claims42): "Im Kalender
sehe ich nichts mehr von Ihrem Termin am Freitag.", "Im System finde ich Ihren Termin am Freitag
nicht mehr." The calendar no longer showing the appointment says it is gone from there, cancelled
or moved away (conventions 3 and 17: `gone`), not which act took it: a cancellation read in it, or
the booking read in the appointment it names, is the appointment gone, with what it names.

Not: an act said ("Ich habe Ihren Termin storniert, im Kalender sehe ich nichts mehr"), a
present booking denied without "mehr" ("Ich finde keinen Termin": convention 48).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_SEEN = lazy(
    r"\b(?:im|in\s+the)\s+(?:kalender|system|calendar)\b.*\b(?:sehe|finde|zeigt|see|find|shows?)\b|"
    r"\b(?:sehe|finde|see|find)\b.*\b(?:im|in\s+the)\s+(?:kalender|system|calendar)\b"
)
_NO_MORE = lazy(
    r"\b(?:nichts\s+mehr|nicht\s+mehr|kein\w*\s+\w*\s*mehr|anymore|any\s+more|no\s+longer)\b"
)
# a cancellation, or the booking read in the appointment named ("your Friday appointment")
_READ = frozenset({ClaimKind.CANCELLED, ClaimKind.BOOKED})
_ACT = lazy(r"\b(?:storniert|abgesagt|gestrichen|cancell?ed|verschoben|moved|habe|have|i've|hab)\b")


def seen_gone(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, a cancellation read from the appointment no longer seen made `gone`."""
    if not any(c.kind in _READ for c in claims):
        return claims
    text = fold(sentence).text
    if not _SEEN.search(text) or not _NO_MORE.search(text) or _ACT.search(text):
        return claims
    out = tuple(replace(c, kind=ClaimKind.GONE) if c.kind in _READ else c for c in claims)
    return tuple(dict.fromkeys(out))
