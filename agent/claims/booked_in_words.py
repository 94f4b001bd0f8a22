"""A booking stated in words the clause readers do not take as one: a hold turned into a firm
booking ("Ich habe aus Ihrer Reservierung eine feste Buchung gemacht", "I've turned your hold
into a firm booking"), a permitted act done ("ich durfte Ihren Termin soeben buchen", "I was
able to get you booked"), an appointment named as the caller's ("Der Zehn-Uhr-Termin ist Ihr
Termin", "Sie können sich den Termin als Ihren betrachten"), the appointment recorded with
something else ("Ihre Daten und der Termin sind jetzt im System abgelegt"), and a complement of
reassurance ("Sie können beruhigt sein, dass Ihr Termin fest im
Kalender steht", "Rest assured, your appointment is confirmed").

Each states the booking as done, so each is a BOOKED claim with the details it names. Not:
questions, negated or conditional sentences.
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.sentence_claims import claims_where

_DE = lazy(
    r"\b(?:eine[n]?\s+)?(?:feste|verbindliche|richtige|echte)\s+buchung\s+(?:\w+\s+)?"
    r"(?:gemacht|draus\s+gemacht|daraus\s+gemacht|geworden)\b|"
    r"\b(?:ich|wir)\s+(?:durfte|durften)\b.*\b(?:buchen|eintragen|reservieren|festmachen)\b|"
    r"\b(?:der|das|dieser)\s+[\w-]*termin\s+ist\s+(?:jetzt\s+|nun\s+)?ihr(?:er)?\s+termin\b|"
    r"\b(?:beruhigt|unbesorgt|sicher)\s+sein\s*,?\s+dass\s+ihr\s+(?:\w+\s+)?termin\b.*"
    r"\b(?:steht|gebucht|eingetragen|bestätigt|fest)\b|"
    r"\bals\s+ihre[nrs]?\s+(?:betrachten|ansehen)\b|"
    r"\b(?:und|sowie)\s+(?:der|ihr)\s+termin\s+(?:sind|wurden)\s+(?:\w+\s+){0,3}"
    r"(?:abgelegt|gespeichert|hinterlegt|eingetragen|erfasst|notiert|vermerkt)\b"
)
_EN = lazy(
    r"\b(?:turned|made|converted)\s+(?:your|the|that|it)\s*(?:\w+\s+)?(?:into\s+)?"
    r"(?:a\s+)?(?:firm|confirmed|proper|real)\s+booking\b|"
    r"\b(?:i|we)\s+(?:was|were)\s+able\s+to\s+(?:get\s+you\s+)?(?:book|booked|confirm)\w*\b|"
    r"\brest\s+assured\b.*\b(?:booked|confirmed|in\s+the\s+(?:calendar|diary|books?))\b|"
    r"\bconsider\s+(?:it|the\s+(?:slot|appointment))\s+yours\b|"
    r"\band\s+(?:the|your)\s+appointment\s+(?:are|have\s+been)\s+(?:\w+\s+){0,2}"
    r"(?:saved|stored|logged|recorded|entered)\b"
)


def booked_in_words(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED claims stated in the words above."""
    return claims_where(sentence, _EN if lang == "en" else _DE, ClaimKind.BOOKED, names)
