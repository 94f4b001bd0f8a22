"""A confirmation someone else still gives (blind 22, claims37): the salon, the manager, the
owner or a colleague said to confirm the caller's request, appointment or booking later ("Der
Manager bestätigt den Termin noch", "Der Salon müsste die Anfrage bald bestätigen", "Ihre Anfrage
sollte demnächst vom Salon bestätigt werden", "The manager will confirm your appointment", "The
salon should confirm your request shortly") is the request awaiting the salon (`pending`,
convention 1), read as "Der Salon muss den Termin noch bestätigen". Not the speaker's own
confirmation ("Ich bestätige …", "I'll let you know once it's confirmed"), a negation or a
condition."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_WHO = (
    r"(?:salon|manager(?:in)?|chef(?:in)?|inhaber(?:in)?|owner|team|empfang|rezeption|"
    r"reception|front\s+desk|kolleg(?:e|in)|colleague)"
)
_WHAT_DE = r"(?:anfrage|termin\w*|buchung|reservierung)"
_WHAT_EN = r"(?:request|appointment|booking|reservation)"
_DE = lazy(
    rf"\b{_WHO}\b.*\b(?:bestätigt\b.*\b{_WHAT_DE}\b.*\bnoch\b|(?:wird|müsste|sollte|dürfte)\b.*"
    rf"\b{_WHAT_DE}\b.*\bbestätigen\b|bestätigt\b.*\bnoch\b.*\b{_WHAT_DE}\b)|"
    rf"\b{_WHAT_DE}\b.*\b(?:wird|müsste|sollte|dürfte)\b.*\b(?:von|vom)\s+(?:der\s+|dem\s+)?"
    rf"{_WHO}\b.*\bbestätigt\s+werden\b",
    re.IGNORECASE,
)
_EN = lazy(
    rf"\b{_WHO}\s+(?:will|'ll|should|ought\s+to|is\s+going\s+to|is\s+to|would)\s+"
    rf"(?:\w+\s+)?confirm\s+(?:your|the)\s+{_WHAT_EN}\b",
    re.IGNORECASE,
)
_NOT = lazy(
    r"\b(?:nicht|kein\w*|not|never|if|wenn|falls|once|sobald|ob|whether)\b|n't|\?|\bich\b|\bi\b",
    re.IGNORECASE,
)


def confirmation_to_come(sentence: str, lang: str) -> str | None:
    """The pending request's standard sentence when `sentence` says another confirms later."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return None
    if lang == "de" and _DE.search(text):
        return "Der Salon muss den Termin noch bestätigen."
    if lang == "en" and _EN.search(text):
        return "The salon still has to confirm your appointment."
    return None
