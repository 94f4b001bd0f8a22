"""A booking reference given to the caller, or the booking shown to them, is the booking's
evidence (blind 30, claims61; conventions 45, 77): "Ihre Buchungsnummer ist 4711", "Your
reference is BK-2291", "Im Link aus der SMS sehen Sie Ihre Buchung", "Mit der Nummer 5127 können
Sie Ihre Buchung ändern". Only a booking that exists has a number, so the sentence claims it:
BOOKED with the details it names; a cancellation's reference ("Ihre Stornonummer ist ST-118",
"Als Bestätigung der Stornierung: Nummer 9902") claims the cancellation (and is not the
booking's), a rebooking's or move's reference the move. Sending the reference now ("Ihre
Buchungsnummer schicke ich Ihnen per SMS", "I'm texting you the booking reference") is also a
text promised. An English "confirmation number" alone is left to the reader: it confirms any
outcome, a cancellation too (`done`, convention 200). "No booking number yet" for the caller ("Eine Buchungsnummer habe ich noch nicht
für Sie") says the booking is not made yet (convention 5).

Blind 34 (claims75): the booking's own number said to stand somewhere or used ("Die
Buchungsnummer steht oben in der Bestätigung", "Mit Ihrer Buchungsnummer können Sie online
nachsehen", "With your booking reference you can look it up", "Ihr Termin hat die Nummer 3-1-9")
and a link in a text to manage, move or cancel the appointment ("Über den Link in der SMS können
Sie umbuchen", "Use the link in the text to change the appointment") presuppose the booking; a
link or a number said to be in a text also says the text sent.

A reference given for the caller's queries ("Bei Rückfragen die Nr. 4711", "If you ring back, just
quote reference B-19") is the booking's (convention 1090, D23), and so is a bare reference ("Your
reference is 4471", "For your records, the reference is 5512": convention 1097, D30).

Not: a question ("Haben Sie eine Buchungsnummer?"), a reference to come or on a condition ("Die
Buchungsnummer bekommen Sie, sobald …", "You'll get a booking number once it's booked"), a rule
("Booking numbers start with BK"), a denial ("… ist keine Buchungsnummer"), the caller's number
or the salon's telephone number.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_DIGITS = r"(?:null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# a reference: three digits or more, letters and digits ("BK-2291", "K9F2", "88-14", "C-8"), digits
# spelled one by one ("vier-sieben-eins-eins")
_CODE = lazy(
    r"\b(?:[a-z]{1,3}-?\d{2,}|[a-z]{1,2}-\d|\d{3,}(?:-\d+)?|\d{2}-\d{2}|\d(?:-\d){2,}|[a-z]+\d[a-z0-9]*|"
    r"\d[a-z][a-z0-9]*)\b"
    rf"|\b{_DIGITS}(?:[\s-]+{_DIGITS}){{2,}}\b"
)
_NOUN_DE = lazy(
    r"(?:buchungs|bestätigungs|termin|vorgangs|auftrags|storno|stornierungs|absage|umbuchungs|"
    r"reservierungs)-?(?:nummer|code|referenz|kennung)|stornobestätigung|\breferenz(?:nummer|code)?\b"
)
_NUMBER_DE = lazy(r"\bnummer\b")  # "unter der Nummer 4711": only beside the booking
_NOUN_EN = lazy(
    r"\b(?:reference|ref|(?:booking|confirmation|cancell?ation|rebooking|appointment|reservation|"
    r"hold|case)\s+(?:number|code|id|reference))\b"
)
# the reference's role by its noun (claims126; conventions 200, 45, 77): a case number
# ("Vorgangsnummer", "case number") confirms any outcome (`done`, as 200's confirmation number); a
# reservation's or hold's number the hold (`held`). Either said of the booking or appointment
# ("Ihre Vorgangsnummer für den Termin", "Ihre Reservierungsnummer für die Buchung") is the
# booking's, as the gated labels read it. A bare "reference" / "Referenz" / "reference number" is
# the booking's, said of nothing too (convention 1097, the lead's D30, in place of 1000's `done`:
# a reference the caller can use presupposes the booking made); said "for the reservation / hold"
# the hold's.
# a confirmation's or case's number (convention 1109, the lead's D42): the booking's only with an
# act or result word in the sentence ("Gebucht unter der Vorgangsnummer 88-301", "Status:
# bestätigt, Referenz 7F3K"), else any outcome's; a "Termin" named is no act
_CONFIRMATION_NOUN = lazy(r"\b(?:bestätigungs|vorgangs|ticket)-?(?:nummer|code|kennung)\b")
_ACT_WORD = lazy(r"\b(?:gebucht|eingetragen|buchung\w*|bestätigt|fest|booked|booking|confirmed)\b")
_CASE_NOUN = lazy(r"\b(?:vorgangs-?(?:nummer|referenz|kennung)|case\s+(?:number|reference|id))\b")
_HOLD_NOUN = lazy(
    r"\b(?:reservierungs-?(?:nummer|code|referenz)|(?:reservation|hold)\s+(?:number|code|"
    r"reference|id))\b"
)
_FOR_HOLD = lazy(r"\b(?:für|for)\s+(?:ihre|die|your|the)\s+(?:reservierung|hold|reservation)\b")
_OF_BOOKING = lazy(
    r"\b(?:\w*termin\w*|buchung\w*|gebucht|eingetragen|booking|booked|appointment|visit)\b"
)
_BOOKING_WORD = lazy(r"buchung|termin|stornierung|absage|bestätigung|booking")
_SHOWN = lazy(
    r"\bihre[rn]?\s+buchung\b.*\b(?:link\w*|aufrufen|einsehen|sehen|finden|abrufen|ändern)\b|"
    r"\b(?:link\w*|aufrufen|einsehen|sehen|finden|abrufen)\b.*\bihre[rn]?\s+buchung\b|"
    r"\b(?:find|see|view)\s+(?:it|your\s+appointment)\s+under\s+your\s+booking\b|"
    r"\byour\s+booking\b.*\bin\s+the\s+link\b"
)
# the booking's own number said to stand somewhere or used (blind 34, claims75)
_NUMBER_HELD = lazy(
    r"\b(?:ihre|die|der)\s+(?:buchungs|reservierungs|termin|storno|stornierungs)(?:nummer|referenz|"
    r"code)\s+steht\b|"
    r"\bmit\s+(?:ihrer|der)\s+(?:buchungs|reservierungs|termin)(?:nummer|referenz)\b[^.!?]*"
    r"\bkönnen\s+sie\b|"
    r"\byour\s+(?:booking|reservation)\s+(?:number|reference|code)\s+is\s+in\b|"
    r"\bwith\s+(?:your|the)\s+(?:booking|reservation)\s+(?:number|reference|code)\b[^.!?]*"
    r"\byou\s+can\b"
)
# a link in a text to manage the appointment (blind 34, claims75)
_LINK = lazy(
    r"\b\w*link\w*\b[^.!?]*\b(?:sms|text|textnachricht|nachricht)\b|"
    r"\b(?:sms|text|textnachricht)\b[^.!?]*\b\w*link\w*\b"
)
_LINK_USE = lazy(
    r"\b(?:umbuchen|verschieben|verlegen|verwalten|ändern|stornieren|absagen|storno\w*|"
    r"reschedule|change|manage|move|cancel|amend|"
    # the English verb as a German infinitive (blind 56, claims167): "… selbst managen"
    r"managen|canceln|cancellen|moven|reschedulen|updaten|changen)\b"
)
# where the number or link usually stands is the salon's habit, no booking's ("Die Buchungsnummer
# steht normalerweise in der SMS")
_HABIT = lazy(
    r"\b(?:normalerweise|immer|meistens|üblicherweise|grundsätzlich|jeweils|regel|usually|always|"
    r"normally|generally|typically)\b"
)
_IN_TEXT = lazy(r"\b(?:sms|text|textnachricht)\b")
_SENT = lazy(
    r"\b(?:schicke|sende|texte)\s+ich\s+ihnen\b|\bi'm\s+(?:texting|sending)\s+you\b|"
    r"\bi\s+am\s+(?:texting|sending)\s+you\b"
)
_NOT_YET = lazy(
    r"(?:buchungs|bestätigungs)nummer\s+(?:habe|hab|gibt\s+es)\s+(?:ich\s+)?noch\s+(?:nicht|keine)|"
    r"\bno\s+(?:booking|confirmation|reference)\s+(?:number|code|reference)?\s*(?:for\s+you\s+)?yet\b"
)
# what makes it no reference given now: a question, a denial, a condition, a reference to come,
# a telephone number, the caller's own number asked for
_NOT_GIVEN = lazy(
    r"\?|\b(?:kein\w*|nicht|no|not|never|sobald|bevor|erst|once|after|before|until|bekommen\s+sie|"
    r"erhalten\s+sie|you'll\s+(?:get|receive)|you\s+will\s+(?:get|receive)|will\s+get|start\s+with|"
    r"beginnen\s+mit|anrufen|rufen|erreichen|telefon\w*|call\s+us|phone)\b|n't\b"
)
# a reference given for the caller's queries ("Bei Rückfragen die Nr. 4711", "Referenz ABC-12,
# falls Sie nachfragen möchten", "For questions, your reference is 4711", "If you ring back, just
# quote reference B-19", "Should anything come up, just give us reference 5127") is one the caller
# can use about the booking: the booking's (convention 1090, the lead's D23), "Nr." its noun too;
# a telephone number given for queries ("Die Nummer für Rückfragen ist 030 12345678") is none
_FOR_QUERIES = lazy(
    r"\b(?:rückfrage\w*|nachfrage\w*|nachfragen|(?:any\s+)?(?:questions|queries)|ring\s+back|"
    r"call\s+back|should\s+anything\s+come\s+up|if\s+anything\s+comes\s+up)\b"
)
_QUERY_NUMBER = lazy(r"\b(?:nr|nummer)\b")
_PHONE = lazy(r"\b0\d{2,5}[\s/-]*\d{3,}")
_CANCEL = lazy(r"storn|absage|abgesagt|cancel")
_MOVE = lazy(r"rebooking|\bmove\b|umbuchung|verlegung")


def references_given(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with the outcome a reference given to the caller is evidence of (see above)."""
    text = fold(sentence).text
    end = len(sentence.rstrip())
    if _NOT_YET.search(text) and "?" not in text:
        return (*claims, Claim(ClaimKind.NOT_BOOKED, 0, end, _details(text, names)))
    code = _CODE.search(text)
    noun = (_NOUN_DE if lang == "de" else _NOUN_EN).search(text)
    if lang == "de" and noun is None and code is not None and _BOOKING_WORD.search(text):
        noun = _NUMBER_DE.search(text)
    queries = _FOR_QUERIES.search(text) is not None and _PHONE.search(text) is None
    if lang == "de" and noun is None and code is not None and queries:
        noun = _QUERY_NUMBER.search(text)  # "Bei Rückfragen die Nr. 4711"
    sent = noun is not None and _SENT.search(text)
    habit = _HABIT.search(text) is not None
    link = not habit and _LINK.search(text) is not None and _LINK_USE.search(text) is not None
    held = not habit and _NUMBER_HELD.search(text) is not None
    if (link or held) and _IN_TEXT.search(text):
        sent = True  # "der Link in der SMS", "die Buchungsnummer steht in der SMS": a text sent
    given = (noun is not None and code is not None) or sent or _SHOWN.search(text) or link or held
    if not given or _NOT_GIVEN.search(text):
        return claims
    if noun is not None and noun.group().startswith("confirmation") and not _CANCEL.search(text):
        return claims  # "Your confirmation number is …": any outcome's (`done`, convention 200)
    lead = text[: code.start()] if code is not None else text
    details = _details(text, names)
    if (
        noun is not None
        and _CONFIRMATION_NOUN.search(noun.group())
        and not sent
        and not _IN_TEXT.search(text)
        and not _CANCEL.search(lead)
        and not _MOVE.search(lead)
        and not _ACT_WORD.search(text)
    ):  # "Ihre Bestätigungsnummer ist K-58", "Ihre Vorgangsnummer für den Termin lautet 30-17":
        # no act named, any outcome's (`done`, 200; convention 1109, the lead's D42)
        kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
        return (*kept, Claim(ClaimKind.DONE, 0, end, details))
    if link and noun is None and code is None:
        kind = ClaimKind.BOOKED  # a link to cancel or move the appointment: it is booked
    elif _CANCEL.search(lead):
        kind = ClaimKind.CANCELLED
        claims = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)  # not the booking's
    elif _MOVE.search(lead):
        kind = ClaimKind.RESCHEDULED
    elif noun is not None and not _OF_BOOKING.search(text) and _CASE_NOUN.search(noun.group()):
        kind = ClaimKind.DONE  # "Ihre Vorgangsnummer lautet 88-12": any outcome's (200)
        claims = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    elif (
        noun is not None
        and not _OF_BOOKING.search(text)
        and (_HOLD_NOUN.search(noun.group()) or _FOR_HOLD.search(text))
    ):
        kind = ClaimKind.HELD  # "Ihre Reservierungsnummer ist R-12": the hold's
        claims = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    else:  # a bare "Your reference is 4471" too: one the caller can use (convention 1097, D30)
        kind = ClaimKind.BOOKED
    out = (*claims, Claim(kind, 0, end, details))
    if sent:
        out = (*out, Claim(ClaimKind.FOLLOW_UP, 0, end, follow_up=FollowUp.TEXT))
    return out


def _details(text: str, names: Names) -> ClaimDetails:
    """What the sentence names, its reference left out (a number is no time)."""
    return ClaimDetails(((Role.ANY, read_details(_CODE.sub(" ", text), names)),))
