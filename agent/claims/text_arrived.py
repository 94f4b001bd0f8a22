"""A text said to have arrived, or to carry the appointment (blind 22, claims37): "Schauen Sie
mal aufs Handy, die SMS sollte da sein", "die SMS müsste angekommen sein", "Check your phone,
the text should be there" claim a text sent (`follow_up` text, convention 38), read as "Sie haben
die SMS bekommen"; a text "mit Datum und Uhrzeit Ihres Termins" / "with the date and time of
your appointment" presupposes the appointment booked (convention 38), read as "Ihr Termin ist
gebucht" beside it. Not a text denied, asked about or promised under a condition."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import booked_sentence

# a text to the caller; not "Ihre Nachricht an Fabian" (a message passed on to the salon)
_MSG = r"(?:sms|textnachricht|text|text\s+message)"
_ARRIVED = lazy(
    rf"\b{_MSG}\b.*\b(?:(?:sollte|müsste|dürfte|ist)\s+(?:\w+\s+)?(?:da|angekommen|eingegangen)"
    rf"(?:\s+sein)?|should\s+(?:be\s+there|have\s+(?:arrived|come\s+through))|has\s+arrived|"
    rf"is\s+there|(?:is|should\s+be)\s+in\s+your\s+inbox)\b",
    re.IGNORECASE,
)
_CARRIES = lazy(
    rf"\b{_MSG}\b.*\b(?:mit|with)\b.*\b(?:datum|uhrzeit|date|time)\b.*\b(?:ihres\s+termins|"
    rf"ihrem\s+termin|your\s+appointment)\b",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:nicht|kein\w*|not|no|wenn|falls|if|sobald|once)\b|n't", re.I)


def text_arrived(sentence: str, lang: str) -> str | None:
    """The standard sentence of a text said arrived or carrying the appointment, or None."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return None
    if _ARRIVED.search(text):
        return "Sie haben die SMS bekommen." if lang == "de" else "You've got the text."
    if _CARRIES.search(text):
        return booked_sentence(lang)
    return None
