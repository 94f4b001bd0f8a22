"""The caller's appointment no longer in the calendar, read as `gone` (blind 24, claims42; blind
31, claims64; conventions 3, 17, 18, 86).

One module for "no longer there" (claims42 and claims64 each wrote a reader of it): the calendar
no longer showing the appointment, or the caller's day told gone without an act, says it is gone
from there, cancelled or moved away (`gone`), not which act took it. The cancellation the readers
read in "nicht mehr", or the booking they read in the appointment it names ("your Friday slot"),
becomes `gone`, with what it names. Two wordings, read where their readers read them:

- seen no more in the calendar (`gone_seen`, on a clause's claims): "Im Kalender sehe ich nichts
  mehr von Ihrem Termin am Freitag", "Im System finde ich Ihren Termin am Freitag nicht mehr".
  Not: an act said ("Ich habe Ihren Termin storniert, im Kalender sehe ich nichts mehr"), a
  present booking denied without "mehr" ("Ich finde keinen Termin": convention 48).
- one weekday told gone without an act (`gone_said`, on the whole sentence's claims): "Ihr
  Freitagstermin taucht im Kalender nicht mehr auf", "I don't see you on Friday any more", "Your
  Friday slot has disappeared from the calendar", "Sie haben am Freitag keinen Termin mehr". Only
  where the sentence names one weekday and says the appointment no longer there (seen, found or
  had, "disappeared", "taucht im Kalender nicht mehr auf"); not "der Termin ist weg" (the
  cancellation to the gated splits, blind 4); never where it names an act ("storniert",
  "abgesagt", "cancelled", "freigegeben", "rausgenommen", "taken off"), a move's new place ("der
  alte Termin ist weg, den neuen hat das System abgelehnt": the move's readers), or the wordings
  the gated splits read as the cancellation: "off the list / books", "nicht mehr auf der Liste",
  "raus" (41), the place "wieder frei" (21).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
# a cancellation, or the booking read in the appointment named ("your Friday appointment")
_READ = frozenset({K.CANCELLED, K.BOOKED})

_IN_CALENDAR = lazy(
    r"\b(?:im|in\s+the)\s+(?:kalender|system|calendar)\b.*\b(?:sehe|finde|zeigt|see|find|shows?)\b|"
    r"\b(?:sehe|finde|see|find)\b.*\b(?:im|in\s+the)\s+(?:kalender|system|calendar)\b"
)
_SEEN_NO_MORE = lazy(
    r"\b(?:nichts\s+mehr|nicht\s+mehr|kein\w*\s+\w*\s*mehr|anymore|any\s+more|no\s+longer)\b"
)
_SEEN_ACT = lazy(
    r"\b(?:storniert|abgesagt|gestrichen|cancell?ed|verschoben|moved|habe|have|i've|hab)\b"
)

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
    r"(?:verschwunden|disappeared|vanished|da\s+ist\s+nichts\s+mehr)|"
    # claims74: "Sie sind für Freitag nicht mehr eingeplant", "I no longer see you on Friday"
    r"nicht\s+mehr\s+(?:eingeplant|vorgesehen)\b|no\s+longer\s+(?:see|find)\s+you\b)"
)
_ACT = lazy(
    r"\b(?:storn\w*|abgesagt|absage|gestrichen|annull\w*|aufgehoben|freigegeben|cancel\w*|"
    r"called\s+off|scrapped|released|taken\s+off|off\s+the|liste|list|books|raus|wieder\s+frei|"
    r"\w*genommen|entfernt|gelöscht|removed|deleted|taken\s+out|took|"
    r"verschoben|verlegt|moved|rescheduled|statt|instead|dafür|neu\w*|new)\b"
)


def gone_seen(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, what was read from the appointment no longer seen in the calendar made `gone`."""
    if not any(c.kind in _READ for c in claims):
        return claims
    text = fold(sentence).text
    if not _IN_CALENDAR.search(text) or not _SEEN_NO_MORE.search(text) or _SEEN_ACT.search(text):
        return claims
    return tuple(dict.fromkeys(_made_gone(claims)))


def gone_said(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the day told gone read `gone`; None when the sentence says no such thing."""
    if not any(c.kind in _READ for c in claims):
        return None
    text = fold(sentence).text
    if len(set(_DAY.findall(text))) != 1 or not _GONE.search(text) or _ACT.search(text):
        return None
    return _made_gone(claims)


def _made_gone(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    return tuple(replace(c, kind=K.GONE) if c.kind in _READ else c for c in claims)
