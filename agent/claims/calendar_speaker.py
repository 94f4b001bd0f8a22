"""The calendar or the booking system said to have done or to show the caller's appointment
(blind 24, claims41; conventions 3, 5, 17, 45, 76): the system stands for the salon's record.

- the system has accepted, taken or confirmed "it" ("Der Kalender hat's angenommen", "Cal.com has
  confirmed it", "Das System hat's übernommen"): the booking is made, `booked` (not the bare
  success: a calendar accepts an appointment);
- the system has taken the cancellation ("Der Kalender hat die Absage übernommen"): `cancelled`;
- the system has or shows the caller for a slot ("The calendar's got you Friday at ten with
  Fabian", "The system shows Friday, 10 AM, as your booking"): `booked` with what it names;
  not yet ("The system doesn't have you booked yet", "The calendar doesn't have you in yet"):
  `not_booked`;
- the caller's slot no longer in the system ("Laut System ist der Freitag um zehn für Sie nicht
  mehr belegt", "The system no longer shows your Friday at ten", "Your Friday slot isn't in the
  calendar anymore"): that appointment `gone`;
- the system said to show the slot the caller asks about, not whose it is ("I can't tell whose
  it is, the calendar only shows the slot", blind 56, claims173; the German "im Kalender steht nur
  der Termin" is read so already): `booked`, the slot presupposed;
- the system keeping a slot for the caller ("Das System hält Ihnen Freitag um zehn frei"):
  `held`, as a stylist keeping it is (76).

Not: the calendar said full, closed or slow, or another person's slot in it (nothing of the
caller's is named)."""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.said_claim import said

_SYSTEM = (
    r"(?:kalender|terminkalender|system|buchungssystem|buchungstool|computer|calendar|"
    r"booking\s+system|cal\.?\s?com|scheduling\s+system|diary)"
)
# a rule, a definition or a quoted word, not a report
_NOT_TOLD = lazy(r"(?:^|\s)[\"'‘“„]\w|\b(?:once|sobald|wenn|when|if|means|bedeutet|only\s+say)\b")
_HAS_SYSTEM = lazy(rf"\b{_SYSTEM}\b")
_CALLER = lazy(r"\b(?:sie|ihnen|ihr\w*|you|your)\b")
_IT_TAKEN = lazy(
    r"\bhat\s*(?:'s|\s+es)\s+(?:\w+\s+)?(?:bestätigt|gespeichert)\b|"
    r"\bhas\s+(?:\w+\s+)?(?:accepted|confirmed|taken|registered|saved|processed)\s+it\b"
)
_CANCEL_TAKEN = lazy(
    r"\bhat\s+(?:die|ihre)\s+(?:absage|stornierung|storno)\s+(?:\w+\s+)?(?:angenommen|"
    r"übernommen|bestätigt|akzeptiert|verarbeitet|eingetragen)\b|"
    r"\bhas\s+(?:\w+\s+)?(?:accepted|confirmed|processed|taken|registered)\s+(?:the|your)\s+"
    r"cancell?ation\b"
)
_NOT_YET = lazy(
    r"\b(?:doesn't|does\s+not)\s+(?:have|show)\s+you\s+(?:\w+\s+)?(?:booked|in|down)\b[^.]*\byet\b|"
    r"\bhat\s+sie\s+noch\s+nicht\b"
)
_HAS_CALLER = lazy(
    r"\b(?:'s\s+got|has\s+got|has|shows|lists|zeigt|führt|hat)\s+(?:sie|you)\s+"
    r"(?:down\s+|in\s+|booked\s+|als\s+gebucht\s+)?(?:for\s+|für\s+|am\s+|on\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|\d)|"
    r"\b(?:shows|lists|zeigt|führt)\b[^.]*\bas\s+your\s+(?:booking|appointment)\b|"
    r"\b(?:zeigt|führt)\b[^.]*\bals\s+ihr\w*\s+(?:termin|buchung)\b"
)
_SHOWS_SLOT = lazy(
    rf"\b{_SYSTEM}\s+(?:only\s+|just\s+)?(?:shows|lists|has)\s+(?:only\s+|just\s+)?the\s+"
    r"(?:slot|appointment|booking)\b(?=\s*(?:[,.;!–—]|$))"  # said alone, not "… as free", "… on hold""
)
_CLAUSE_NEGATED = lazy(r"\b(?:not|no|never)\b|n't\b")
_GONE = lazy(r"\bnicht\s+mehr\b|\bno\s+longer\b|\banymore\b|\bany\s+more\b")
_PIECES = lazy(r"[.;!]\s+|;")
_KEEPS = lazy(r"\bhält\s+(?:ihnen|für\s+sie)\b[^.]*\bfrei\b|\bholds?\b[^.]*\bfor\s+you\b")


def calendar_claims(sentence: str, names: Names) -> tuple[Claim, ...]:
    """What the calendar or the system is said to have of the caller's (see above)."""
    text = normalize(sentence)
    if "?" in text or not _HAS_SYSTEM.search(text) or _NOT_TOLD.search(text):
        return ()
    if _CANCEL_TAKEN.search(text):
        return (said(ClaimKind.CANCELLED, sentence, text, names),)
    if _NOT_YET.search(text):
        return (said(ClaimKind.NOT_BOOKED, sentence, text, names),)
    if _IT_TAKEN.search(text):
        return (said(ClaimKind.BOOKED, sentence, text, names),)
    shown = _SHOWS_SLOT.search(text)
    if shown is not None:
        start = text.rfind(",", 0, shown.start()) + 1
        end = min(i for i in (text.find(",", shown.end()), len(text)) if i >= 0)
        if not _CLAUSE_NEGATED.search(text[start:end]):
            return (said(ClaimKind.BOOKED, sentence, text[start:end], names),)
    if not _CALLER.search(text):
        return ()
    for piece in _PIECES.split(text):  # the system and "no longer" in one clause, of its details
        if (
            _GONE.search(piece)
            and _HAS_SYSTEM.search(piece)
            and _CALLER.search(piece)
            and not re.search(r"\b(?:jetzt|now|instead|statt|stehen)\b", text)
        ):
            return (said(ClaimKind.GONE, sentence, piece, names),)
    if _KEEPS.search(text):
        return (said(ClaimKind.HELD, sentence, text, names),)
    if _HAS_CALLER.search(text) and not re.search(r"\b(?:nicht|not|kein\w*)\b|n't\b", text):
        # a move said by where the caller now is ("… instead of Friday") is read as a move
        if not re.search(r"\b(?:instead|statt|anstatt|anstelle|rather\s+than)\b", text):
            return (said(ClaimKind.BOOKED, sentence, text, names),)
    return ()
