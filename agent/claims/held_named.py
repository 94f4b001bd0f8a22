"""A place the caller has, named a hold (blind 31, claims64): "Sie haben den Platz am Freitag um
zehn vorerst sicher, als Reservierung", "You've got the slot for now, as a hold". The place had is
the booking to the readers (possession, issue 9); "als Reservierung" says what it is: `held`
(convention 120, the caller having a hold), with what it names.

Not where a booking word is said as well ("nicht nur als Reservierung, sondern fest gebucht").
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_AS_HOLD = lazy(
    r"\b(?:als|in\s+form\s+einer)\s+(?:reservierung|vormerkung|platzhalter)\b|"
    r"\bas\s+a\s+(?:hold|reservation|provisional\s+booking)\b"
)
_BOOKED = lazy(
    r"\b(?:gebucht|fest\s+eingetragen|verbindlich|booked|confirmed|nicht\s+nur|not\s+just)\b"
)


def held_named(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the booking read in a place named a hold made `held`; None if not said."""
    if not any(c.kind is K.BOOKED for c in claims):
        return None
    text = fold(sentence).text
    if not _AS_HOLD.search(text) or _BOOKED.search(text):
        return None
    return tuple(replace(c, kind=K.HELD) if c.kind is K.BOOKED else c for c in claims)
