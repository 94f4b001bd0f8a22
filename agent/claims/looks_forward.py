"""The stylist, the team or the salon said to look forward to a named day (blind 31, claims62;
conventions 31 and 76): "Fabian lässt ausrichten, er freut sich auf Freitag", "Das Team freut
sich schon auf Samstag", "Lena's looking forward to Saturday" expect the caller's visit that
day: the booking of the day it names (the visit without a day is read elsewhere: "Fabian freut
sich auf Sie").

Not: a question, a condition, a negation, a wish ("würde sich freuen", "would love to"), the
stylist's own day off ("Fabian has Friday off, so he's looking forward to Saturday")."""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize, straight_apostrophes
from agent.claims.said_claim import said

_DAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|friday|saturday)"
_FORWARD = lazy(
    rf"\b(?:freut|freuen)\s+(?:sich|uns)\s+(?:(?:schon|sehr|riesig|sicher|bestimmt|wirklich|auch)\s+)*"
    rf"auf\s+(?:den\s+)?{_DAY}\b|"
    rf"\blooking\s+forward\s+to\s+(?:seeing\s+you\s+)?(?:on\s+)?{_DAY}\b|"
    rf"\blooks?\s+forward\s+to\s+(?:seeing\s+you\s+)?(?:on\s+)?{_DAY}\b"
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|if|once|nicht|kein\w*|not|never|würde|würden|would|could|könnte|frei|"
    r"urlaub|off|holiday|vacation|wochenende|weekend)\b|n't\b"
)


def looks_forward(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """The booking of the day the stylist or the salon looks forward to, when none is read."""
    text = straight_apostrophes(normalize(sentence))
    if not _FORWARD.search(text) or _NOT.search(text):
        return ()
    if any(c.kind is ClaimKind.BOOKED for c in claims):
        return ()
    return (said(ClaimKind.BOOKED, sentence, text, names),)
