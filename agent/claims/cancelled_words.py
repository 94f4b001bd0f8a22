"""A cancellation of a named appointment in words the clause readers do not know or misread:
"Ich hab Sie vom Freitag um zehn runtergenommen" (read as a booking by "genommen"), "Freitag
zehn Uhr: wurde auf Ihren Wunsch hin zurückgenommen", "Freitag um zehn ist raus aus dem
Kalender", "The perm on Friday at ten has been dropped". The clause must name a day and a time;
the booking read in the same words is replaced. An appointment said void ("ist hinfällig",
"is void") is cancelled; a slot given to the waiting list says the caller's visit there is gone.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind

_APPOINTMENT_DE = r"(?:\w*termin|buchung|reservierung)"
_STRUCK_EN = (
    r"(?:scratched|crossed\s+(?:off|out)|struck\s+(?:off|out)|wiped|rubbed\s+out|deleted|"
    r"scrapped|canned)"
)
# the caller's appointment or slot named as the thing struck
_SLOT_WORD_EN = (
    r"(?:appointment|booking|reservation|o'clock|a\.m\.|p\.m\.|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|at\s+\w+)"
)
_SLOT_EN = rf"(?:your|the)\s+(?:\w+\s+){{0,3}}?{_SLOT_WORD_EN}\b"
_BOOK_EN = r"(?:the|our|my)\s+(?:book|books|diary|calendar|system|schedule|list)\b"

_WEEKDAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"

RULES = (
    # the caller said off a day's book (blind 55, claims142): "You're off Friday.", "You're off
    # for Friday now", "Sie sind für Freitag raus", "Sie sind am Freitag raus" — the visit struck
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"off"),
        lazy(
            r"\byou(?:'re|\s+are)\s+(?:now\s+|all\s+)?off\s+(?:for\s+|on\s+)?(?:the\s+)?"
            rf"{_WEEKDAY_EN}\b(?!\s*(?:too|as\s+well|anyway))(?![^.!?]*\?)"
        ),
    ),
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"raus"),
        lazy(
            rf"\bsie\s+sind\s+(?:jetzt\s+|nun\s+)?(?:für\s+(?:den\s+)?|am\s+){_WEEKDAY_DE}\s+"
            r"(?:jetzt\s+|nun\s+)?raus\b(?![^.!?]*\?)"
        ),
    ),
    # said void ("Ihre Buchung für Freitag um zehn ist hinfällig"): a cancellation, not the
    # booking the fail-safe reads in "Ihre Buchung … ist …"
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"hinfällig|gegenstandslos|nichtig"),
        lazy(
            rf"\b{_APPOINTMENT_DE}\b[^,.;!?]*?\b(?:ist|wird)\s+(?:\w+\s+){{0,2}}?"
            r"(?:hinfällig|gegenstandslos|nichtig)\b"
        ),
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"\bvoid\b|null\s+and\s+void"),
        lazy(
            r"\b(?:appointment|booking|reservation)\b[^,.;!?]*?\b(?:is|'s)\s+(?:now\s+)?"
            r"(?:null\s+and\s+)?void\b"
        ),
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # cancelled by an idiom (blind 11): "I've knocked Friday's appointment on the head", "The
    # plug's been pulled on Friday's appointment" (the active "pulled the plug on" is a phrasal
    # in lexicon_en)
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"\bhead\b|\bplug\b"),
        lazy(
            rf"\bknock(?:ed)?\s+{_SLOT_EN}\s+on\s+the\s+head\b|"
            r"\bknock(?:ed)?\s+(?:\w+'s\s+)?(?:\w+\s+){0,2}?(?:appointment|booking|slot)\s+on\s+the\s+"
            r"head\b|"
            r"\bplug(?:'s|\s+has|\s+was)\s+(?:been\s+)?pulled\s+on\b|"
            # the passive (blind 29, claims56): "Your appointment's been knocked on the head"
            r"\b(?:appointment|booking|slot)(?:'s|\s+has|\s+was|\s+is)\s+(?:now\s+)?(?:been\s+|got\s+)?"
            r"knocked\s+on\s+the\s+head\b"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
    # "Friday at ten is off": the slot, not a person ("Fabian is off on Mondays")
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"\bis\s+(?:now\s+)?off\b"),
        lazy(
            r"^\W*(?:your\s+)?(?:appointment|booking|(?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday)(?:'s\s+appointment)?(?:\s+at\s+\w+)?)\s+is\s+(?:now\s+)?off\b"
        ),
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # the trip to the salon on the named day said to be no longer needed (blind 12): "Den Weg am
    # Freitag können Sie sich sparen", "Freitag ist für Sie also frei, da müssen Sie nicht zu
    # uns", "Für Freitag haben Sie jetzt nichts mehr bei uns", "You can skip coming in on
    # Friday", "Friday's off your plate", "no trip to the salon"
    Rule(
        "de",
        K.GONE,
        lazy(r"sparen|schenken|nicht\s+(?:mehr\s+)?zu\s+uns|nichts\s+mehr\s+bei\s+uns"),
        lazy(
            r"\bden\s+weg\s+(?:\w+\s+){0,4}?können\s+sie\s+sich\s+(?:\w+\s+)?(?:sparen|schenken)\b|"
            r"\bmüssen\s+sie\s+nicht\s+(?:mehr\s+)?zu\s+uns\b|"
            r"\bhaben\s+sie\s+(?:jetzt\s+|nun\s+)?nichts\s+mehr\s+bei\s+uns\b"
        ),
        unless=lazy(r"\b(?:wenn|falls|ob|sofern|würde|wäre|sollte)\b"),
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"skip|plate|no\s+trip"),
        lazy(
            r"\byou\s+can\s+skip\s+(?:coming(?:\s+in)?|the\s+trip|the\s+visit|the\s+journey)\b|"
            r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday)(?:'s|\s+is)\s+(?:now\s+)?off\s+"
            r"your\s+plate\b|\bno\s+trip\s+to\s+(?:the\s+salon|us)\b"
        ),
        unless=lazy(r"\b(?:if|whether|unless|would|could|should)\b"),
        replaces=frozenset({K.BOOKED}),
    ),
    # the slot given to the waiting list or someone else: the caller's visit there is gone
    Rule(
        "de",
        K.GONE,
        lazy(r"warteliste|jemand\s+anderes|jemand\s+anderen"),
        lazy(
            r"\b(?:platz|termin|slot)\s+(?:geht|gebe\s+ich|geben\s+wir|bekommt)\s+"
            r"(?:\w+\s+){0,2}?(?:an|von)\s+(?:die|der|jemand)\s+(?:\w+\s+)?(?:warteliste|anderes?n?)\b"
        ),
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"waiting\s+list|someone\s+else"),
        lazy(
            r"\b(?:slot|place|spot|appointment)\s+(?:goes|will\s+go|is\s+going)\s+to\s+"
            r"(?:the\s+waiting\s+list|someone\s+else)\b"
        ),
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"genommen|raus\s+aus"),
        lazy(
            r"\b(?:runtergenommen|heruntergenommen|zurückgenommen|rausgenommen|herausgenommen)\b|"
            r"\braus\s+aus\s+(?:dem|unserem|ihrem)\s+(?:kalender|system|buch|terminbuch)\b"
        ),
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"been\s+(?:dropped|taken\s+off|struck\s+off|removed|scrapped)"),
        lazy(r"\b(?:has|have|'s)\s+been\s+(?:dropped|taken\s+off|struck\s+off|removed|scrapped)\b"),
        placed=True,
        replaces=frozenset({K.BOOKED}),
    ),
    # the caller's appointment struck from the book by the speaker ("I've scratched the ten
    # o'clock on Friday", "I've crossed your appointment off the list", "I've canned the
    # appointment"), or said struck ("Friday at ten is scratched"); not a question or offer
    Rule(
        "en",
        K.CANCELLED,
        lazy(
            r"scratch|cross|struck|strike|wiped|rubbed|deleted|scrapped|canned|taken|took|removed"
        ),
        lazy(
            rf"\b(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|now\s+|already\s+)?{_STRUCK_EN}\s+"
            rf"(?:off\s+|out\s+)?{_SLOT_EN}|"
            rf"\b(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|now\s+|already\s+)?"
            rf"(?:taken|took|removed|struck|crossed)\s+{_SLOT_EN}.*?\b(?:out\s+of|off|from)\s+"
            rf"{_BOOK_EN}|"
            rf"\b{_SLOT_WORD_EN}(?:\s+is|'s|\s+are|\s+has\s+been|'s\s+been|\s+have\s+been)\s+"
            r"(?:now\s+)?"
            rf"(?:{_STRUCK_EN}|(?:taken|removed)\s+(?:out\s+of|off|from)\s+{_BOOK_EN})"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
)
