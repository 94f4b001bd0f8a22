"""Sentences about the salon's hours or other people's and other days' appointments, in which a
claim word says nothing about the caller's appointment (blind 13): opening hours ("Dienstag bis
Freitag sind wir von neun bis achtzehn Uhr für Sie da", "On Thursdays we stay open later"), the
day's last or first slot ("Der letzte Termin am Samstag beginnt je nach Behandlung früher"), and
appointments of a past week or month ("Letzte Woche … sind einige Termine ausgefallen", "Last
week … a few appointments were dropped"), and the salon's booking system said up or down
("Unsere Online-Terminbuchung ist wieder aktiv", "Our online booking system is active again",
claims22). Their claims are dropped. Not when the sentence also
names the caller's own appointment or an outcome for the caller ("Ihr Termin", "you're booked").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_TRIGGER = lazy(
    r"offen|geöffnet|für\s+sie\s+da|open|letzte|erste|last|first|online|system|website|webseite"
)
_SALON_WIDE = lazy(
    # opening hours: "bis … sind wir … da", "haben wir … geöffnet", "we stay open later"
    r"\b(?:sind|haben)\s+wir\s+(?:\w+\s+){0,6}?(?:für\s+sie\s+da|geöffnet|offen)\b|"
    r"\bwe(?:'re|\s+are)?\s+(?:stay\s+)?open\b|\bwe\s+(?:stay|are)\s+open\b|\bwe\s+close\b|"
    # the day's last or first slot
    r"\b(?:der\s+letzte|der\s+erste|the\s+last|the\s+first)\s+(?:termin|appointment|slot)\s+"
    r"(?:am|on)\s+\w+\s+(?:beginnt|fängt|ist\s+um|starts|begins|is\s+at)\b|"
    # appointments of a past week or month
    r"\b(?:letzte|vergangene|letzten|vergangenen)\s+(?:woche|monat)\b[^.;!?]*\b(?:einige|ein\s+paar|"
    r"mehrere|viele)\s+termine\b|"
    r"\blast\s+(?:week|month)\b[^.;!?]*\b(?:a\s+few|several|some|many)\s+appointments\b|"
    # the salon's booking system up or down ("Unsere Online-Terminbuchung ist wieder aktiv")
    r"\b(?:unsere|die|das|our|the)\s+(?:online[- ]?\w*|\w*buchungs?system|booking\s+system|"
    r"online\s+booking(?:\s+system)?|website|webseite|system)\s+(?:ist|is|läuft|runs)\s+"
    r"(?:\w+\s+)?(?:aktiv|online|erreichbar|active|live|up|down|offline)\b"
)
_CALLERS_OWN = lazy(
    r"\b(?:ihr|ihren|ihrem|ihre|your)\s+(?:\w+\s+)?(?:termin|buchung|appointment|booking)\b|"
    r"\b(?:sie\s+sind|you're|you\s+are)\s+(?:\w+\s+)?(?:gebucht|eingetragen|booked|in)\b"
)


def without_salon_wide(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, none of them if `sentence` is about the salon's hours or others' appointments."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _TRIGGER.search(text) or not _SALON_WIDE.search(text) or _CALLERS_OWN.search(text):
        return claims
    return ()
