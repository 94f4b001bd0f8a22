"""Outcomes said in words the other rule tables do not list (blind 13), one section per kind:
corporate and nominal phrasing ("Die Terminvereinbarung ist zustande gekommen", "This is to
confirm your booking", "Confirmation details: …", "We've actioned your cancellation request",
"Wir bestätigen … die Auflösung des Termins"), cancellations without the verbs ("Ihr Name ist
aus dem Terminbuch raus", "I've undone the booking", "Friday's been nixed"), colloquial and
regional bookings (Swiss "iitrage", "aagmäldet", Austrian "fix eingeteilt", "in like Flynn",
"nailed it down", "that's you in"), a hold made firm in words ("Your hold is now a confirmed
appointment", "made permanent", "Ihre Vormerkung ist jetzt ein fester Termin"), "not booked
yet" in other words ("Verbucht ist bis jetzt noch nichts", "In trockenen Tüchern ist noch
nichts", "Nothing's set in stone yet", "You're not on any list with us yet"), the held truth
("Reserviert ja, gebucht nein", "only set aside for you; it becomes firm when you agree": held,
not booked), a request awaiting its approval ("Die Freigabe durch Fabian steht noch aus",
"Fabian's sign-off is still outstanding", "with the salon for review"), a bare success in
office words ("Der Vorgang ist abgeschlossen", "The process is complete": DONE), and a move or
booking that names a stylist or service in a later clause ("Verlegt auf Donnerstag um drei,
diesmal bei Lena", "Your men's haircut on Friday is confirmed": the sentence's details).
Not: questions, conditions, negations (where the words are not themselves negative).
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_CONDITION = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|würde|wäre|if|whether|unless|once|would|were)\b"
)
# another person's appointment, not the caller's
_OTHERS = (
    r"|\b(?:ihre?s?|ihrer|your|for\s+your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|"
    r"freund\w*|son|daughter|husband|wife|friend|mother|father|partner\w*)\b"
)
_CONDITION_OR_OTHERS = lazy(_CONDITION.pattern + _OTHERS)

_BOOKED_DE = (
    r"\btermin(?:vereinbarung|buchung)\s+ist\s+(?:\w+\s+)?zustande\s+gekommen\b|"
    r"\b(?:(?:wir|ich)\s+bestätigen?|bestätigen?\s+(?:wir|ich))\s+ihnen\s+(?:\w+\s+)?(?:die|ihre)\s+(?:termin(?:vereinbarung|"
    r"buchung)|buchung|reservierung)\b|"
    r"\b(?:ist|wurde|sind|haben|habe)\b[^.;!?]*\bdisponiert\b|"
    r"\b(?:freude|vergnügen|ehre)\b[^.;!?]*\btermin\s+zu\s+bestätigen\b|"
    r"\btermin\b[^.;!?]*\bin\s+sack\s+und\s+tüten\b|"
    r"\b(?:sind|san|seid|seids)\s+(?:jetzt\s+)?fix\s+(?:eingeteilt|eintragen|eingetragen|drin)\b|"
    r"\b(?:sind|sin|isch)\s+(?:jetzt\s+)?(?:iitrage|iitreit|ytrage|ytreit|aagmäldet|aagmeldet|"
    r"igschribe)\b|"
    r"\beintrag\s+ist\s+(?:\w+\s+)?(?:gespeichert|angelegt)\b|"
    r"\b(?:vormerkung|reservierung)\s+ist\s+(?:jetzt|nun)\s+(?:ein\s+)?(?:fester|verbindlicher)\s+"
    r"termin\b|"
    r"\b(?:vormerkung|reservierung)\b[^.;!?]*\b(?:ist\s+(?:jetzt\s+)?eine|wurde\s+eine)\s+"
    r"(?:feste|verbindliche)\s+buchung\b|"
    r"\baus\s+ihrer\s+(?:vormerkung|reservierung)\s+ist\s+(?:jetzt\s+)?eine\s+(?:feste|"
    r"verbindliche)\s+buchung\b"
)
_BOOKED_EN = (
    r"\bthis\s+is\s+to\s+confirm\s+your\s+(?:booking|appointment|reservation)\b|"
    r"\bnailed\s+(?:it|that|this)\s+down\b|"
    r"\bin\s+like\s+flynn\b|"
    r"\bthat's\s+you\s+in\b|"
    r"\b(?:you've|you\s+have)\s+got\s+[\w\s]{0,25}?\blocked\s+(?:down|in)\b|"
    r"\bhas\s+your\s+name\s+on\s+it\b|"
    r"\btook\s+the\s+liberty\s+of\s+confirming\b|"
    r"\b(?:i've|i\s+have|we've|we\s+have)\s+book\s+you\b|\byour\s+in\s+the\s+calend[ae]r\b|"
    r"\b(?:hold|reservation)\s+(?:is\s+now|has\s+(?:now\s+)?become)\s+a\s+(?:confirmed|firm|"
    r"proper)\s+(?:appointment|booking)\b|"
    r"\bturned\s+your\s+[\w\s]{0,30}?\b(?:reservation|hold)\s+into\s+a\s+(?:\w+\s+)?booking\b|"
    r"\b(?:been\s+made|made\s+\w+\s+\w*\s*|is\s+now)\s*permanent\b|"
    r"\bhold\s+(?:has\s+been|was)\s+(?:converted|turned)\s+into\s+a\s+(?:\w+\s+)?booking\b"
)
_CANCELLED_DE = (
    r"\b(?:(?:wir|ich)\s+bestätigen?|bestätigen?\s+(?:wir|ich))\s+(?:ihnen\s+)?(?:\w+\s+)?"
    r"die\s+(?:stornierung|auflösung|absage|"
    r"löschung)\s+(?:ihres|des)\s+termins\b|"
    r"\b(?:stornierung|auflösung|absage)\s+(?:ihres|des)\s+termins\s+ist\s+(?:jetzt\s+)?"
    r"(?:vollzogen|erfolgt|abgeschlossen|durch|erledigt)\b|"
    r"\bname\s+ist\s+(?:jetzt\s+)?aus\s+(?:dem|unserem)\s+(?:\w*buch|kalender|system)\s+"
    r"(?:raus|draußen|gestrichen|entfernt)\b|"
    r"\b(?:habe|hab|haben)\s+(?:ich\s+|wir\s+)?(?:die|ihre)\s+buchung\s+(?:\w+\s+)?zurückgenommen\b"
)
_CANCELLED_EN = (
    r"\b(?:actioned|processed|completed)\s+your\s+cancellation(?:\s+request)?\b|"
    r"\bcancellation\s+(?:is|has\s+been|'s)\s+(?:now\s+)?(?:complete|completed|done|processed|"
    r"through)\b|\bcancellation\s+has\s+gone\s+through\b|"
    r"\bthis\s+is\s+to\s+confirm\s+(?:the\s+cancellation|that\s+your\s+(?:appointment|booking)\s+"
    r"has\s+been\s+(?:called\s+off|cancell?ed))\b|"
    r"\b(?:booking|appointment)\s+has\s+been\s+cancell?ed\s+at\s+no\s+cost\b|"
    r"\b(?:undone|reversed)\s+(?:the|your)\s+booking\b|"
    r"\bbooking(?:'s|\s+has)\s+been\s+(?:reversed|undone)\b|"
    rf"\b{_DAY}(?:'s|\s+has)\s+been\s+(?:nixed|scrapped|axed|binned)\b|"
    r"\bname(?:'s|\s+has)\s+been\s+(?:wiped|taken|struck|removed|crossed)\s+(?:out\s+)?(?:off|from|"
    r"of|out\s+of)\s+(?:the|our)\s+(?:book|books|calendar|diary|list)\b|"
    r"\bunbooked\s+you\b"
)
_NOT_BOOKED_DE = (
    r"\b(?:verbucht|gebucht|eingetragen)\s+(?:ist|haben\s+wir|habe\s+ich)\s+(?:\w+\s+){0,3}?"
    r"(?:noch\s+)?(?:gar\s+)?nichts\b|"
    r"\b(?:in\s+trockenen\s+tüchern|unter\s+dach\s+und\s+fach|in\s+sack\s+und\s+tüten)\s+ist\s+"
    r"(?:\w+\s+){0,2}?nichts\b|"
    r"\bsie\s+(?:stehen|sind)\s+(?:\w+\s+){0,2}?(?:noch|bisher|bislang)\s+(?:auf|in)\s+"
    r"(?:keiner|keinem)\s+(?:liste|kalender|buch|system)\b"
)
_NOT_BOOKED_EN = (
    r"\bnothing(?:'s|\s+is|\s+has\s+been)\s+(?:set\s+in\s+stone|locked\s+in|on\s+the\s+books|"
    r"in\s+the\s+books|booked|fixed)\b[^.;!?]*\b(?:yet|so\s+far)\b|"
    r"\bnothing(?:'s|\s+is)\s+on\s+the\s+books\s+for\s+you\b[^.;!?]*\b(?:yet|so\s+far)\b|"
    r"\bthere's\s+nothing\s+(?:in|on)\s+the\s+books?\b[^.;!?]*\byet\b|"
    r"\b(?:you're|you\s+are)\s+not\s+(?:on\s+any\s+list|in\s+(?:our|the)\s+(?:calendar|book|"
    r"books|system|diary))\b[^.;!?]*\b(?:yet|so\s+far)\b|"
    r"\b(?:don't|do\s+not)\s+have\s+a\s+(?:fixed|firm|confirmed)\s+(?:appointment|booking)\b"
    r"[^.;!?]*\byet\b"
)
# the held truth: held, and said not (yet) booked
_HELD_NOT_BOOKED = (
    r"\b(?:reserviert|vorgemerkt|zurückgelegt|geblockt|held|reserved|on\s+hold)\s*,?\s+(?:ja|"
    r"yes)\s*,?\s+(?:fest\s+)?(?:gebucht|booked|confirmed|bestätigt)\s*,?\s+(?:nein|no)\b|"
    r"\b(?:only|just)\s+(?:set|kept|put)\s+aside\b[^!?]*\bbecomes?\s+(?:firm|binding|fixed)\s+"
    r"(?:when|once|after|as\s+soon\s+as)\b|"
    r"\bnur\s+(?:für\s+sie\s+)?(?:zurückgelegt|reserviert|vorgemerkt|freigehalten|geblockt)\b"
    r"[^!?]*\b(?:fest|verbindlich)\s+wird\s+(?:er|es|sie|der\s+\w+)\b"
)
_PENDING = (
    r"\b(?:freigabe|zusage|okay|ok)\b[^.;!?]*\b(?:steht\s+noch\s+aus|fehlt\s+noch)\b|"
    r"\bdie\s+zusage\s+kommt\s+(?:noch\s+)?vom\s+(?:team|salon)\b|"
    r"\bliegt\s+dem\s+salon\s+zur\s+(?:prüfung|freigabe|bestätigung)\s+vor\b|"
    r"\b(?:sign-?off|approval|go-ahead|okay)\b[^.;!?]*\b(?:still\s+outstanding|still\s+pending|"
    r"still\s+to\s+come)\b|"
    r"\bthe\s+go-ahead\s+comes\s+from\s+the\s+(?:team|salon)\b|"
    r"\bwith\s+the\s+salon\s+for\s+(?:review|approval|sign-?off)\b|"
    r"\bsalon\s+still\s+(?:has|needs)\s+to\s+(?:give\s+the\s+go-ahead|approve|sign\s+off)\b"
)

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(
            r"zustande|bestätig|disponiert|sack|fix|iitr|ytr|aagm|igschribe|eintrag|vormerkung|"
            r"reservierung"
        ),
        lazy(_BOOKED_DE),
        # "…, sobald Sie Ja sagen": the confirmation to come (probe 34, claims77)
        unless=lazy(NOT_STATED.pattern + r"|\bnoch\b|\bsobald\b"),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(
            r"confirm|nailed|flynn|you\s+in|locked|your\s+name|book\s+you|your\s+in|hold|"
            r"reservation|permanent"
        ),
        lazy(_BOOKED_EN),
        unless=lazy(NOT_STATED.pattern + r"|\byet\b"),
    ),
    # "Confirmation details: perm, Friday 10:00, …": a booking, with its day and time
    Rule(
        "",
        K.BOOKED,
        lazy(r"details|angaben"),
        lazy(r"^\W*(?:confirmation|booking|appointment|buchungs|termin)\s*details\s*:"),
        placed=True,
    ),
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"stornierung|auflösung|absage|name|zurückgenommen"),
        lazy(_CANCELLED_DE),
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    # not taking place or no longer there, in the cancellation words (convention 17)
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"statt|nicht\s+mehr"),
        lazy(
            rf"\b(?:termin|dauerwelle|\w+termin|{_DAY})\b[^.;!?]*?\bfindet\s+(?:\w+\s+)?nicht\s+"
            r"statt\b|"
            r"\b(?<!alten\s)(?<!bisherigen\s)termin\s+gibt(?:\s+es|'s|s)\s+(?:jetzt\s+)?nicht\s+mehr\b"
        ),
        unless=lazy(_CONDITION.pattern + _OTHERS + r"|\b(?:ob|noch)\b"),
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    # a bare success idiom naming no appointment: done (convention 4)
    Rule(
        "de",
        K.DONE,
        lazy(r"sack"),
        lazy(r"^\W*(?:\w+\s*,\s*)?(?:das|es|alles)\s+ist\s+in\s+sack\s+und\s+tüten\b"),
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"cancel|undone|reversed|nixed|scrapped|axed|binned|name|unbooked"),
        lazy(_CANCELLED_EN),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"nichts|keine[mr]"),
        lazy(_NOT_BOOKED_DE),
        unless=_CONDITION_OR_OTHERS,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"nothing|not|n't"),
        lazy(_NOT_BOOKED_EN),
        unless=_CONDITION_OR_OTHERS,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.NOT_BOOKED,
        lazy(r"\bja\b|\byes\b|aside|\bnur\b"),
        lazy(_HELD_NOT_BOOKED),
        unless=None,
        replaces=frozenset({K.BOOKED, K.DONE}),
    ),
    Rule(
        "",
        K.HELD,
        lazy(r"\bja\b|\byes\b|aside|\bnur\b"),
        lazy(_HELD_NOT_BOOKED),
        unless=None,
    ),
    Rule(
        "",
        K.PENDING,
        lazy(r"aus|fehlt|zusage|salon|outstanding|pending|come|go-ahead"),
        lazy(_PENDING),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "",
        K.DONE,
        lazy(r"vorgang|prozess|process|wrap"),
        lazy(
            r"\b(?:der\s+vorgang|der\s+prozess)\s+ist\s+(?:jetzt\s+|nun\s+)?abgeschlossen\b|"
            r"\bthe\s+process\s+is\s+(?:now\s+)?complete\b|"
            r"\b(?:that's|it's)\s+a\s+wrap\b"  # blind 35 (claims80): "It's a wrap."
        ),
        unless=_CONDITION,
    ),
    # "Donnerstag, zehn Uhr, haben Sie sicher": the day and time the caller has
    Rule(
        "de",
        K.BOOKED,
        lazy(r"haben\s+sie"),
        lazy(
            rf"\b{_DAY}(?:[\s,]+[\w:.]+){{0,4}}?[\s,]+haben\s+sie\s+(?:jetzt\s+)?(?:sicher|fix|"
            r"fest)\s*[.!]?\s*$"
        ),
        own_details=True,
        placed=True,
    ),
    # a move or booking naming its stylist or service in a later clause: the sentence's details
    Rule(
        "",
        K.RESCHEDULED,
        lazy(r"diesmal|this\s+time|und\s+zwar|will\s+do\s+it"),
        lazy(
            r"\b(?:verlegt|verschoben|umgebucht|moved|rescheduled|shifted)\b[^.!?]*\b(?:diesmal|"
            r"this\s+time|und\s+zwar|will\s+do\s+it)\b"
        ),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"cut|colou?r|perm|highlights|trim|shave|dye"),
        lazy(
            r"\b(?:your|the)\s+(?:[\w']+\s+){0,2}?(?:haircut|cut|colou?ring|colou?r|perm|"
            r"highlights|trim|shave|dye)\b(?:\s+on\s+\w+)?\s+(?:is|'s)\s+(?:now\s+)?(?:confirmed|"
            r"booked|all\s+set|in|sorted)\b"
        ),
    ),
)
