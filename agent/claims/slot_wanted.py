"""A named slot offered by asking whether the caller wants it (blind 20, convention 2).

"Wollen Sie den Freitag um zehn bei Fabian nehmen?", "Möchten Sie Freitag um zehn?", "Do you
want Friday the 28th at 10am?", "Would you like Friday at ten?" offer that slot: AVAILABLE with
what it names (true where the slot is free, offered or kept for the caller). Not: a question
naming no day or time ("Wollen Sie stornieren?"), a move or a cancellation asked about ("Wollen
Sie Ihren Termin auf Donnerstag legen?": convention 44), the caller's own appointment
(`possessed_visit.py`).
"""

from __future__ import annotations

from agent.claims.answered_slot import placed
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_WANT = lazy(
    r"^\s*(?:\w+\s*,?\s+){0,2}?(?:wollen|möchten|nehmen)\s+sie\s+(?:gern\w*\s+)?"
    r"(?:den|die|das)?\s*(?:(?!am\b|um\b|lieber\b)\w+\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|morgen|übermorgen|\d)|"
    r"\b(?:do|would)\s+you\s+(?:want|like|fancy|take)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d)"
)
_NOT_OFFER = lazy(
    r"\b(?:ihr(?:e|en|em)?|your|verschieben|verlegen|legen|stornieren|absagen|move|cancel|"
    r"reschedule|oder|or|zeit|time|kommen|come|vorbeikommen|sitzen)\b"
)


def slots_wanted(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """An AVAILABLE claim for a slot offered as "do you want …?" (above)."""
    if claims:
        return ()
    text = fold(sentence).text
    if not text.rstrip().endswith("?") or not _WANT.search(text) or _NOT_OFFER.search(text):
        return ()
    d = read_details(text, names)
    if not placed(d) or not d.times:
        return ()  # a slot is a time ("Möchten Sie am Freitag vorbeikommen?" invites)
    return (Claim(ClaimKind.AVAILABLE, 0, len(sentence), ClaimDetails(((Role.ANY, d),))),)
