"""Questions that take the caller's booking as made: "Möchten Sie zu Ihrer Buchung noch eine
Pflegekur dazunehmen?", "Shall I add a beard trim to your Saturday booking with Lena?", "Soll
ich Fabian noch etwas ausrichten, bevor Sie am Freitag kommen?", "Is there anything you'd like
Fabian to know before your appointment?".

Asking to add something to the caller's appointment, or to pass something on before the
visit, presupposes the appointment stands: the question claims a booking (with the day,
time or stylist it names; a service named is the one to add) although it asks about something else. A question about an
appointment still to be made ("Soll ich Ihnen einen Termin eintragen?", "Shall I book it?") has
no possessive appointment to add to, nor a visit to come. A refreshment or a parking place
offered for the caller's appointment ("Möchten Sie zu Ihrem Termin einen Tee?", "Would you like
a coffee at your appointment?") presupposes the visit the same way (blind 28, claims52).
"""

from __future__ import annotations

import dataclasses

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

_DE_WEEKDAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen)"
_DE_ADD = lazy(
    r"\b(?:zu|zusätzlich\s+zu)\s+ihre[mr]\s+(?:\w+\s+){0,2}?\w*(?:termin|buchung)\w*\b"
    r"(?=.*\b(?:dazu\w*|hinzu\w*|ergänz\w*|buchen|nehmen|anhängen|kombinieren)\b)"
)
_DE_BEFORE_VISIT = lazy(
    rf"\b(?:bevor|ehe)\s+sie\s+(?:\w+\s+){{0,2}}(?:am\s+)?{_DE_WEEKDAY}\w*\s+(?:\w+\s+){{0,2}}"
    r"(?:kommen|vorbeikommen|da\s+sind|hier\s+sind|erscheinen)\b|"
    r"\bvor\s+ihrem\s+(?:\w+\s+){0,2}?\w*termin\w*\b"
    r"(?=.*\b(?:ausrichten|sagen|mitteilen|wissen|weitergeben)\b)|"
    r"\b(?:ausrichten|sagen|mitteilen|weitergeben)\b.*\bvor\s+ihrem\s+\w*termin\w*\b"
)
# a refreshment or a parking place offered for the visit (blind 28, claims52)
_SERVED = (
    r"kaffee|tee|wasser|getränk|sekt|saft|espresso|cappuccino|tasse|glas|keks|"
    r"parkplatz|coffee|tea|water|drink|cuppa|juice|biscuit|cup|glass|parking"
)
_DE_SERVED = lazy(
    r"\b(?:zu|bei|für|während|nach)\s+ihre[mnr]\s+(?:\w+\s+){0,2}?\w*termin\w*\b"
    rf"(?=.*(?:\b\w*(?:{_SERVED})\b|\b(?:{_SERVED})\w*))|"
    rf"(?:\b\w*(?:{_SERVED})\b|\b(?:{_SERVED})\w*).*\b(?:zu|bei|für|während|nach)\s+ihre[mnr]\s+"
    r"(?:\w+\s+){0,2}?"
    r"\w*termin\w*\b"
)
_EN_SERVED = lazy(
    rf"\b(?:{_SERVED})s?\b.*\b(?:at|with|for|during|before|after)\s+your\s+(?:\w+\s+){{0,2}}?"
    r"(?:appointment|booking|visit)\b|"
    r"\b(?:at|with|for|during)\s+your\s+(?:\w+\s+){0,2}?(?:appointment|booking|visit)\b"
    rf"(?=.*\b(?:{_SERVED})s?\b)"
)
_EN_ADD = lazy(
    r"\b(?:add|include|put|book|tack)\b.*\bto\s+your\s+(?:\w+\s+){0,2}?"
    r"(?:booking|appointment|visit)\b"
)
_EN_BEFORE_VISIT = lazy(
    r"\b(?:know|tell|pass\s+on|let\s+\w+\s+know|mention)\b.*"
    r"\bbefore\s+(?:your\s+(?:\w+\s+)?(?:appointment|visit|booking)|you\s+come\s+in\s+on)\b"
)


def presupposed_booking(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """A booking presupposed by a question of `sentence` (see above)."""
    folded = fold(sentence)
    text = folded.text
    if "?" not in text:
        return ()
    patterns = (
        (_EN_ADD, _EN_BEFORE_VISIT, _EN_SERVED)
        if lang == "en"
        else (_DE_ADD, _DE_BEFORE_VISIT, _DE_SERVED)
    )
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
