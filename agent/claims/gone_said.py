"""The caller's day told gone without an act (blind 31, claims64): "Ihr Freitagstermin taucht im
Kalender nicht mehr auf", "I don't see you on Friday any more", "Your Friday slot has
disappeared from the calendar", "Sie haben am Freitag keinen Termin mehr". Conventions 3, 18
and 86: the visit on that day is gone (`gone`), true after its cancellation and after a move
away from it; the readers read a cancellation in "nicht mehr", or the booking in "your Friday
slot". Those claims become `gone`, with what they name.

Only where the sentence names one weekday and says the appointment no longer there (seen,
found or had, "disappeared", "taucht im Kalender nicht mehr auf"); not "der Termin ist weg"
(the cancellation to the gated splits, blind 4); never where it names an act ("storniert",
"abgesagt", "cancelled", "freigegeben", "rausgenommen", "taken off"), a move's new
place ("der alte Termin ist weg, den neuen hat das System abgelehnt": the move's readers), or
the wordings the gated splits read as the cancellation: "off the list / books", "nicht mehr auf
der Liste", "raus" (41), the place "wieder frei" (21).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_DAY = lazy(
    r"\b(freitag|friday|montag|dienstag|mittwoch|donnerstag|samstag|monday|"
    r"tuesday|wednesday|thursday|saturday)"
)
_NO_MORE = r"(?:nicht\s+mehr|nichts\s+mehr|kein\w*\s+(?:\w+\s+)?mehr|any\s*more|no\s+longer)"
_GONE = lazy(
    rf"\b(?:(?:sehe|finde|zeigt|see|seeing|find|showing|shows|show)\b[^.!?]*?\b{_NO_MORE}|"
    rf"{_NO_MORE}\b[^.!?]*?\b(?:zu\s+sehen|zu\s+finden|showing|show\s+up)\b|"
    rf"(?:kalender|system|calendar)\b[^.!?]*?\b{_NO_MORE}\s+auf\b|"
    r"(?:sie\s+haben|you\s+have|you've\s+got)\b[^.!?]*?\bkein\w*\s+(?:\w+\s+)?mehr\b|"
    r"(?:verschwunden|disappeared|vanished|da\s+ist\s+nichts\s+mehr))"
)
_ACT = lazy(
    r"\b(?:storn\w*|abgesagt|absage|gestrichen|annull\w*|aufgehoben|freigegeben|cancel\w*|"
    r"called\s+off|scrapped|released|taken\s+off|off\s+the|liste|list|books|raus|wieder\s+frei|"
    r"\w*genommen|entfernt|gelöscht|removed|deleted|taken\s+out|took|"
    r"verschoben|verlegt|moved|rescheduled|statt|instead|dafür|neu\w*|new)\b"
)
_READ = frozenset({K.CANCELLED, K.BOOKED})


def gone_said(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the day told gone read `gone`; None when the sentence says no such thing."""
    if not any(c.kind in _READ for c in claims):
        return None
    text = fold(sentence).text
    if len(set(_DAY.findall(text))) != 1 or not _GONE.search(text) or _ACT.search(text):
        return None
    return tuple(replace(c, kind=K.GONE) if c.kind in _READ else c for c in claims)
