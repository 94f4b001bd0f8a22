"""The calendar or the system as the source of a fact about the salon, a stylist or a day
(blind 24, claims42): "Laut Kalender hat der Salon am Montag zu.", "Im Kalender ist der Dienstag
sehr voll.", "Laut Kalender ist am 24. Dezember geschlossen.", "According to the calendar,
Fabian's off on Monday." What the calendar says here is the salon's hours, a stylist's day off or
how busy a day is: no appointment of the caller's (convention 45 reads "laut Kalender" as the
caller's appointment only where the sentence speaks of the caller or an appointment).

Not: the caller, "wieder" / "again" (a slot freed), an appointment named after the frame ("Laut Kalender sind Sie am Freitag
eingetragen", "…, your appointment is on Friday"), an outcome word, a time (a slot said free at a
time stays a slot).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_FRAME = lazy(
    r"\b(?:laut\s+(?:kalender|system)|im\s+(?:kalender|system)|according\s+to\s+the\s+"
    r"(?:calendar|system)|the\s+(?:calendar|system)(?:'s|\s+(?:says|shows|has|is)))\b"
)
# closed, a day off, away, full: what is said of the salon, a stylist or a day
_FACT = lazy(
    r"\b(?:zu|geschlossen|voll|ausgebucht|frei|nicht\s+da|nicht\s+im\s+haus|im\s+urlaub|"
    r"off|closed|packed|busy|full|away|out|on\s+holiday)\b"
)
_CALLER = lazy(
    r"\b(?:sie|ihr|ihre|ihren|ihrem|ihrer|ihnen|wieder|mehr|you|your|you're|yours|again|termin\w*|buchung\w*|"
    r"appointment\w*|booking\w*|reserv\w*|slot|hold|gebucht|eingetragen|bestätigt|storniert|"
    r"booked|confirmed|cancelled|canceled|moved|verschoben|drin|in\s+the\s+book)\b"
)
_TIME = lazy(r"\b(?:um\s+\w+|uhr|o'clock|at\s+(?:\d|ten|eleven|nine|noon))\b|\d[:.]\d\d")


def without_calendar_facts(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, none where the calendar is only the source of a fact about the salon."""
    if not claims:
        return claims
    text = fold(sentence).text
    frame = _FRAME.search(text)
    if frame is None or "?" in text:
        return claims
    rest = text[: frame.start()] + " " + text[frame.end() :]
    if _CALLER.search(rest) or _TIME.search(rest) or not _FACT.search(rest):
        return claims
    return ()
