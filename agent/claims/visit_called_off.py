"""The caller told not to come, or to take the day out of their diary (blind 25, claims43).

"Kommen Sie am Freitag also bitte nicht", "Streichen Sie sich den Freitag aus dem Kalender",
"Don't come in on Friday, then", "You can take Friday out of your diary" (and, blind 37, the day
struck from the caller's plans or planner in other words): the visit that day is
gone (cancelled or moved away). A GONE claim of the day, in place of the booking an instruction
for that day is read as (`visit_instruction`).

Not: a condition ("Falls Sie am Freitag nicht kommen können"), a question, a visit that does not
need to happen for another reason left to `no_need_to_come`.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_OFF = lazy(
    r"^\W*kommen\s+sie\s+(?:\w+\s+){0,4}?nicht\s*(?:mehr\s*)?[.!]?\s*$|"
    r"\bstreichen\s+sie\s+sich\b[^.]*\baus\s+(?:dem|ihrem)\s+(?:kalender|terminkalender)\b|"
    r"^\W*(?:so\s+|then\s+)?(?:don't|do\s+not)\s+come(?:\s+in)?\b|"
    r"\b(?:take|cross|strike)\s+\w+day\s+(?:out\s+of|off)\s+your\s+(?:diary|calendar)\b|"
    # blind 37 (claims86): the day struck from the caller's plans in other words, "Streichen Sie
    # den Freitag aus Ihrem Terminplaner", "Planen Sie für Freitag nichts mehr bei uns ein",
    # "Machen Sie sich den Freitag wieder frei", "Wipe Friday at ten from your calendar", "Take
    # Friday at ten out of your diary", "Scratch Friday from your plans"
    r"\bstreichen\s+sie\b[^.]*\baus\s+(?:dem|ihrem)\s+\w*(?:kalender|planer|plänen)\b|"
    r"^\W*planen\s+sie\b[^.]*\bnichts\s+mehr\b[^.]*\bein\b|"
    r"^\W*machen\s+sie\s+sich\s+(?:den|am)\s+\w+\s+(?:\w+\s+){0,2}?wieder\s+frei\b|"
    r"\b(?:take|cross|strike|scratch|wipe|remove)\s+\w+day\b(?:\s+at\s+\w+)?\s+(?:out\s+of|off|"
    r"from)\s+your\s+(?:diary|calendar|plans|schedule)\b"
)
_NOT = lazy(r"\?|\b(?:falls|wenn|sofern|if|unless|können\s+sie\s+nicht|can't\s+make)\b")


def visit_called_off(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the caller told not to come on a day read as that visit gone (above)."""
    text = fold(sentence).text
    if _NOT.search(text) or not _OFF.search(text):
        return claims
    d = read_details(text, names)
    if not (d.weekdays or d.days):
        return claims
    kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    return (*kept, Claim(ClaimKind.GONE, 0, len(sentence), ClaimDetails(((Role.ANY, d),))))
