"""Questions that take the caller's booking as made: "Möchten Sie zu Ihrer Buchung noch eine
Pflegekur dazunehmen?", "Shall I add a beard trim to your Saturday booking with Lena?", "Soll
ich Fabian noch etwas ausrichten, bevor Sie am Freitag kommen?", "Is there anything you'd like
Fabian to know before your appointment?".

Asking to add something to the caller's appointment, or to pass something on before the
visit, presupposes the appointment stands: the question claims a booking (with the day,
time or stylist it names; a service named is the one to add) although it asks about something else. A question about an
appointment still to be made ("Soll ich Ihnen einen Termin eintragen?", "Shall I book it?") has
no possessive appointment to add to, nor a visit to come.
"""

from __future__ import annotations

import dataclasses
import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

_DE_WEEKDAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen)"
_DE_ADD = re.compile(
    r"\b(?:zu|zusätzlich\s+zu)\s+ihre[mr]\s+(?:\w+\s+){0,2}?\w*(?:termin|buchung)\w*\b"
    r"(?=.*\b(?:dazu\w*|hinzu\w*|ergänz\w*|buchen|nehmen|anhängen|kombinieren)\b)"
)
_DE_BEFORE_VISIT = re.compile(
    rf"\b(?:bevor|ehe)\s+sie\s+(?:\w+\s+){{0,2}}(?:am\s+)?{_DE_WEEKDAY}\w*\s+(?:\w+\s+){{0,2}}"
    r"(?:kommen|vorbeikommen|da\s+sind|hier\s+sind|erscheinen)\b|"
    r"\bvor\s+ihrem\s+(?:\w+\s+){0,2}?\w*termin\w*\b"
    r"(?=.*\b(?:ausrichten|sagen|mitteilen|wissen|weitergeben)\b)|"
    r"\b(?:ausrichten|sagen|mitteilen|weitergeben)\b.*\bvor\s+ihrem\s+\w*termin\w*\b"
)
_EN_ADD = re.compile(
    r"\b(?:add|include|put|book|tack)\b.*\bto\s+your\s+(?:\w+\s+){0,2}?"
    r"(?:booking|appointment|visit)\b"
)
_EN_BEFORE_VISIT = re.compile(
    r"\b(?:know|tell|pass\s+on|let\s+\w+\s+know|mention)\b.*"
    r"\bbefore\s+(?:your\s+(?:\w+\s+)?(?:appointment|visit|booking)|you\s+come\s+in\s+on)\b"
)


def presupposed_booking(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """A booking presupposed by a question of `sentence` (see above)."""
    folded = fold(sentence)
    text = folded.text
    if "?" not in text:
        return ()
    patterns = (_EN_ADD, _EN_BEFORE_VISIT) if lang == "en" else (_DE_ADD, _DE_BEFORE_VISIT)
    out = []
    for start, end in sentence_spans(text):
        part = text[start:end]
        if not part.rstrip().endswith("?"):
            continue
        if any(p.search(part) for p in patterns):
            # the service asked about is the one to add, not the booked one's
            details = dataclasses.replace(read_details(part, names), services=frozenset())
            out.append(
                Claim(
                    ClaimKind.BOOKED, *folded.span(start, end), ClaimDetails(((Role.ANY, details),))
                )
            )
    return tuple(out)
