"""Holds and holds made firm, in words the clause and slot readers do not know.

A hold (HELD, the slot named): "Der Slot liegt vorübergehend für Sie auf Eis", "Ich habe Ihnen
den Freitag um zehn vorläufig gesperrt", "I'm keeping Thursday at ten aside for you", "I've put
a short hold on Friday at ten", "Den Freitag haben Sie erst einmal sicher". A hold made firm (BOOKED): "nicht nur reserviert, sondern
gleich fest gebucht", "Der reservierte Freitag um zehn ist jetzt final", "Your tentative Friday
at ten is now firm", "The slot I was holding on Friday at ten is now booked for good", "I didn't
just hold it, I booked it". Each needs the clause to name a day or a time.

Correction (`upgraded`): "Aus der Reservierung … ist ein fester Termin geworden" is a booking,
not a move.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_CONDITION = lazy(r"\b(?:wenn|falls|ob|sofern|leider|if|whether|unless)\b")

RULES = (
    # a hold as a status line (blind 29, claims56): "Reservierung aktiv.", "Vormerkung läuft.",
    # "Hold active.", "Reservation in place.": the slot kept, not the booking the clause reader
    # reads in "Reservierung aktiv" (conventions 4, 89)
    Rule(
        "de",
        K.HELD,
        lazy(r"aktiv|läuft|besteht"),
        lazy(
            r"^\W*(?:die\s+|ihre\s+)?(?:\w*reservierung|\w*vormerkung)\s*:?\s*(?:ist\s+|läuft\s+)?"
            r"(?:aktiv|läuft|besteht)(?:\s+(?:noch|weiter))?\W*$"
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"active|in\s+place|running"),
        lazy(
            r"^\W*(?:the\s+|your\s+)?(?:hold|reservation)(?:'s|\s+is)?\s*:?\s*(?:still\s+)?"
            r"(?:active|in\s+place|running)\W*$"
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    # the slot said lying ready for the caller (claims145, blind 39): "Freitag um zehn liegt
    # jetzt für Sie bereit – soll ich es festmachen?": kept for them, not a slot named free; the
    # question after a dash is the next step's (not "Liegt Freitag um zehn für Sie bereit?")
    Rule(
        "de",
        K.HELD,
        lazy(r"bereit"),
        lazy(
            r"\b(?:liegt|liegen|steht|stehen)\s+(?:\w+\s+){0,2}?für\s+sie\s+(?:\w+\s+)?bereit\b"
            r"(?=\s*(?:[.!]|$|[–—,;]\s*\w))"
        ),
        unless=_CONDITION,
        questions=True,
        placed=True,
        replaces=frozenset({K.AVAILABLE}),
    ),
    # the slot the caller has "sicher" only for the time being (probe 31, claims78): "Den
    # Freitag haben Sie erst einmal sicher, als Vormerkung", "You've got Friday at ten safe for
    # now": the slot kept, not the booking "Den haben Sie jetzt sicher" says
    Rule(
        "de",
        K.HELD,
        lazy(r"sicher"),
        lazy(
            r"\bhaben\s+sie\s+(?:\w+\s+){0,2}?(?:erst\s+(?:einmal|mal)|vorerst|vorläufig|fürs\s+erste|"
            r"zunächst|provisorisch)\s+sicher\b"
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"safe"),
        lazy(
            r"\byou(?:'ve|\s+have)\s+got\b[^.;!?]*?\bsafe\s+(?:for\s+now|for\s+the\s+(?:time\s+being|"
            r"moment))\b"
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    # a slot kept for the caller for a moment (blind 12): "I'm keeping Thursday at three for you
    # for a moment", "I'm holding Friday at ten for you for a few minutes"
    Rule(
        "en",
        K.HELD,
        lazy(r"keeping|holding|saving"),
        lazy(
            r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?(?:keeping|holding|saving)\b[^.;!?]*"
            r"\bfor\s+you\b[^.;!?]*\b(?:for\s+a\s+(?:moment|minute|bit|few\s+minutes|little\s+while)|"
            r"while\s+we\s+(?:talk|speak|sort)|for\s+now)\b"
        ),
        unless=_CONDITION,
        placed=True,
    ),
    # blind 35 (claims80): a slot kept in phrasal verbs ("I'm hanging on to Friday at ten for
    # you", "I'm keeping hold of Friday at ten for you"), and kept while the caller asks someone
    # ("I'll keep it on hold for you while you check with your partner")
    Rule(
        "en",
        K.HELD,
        lazy(r"hang|hold"),
        lazy(
            r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?(?:hanging|holding)\s+on\s*to\b[^.;!?]*"
            r"\bfor\s+you\b|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?keeping\s+hold\s+of\b"
            r"[^.;!?]*\bfor\s+you\b"
        ),
        unless=_CONDITION,
        placed=True,
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"while\s+you"),
        lazy(
            r"\b(?:i'll|i\s+will|we'll|we\s+will|i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?"
            r"(?:keep|keeping|hold|holding)\s+(?:it|that|this|the\s+slot|the\s+spot)\s+(?:on\s+hold\s+|"
            r"held\s+)?(?:for\s+you\s+)?while\s+you\b"
        ),
        unless=_CONDITION,
    ),
    Rule(
        "de",
        K.HELD,
        lazy(r"auf\s+eis|gesperrt|geblockt|blockiert|zurückgelegt"),
        lazy(
            r"\b(?:liegt|liegen|ist|sind|habe|haben)\b[^.;!?]*\bauf\s+eis\b|"
            r"\b(?:vorläufig|vorerst|vorübergehend|kurz|provisorisch)\s+(?:\w+\s+)?(?:gesperrt|"
            r"geblockt|blockiert|zurückgelegt|zurückgehalten)\b"
        ),
        clause=True,
        placed=True,
    ),
    # blind 51 (claims128): the caller's slot kept provisionally, said bureaucratically, with or
    # without its day ("Der Termin wurde vorläufig für Sie vorgehalten")
    Rule(
        "de",
        K.HELD,
        lazy(r"vorgehalten|freigehalten|zurückgehalten"),
        lazy(
            r"\b(?:vorläufig|vorerst|vorübergehend|provisorisch)\s+(?:\w+\s+){0,3}?(?:vorgehalten|"
            r"freigehalten|zurückgehalten)\b"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
    # a slot said to lie for the caller "auf Halde" / "auf Eis" after the day and time it names,
    # cut off by commas (blind 11): "Freitag, zehn Uhr, liegt für Sie auf Halde, solange wir
    # telefonieren"
    Rule(
        "de",
        K.HELD,
        lazy(r"auf\s+(?:halde|eis)"),
        lazy(r"\b(?:liegt|liegen)\s+(?:\w+\s+)?für\s+sie\s+auf\s+(?:halde|eis)\b"),
        placed=True,
    ),
    # a slot blocked for the caller is held, not booked (blind 11): "Der Platz am Freitag um
    # zehn ist für Sie geblockt", "I've blocked the Friday ten o'clock slot for you"; not made
    # firm ("fest geblockt"); likewise "I've tentatively saved Friday at ten for you"
    Rule(
        "de",
        K.HELD,
        lazy(r"geblockt|blockiert"),
        lazy(
            r"^(?!.*\b(?:fest|verbindlich|definitiv|gebucht)\b)(?=.*\b(?:für\s+sie|ihnen)\b)"
            r".*\b(?:geblockt|blockiert)\b"
        ),
        unless=_CONDITION,
        clause=True,
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"tentative|provisional|temporar"),
        lazy(
            r"\b(?:tentatively|provisionally|temporarily)\s+(?:saved|kept|held|reserved|blocked|"
            r"put\s+aside|set\s+aside)\b"
        ),
        unless=_CONDITION,
        clause=True,
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"blocked"),
        lazy(r"^(?!.*\b(?:firmly|firm|booked|confirmed)\b)(?=.*\bfor\s+you\b).*\bblocked\b"),
        unless=_CONDITION,
        clause=True,
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"aside|hold"),
        lazy(
            r"\b(?:i'm|i\s+am|i've|i\s+have|we're|we\s+are|we've|we\s+have)\s+(?:just\s+)?"
            r"(?:keeping|setting|putting|put|set|kept|holding)\b[^.!?]*\baside\b|"
            r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+)?(?:put|placed)\s+an?\s+"
            r"(?:\w+\s+)?hold\s+on\b"
        ),
        clause=True,
        placed=True,
    ),
    # claims116 (blind 41's "I've put a hold on a slot on Friday, November 28th at ten …; it's not
    # booked until you say yes"): the hold with its place, a date's comma inside it (the clause
    # rule above needs the day and the time in one comma piece); the details are the place's
    Rule(
        "en",
        K.HELD,
        lazy(r"hold"),
        lazy(
            r"\b(?:(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+)?(?:put|placed)|there's|"
            r"there\s+is)\s+an?\s+(?:\w+\s+)?hold\s+on\s+[^;!?–—]{3,80}?"
            r"(?=\s*(?:[;!?–—]|\.\s|\.$|$|,\s*(?:it|it's|but|and|though|not|nothing|so)\b))"
        ),
        unless=_CONDITION,
        own_details=True,
        placed=True,
    ),
    # blind 51 (claims128), formal: "A provisional reservation has been placed for Friday at 10:00",
    # "A provisional hold has been put on Friday at ten" (the hold named, the passive said done)
    Rule(
        "en",
        K.HELD,
        lazy(r"provisional|tentative"),
        lazy(
            r"\b(?:a|the|your)\s+(?:provisional|tentative)\s+(?:reservation|hold|booking)\s+has\s+"
            r"(?:now\s+)?been\s+(?:placed|made|put|created|set\s+up)\b"
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"sondern|jetzt|nun|inzwischen|mittlerweile"),
        lazy(
            r"\bnicht\s+nur\b[^.;!?]*\bsondern\s+(?:\w+\s+){0,3}(?:gebucht|eingetragen|bestätigt|"
            r"fest\s+\w+|verbindlich\s+\w+)|"
            r"\b(?:vorgemerkt|reserviert|vorläufig|provisorisch)\w*\s+(?:\w+\s+){0,5}(?:ist|sind)\s+"
            r"(?:jetzt|nun|inzwischen|mittlerweile)\s+(?:\w+\s+)?(?:verbindlich|fest|final|"
            r"definitiv|gebucht|bestätigt)\b"
        ),
        unless=_CONDITION,
        clause=False,
        placed=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bnow\b|just|only|merely"),
        lazy(
            r"\b(?:tentative|provisional|pencil+ed|holding|held|on\s+hold)\b[^.!?]*\b(?:is|'s)\s+"
            r"now\s+(?:\w+\s+)?(?:firm|confirmed|booked|final|definite|locked)\b|"
            r"\bdidn't\s+just\s+(?:hold|reserve|pencil)\b[^.!?]*\b(?:i|we)\s+(?:booked|confirmed)\b|"
            r"\bnot\s+(?:just|only|merely)\s+(?:held|reserved|pencil+ed(?:\s+in)?)\b[^.!?]*"
            r"\bbut\s+(?:\w+\s+){0,2}(?:booked|confirmed)\b"
        ),
        unless=_CONDITION,
        placed=True,
    ),
)

_FROM_HOLD = lazy(
    r"\baus\s+(?:der|dem|ihrer|ihrem)\s+(?:reservierung|vormerkung|anfrage)\b[^.;!?]*\bgeworden\b|"
    r"\bfrom\s+(?:a|the|your)\s+(?:hold|reservation)\b"
)


def upgraded(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the move read in a hold turned into a booking."""
    text = sentence.lower()
    if not any(c.kind is K.RESCHEDULED for c in claims) or not _FROM_HOLD.search(text):
        return claims
    return tuple(
        c
        for c in claims
        if not (c.kind is K.RESCHEDULED and _FROM_HOLD.search(text[c.start : c.end]))
    )


# blind 37 (claims85): the slot said held ("Der Platz ist zwar gehalten, …"): a hold, not the
# booking the clause reader reads in "gehalten" (kept)
RULES += (
    Rule(
        "de",
        K.HELD,
        lazy(r"gehalten"),
        lazy(r"\b(?:der|ihr|dieser)\s+platz\s+(?:ist|wird)\s+(?:\w+\s+)?gehalten\b"),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    # blind 42 (claims104): "gehalten" for the caller, whatever holds it or is held: "Der Platz am
    # Freitag um zehn ist immer noch für Sie gehalten", "Freitag um zehn wird noch für Sie
    # gehalten", "Ich habe Ihnen Freitag um zehn gehalten": the slot kept, not a booking. Not
    # kept to a rule or oneself ("sich an … gehalten", "so gehalten"), nor denied.
    Rule(
        "de",
        K.HELD,
        lazy(r"gehalten"),
        lazy(
            r"^(?!.*\bsich\b)[^.!?]*?(?:\b(?:für\s+(?:sie|dich)|ihnen|dir)\b[^,;.!?]*\bgehalten\b|"
            r"\b(?:platz|termin|slot|freitag|montag|dienstag|mittwoch|donnerstag|samstag|"
            r"uhr|zehn|elf|neun)\s+(?:[^,;.!?]*\s)?(?:ist|wird|bleibt)\s+(?:[^,;.!?]*\s)?"
            r"(?:noch|weiterhin|immer\s+noch|kurz|für\s+sie)\s+(?:[^,;.!?]*\s)?gehalten\b)"
        ),
        unless=lazy(r"\b(?:wenn|falls|ob|sofern|leider|nicht|kein\w*|nie|if)\b"),
        replaces=frozenset({K.BOOKED}),
    ),  # blind 42 (claims104): the slot named, then the speaker's hold of it in a relative clause,
    # then what is said of it ("Freitag um zehn, den ich Ihnen gerade freihalte, ist noch ein paar
    # Minuten Ihrer", "Friday at ten, which I'm holding for you, is yours for ten more minutes",
    # "The slot I'm keeping for you, Friday at ten, …"): the slot held, with what the sentence
    # names; "Ihrer" / "yours" beside it is the hold's, not a booking.
    Rule(
        "de",
        K.HELD,
        lazy(r",\s*(?:den|die|das)\s+ich\b"),
        lazy(
            r",\s*(?:den|die|das)\s+ich\s+(?:\w+\s+)?(?:ihnen|für\s+sie)\s+(?:\w+\s+){0,2}?"
            r"(?:freihalte|reserviere|halte|blockiere|sichere|(?:freigehalten|reserviert|"
            r"vorgemerkt|blockiert|gehalten|zurückgelegt)\s+habe)\s*,[^.!?]*"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.HELD,
        lazy(r"for you"),
        lazy(
            r"(?:,\s*(?:which|that)|\b(?:slot|spot|time|one))\s+i(?:'m|\s+am|'ve|\s+have)\s+"
            r"(?:been\s+)?(?:holding|keeping(?:\s+free)?|reserved|held|blocking|blocked|"
            r"kept(?:\s+free)?|put\s+aside|set\s+aside)\s+for\s+you\s*,[^.!?]*"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
)
