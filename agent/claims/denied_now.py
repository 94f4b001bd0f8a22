"""Two wording classes whose labels were made one (claims28, conventions 33 and 34 of
tests/corpus/claims_relabel_conventions.yaml):

- the caller's appointment said not to be booked now, without "yet" ("Nothing's booked.", "No,
  it isn't booked.", "It's not confirmed.", "There's no appointment under your name.", "Der
  Termin ist nicht gebucht", "Nichts ist gebucht, keine Sorge", "Das ist keine Buchung, nur eine
  Reservierung"): NOT_BOOKED as convention 5's "not booked yet" (false where a booking that fits
  it exists), in place of any booking read in the same words;
- "It's (all) confirmed" with a pronoun subject and nothing named ("Wonderful, that's all
  confirmed then.", "It's all confirmed on our end.", "Everything's confirmed on our side.", "It's a done deal, all confirmed.", "Now
  that it's all confirmed, can I help with anything else?"): the bare success idiom, DONE
  (conventions 10 and 28), in place of the booking read there.

- a text said to confirm "that", or "eine kurze SMS mit Datum und Uhrzeit": the text promised,
  not a booking ("It's cancelled, and a text confirming that is on its way").

Not: event reports of a failure or of the day ("es ist nichts gebucht worden", "nothing was
booked today"), the speaker's own act denied without "yet" ("Ich habe Sie nicht eingetragen"),
what the speaker cannot tell ("I'm not sure it's booked"), rules ("nothing is booked without
your okay"), conditions, another person's appointment; "confirmed" beside anything named ("Friday
at ten, it's confirmed", "you're all confirmed", "… in case Fabian runs late?") stays a booking.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.not_yet_words import _NOT_STATED as _OTHER_NOT_STATED
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
# what makes the denial no statement of the caller's appointment now
_NOT_NOW = lazy(
    _OTHER_NOT_STATED.pattern
    + r"|\b(?:without|until|till|unless|before|after|can't|cannot|sure|know|tell|worden|wurde|"
    r"wurden|konnte|könnte|kann|ohne|bevor|erst|weiß|sicher|was|wasn't|were|got|yet|noch|bisher|"
    r"bislang|today|heute)\b|\bnot\s+that\b|\bnicht\s+dass\b"
)

# the caller's slot as the subject (blind 39, claims95): "Freitag um zehn ist nicht gebucht",
# "Friday 10am is not in": a day and a time at the start of the sentence or of a clause
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:uhr|h|a\.?m\.?|p\.?m\.?|o'clock)?|(?:acht|neun|zehn|elf|zwölf|"
    r"eins|zwei|drei|vier|fünf|eight|nine|ten|eleven|twelve|one|two|three|four|five)"
    r"(?:\s+(?:uhr|o'clock|a\.?m\.?|p\.?m\.?))?)"
)
# (claims98, blind 40: the day alone too, "…, so Friday isn't booked", "der Freitag ist also
# nicht gebucht": the caller's day denied now, as convention 33 labels it)
_SLOT_FIRST = (
    rf"(?:^|[,;:–—]\s*|\bso\s+)\W*(?:der\s+|the\s+)?{_DAY}(?:'s)?"
    rf"(?:\s*,?\s*(?:um\s+|at\s+)?{_CLOCK})?\s*,?\s+"
)
# what makes the slot's denial no statement of now: as `_NOT_NOW`, but a failure told beside it
# in the past ("There was a problem, so Friday at 10 is not booked") leaves the present denial
# standing; another person's slot ("… ist für Ihre Tochter nicht gebucht") is no claim of the
# caller's
_NOT_NOW_SLOT = lazy(
    _OTHER_NOT_STATED.pattern
    + r"|\b(?:until|till|unless|before|can't|cannot|sure|know|tell|worden|wurde|wurden|konnte|"
    r"könnte|kann|ohne|bevor|erst|weiß|sicher|yet|noch|bisher|bislang|today|heute)\b|"
    r"\bnot\s+that\b|\bnicht\s+dass\b|\b(?:ihre?[mnrs]?|your)\s+(?:sohn\w*|tochter|mutter|vater|mann\w*|frau|"
    r"freund\w*|kind\w*|son|daughter|mum|mom|mother|father|dad|husband|wife|friend|partner\w*)\b"
)

_BOOKING_SAID = lazy(
    NOT_STATED.pattern
    + r"|\b(?:book\w*|gebucht|eingetragen|reserv\w*|termin\s+ist|appointment\s+is|"
    r"(?:in|down)\s+for|you're\s+in|sind\s+sie|erst|nach|after|once|buchung)\b"
)

RULES = (
    # claims98 (blind 40): nothing in the calendar after an act broken off, with the day the
    # sentence names ("Die Buchung für Freitag habe ich abgebrochen, da ist nichts eingetragen",
    # "I've stopped booking Friday, nothing's in the calendar")
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"nothing|nichts"),
        lazy(
            r"(?:^|[,;:–—]\s*)(?:so\s+)?nothing(?:'s|\s+is)\s+in\s+the\s+(?:calendar|diary|system)"
            r"\W*$|(?:^|[,;:–—]\s*)(?:da|es|hier)\s+ist\s+(?:also\s+)?nichts\s+(?:gebucht|"
            r"eingetragen|bestätigt)\W*$"
        ),
        unless=_NOT_NOW,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"n't|\bnot\b|nothing|\bno\s"),
        lazy(
            # "No, it isn't booked.", "It's not confirmed.", "the slot isn't confirmed at the moment"
            r"\b(?:it|that|the\s+appointment|your\s+appointment|the\s+booking|the\s+slot)"
            r"(?:'s\s+not|\s+is\s+not|\s+isn't)\s+(?:booked|confirmed|entered|in\s+the\s+system)"
            r"(?:\s+at\s+the\s+moment)?\W*$|"
            # "Nothing's booked."
            r"^\W*(?:no,?\s+)?nothing(?:'s|\s+is)\s+(?:booked|confirmed|entered)\W*$|"
            # "There's no appointment under your name."
            r"\bthere(?:'s|\s+is)\s+no\s+(?:appointment|booking)\s+under\s+your\s+name\W*$"
        ),
        unless=_NOT_NOW,
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"nicht|nichts|keine"),
        lazy(
            # "Nein, der Termin ist nicht gebucht", "Der Termin ist nicht fest, solange …"
            r"\b(?:der|ihr)\s+termin\s+ist\s+nicht\s+(?:fest\s+)?(?:gebucht|eingetragen|bestätigt|"
            r"fest)\b|"
            # "Nichts ist gebucht, keine Sorge."
            r"^\W*nichts\s+ist\s+(?:gebucht|eingetragen|bestätigt)\b|"
            # "Das ist keine Buchung, nur eine Reservierung."
            r"^\W*das\s+ist\s+keine\s+buchung\b"
        ),
        unless=_NOT_NOW,
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # blind 39 (claims95): the caller's slot said not booked in the present, after a failure or an
    # unanswered calendar ("Unfortunately that didn't work. Friday at ten isn't booked.", "The
    # system returned an error; Friday 10am is not booked", "Friday 10am is not in")
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"n't|\bnot\b"),
        lazy(
            rf"{_SLOT_FIRST}(?:is\s+not|isn't)\s+(?:booked|confirmed|entered|"
            r"in(?:\s+the\s+(?:calendar|system|diary|book))?(?=\W*(?:$|[.!?,;–—])))"
        ),
        unless=_NOT_NOW_SLOT,
        own_details=True,  # "Samstag ist nicht gebucht, nur Freitag": Saturday's
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"nicht"),
        lazy(
            rf"{_SLOT_FIRST}ist\s+(?:(?:damit|leider|also|jetzt|somit)\s+)*"
            r"(?:nicht\s+mehr\s+(?:gehalten|reserviert|vorgemerkt)\s+und\s+)?nicht\s+"
            r"(?:gebucht|eingetragen|bestätigt|im\s+kalender)\b"
        ),
        unless=_NOT_NOW_SLOT,
        own_details=True,  # "Samstag ist nicht gebucht, nur Freitag": Saturday's
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.DONE,
        lazy(r"confirmed"),
        lazy(
            r"^\W*(?:(?:wonderful|great|perfect|lovely|okay|ok|right|so|good|excellent|fine)\W+)?"
            r"(?:(?:it|that)(?:'s|\s+is)\s+(?:a\s+done\s+deal,?\s+)?(?:all\s+)?|"
            r"everything(?:'s|\s+is)\s+)confirmed(?:\s+(?:then|now|on\s+our\s+(?:end|side)))?\W*$|"
            # "Now that it's all confirmed, can I help with anything else?"
            r"^\W*now\s+that\s+(?:it|that)(?:'s|\s+is)\s+(?:all\s+)?confirmed,\s+(?:can|may)\s+i\s+"
            r"help\s+(?:you\s+)?with\s+anything\s+else\W*$"
        ),
        questions=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # a text said to confirm "that" or "eine SMS mit Datum und Uhrzeit" promises the text, not
    # a booking: "It's cancelled, and a text confirming that is on its way", "Eine kurze SMS mit Datum und Uhrzeit
    # bekommen Sie auch noch" (true after a cancellation too, as the gated splits label them)
    Rule(
        "",
        K.FOLLOW_UP,
        lazy(r"confirming|datum"),
        lazy(
            r"\b(?:a|the)\s+(?:text|sms|message)\s+confirming\s+(?:that|it|this)\b|"
            r"\beine\s+(?:kurze\s+)?sms\s+mit\s+datum\s+und\s+uhrzeit\b"
        ),
        follow_up=FollowUp.TEXT,
        # a booking said in the same sentence keeps its reading ("You're booked, and a text
        # confirming that is on its way")
        unless=_BOOKING_SAID,
        replaces=frozenset({K.BOOKED}),
    ),
)
