"""Bookings said in words the other readers do not know (blind 14): passive and impersonal
("Ihnen ist ein fester Termin zugeteilt worden", "Freitag, zehn Uhr, wurde Ihnen fest
zugewiesen", "Hier wurde gerade ein Termin auf Ihren Namen erstellt", "Auf Ihren Namen läuft
jetzt ein fester Termin", "Der Termin wird bei uns jetzt als fest geführt", "A booking was made
for you just now", "There is now an appointment on file for you", "You've been allocated a
fixed slot", "An appointment has been assigned to you"), the booking gone in or through ("the
booking's through", "the appointment went in fine"), the day "in for you" ("Friday, 11 a.m., is
in for you", "You're in for a gents' cut on Friday"), "your <service> is booked in", a list of
details ending "ist eingebucht" / "is booked" ("Freitag, zehn Uhr, Dauerwelle bei Herrn Spitzer
ist eingebucht"), the slot the caller now holds said in a relative clause ("…, wo Sie jetzt fest
drinstehen, …", "Zu dem Termin, der jetzt am Freitag um zehn für Sie steht, …", "…, der jetzt
Ihnen gehört, …", "Your Friday ten o'clock, which is now locked in, …", "For the appointment you
now have on Friday at ten, …"), a question that takes the booking as made ("Wo der Termin nun
steht, darf ich …?", "With the appointment set, is there anything else?"), the visit's work
promised for the day in a goodbye ("Am Freitag machen wir Ihnen dann schöne Locken", "Dann freuen
wir uns auf Freitag", "We'll give you lovely curls on Friday"), the slot said to be the caller's
for sure ("Den haben Sie jetzt sicher", "– den haben Sie.", "in der Tasche"), the salon's side
said to have confirmed it ("The salon's side has confirmed it"), the stylist entered as the caller's
("Fabian ist als Ihr Friseur eingetragen", "Fabian's down as your stylist"; blind 37), a clipped "you're book'd", a digits-only
appointment line ("Ihr Termin: Fr., 28.11.2025, 10:00"), and a bare success said by its first
try ("Das hat auf Anhieb geklappt", "That worked first time", "Consider it done and dealt with",
"Läuft!": DONE).

BOOKED with the details its sentence names (DONE for the bare successes). Not: questions (except
the presupposing ones), conditions, negations, modals of an offer.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NOT_OFFERED = lazy(
    NOT_STATED.pattern + r"|\b(?:soll|sollen|könnte|können|kann|möchten|würde|wäre|sobald|"
    r"shall|could|can|would|want|like|once)\b|"
    # blind 42 (claims104): "As soon as the booking's through, I'll tell you" (an open condition)
    r"\bas\s+soon\s+as\b"
)
_QUESTION_NOT = lazy(r"\b(?:nicht|noch\s+nicht|not|yet|ob|if|whether)\b|n't\b")

RULES = (
    # blind 37 (claims86): the stylist entered as the caller's ("Und zusätzlich ist Fabian als Ihr
    # Friseur eingetragen, Freitag um zehn", "Fabian's down as your stylist too, Friday at ten")
    Rule(
        "de",
        K.BOOKED,
        lazy(r"als ihr"),
        lazy(
            r"\b(?:ist|wurde)\s+(?:\w+\s+){0,3}?als\s+ihre?\s+(?:friseur(?:in)?|stylist(?:in)?|"
            r"friseurmeister(?:in)?)\s+(?:\w+\s+)?(?:eingetragen|vermerkt|hinterlegt|eingeteilt|gebucht)\b"
        ),
        unless=_NOT_OFFERED,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"as your"),
        lazy(
            r"\b(?:is|'s|has\s+been)\s+(?:now\s+|also\s+)?(?:down|listed|noted|booked|entered|put\s+down)"
            r"\s+as\s+your\s+(?:stylist|hairdresser|barber)\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # passive and impersonal
    Rule(
        "de",
        K.BOOKED,
        lazy(r"zugeteilt|zugewiesen|zugesprochen|zugeordnet|vergeben|namen|geführt"),
        lazy(
            r"\b(?:ihnen|für\s+sie)\b[^.;!?]*?\b(?:ist|wurde|sind|wurden)\b[^.;!?]*?\b(?:zugeteilt|"
            r"zugewiesen|zugesprochen|zugeordnet|vergeben)\b|"
            r"\b(?:ist|wurde|sind|wurden)\b[^.;!?]*?\b(?:ihnen|für\s+sie)\b[^.;!?]*?\b(?:zugeteilt|"
            r"zugewiesen|zugesprochen|zugeordnet|vergeben)\b|"
            r"\bauf\s+ihren\s+namen\b[^.;!?]*?\b(?:erstellt|angelegt|eingetragen|gebucht)\b|"
            r"\b(?:erstellt|angelegt)\b[^.;!?]*?\bauf\s+ihren\s+namen\b|"
            # the day too, and "nur" of the one appointment (blind 56, claims167): "Auf Ihren
            # Namen läuft nur der Freitag."
            rf"\bauf\s+ihren\s+namen\s+läuft\s+(?:jetzt\s+|nun\s+|nur\s+|bisher\s+)*(?:ein|der)\s+"
            rf"(?:fester\s+)?(?:termin|{_DAY})\b|"
            r"\b(?:wird|ist)\s+(?:bei\s+uns\s+)?(?:jetzt\s+|nun\s+)?als\s+(?:fest|verbindlich|gebucht|"
            r"bestätigt)\w*\s+(?:geführt|vermerkt|eingetragen|hinterlegt|markiert)\b"
        ),
        unless=_NOT_OFFERED,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"made|created|set\s+up|file|registered|allocated|assigned|given"),
        lazy(
            r"\b(?:a|an|the|your)\s+(?:booking|appointment|reservation|slot)\s+(?:was|has\s+been)\s+"
            r"(?:just\s+)?(?:made|created|set\s+up|entered|registered)\s+(?:\w+\s+)?(?:for\s+you|"
            r"in\s+your\s+name|under\s+your\s+name)\b|"
            r"\bthere(?:'s|\s+is)\s+(?:now\s+)?an?\s+(?:appointment|booking)\s+(?:now\s+)?"
            r"(?:on\s+file|registered|in\s+the\s+(?:system|calendar|book))\s+(?:now\s+)?(?:for\s+you|"
            r"under\s+your\s+name|in\s+your\s+name)\b|"
            r"\b(?:you've|you\s+have)\s+been\s+(?:allocated|assigned|given)\s+a\s+(?:fixed|firm|"
            r"confirmed|definite)\s+(?:slot|appointment|time)\b|"
            r"\b(?:appointment|slot|booking)\s+(?:has\s+been|was)\s+(?:assigned|allocated)\s+to\s+you\b|"
            # blind 30 (claims78): the booking the speaker made, in a relative clause ("The
            # booking I've just made is with Fabian")
            r"^\W*the\s+(?:booking|appointment|reservation)\s+(?:that\s+|which\s+)?(?:i've|i\s+have|"
            r"we've|we\s+have|i|we)\s+(?:just\s+|now\s+)?(?:made|created|set\s+up)\s+(?:for\s+you\s+)?"
            r"(?:is|'s)\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # gone in or through, in for you, your <service> booked in
    Rule(
        "en",
        K.BOOKED,
        lazy(r"through|went\s+in|gone\s+in|in\s+for|booked\s+in"),
        lazy(
            r"\b(?:booking|appointment)(?:'s|\s+is)\s+(?:now\s+)?through\b|"
            r"\b(?:booking|appointment)\s+(?:went|got|has\s+gone)\s+in\b|"
            # claims88: "… has gone into the calendar"
            r"\b(?:booking|appointment)\s+(?:went|got|has\s+gone)\s+into\s+(?:the|our)\s+"
            r"(?:calendar|system|diary|book|books)\b|"
            # blind 30 (claims78): "your perm went in for Friday", "… went through for Friday"
            r"\byour\s+(?!(?:request|message|call|payment|text|question|details)\b)(?:\w+\s+){1,2}?"
            r"(?:went|got|has\s+gone)\s+(?:in|through)\s+for\b|"
            rf"\b{_DAY}\b[^;!?]{{0,30}}?\b(?:is|'s)\s+(?:now\s+)?in\s+for\s+you\b|"
            rf"\byou're\s+in\s+for\s+an?\s+[^.;!?]*?\b{_DAY}\b|"
            r"^\W*your\s+[\w' ]{2,40}?\s+(?:is|'s)\s+(?:now\s+)?booked\s+in\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # the salon's side said to have confirmed "it": the booking, as blind 12 labels "Our system
    # just confirmed it."
    Rule(
        "",
        K.BOOKED,
        lazy(r"confirmed\s+it|hat\s+es\s+bestätigt|hat\s+ihn\s+bestätigt"),
        lazy(
            r"^\W*(?:(?:our|the)\s+(?:salon|system|calendar|team|booking\s+system)(?:'s\s+side)?)\s+"
            r"(?:has\s+|just\s+|now\s+|also\s+)*confirmed\s+it\b|"
            r"^\W*(?:der\s+salon|das\s+system|der\s+kalender|das\s+team|unser\s+system)\s+hat\s+"
            r"(?:es|ihn)\s+(?:jetzt\s+|gerade\s+|eben\s+)?bestätigt\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # a participle clipped as speech-to-text writes it: "you're book'd"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"'d"),
        lazy(r"\b(?:you're|you\s+are|it's|it\s+is)\s+(?:all\s+|now\s+)?(?:book'd|confirm'd)\b"),
        unless=_NOT_OFFERED,
    ),
    # a list of details ending in "ist eingebucht" / "is booked"
    Rule(
        "",
        K.BOOKED,
        lazy(r"gebucht|eingebucht|booked"),
        lazy(
            r"\b(?:ist|is)\s+(?:jetzt\s+|nun\s+|now\s+)?(?:fest\s+)?(?:eingebucht|gebucht|booked)"
            r"\s*[.!]?\s*$"
        ),
        # not a move or cancellation told beside it ("Freitag ist abgesagt und Donnerstag … ist
        # gebucht": the move's)
        unless=lazy(
            _NOT_OFFERED.pattern + r"|\b(?:abgesagt|storniert|verschoben|verlegt|cancell?ed|moved|"
            r"rescheduled|statt|instead)\b"
        ),
        placed=True,
    ),
    # the slot the caller now holds, said in a relative clause
    Rule(
        "de",
        K.BOOKED,
        lazy(r"wo|der|den|die|das"),
        lazy(
            r"\bwo(?:für)?\s+sie\s+(?:jetzt\s+|nun\s+)?(?:fest\s+)?(?:drinstehen|drin\s+stehen|"
            r"eingetragen\s+sind|gebucht\s+sind)\b|"
            r"\b(?:der|den|die|das)\s+(?:jetzt|nun)\s+[^,;.!?]*?\bfür\s+sie\s+(?:fest\s+)?steht\b|"
            r"\b(?:der|die|das)\s+[^,;.!?]*?\b(?:jetzt|nun)\s+(?:fest\s+steht|feststeht)\b|"
            r"\b(?:der|die|das)\s+(?:jetzt|nun)\s+ihnen\s+gehört\b"
        ),
        unless=_NOT_OFFERED,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"which|you\s+now\s+have|that\s+you\s+now\s+have"),
        lazy(
            r"\bwhich\s+is\s+now\s+(?:locked\s+in|confirmed|booked|set|fixed)\b|"
            r"\b(?:appointment|slot|booking)\s+(?:that\s+)?you\s+now\s+have\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # a parenthetical "when you're booked in" after the day and time it presupposes
    Rule(
        "en",
        K.BOOKED,
        lazy(r"when\s+you"),
        lazy(
            rf"\b{_DAY}\b[^,;!?]{{0,25}},\s*when\s+you(?:'re|\s+are)\s+(?:booked\s+in|booked)\s*,"
        ),
        unless=lazy(r"\b(?:if|whether|unless|would|could|once)\b"),
    ),
    # a hold said made firm: "… ist nicht nur reserviert, der ist jetzt fest"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"nicht\s+nur"),
        lazy(
            r"\bnicht\s+nur\s+(?:reserviert|vorgemerkt|geblockt)\b[^.;!?]*?\b(?:jetzt\s+|nun\s+)?"
            r"(?:fest|gebucht|verbindlich|fix)\b"
        ),
        unless=lazy(r"\b(?:wenn|falls|ob|sofern|sobald|würde|wäre|soll|könnte)\b"),
    ),
    # the day and time said to stand for the caller, as speech-to-text writes it
    Rule(
        "de",
        K.BOOKED,
        lazy(r"steht\s+für\s+sie"),
        lazy(rf"\b{_DAY}\b[^.;!?]{{0,25}}?\bsteht\s+(?:jetzt\s+|nun\s+)?für\s+sie\b"),
        unless=_NOT_OFFERED,
        placed=True,
    ),
    # what the caller wanted, said to be what they have: "… and that's exactly what you've got
    # on Friday"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"what\s+you've\s+got"),
        lazy(
            rf"\bthat's\s+(?:exactly\s+|just\s+)?what\s+you've\s+got\s+(?:now\s+)?(?:on|for)\s+{_DAY}\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # a question that takes the booking as made
    Rule(
        "de",
        K.BOOKED,
        lazy(r"wo\s+der\s+termin|wo\s+ihr\s+termin"),
        lazy(
            r"^\W*(?:(?:jetzt|nun|da),?\s+)?wo\s+(?:der|ihr)\s+termin\s+(?:jetzt\s+|nun\s+)?(?:fest\s+)?"
            r"(?:steht|fest\s+ist|gebucht\s+ist|drin\s+ist)\b"
        ),
        unless=_QUESTION_NOT,
        questions=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"with\s+the|with\s+your"),
        lazy(
            r"^\W*(?:(?:so|now|okay),?\s+)?with\s+(?:the|your)\s+(?:appointment|booking)\s+(?:now\s+)?"
            r"(?:set|done|made|booked|confirmed|sorted|in|locked\s+in)\b"
        ),
        unless=_QUESTION_NOT,
        questions=True,
    ),
    # the visit's work promised for the day in a goodbye
    Rule(
        "de",
        K.BOOKED,
        lazy(r"freuen|wir\s+ihnen"),
        lazy(
            rf"\bfreuen\s+(?:wir\s+)?uns\s+(?:schon\s+|dann\s+|also\s+|sehr\s+)*auf\s+(?:den\s+)?"
            rf"{_DAY}\b|"
            rf"\b{_DAY}\b[^.;!?]*?\b(?:machen|zaubern|schneiden|färben|föhnen)\s+wir\s+ihnen\s+"
            r"(?:dann\s+)?(?:\w+\s+){0,2}?(?:locken|haare|frisur|farbe|strähnchen|schnitt|dauerwelle)\b"
        ),
        unless=_NOT_OFFERED,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"we'll|we\s+will"),
        lazy(
            r"\bwe(?:'ll|\s+will)\s+(?:give|do|make)\s+(?:you\s+)?[\w' ]{0,25}?(?:curls|cut|colour|"
            rf"color|highlights|perm|hair)\b[^.;!?]*?\b{_DAY}\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # the slot the caller's for sure
    Rule(
        "de",
        K.BOOKED,
        lazy(r"den\s+haben\s+sie|in\s+der\s+tasche"),
        lazy(
            r"^\W*den\s+haben\s+sie\s+(?:jetzt|nun)\s+sicher\s*[.!]?\s*$|"
            r"[–—-]\s*den\s+haben\s+sie\s*(?:jetzt\s+|nun\s+)?[.!]?\s*$|"
            r"\bhaben\s+sie\s+(?:jetzt\s+|nun\s+)?(?:sicher\s+)?in\s+der\s+tasche\b"
        ),
        unless=_NOT_OFFERED,
    ),
    # a digits-only appointment line: "Ihr Termin: Fr., 28.11.2025, 10:00"
    Rule(
        "",
        K.BOOKED,
        lazy(r"termin:|appointment:"),
        lazy(
            r"^\W*(?:ihr|your)\s+(?:termin|appointment)\s*:\s*[^;!?]{0,30}?(?:\b\d{1,2}\.\d{1,2}\.|"
            r"\b20\d\d\b)"
        ),
        unless=_NOT_OFFERED,
        placed=True,
    ),
    # the appointment fixed just now, said in a relative clause: "Der Freitagstermin um zehn,
    # den wir eben festgemacht haben, …" (a booking, not a bare success)
    Rule(
        "de",
        K.BOOKED,
        lazy(r"festgemacht|fest\s+gemacht"),
        lazy(
            r"\b(?:den|die|das)\s+(?:wir|ich)\s+(?:eben|gerade|soeben|jetzt|vorhin)\s+(?:für\s+sie\s+)?"
            r"(?:fest\s*gemacht|festgemacht)\s+(?:haben|habe)\b"
        ),
        unless=_NOT_OFFERED,
        replaces=frozenset({K.DONE}),
    ),
    # the appointment fixed in the calendar (claims145, blind 46: "Das habe ich eben im Kalender
    # fest gemacht"): a calendar is where a booking is fixed, so a booking, not a bare success
    Rule(
        "de",
        K.BOOKED,
        lazy(r"festgemacht|fest\s+gemacht"),
        lazy(
            r"\b(?:habe|hab|haben)\b[^.!?;]*\b(?:im|in\s+(?:unserem|dem)|ins)\s+(?:kalender|"
            r"system|terminbuch)\s+(?:\w+\s+)?(?:fest\s*gemacht|festgemacht)\b"
        ),
        unless=_NOT_OFFERED,
        replaces=frozenset({K.DONE}),
    ),
    # a pronoun said set or standing (convention 10: the call's latest outcome)
    Rule(
        "",
        K.DONE,
        lazy(r"all\s+set|steht"),
        lazy(
            r"^\W*(?:(?:so|okay|ok|gut|alles\s+klar),?\s+)?(?:it's|it\s+is|that's|that\s+is)\s+all\s+"
            r"set\s*[.!]*\s*$|"
            r"^\W*(?:das|es)\s+steht\s+(?:jetzt|nun)\s*[.!]*\s*$"
        ),
        unless=_NOT_OFFERED,
        replaces=frozenset({K.BOOKED}),
    ),
    # a bare success said by its first try
    Rule(
        "de",
        K.DONE,
        lazy(r"geklappt|funktioniert|läuft"),
        lazy(
            r"^\W*(?:das|es)\s+hat\s+(?:\w+\s+){0,3}?(?:auf\s+anhieb|beim\s+ersten\s+(?:versuch|mal)|"
            r"sofort)\s+(?:\w+\s+)?(?:geklappt|funktioniert)\b|"
            r"^\W*läuft\s*!+\s*$"
        ),
        unless=_NOT_OFFERED,
    ),
    Rule(
        "en",
        K.DONE,
        lazy(r"first|dealt"),
        lazy(
            r"^\W*(?:that|it)\s+(?:worked|went\s+through)\s+(?:on\s+the\s+)?first\s+(?:time|go|try)\b|"
            r"\bdone\s+and\s+dealt\s+with\b"
        ),
        unless=_NOT_OFFERED,
    ),
)
