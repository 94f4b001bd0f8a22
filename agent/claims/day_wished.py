"""A goodbye that wishes the caller well for the visit's day (blind 53, claims133; conventions
65 and 574: a goodbye naming the visit is `booked`).

"Emma soll sich auf Samstag freuen.", "Gute Besserung und hoffentlich bis Freitag!", "Werden Sie
schnell gesund, hoffentlich sehen wir uns Freitag!", "Tell Mia to look forward to Saturday.",
"Get well soon, and hopefully see you Friday!" presuppose the visit on that day, as "Bis Freitag!"
does: BOOKED of the weekday named. Not read: a question, a condition ("wenn", "if"), a denial, a
wish in the subjunctive ("Fabian würde sich auf Freitag freuen"), a stylist's own looking forward
("Lena freut sich auf Freitag": `looks_forward`),
a goodbye naming no day ("hoffentlich bis bald" stays 65's bare goodbye).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday)"
)
_WISHED = lazy(
    r"\bsoll(?:en)?\s+sich\s+(?:schon\s+)?auf\s+(?:den\s+)?" + _DAY + r"\s+freuen\b|"
    r"^\W*(?:\w+\W+){0,3}?(?:freuen\s+sie\s+sich|freu\s+dich)\s+(?:schon\s+)?auf\s+(?:den\s+)?"
    + _DAY
    + r"\b|"
    r"\bhoffentlich\s+(?:bis|sehen\s+wir\s+uns(?:\s+am)?|bis\s+zum)\s+" + _DAY + r"\b|"
    r"\blook(?:s|ing)?\s+forward\s+to\s+" + _DAY + r"\b|"
    r"\b(?:hopefully|hope\s+to)\s+see\s+you\s+(?:on\s+)?" + _DAY + r"\b"
)
_NOT = lazy(
    r"\b(?:wenn|falls|if|unless|würde|würden|wäre|would|nicht|kein\w*|not|no|never)\b|n't\b"
)


def day_wished(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """BOOKED of the weekday a goodbye wishes the caller well for (see above)."""
    if "?" in sentence or any(c.kind is ClaimKind.BOOKED for c in claims):
        return ()
    text = normalize(sentence)
    m = _WISHED.search(text)
    if m is None or _NOT.search(text):
        return ()
    details = ClaimDetails(((Role.ANY, read_details(m.group(0), names)),))
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), details),)
