"""Outcomes read out from a calendar, a screen, a tool's answer or a booking number (blind 18,
claims30), read as rules by `said_otherwise`; the speaker reads them as the call's own facts:

- a booking the calendar, diary, screen or system "says", "shows" or "has": "Der Kalender sagt:
  Freitag, Sie, Dauerwelle", "Der Kalender zeigt Ihren Termin am Freitag zum Färben", "Mein
  Bildschirm zeigt Sie am Freitag für …", "Fabian's diary says you're his Friday morning", "My
  screen has you Friday for a men's haircut" (a booking with every detail its clause names);
- a tool's answer read out: "Rückmeldung vom System: booking created, Startzeit
  2025-11-28T10:00", "The system says: booking created, …"; its conclusion after a reply read
  out: "Laut Antwort: gebucht, true. Also alles gut, Freitag um zehn";
- a booking number given as the booking: "Die Buchung hat die Nummer 4711", "Ihre
  Buchungsnummer lautet 4711", "Your reference is SP four seven one one, that's your booking",
  "Booking number 4711, that's Friday at eleven";
- several bookings shown: "The calendar shows two appointments for you, the twenty-eighth and
  the twenty-ninth", "You're in twice: Friday at ten and Saturday at eleven" (each day must be
  one of the caller's bookings);
- a cancellation read out: "Da steht jetzt „cancelled“ bei Freitag, zehn Uhr", "Rückmeldung:
  Stornierung erfolgreich, Vorgangsnummer 0815" (a cancellation, in place of the booking read in
  the quoted word or the number);
- a text that carries the booking number: "Die SMS mit der Buchungsnummer ist schon unterwegs",
  "The text with your booking number's on its way" (the text promised, not a booking of its own);
- an e-mail promised: "I'll pop the confirmation over to your email as well" (an e-mail, which
  nothing of the salon's sends, in place of a text);
- a text said sent: "Status: SMS versendet, Sie haben die Bestätigung gleich", "Wir dürfen
  Ihnen die Bestätigung in Kürze per SMS zukommen lassen", "…, die SMS is' jleich da"; and none:
  "Der Freitag ist gebucht, nur die SMS kommt nicht, wir schicken keine" (true only where the
  salon sends no texts).

Not: the calendar about someone else ("Laut Kalender ist Fabian am Freitag im Haus", "The
calendar says Fabian works Fridays"), a question for the number ("What's your booking
reference?"), conditions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"
_COND = lazy(r"\b(?:wenn|falls|ob|if|whether|unless)\b")
_SOURCE_DE = r"(?:kalender|terminkalender|terminbuch|system|bildschirm|computer|rechner)"
_SOURCE_EN = r"(?:calendar|diary|book|screen|system|computer|schedule)"
_NUMBER = r"[a-z]{0,3}\s*\d[\d\s]*"

_SHOWN = lazy(
    # "Der Kalender sagt: Freitag, Sie, Dauerwelle"
    rf"^\W*(?:der|das|mein|unser)\s+{_SOURCE_DE}\s+(?:sagt|zeigt|meldet)\s*:\s*"
    rf"(?=[^.!?]*\b(?:sie|ihr\w*|{_DAY_DE})\b)|"
    # "Der Kalender zeigt Ihren Termin am Freitag …", "Mein Bildschirm zeigt Sie am Freitag …"
    rf"\b{_SOURCE_DE}\s+zeigt\s+(?:mir\s+)?(?:sie|ihren\s+termin|ihre\s+buchung)\s+(?:am|für)\b|"
    # "Fabian's diary says you're his Friday morning", "My screen has you Friday for …"
    rf"\b{_SOURCE_EN}\s+(?:says|shows)\s*:?\s+(?:that\s+)?you're\s+(?:his|her|their|\w+'s)\s+"
    rf"{_DAY_EN}\b|"
    rf"\b{_SOURCE_EN}\s+(?:has|shows)\s+you\s+(?:down\s+)?(?:for\s+|on\s+)?{_DAY_EN}\b|"
    # a tool's answer: "Rückmeldung vom System: booking created, …"
    r"\b(?:rückmeldung|antwort|meldung|says|answer|response)\b[^:.!?]{0,20}:\s*booking\s+"
    r"(?:created|confirmed)\b|"
    # its conclusion: "Also alles gut, Freitag um zehn."
    rf"^\W*also\s+alles\s+gut,\s+{_DAY_DE}\s+um\s+\w+\W*$|"
    # a booking number: "Die Buchung hat die Nummer 4711", "Ihre Buchungsnummer lautet 4711"
    rf"^\W*(?:die|ihre)\s+buchung\s+hat\s+die\s+nummer\s+{_NUMBER}|"
    rf"\bbuchungsnummer\s+(?:lautet|ist)\s+{_NUMBER}(?:[,.!]|$)|"
    rf"^\W*(?:buchungsnummer|booking\s+number|(?:booking\s+)?reference(?:\s+number)?)\s+"
    rf"{_NUMBER},\s+(?:that's|that\s+is|das\s+ist)\s+(?:{_DAY_EN}|{_DAY_DE})\b"
)
# "Your reference is SP four seven one one, that's your booking": the number names no time, so
# the claim names what its last clause does (the rule's trigger needs the reference given)
_REFERENCE_IS = lazy(r"\b(?:reference|booking\s+number)(?:\s+number)?\s+is\b")
_THATS_YOURS = lazy(r"(?<=,\s)that's\s+(?:your\s+)?(?:booking|appointment|you)\b[^,.!?]*(?=\W*$)")
_SEVERAL = lazy(
    rf"\b{_SOURCE_EN}\s+shows\s+(?:two|both)\s+(?:appointments|bookings)\s+for\s+you\b|"
    rf"\b{_SOURCE_DE}\s+(?:zeigt|hat)\s+zwei\s+(?:termine|buchungen)\s+für\s+sie\b|"
    rf"\bim\s+{_SOURCE_DE}\s+stehen\s+zwei\s+(?:termine|buchungen)\s+für\s+sie\b|"
    # the speaker reading the calendar (claims157, blind 55): "I'm showing two appointments for
    # you", "I can see two bookings under your name", "Ich sehe zwei Termine auf Ihren Namen"
    r"\b(?:i'm|i\s+am|we're|we\s+are)\s+showing\s+(?:two|both)\s+(?:appointments|bookings)\s+"
    r"(?:for\s+you|under\s+your\s+name)\b|"
    r"\b(?:i|we)\s+(?:can\s+)?see\s+two\s+(?:appointments|bookings)\s+under\s+your\s+name\b|"
    r"\bich\s+sehe\s+(?:hier\s+)?zwei\s+(?:termine|buchungen)\s+(?:auf\s+ihren|unter\s+ihrem)\s+"
    r"namen\b|"
    r"^\W*you're\s+(?:in|down|booked(?:\s+in)?)\s+twice\s*:|"
    r"^\W*sie\s+sind\s+(?:zweimal|doppelt)\s+(?:drin|eingetragen|gebucht)\s*:"
)
_CANCEL_READ = lazy(
    # "Da steht jetzt „cancelled“ bei Freitag, zehn Uhr"
    r"^\W*(?:da|hier|im\s+system|im\s+kalender)\s+steht\s+(?:jetzt\s+|nun\s+)?[„\"'‚]?"
    r"(?:cancelled|canceled|storniert|abgesagt|gestrichen)[“\"'‘]?\s+(?:bei|für|am)\b|"
    # "Rückmeldung: Stornierung erfolgreich, Vorgangsnummer 0815"
    r"\b(?:stornierung|absage|cancellation)\s+(?:erfolgreich|successful|complete)\b"
)
_NUMBER_TEXT = lazy(
    r"\b(?:sms|text|textnachricht|nachricht|message)\s+(?:mit\s+(?:der|ihrer)|with\s+(?:your|the))"
    r"\s+(?:buchungsnummer|booking\s+(?:number|reference)|reference(?:\s+number)?)\b"
)
_EMAIL = lazy(
    r"\b(?:pop|send|drop|shoot|forward|ping)\s+(?:the|your|a)\s+(?:confirmation|booking\s+details|"
    r"details)\s+(?:over\s+)?(?:to|into)\s+your\s+(?:email|e-mail|inbox)\b"
)
_TEXT_SENT = lazy(
    # "Status: SMS versendet, …", "Status: SMS sent, you'll have the confirmation in a sec"
    r"^\W*status\s*:\s*(?:sms|text|nachricht|textnachricht)\s+(?:versendet|verschickt|gesendet|"
    r"raus|sent|out)\b|"
    # "Wir dürfen Ihnen die Bestätigung in Kürze per SMS zukommen lassen"
    r"\bbestätigung\b[^.!?]*\bper\s+(?:sms|textnachricht)\s+(?:zukommen|zuschicken|zusenden)\b|"
    # "…, die SMS is' jleich da"
    r"\b(?:die\s+)?sms\s+(?:ist|is'?)\s+(?:gleich|sofort|jetzt|schon)\s+da\b"
)
# the salon sends no text: "…, nur die SMS kommt nicht, wir schicken keine" (the English policy
# alone, "We don't send texts, I'm afraid", claims nothing, as convention 760 labels "We don't send
# text messages"; beside an outcome `text_said` reads it, blind 56, claims149)
_NO_TEXT = lazy(
    r"\b(?:die\s+)?sms\s+kommt\s+nicht\b[^.!?]*\bwir\s+(?:schicken|senden|verschicken)\s+keine\b"
)
# not a booking read out: a negation or condition, or a move said with it ("The calendar has you
# on Thursday now instead of Friday")
_NOT_SHOWN = lazy(NOT_STATED.pattern + r"|\b(?:instead|statt|anstatt|rather\s+than)\b")
# the quoted status word of `_CANCEL_READ` is read out, not talked about (`no_claim_made`)
READ_QUOTE = lazy(r"^\W*(?:da|hier|im\s+system|im\s+kalender)\s+steht\s+(?:jetzt|nun)\b")

RULES = (
    Rule(
        "",
        K.BOOKED,
        lazy(
            r"sagt|zeigt|meldet|says|shows|has you|booking created|booking confirmed|alles gut|"
            r"nummer|booking number|reference"
        ),
        _SHOWN,
        unless=_NOT_SHOWN,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "en",
        K.BOOKED,
        _REFERENCE_IS,
        _THATS_YOURS,
        unless=NOT_STATED,
        own_details=True,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"two|zwei|twice|zweimal|doppelt"),
        _SEVERAL,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.DONE}),
        several=True,
    ),
    Rule(
        "",
        K.CANCELLED,
        lazy(r"steht|erfolgreich|successful|complete"),
        _CANCEL_READ,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.DONE,
        lazy(r"buchungsnummer|booking number|booking reference|reference"),
        _NUMBER_TEXT,
        unless=NOT_STATED,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"status|per sms|per textnachricht|sms"),
        _TEXT_SENT,
        follow_up=FollowUp.TEXT,
        unless=NOT_STATED,
    ),
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"keine"),
        _NO_TEXT,
        follow_up=FollowUp.NO_TEXT,
        unless=_COND,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"email|e-mail|inbox"),
        _EMAIL,
        follow_up=FollowUp.EMAIL,
        unless=NOT_STATED,
        replaces=frozenset({K.FOLLOW_UP}),
    ),
)
