"""A text said sent or on its way that names the outcome it is about (blind 43, claims107).

"Die SMS für Samstag, zehn Uhr, ist raus", "Ihre Bestätigung für Freitag, elf Uhr, ist
verschickt", "The text for Friday at ten has gone out", "I've texted you the details for Friday
at ten", "A text about the cancellation is on its way", "Die SMS mit dem neuen Termin ist raus":
the text is about an
appointment, so it claims that appointment in the state it names — booked with the day, time,
stylist and service named (conventions 38, 484, 642), cancelled for a cancellation's text,
moved for a move's (573) — beside the text itself (FOLLOW_UP text, false where the salon sends
none). The claim of the state replaces a bare success or booking read in the same words
("Bestätigung … unterwegs" read as done, "für die Verschiebung" as a booking).

A confirmation said sent or arriving that names no visit ("Ich habe die Bestätigung gerade
abgeschickt", "You should see the confirmation come through shortly") states the call's outcome
confirmed (DONE, 4, 16, 482) and the text; a text said sent to the phone naming nothing ("Die
Anfahrt habe ich Ihnen aufs Handy geschickt", "Directions are on their way to your phone") the
text alone (38).

A text or mail about the caller's booking naming no day ("Die SMS zu Ihrer Buchung kommt
gleich", "Ihre Terminbestätigung ist raus", "Die Nachricht mit Ihrem Termin ist verschickt", "You'll
get a text about your booking", "Your appointment confirmation went out by text") presupposes the
booking (claims112, convention 810, the lead's decision): booked with what it names, and the text.

Not: questions, negations, conditions and texts still to come once something happens ("Sobald
der Termin gebucht ist, bekommen Sie eine SMS", "Sie bekommen eine SMS, sobald es feststeht": the
outcome said open), the salon's confirmation awaited ("die
Bestätigung kommt vom Salon"), a text beside an outcome the sentence claims itself ("Freitag
storniert, SMS ist raus": that outcome's text), a text "with the appointment" naming it by the
article alone ("Die SMS mit dem Termin ist raus": the call's outcome, blinds 11, 15, 28),
texts that name nothing of the visit ("Die
Bestätigung ist unterwegs": a success, read elsewhere), the caller's own texts.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

K = ClaimKind
# a text or confirmation said sent, out or on its way
_SENT_DE = lazy(
    r"\b(?:sms|textnachricht|kurznachricht|\w*bestätigung|bestätigungs-?sms|angaben|details)\b"
    r"[^.;!?]*?\b(?:raus|rausgegangen|rausgeschickt|verschickt|versendet|gesendet|geschickt|"
    r"abgeschickt|unterwegs|auf\s+dem\s+weg|kommt|folgt|bestätigt)\b|"
    r"\b(?:geschickt|geschrieben|verschickt|gesendet)\b[^.;!?]*?\bper\s+(?:sms|textnachricht)\b|"
    r"\bper\s+(?:sms|textnachricht)\s+(?:\w+\s+){0,2}?(?:geschickt|verschickt|gesendet|bestätigt)\b",
)
_SENT_EN = lazy(
    r"\b(?:text|sms|confirmation|details)\b[^.;!?]*?\b(?:gone\s+out|went\s+out|is\s+out|sent|"
    r"on\s+its\s+way|coming|reach\s+you|arrive|land)\b|"
    r"\b(?:i've|we've|i\s+have|we\s+have)\s+(?:just\s+)?texted\s+you\b",
)
# what the text is about, the outcome named
_CANCEL = lazy(
    r"\b(?:stornierung|absage|storno|storniert|abgesagt|gestrichen|cancell?ation|cancell?ed)\b"
)
_MOVE = lazy(
    r"\b(?:verschiebung|umbuchung|verlegung|neue[nm]?\s+(?:termin|uhrzeit|zeit|tag)|new\s+"
    r"(?:time|appointment|slot|day|date)|reschedul\w*|move|moved|verschoben|verlegt)\b"
)
# not said done: a question, negation, condition, a text to come once something happens
_NOT_SAID = lazy(
    r"\?|\b(?:nicht|(?!keine\s+sorge)kein\w*|nie|wenn|falls|ob|sofern|sobald|nachdem|möchten|"
    r"soll|sollen|not|no(?!\s+worries)|never|if|whether|unless|once|when|after|want|like|"
    r"shall)\b|(?<!don)n't\b|"
    # a rule for every booking, not this call's text: "Nach jeder Buchung verschickt das System …"
    r"\b(?:jede[rnms]?|immer|automatisch|grundsätzlich|normalerweise|every|each|always|"
    r"automatically|usually|whenever)\b|"
    # a text on an event of any kind (blind 57, claims163): "Die SMS kommt nur bei einer Buchung,
    # Stornierung oder Verschiebung", "You only get a text for a booking or a cancellation"
    r"\bbei\s+einer\s+(?:buchung|stornierung|absage|verschiebung|umbuchung|änderung)\b|"
    r"\b(?:for|with|after|on)\s+(?:a|an|any)\s+(?:booking|cancell?ation|move|change|reschedul\w*)\b|"
    # the salon's confirmation still awaited: "die Bestätigung steht noch aus"
    r"\bnoch\s+aus\b|\baussteh\w*|\bvom\s+salon\b|\bfrom\s+the\s+salon\b"
)
# an outcome the sentence claims of its own: the text is that outcome's
_OWN_OUTCOME = frozenset({K.CANCELLED, K.RESCHEDULED, K.PENDING, K.GONE})
# the confirmation said sent, on its way or arriving, naming no visit: the call's outcome
# confirmed (DONE) and the text (blind 43: "Ich habe die Bestätigung gerade abgeschickt",
# "Gerade eben ist die Bestätigung an Ihre Nummer rausgegangen", "I've fired off the
# confirmation text", "You should see the confirmation come through shortly")
_CONFIRMATION_SENT = {
    "de": lazy(
        r"\b\w*bestätigung\w*\b[^.;!?]*?\b(?:raus|rausgegangen|rausgeschickt|abgeschickt|"
        r"verschickt|versendet|gesendet|unterwegs|auf\s+dem\s+weg|ankommen|an\s+ihre\s+nummer|"
        r"auf\s+(?:dem|ihrem|ihr)\s+handy)\b|"
        r"\b(?:abgeschickt|verschickt|rausgeschickt|geschickt)\b[^.;!?]*?\b\w*bestätigung\w*\b"
    ),
    "en": lazy(
        r"\bconfirmation\b[^.;!?]*?\b(?:gone\s+out|went\s+out|is\s+out|sent|on\s+its\s+way|"
        r"on\s+your\s+phone|come\s+through|comes\s+through|reach\s+you|left\s+our\s+system|"
        r"arrive|arrives|land|lands)\b|"
        r"\b(?:sent|fired\s+off|sent\s+off|sent\s+out)\b[^.;!?]*?\bconfirmation\b"
    ),
}
# a text said sent or arriving, naming neither a confirmation nor a visit: the text alone
_TEXT_SENT = {
    "de": lazy(
        r"\b(?:aufs|auf\s+(?:ihr|dem|ihrem))\s+handy\b[^.;!?]*?\b(?:geschickt|geschrieben|"
        r"gesendet|verschickt)\b|\b(?:eine|die)\s+(?:sms|nachricht|textnachricht)\s+von\s+uns\b"
        r"[^.;!?]*?\b(?:handy|telefon)\b|\b(?:handy|telefon)\b[^.;!?]*?\b(?:eine|die)\s+"
        r"(?:sms|nachricht|textnachricht)\s+von\s+uns\b"
    ),
    "en": lazy(
        r"\b(?:on\s+(?:its|their)\s+way|gone|sent)\s+to\s+your\s+(?:phone|mobile|cell)\b|"
        r"\b(?:a|the)\s+text\s+from\s+us\b|\bgone\s+to\s+your\s+(?:phone|mobile)\s+by\s+text\b"
    ),
}
_REPLACED = frozenset({K.DONE, K.BOOKED})
# the caller's booking named as what a text is about (convention 810): by possession ("zu Ihrer
# Buchung", "mit Ihrem Termin", "your booking", "your appointment details") or as a booking's or an
# appointment's confirmation ("Buchungsbestätigung", "Terminbestätigung", "booking confirmation")
_BOOKING_NAMED = {
    "de": lazy(
        r"\bihr(?:e[mnrs]?)?\s+(?:\w+\s+)?(?:buchung|termin\w*)\b|"
        r"\b(?:buchungs|termin)bestätigung\w*|\bbooking-?confirmation\b"
    ),
    "en": lazy(
        r"\byour\s+(?:\w+\s+)?(?:booking|appointment)\b|"
        r"\b(?:booking|appointment)\s+(?:confirmation|details)\b"
    ),
}
# a text contrary to fact or under a hypothesis is none said coming
_CONTRARY = lazy(r"\b(?:wäre|wären|hätte|hätten|würde|würden|would|were|had|könnte|could)\b|'d\b")
# the text said sent, coming or to be had, beside the booking it names
_TEXT_OF_BOOKING = {
    "de": lazy(
        r"\b(?:sms|textnachricht|kurznachricht|\w*bestätigung\w*|bestätigungs-?sms|angaben|details)\b"
        r"|\b(?:e-?mail|nachricht)\s+(?:mit|zu)\b|\bper\s+(?:sms|textnachricht)\b"
    ),
    "en": lazy(
        r"\b(?:text|sms|confirmation)\b|\b(?:message|email|e-mail)\s+(?:with|about)\b|"
        r"\btexted\b|\bby\s+text\b"
    ),
}
_ARRIVES = {
    "de": lazy(
        r"\b(?:raus|rausgegangen|rausgeschickt|verschickt|versendet|gesendet|geschickt|"
        r"abgeschickt|unterwegs|auf\s+dem\s+weg|kommt|kommen|folgt|bekommen|erhalten|kriegen|"
        r"ankommen|angekommen)\b"
    ),
    "en": lazy(
        r"\b(?:gone\s+out|went\s+out|is\s+out|sent|on\s+its\s+way|coming|reach\s+you|arrive|"
        r"land|get|receive|texted|emailed)\b"
    ),
}


def _is_text(c: Claim) -> bool:
    return c.kind is K.FOLLOW_UP and c.follow_up is FollowUp.TEXT


def texts_for_visit(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with the outcome a text said sent names, and the text (see above)."""
    text = fold(sentence).text
    if _NOT_SAID.search(text) or any(c.kind in _OWN_OUTCOME for c in claims):
        return claims
    lang = "en" if lang == "en" else "de"
    if not (_SENT_EN if lang == "en" else _SENT_DE).search(text):
        if _booking_texted(text, lang, claims):
            return _booked_and_text(sentence, text, claims, names)
        return _text_sent(sentence, text, lang, claims)
    details = read_details(text, names)
    if _CANCEL.search(text):
        kind = K.CANCELLED
    elif _MOVE.search(text):
        kind = K.RESCHEDULED
    elif details.weekdays or details.days or details.times:
        kind = K.BOOKED
    elif _booking_texted(text, lang, claims):
        return _booked_and_text(sentence, text, claims, names)
    else:
        return _text_sent(sentence, text, lang, claims)
    whole = (0, len(sentence))
    kept = tuple(c for c in claims if c.kind not in _REPLACED or c.kind is kind)
    if kind is K.BOOKED:
        kept = tuple(c for c in kept if c.kind is not K.BOOKED or not c.details.empty)
    if not any(c.kind is kind for c in kept):
        kept += (Claim(kind, *whole, ClaimDetails(((Role.ANY, details),))),)
    if not any(_is_text(c) for c in kept):
        kept += (Claim(K.FOLLOW_UP, *whole, follow_up=FollowUp.TEXT),)
    return kept


def _text_sent(sentence: str, text: str, lang: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a confirmation or a text said sent that names no visit (see above)."""
    whole = (0, len(sentence))
    if _CONFIRMATION_SENT[lang].search(text):
        if not any(c.kind in (K.DONE, K.BOOKED, K.CANCELLED, K.RESCHEDULED) for c in claims):
            claims += (Claim(K.DONE, *whole),)
    elif not _TEXT_SENT[lang].search(text):
        return claims
    if any(_is_text(c) for c in claims):
        return claims
    return (*claims, Claim(K.FOLLOW_UP, *whole, follow_up=FollowUp.TEXT))


def _booking_texted(text: str, lang: str, claims: tuple[Claim, ...]) -> bool:
    """A text (or mail) about the caller's booking said sent or coming (convention 810)."""
    if not _BOOKING_NAMED[lang].search(text) or not _TEXT_OF_BOOKING[lang].search(text):
        return False
    if _CONTRARY.search(text):
        return False  # "Wäre Ihr Termin storniert worden, hätten Sie eine SMS bekommen"
    return any(_is_text(c) for c in claims) or bool(_ARRIVES[lang].search(text))


def _booked_and_text(
    sentence: str, text: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with the booking a text is about (what it names) in place of a bare success, and
    the text unless a mail was read (`follow_up_said` reads mail, false everywhere)."""
    whole = (0, len(sentence))
    kept = tuple(c for c in claims if c.kind is not K.DONE)
    if not any(c.kind is K.BOOKED for c in kept):
        details = read_details(text, names)
        kept += (Claim(K.BOOKED, *whole, ClaimDetails(((Role.ANY, details),))),)
    if not any(c.kind is K.FOLLOW_UP for c in kept):
        kept += (Claim(K.FOLLOW_UP, *whole, follow_up=FollowUp.TEXT),)
    return kept
