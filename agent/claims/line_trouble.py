"""A technical hiccup told as it happened (blind 29's false blocks, claims56): one job, dropping
the claims the verbs of a dropped line make.

"The connection to the calendar dropped for a moment", "The line to the booking system cut out
briefly", "Die Leitung zum Kalender war kurz weg", "Die Verbindung ist kurz abgebrochen": the
subject is a line, a connection, a screen or the system, not an appointment, so "dropped",
"abgebrochen" or "weg" cancel nothing. Nothing is dropped when the sentence also names the
caller's appointment or booking ("…, and your booking dropped with it").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_LINE = lazy(
    r"^\W*(?:the|my|our|die|der|das|mein\w*|unser\w*)\s+(?:\w+\s+)?(?:connection|line|network|"
    r"screen|signal|internet|wifi|wi-fi|verbindung|leitung|netz|bildschirm|internet|wlan)\b"
    r"(?:\s+(?:to|zum|zur|with|mit)\s+(?:the\s+|dem\s+|der\s+)?(?:\w+\s+)?\w+)?\s+"
    r"(?:\w+\s+){0,2}?(?:dropped|cut\s+out|went\s+down|froze|crashed|hung|glitched|"
    r"war\s+(?:\w+\s+)?weg|ist\s+(?:\w+\s+)?(?:abgebrochen|weggebrochen|eingefroren|abgestürzt|"
    r"ausgefallen)|brach\s+(?:\w+\s+)?ab|fiel\s+(?:\w+\s+)?aus|hing|hat\s+(?:\w+\s+)?gehangen)\b"
)
_APPOINTMENT = lazy(
    r"\b(?:your|ihr\w*)\s+(?:\w+\s+)?(?:appointment|booking|slot|reservation|termin\w*|buchung|"
    r"reservierung|platz)\b|\byou\b(?!'re\s+still)|\bsie\s+(?:sind|stehen)\b"
)


def without_line_trouble(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, or none when the sentence only tells a line or screen failing for a moment."""
    if not claims:
        return claims
    text = fold(sentence).text
    if _LINE.search(text) and not _APPOINTMENT.search(text):
        return ()
    return claims
