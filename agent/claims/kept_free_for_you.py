"""A stylist or the salon keeping a slot free for the caller (blind 31, claims62; convention 76):
"Fabian's keeping Friday at ten free for you", "Lena hält Ihnen Samstag um elf frei" is the hold
of that slot, not the slot said free: a free slot read there becomes the hold of the same
details (a hold is false once the appointment is cancelled or moved away).

Blind 33 (claims73): the caller told to keep a day free ("Keep Thursday afternoon free, it takes a
while", "Halten Sie sich den Freitag frei") is told to keep it for the visit there (convention 37:
advice for the visit presupposes it): a free slot read there is the booking of the same details.

Blind 36 (claims83): the speaker's slot kept, said whole in the perfect ("I've kept Fabian's ten
o'clock free for you") is the hold of what it names, and no booking of the possessed hour.

Not: a question, a condition, a negation, an offer ("Soll ich … freihalten?", "I could keep …")."""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize, straight_apostrophes

_KEPT = lazy(
    r"\b(?:keeping|keeps|holding|holds)\b[^.]*\b(?:free|open)\s+for\s+you\b|"
    r"\b(?:hält|halten)\s+(?:ihnen|für\s+sie)\b[^.]*\bfrei\b|"
    r"\b(?:hält|halten)\b[^.]*\bfür\s+sie\s+frei\b"
)
_KEPT_WHOLE = lazy(
    r"^\W*(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?kept\s+[^.,;!?]*?\s+(?:free|open)\s+for\s+you"
    r"\s*[.!]?\s*$"
)
_KEEP_DAY_FREE = lazy(
    r"^\W*(?:keep|leave)\s+(?:your\s+)?(?:\w+\s+){0,3}?(?:free|clear)\b|"
    r"^\W*(?:halten|lassen)\s+sie\s+(?:sich\s+)?(?:\w+\s+){1,3}?(?:frei|offen)\b"
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|if|once|nicht|kein\w*|not|never|soll|sollen|could|would|can|kann|"
    r"könnte|würde|shall)\b|n't\b"
)


def kept_free_for_you(
    sentence: str, claims: tuple[Claim, ...], names: Names | None = None
) -> tuple[Claim, ...]:
    """`claims` with a slot read as free made the hold it is kept as (see above)."""
    text = straight_apostrophes(normalize(sentence))
    if _NOT.search(text):
        return claims
    if _KEEP_DAY_FREE.search(text):  # blind 33 (claims73): the caller keeps the day for the visit
        kept = tuple(
            replace(c, kind=ClaimKind.BOOKED) if c.kind is ClaimKind.AVAILABLE else c
            for c in claims
        )
        if names is None or any(c.kind is ClaimKind.BOOKED for c in kept):
            return kept
        day = read_details(text, names)
        if not (day.weekdays or day.days):
            return kept
        return (*kept, Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, day),))))
    if _KEPT_WHOLE.search(text) and any(c.kind is ClaimKind.AVAILABLE for c in claims):
        return tuple(
            replace(c, kind=ClaimKind.HELD) if c.kind is ClaimKind.AVAILABLE else c
            for c in claims
            if c.kind is not ClaimKind.BOOKED
        )
    if not _KEPT.search(text):
        return claims
    return tuple(
        replace(c, kind=ClaimKind.HELD) if c.kind is ClaimKind.AVAILABLE else c for c in claims
    )
