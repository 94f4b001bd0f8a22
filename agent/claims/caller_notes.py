"""What the caller told, noted or passed on, read as a booking or a promise (blind 23's false
blocks, claims40): one job, dropping the claims a note of the caller's own details makes.

- a detail of the caller written down ("Dass Sie empfindliche Kopfhaut haben, habe ich mir
  aufgeschrieben", "Die Schreibweise Ihres Namens habe ich notiert", "I've written down that you
  have a sensitive scalp"): the object noted is a fact about the caller (a "dass"/"that" clause,
  or a noun phrase that is not the caller, their appointment or a slot), so no booking is said;
- a detail said back, then "das habe ich" ("Ihre Rückrufnummer ist die 0176 …, das habe ich");
- the caller's own plan noted ("…, dass Sie nächsten Monat wieder anrufen"): the caller calls,
  so no callback is promised;
- praise, thanks or compliments passed on to a stylist or the team ("Ihr Lob für Lena gebe ich
  gern weiter", "I'll pass your compliments on to Lena"): a courtesy, not a message the salon
  acts on (convention 78);
- a complaint or criticism taken down ("Ihre Kritik habe ich aufgenommen") is a message for
  the salon (convention 78), not a booking.

Nothing is dropped when the sentence names the appointment, a slot, a day or a time ("Ihr
Wunsch ist zu Ihrem Termin eingetragen" and "Ich habe Sie für Freitag notiert" keep their
booking), nor a request or callback passed on.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

K = ClaimKind
_NOTE = (
    r"(?:notiert|aufgeschrieben|vermerkt|festgehalten|aufgenommen|noted|written\s+down|"
    r"made\s+a\s+note|jotted\s+down|taken\s+down)"
)
# the object of the note: a clause, or a detail noun of the caller's
_DETAIL_NOUN = (
    r"(?:schreibweise|nummer|rückrufnummer|telefonnummer|handynummer|namen|allergie|kopfhaut|"
    r"haartyp|adresse|e-mail|mail|spelling|number|allergy|scalp|address|name|"
    # blind 33 (claims72): the contact itself, named by its kind ("I've noted your mobile")
    r"mobile|mobilnummer|handy|festnetz|landline|email|phone|surname|nachnamen|vornamen)"
)
_CLAUSE_NOTED = lazy(
    rf"^\W*dass\s[^,]+,\s*(?:das\s+)?(?:habe|hab)\s+ich\s+(?:mir\s+)?(?:\w+\s+)?{_NOTE}\b|"
    rf"\b(?:habe|hab)\s+(?:ich\s+)?(?:mir\s+)?(?:\w+\s+)?{_NOTE},?\s+dass\b|"
    rf"\bi(?:'ve|\s+have)\s+(?:\w+\s+)?{_NOTE}\s+(?:down\s+)?that\b"
)
_DETAIL_NOTED = lazy(
    rf"^\W*(?:die|den|das|ihre?n?|your)\s+(?:\w+\s+)?{_DETAIL_NOUN}\b[^,.]*?\b(?:habe|hab)\s+ich"
    rf"\s+(?:mir\s+)?(?:\w+\s+)?{_NOTE}\b|"
    rf"\bi(?:'ve|\s+have)\s+{_NOTE}\s+(?:down\s+)?(?:the\s+|your\s+)(?:\w+\s+)?{_DETAIL_NOUN}\b"
)
# the detail said, then "das habe ich": "Ihre Rückrufnummer ist die 0176 …, das habe ich"
_DETAIL_HAD = lazy(
    rf"^\W*(?:ihre?n?|your)\s+(?:\w+\s+)?{_DETAIL_NOUN}\b[^.?!]*,\s*(?:das|die|den)\s+"
    r"(?:habe|hab)\s+ich(?:\s+(?:jetzt|schon|notiert))?\s*[.!]?\s*$|"
    rf"^\W*(?:your)\s+(?:\w+\s+)?{_DETAIL_NOUN}\b[^.?!]*,\s*(?:got\s+(?:it|that)|i've\s+got\s+"
    r"(?:it|that))\s*[.!]?\s*$"
)
# blind 29 (claims56): a detail noted with a success or ability verb ("I managed to note down
# your number", "I was able to save your surname"), or told as a label ("Rückrufnummer:
# aufgenommen.", "Nachname: vermerkt.")
_ABLE_NOTED = lazy(
    r"\bi\s+(?:managed\s+to|was\s+able\s+to|could|got\s+to)\s+(?:note|write|jot|take|save|"
    r"store|record)\s+(?:down\s+)?(?:the\s+|your\s+)(?:\w+\s+)?"
    rf"(?:{_DETAIL_NOUN}|surname|first\s+name|email|phone)\b"
)
_LABEL_NOTED = lazy(
    r"^\W*\w*(?:nummer|namen?|adresse|mail|schreibweise|number|name|address)\s*:\s*"
    rf"(?:\w+\s+)?(?:{_NOTE}|gespeichert|saved)\s*[.!]?\s*$"
)
# the caller's name said, then "das habe ich mir notiert:" and its spelling (blind 42, claims103,
# convention 84): "Danke, Frau Berg, das habe ich mir notiert: B-E-R-G", "Thanks, Ms Berg, I've
# noted that down: B-E-R-G"
_SPELLED_NOTED = lazy(
    r"\b(?:frau|herr|ms|mrs|mr|miss|name\w*|surname|nachname\w*)\b[^:]*\b(?:das|es|it|that|den|ihn)?"
    rf"\s*(?:habe|hab|i've|i\s+have)\s+(?:ich\s+)?(?:mir\s+)?(?:it\s+|that\s+)?(?:\w+\s+)?{_NOTE}"
    r"(?:\s+down)?\s*:\s*[\w\s.–-]{1,40}[.!]?\s*$"
)
# "it" written down, then someone to call back (blind 29, claims56: "Ich hab's aufgeschrieben,
# Fabian meldet sich bei Ihnen", "I've written it down, Lena will give you a call"): the
# caller's words taken as a message, not a booking
_IT_NOTED_THEN_CALL = lazy(
    rf"^\W*(?:ich\s+)?(?:hab's|habe\s+es|hab\s+es|hab\s+ich's)\s+(?:mir\s+)?(?:\w+\s+)?{_NOTE}\b"
    r"|^\W*i(?:'ve|\s+have)\s+(?:written|noted|jotted|taken)\s+(?:it|that)\s+down\b"
    r"|^\W*i(?:'ve|\s+have)\s+noted\s+(?:it|that)\b"
)
_CALLS_BACK = lazy(
    r"\b(?:meldet\s+sich|melden\s+sich|ruft\s+(?:\w+\s+){0,3}?(?:an|zurück)|rufen\s+(?:\w+\s+){0,3}?"
    r"(?:an|zurück)|call|ring|get\s+back|be\s+in\s+touch)\b"
)
# the caller acts in the clause noted: "dass Sie … wieder anrufen"
_CALLER_CALLS = lazy(r"\bdass\s+sie\s+(?:\w+\s+){0,5}?(?:an|zurück)?rufen\b|\bthat\s+you'll")
_COURTESY = lazy(
    r"\b(?:lob|dank|komplimente?|grüße|compliments?|thanks|kind\s+words|praise|regards)\b"
    r"[^.?!]*\b(?:weiter|aus|pass\w*\s+(?:\w+\s+){0,3}?on|passed\s+on)\b|"
    r"\bpass\s+(?:on\s+)?(?:your|the)\s+(?:\w+\s+)?(?:compliments?|thanks|kind\s+words|praise|"
    r"regards)\b"
)
_COMPLAINT = lazy(
    rf"\b(?:ihre?n?|your|die|the)\s+(?:kritik|beschwerde|reklamation|criticism|complaint)\b"
    rf"[^.?!]*\b(?:{_NOTE}|weiter\w*|passed\s+on)\b"
)
_REQUEST = lazy(
    r"nachricht|anfrage|anliegen|bitte|wunsch|rückruf|beschwerde|frage|message|request|"
    r"complaint|question|callback|call\s+you|ruft|melde"
)
_APPOINTMENT = lazy(
    r"termin|buchung|reserv|platz|slot|appointment|booking|\bsie\s+(?:für|am|um)\b|\byou\s+(?:for|"
    r"down)\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|\buhr\b|\d\s*(?::|am\b|pm\b)|\bum\s+\w+\b|\bat\s+(?:ten|eleven|"
    r"\d)"
)
_QUICK = lazy(
    r"habe\s+ich|got|notiert|aufgeschrieben|vermerkt|festgehalten|aufgenommen|note|down|weiter|"
    r"pass|aus\b|sav|gespeichert|written"
)


def without_caller_notes(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking or promise a note of the caller's details made."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _QUICK.search(text) or _APPOINTMENT.search(text):
        return claims
    if _COURTESY.search(text) and not _REQUEST.search(text):
        return tuple(c for c in claims if c.follow_up is not FollowUp.MESSAGE)
    if _COMPLAINT.search(text):  # a complaint taken down: the message, not a booking
        return tuple(
            replace(c, kind=K.FOLLOW_UP, follow_up=FollowUp.MESSAGE) if c.kind is K.BOOKED else c
            for c in claims
        )
    if _IT_NOTED_THEN_CALL.search(text) and _CALLS_BACK.search(text):
        return tuple(  # a message taken, as convention 15 and 55 label a callback wish passed on
            replace(c, follow_up=FollowUp.MESSAGE) if c.follow_up is FollowUp.CALLBACK else c
            for c in claims
            if c.kind is not K.BOOKED
        )
    if (
        _CLAUSE_NOTED.search(text)
        or _DETAIL_NOTED.search(text)
        or _DETAIL_HAD.search(text)
        or _ABLE_NOTED.search(text)
        or _LABEL_NOTED.search(text)
        or _SPELLED_NOTED.search(text)
    ):
        caller_calls = _CALLER_CALLS.search(text) is not None
        return tuple(
            c
            for c in claims
            if c.kind is not K.BOOKED and not (c.follow_up is FollowUp.CALLBACK and caller_calls)
        )
    return claims
