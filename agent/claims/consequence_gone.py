"""The caller's visit said gone or cancelled by its consequence (blind 14), in words
`gone_words`, `free_again` and `visit_gone` do not list.

GONE (convention 3: true after the cancellation and at the old place of a move), said by what
it means for the caller or the stylist's day: the day the caller can plan otherwise ("Den
Freitag können Sie sich wieder anders verplanen", "… wieder frei einplanen", "You can make other
plans for Friday now", "plan your Friday freely again",
"aus Ihrem Kalender nehmen", "nichts mehr vormerken"), no need to come any more ("Sie müssen gar
nicht mehr zu uns kommen", "You don't need to come in", "No need to take Friday off anymore",
"You don't have to make the trip anymore"), off the caller's plate ("off your plate", "off the
hook for Friday"), the stylist free again at that time ("Fabian hat Freitag um zehn jetzt wieder
Luft", "Fabian's ten o'clock on Friday is open again"), nobody expecting the caller ("Nobody will
be expecting you Friday at ten"), nothing left with the salon that day ("You've got nothing with
us on Friday now"), no longer in the book ("You're no longer in the book for Friday").

CANCELLED (convention 17, as blind 6 labels "Ihr Platz am Freitag ist wieder frei für andere"
and "Der Freitag ist für Sie hinfällig", blind 13 "Fabian knows you won't be coming"): the
caller's own place said freed or void ("Ihr Stuhl ist wieder frei für andere", "Your chair on
Friday is free again", "Freitag zehn Uhr ist für Sie vom Tisch", "Friday's off the table for
you") and the stylist told the caller won't come ("Fabian ist im Bilde, dass Sie nicht mehr
kommen", "Fabian's been told you won't be coming").

Each replaces the cancellation, booking, slot, "not booked" or "stands" reading the other readers
made of the same clause. Not: questions, conditions, another person's appointment, an
instruction about how to come ("You don't need to come in early", "… to bring anything").
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|würde|wäre|if|whether|unless|would|otherwise|sonst)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*|kind\w*|kid\w*)\b|"
    # how the visit is to be made, not whether: "early", "in person", "bring"
    r"\b(?:früher|eher|vorher|extra\s+früh|persönlich|early|earlier|sooner|before|ahead|"
    r"in\s+person|(?<!back\sto\s)yourself|bring\w*|mitbringen|mitzubringen)\b"
)
# a condition anywhere in the sentence, for a rule read per clause
_CONDITION = lazy(r"\b(?:wenn|falls|sofern|ob|sollten|if|unless|whether|in\s+case)\b")
# the cancellation named beside "no need to come" (probe 55, claims154: "I have cancel the Friday
# for you, no need to come."): the consequence of the cancellation it names, which stays
# `cancelled` (false after a move, as no_need_to_come.py keeps "…, Sie müssen nicht mehr kommen")
_NOT_STATED_OR_CANCEL_NAMED = lazy(
    _NOT_STATED.pattern + r"|\b(?:cancel\w*|called\s+off|call\s+off|storn\w*|abgesagt)\b"
)
# the move's old place named as such stays GONE ("Der alte Termin am Freitag ist damit hinfällig")
_NOT_THE_CALLERS = lazy(
    _NOT_STATED.pattern + r"|\b(?:alte[nr]?|bisherige[nr]?|old|previous|former)\b"
)
_REPLACED = frozenset({K.CANCELLED, K.BOOKED, K.AVAILABLE, K.HELD, K.DONE, K.NOT_BOOKED, K.STANDS})
# blind 56: a relative's visit said gone by the same consequence ("Ihre Mutter braucht am Freitag
# nicht mehr zu kommen", "She doesn't need to come in on Friday anymore"): another person's
# appointment, checked as the caller's (conventions 23, 380), so only a condition or the manner of
# coming keeps it unsaid
_NOT_STATED_OF_OTHER = lazy(
    r"\b(?:wenn|falls|ob|sofern|würde|wäre|if|whether|unless|would|otherwise|sonst)\b|"
    r"\b(?:früher|eher|vorher|extra\s+früh|persönlich|early|earlier|sooner|before|ahead|"
    r"in\s+person|bring\w*|mitbringen|mitzubringen)\b"
)
_KIN_DE = (
    r"(?:sohn\w*|tochter|mann|frau|mutter|vater|oma|opa|großmutter|großvater|schwester|bruder|"
    r"partner\w*|kind|freund\w*|nachbar\w*|chef\w*|kolleg\w*)"
)
_KIN_EN = (
    r"(?:son|daughter|husband|wife|mum|mom|mother|dad|father|grandma|granny|gran|grandmother|"
    r"grandpa|grand-?dad|grandfather|sister|brother|partner|child|kid|friend|neighbou?r|boss|"
    r"colleague)"
)
# what the old place said free was misread as (never a "not yet" beside it: blind 24's "der alte
# Platz ist freigegeben, der neue noch nicht bestätigt")
_OLD_PLACE_MISREAD = frozenset({K.CANCELLED, K.BOOKED, K.AVAILABLE, K.DONE})

RULES = (
    Rule(
        "de",
        K.GONE,
        lazy(
            r"wieder|verplanen|kalender|vormerken|vom\s+tisch|hinfällig|nicht\s+mehr|"
            r"gar\s+nicht"
        ),
        lazy(
            # the stylist free again at the caller's time ("Fabian hat Freitag um zehn jetzt
            # wieder Luft")
            rf"\bhat\s+(?:am\s+)?{_DAY}\b[^.;!?]*?\b(?:jetzt|nun)\s+wieder\s+(?:luft|eine\s+lücke|"
            r"platz|zeit)\b|"
            rf"\bhat\s+(?:am\s+)?{_DAY}\b[^.;!?]*?\bwieder\s+(?:luft|eine\s+lücke)\b|"
            # the day for the caller to plan otherwise
            r"\bkönnen\s+sie\s+sich\s+(?:\w+\s+){0,3}?(?:anders|neu|wieder)\s+(?:\w+\s+)?"
            r"(?:verplanen|einplanen)\b|"
            r"\baus\s+ihrem\s+kalender\s+(?:nehmen|streichen|löschen|austragen|raus\w*)\b|"
            r"\bmüssen\s+sie\s+sich\s+nichts\s+mehr\s+(?:vormerken|freihalten|eintragen|notieren)\b|"
            # no need to come any more ("Sie müssen gar nicht mehr zu uns kommen")
            r"\b(?:(?:müssen|brauchen)\s+sie|sie\s+(?:müssen|brauchen))\s+(?:\w+\s+){0,3}?(?:gar\s+)?"
            r"nicht\s+mehr\s+"
            r"(?:\w+\s+){0,3}?(?:zu\s+)?(?:kommen|vorbeikommen|vorbeizukommen|herkommen|"
            r"herzukommen)\b|"
            # the day the caller's own again (blind 29, claims56: "Freitagvormittag gehört wieder
            # Ihnen", "Der Freitag steht Ihnen wieder zur Verfügung")
            rf"\b{_DAY}\w*(?:\s+(?:vormittag|morgen|früh|nachmittag))?\s+(?:gehört|steht)\s+"
            r"(?:ihnen\s+)?(?:jetzt\s+|nun\s+|damit\s+)?wieder\s+(?:ganz\s+)?(?:ihnen|zur\s+"
            r"verfügung)\b"
        ),
        unless=_NOT_STATED,
        clause=True,  # the day and what it replaces are its clause's
        replaces=_REPLACED,
    ),
    Rule(
        "en",
        K.GONE,
        lazy(
            r"again|free|open|plans|plan\s+something|off\s+the|off\s+your|no\s+need|need\s+to|"
            r"have\s+to|"
            r"won't\s+be\s+coming|not\s+be\s+coming|expecting|nothing\s+with\s+us|in\s+the\s+book|"
            r"back"
        ),
        lazy(
            # the stylist's slot of the caller's day open again
            rf"\b\w+'s\s+(?:{_DAY}\s+)?[\w' ]{{0,20}}?(?:o'clock|slot)\b[^.;!?]*?\b(?:is|has)\s+"
            r"(?:now\s+)?(?:open|opened\s+up|free)\s+again\b|"
            # the day free for the caller to plan otherwise
            rf"\b(?:make|plan)\s+(?:other|different)\s+plans\s+for\s+{_DAY}|"
            # blind 42 (claims102): "You can plan your Friday freely again"
            rf"\bplan\s+your\s+{_DAY}\s+(?:\w+\s+)?again\b|"
            r"\bfree\s+for\s+you\s+to\s+plan\b|"
            # off the table, off your plate, off the hook
            r"\boff\s+your\s+plate\b|"
            rf"\boff\s+the\s+hook\s+for\s+{_DAY}|"
            # no need to come any more
            r"\b(?:don't|do\s+not|won't|will\s+not)\s+(?:need|have)\s+to\s+(?:come\s+(?:in|by|"
            r"over|down)|make\s+the\s+trip|take\s+\w+\s+off)\b|"
            r"\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:come\s+(?:in|by|over|down)|make\s+the\s+trip|"
            r"take\s+\w+\s+off)\b|"
            # nobody expecting
            r"\b(?:nobody|no\s+one|no-one)\s+will\s+be\s+expecting\s+you\b|"
            # nothing with the salon that day, no longer in the book
            rf"\b(?:you've\s+got|you\s+have|you've)\s+nothing\s+(?:with\s+us|booked)\s+(?:on|for)\s+"
            rf"{_DAY}\b|"
            rf"\bno\s+longer\s+in\s+the\s+(?:book|books|calendar|diary)\b|"
            # the day the caller's own again (blind 29, claims56: "Friday morning's yours again",
            # "Friday is back in your hands", "You've got Friday morning back")
            rf"\b{_DAY}(?:\s+(?:morning|afternoon|evening))?(?:'s|\s+is)\s+(?:now\s+)?(?:all\s+)?"
            r"(?:yours\s+again|back\s+in\s+your\s+hands)\b|"
            rf"\b(?:you've\s+got|you\s+have|you've|you\s+get)\s+(?:your\s+)?{_DAY}"
            r"(?:\s+(?:morning|afternoon|evening))?\s+back\b"
        ),
        unless=_NOT_STATED,
        clause=True,  # the day and what it replaces are its clause's
        replaces=_REPLACED,
    ),
    # "come" alone where its clause ends (blind 55, claims152): "Fri 10 — no need to come.", "On
    # Friday you don't need to come"; read over the whole sentence, so that a condition before a
    # comma or a dash keeps it unsaid ("If you're ill, no need to come — just call us")
    # probe 55 (claims172): "needn't", "need not", "come in" at the clause's end ("Fri 10 — you
    # needn't come.", "Sat 11 — no need to come in."), the day of a fragment before ("Fri 10.
    # No need to come.")
    Rule(
        "en",
        K.GONE,
        lazy(r"need\s+to\s+come|have\s+to\s+come|needn't\s+come|need\s+not\s+come"),
        lazy(
            r"\b(?:(?:(?:don't|do\s+not|won't|will\s+not)\s+(?:need|have)|no\s+need\s+(?:for\s+"
            r"you\s+)?)\s*to|needn't|need\s+not)\s+come(?:\s+(?:in|by|over|down))?"
            r"(?=\s*(?:[,.;:!—–]|$))"
        ),
        unless=_NOT_STATED_OR_CANCEL_NAMED,
        replaces=_REPLACED,
        day_before=True,
    ),
    # the German twin (blind 55, probe 55; claims172): "Fr 10 weg. Kommen Sie nicht.", "Sa 11 weg.
    # Brauchen nicht kommen.", "Sie müssen nicht kommen." where the clause ends; not "Kommen Sie
    # nicht zu spät", nor a condition ("Wenn Sie krank sind, kommen Sie nicht")
    Rule(
        "de",
        K.GONE,
        lazy(
            r"nicht\s+(?:mehr\s+)?(?:zu\s+)?(?:\w*kommen)|kommen\s+sie\s+(?:gar\s+|also\s+)?nicht"
        ),
        lazy(
            r"(?:^\W*|[,;:–—]\s*|\b(?:dann|also|sie)\s+)(?:(?:sie\s+)?(?:brauchen|müssen)(?:\s+sie)?\s+"
            r"(?:also\s+|dann\s+|jetzt\s+|am\s+\w+\s+)?(?:gar\s+)?nicht\s+(?:mehr\s+)?(?:zu\s+)?"
            r"(?:kommen|vorbeikommen|vorbeizukommen|herkommen|herzukommen)|"
            r"kommen\s+sie\s+(?:also\s+|dann\s+|am\s+\w+\s+)?(?:gar\s+)?nicht(?:\s+mehr)?)"
            r"(?=\s*(?:[,.;:!—–]|$))"
        ),
        unless=_NOT_STATED_OR_CANCEL_NAMED,
        clause=True,  # what it replaces is its clause's ("Der Termin ist weg, Sie müssen …")
        unless_sentence=_CONDITION,  # "Wenn Sie Fieber haben, kommen Sie nicht."
        replaces=_REPLACED,
        day_before=True,
    ),
    # a relative's visit gone (blind 56): "Ihre Mutter braucht am Freitag nicht mehr zu
    # kommen", "Ihr Opa muss nicht mehr kommen", "She doesn't need to come in on Friday anymore"
    Rule(
        "de",
        K.GONE,
        lazy(r"nicht\s+mehr"),
        lazy(
            rf"\b(?:ihre?[mnrs]?\s+{_KIN_DE}|er|sie)\s+(?:muss|braucht)\s+(?:\w+\s+){{0,3}}?"
            r"(?:gar\s+)?nicht\s+mehr\s+(?:\w+\s+){0,3}?(?:zu\s+)?(?:kommen|vorbeikommen|"
            r"vorbeizukommen|herkommen|herzukommen)\b"
        ),
        unless=_NOT_STATED_OF_OTHER,
        clause=True,
        replaces=_REPLACED,
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"need|have"),
        lazy(
            rf"\b(?:your\s+{_KIN_EN}|he|she)\s+(?:doesn't|does\s+not|won't|will\s+not|no\s+longer)"
            r"\s+(?:needs?|has|have)\s+to\s+come\s+(?:in|by|over|down)\b"
        ),
        unless=_NOT_STATED_OF_OTHER,
        clause=True,
        replaces=_REPLACED,
    ),
    # the caller's own slot said freed or void, the stylist told the caller won't come: the
    # cancellation, as blind 6 labels "Ihr Platz am Freitag ist wieder frei für andere" and "Der
    # Freitag ist für Sie hinfällig", blind 13 "Fabian knows you won't be coming" and blind 2
    # "I've told Fabian you won't be coming" (convention 17)
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"wieder|vom\s+tisch|hinfällig|nicht\s+mehr\s+kommen|andere|jemand"),
        lazy(
            r"\bihr(?:en)?\s+(?:platz|stuhl|sitzplatz|termin-?platz)\b[^.;!?]*?\b(?:ist|wird)\s+"
            r"(?:jetzt\s+|nun\s+|damit\s+)?wieder\s+(?:frei|zu\s+haben|verfügbar|vergeben)\b|"
            r"\b(?:ist|wird)\s+ihr\s+(?:platz|stuhl)\s+(?:jetzt\s+|nun\s+|damit\s+)?wieder\s+"
            r"(?:frei|zu\s+haben|verfügbar)\b|"
            r"\bihr(?:en)?\s+(?:platz|stuhl)\b[^.;!?]*?\bgeht\s+(?:jetzt\s+|nun\s+)?wieder\s+an\s+"
            r"(?:andere|jemand)|"
            r"\b(?:ist|sind)\s+(?:für\s+sie\s+)?(?:jetzt\s+|nun\s+|damit\s+)?(?:für\s+sie\s+)?"
            r"(?:vom\s+tisch|hinfällig)\b|"
            r"\bdass\s+sie\s+(?:am\s+\w+\s+)?nicht\s+mehr\s+kommen\b|"
            # the caller's place to be given to others (blind 29, claims56: "Ihr Freitagstermin
            # kann jetzt an jemand anders vergeben werden")
            r"\bihr(?:en)?\s+\w*(?:platz|stuhl|termin)\b(?![^.;!?]*\b(?:nicht|kein\w*)\b)"
            r"[^.;!?]*?\b(?:kann|können|darf|dürfen)\s+(?:\w+\s+){0,3}?(?:an|für)\s+"
            r"(?:jemand\w*\s+ander\w*|andere\w*)\b"
        ),
        unless=_NOT_THE_CALLERS,
        clause=True,
        replaces=_REPLACED | {K.GONE},
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"again|free|open|off\s+the\s+table|coming|someone|somebody|other"),
        lazy(
            r"\byour\s+(?:chair|seat|spot|slot|place)\b[^.;!?]*?\b(?:is|'s|has\s+been|has)\s+"
            r"(?:now\s+)?(?:free|freed(?:\s+up)?|open|opened\s+up|available)\s+(?:again|for\s+"
            r"(?:others|someone\s+else|other\s+(?:clients|customers)))\b|"
            r"\boff\s+the\s+table\s+for\s+you\b|"
            r"\b(?:told|informed|knows)\b[^.;!?]*?\byou\s+(?:won't|will\s+not|aren't|are\s+not)\s+"
            r"(?:be\s+)?coming\b|"
            # the caller's place to be given to others (blind 29, claims56)
            r"\byour\s+(?:\w+\s+)?(?:appointment|chair|seat|spot|slot|place)\b[^.;!?]*?\bcan\s+"
            r"(?:now\s+)?go\s+to\s+(?:someone|somebody|another|other)|"
            r"\b(?:someone|somebody)\s+else\s+can\s+(?:now\s+)?(?:have|take)\s+your\s+(?:\w+\s+)?"
            r"(?:appointment|chair|seat|spot|slot|place)\b"
        ),
        unless=_NOT_THE_CALLERS,
        clause=True,
        replaces=_REPLACED | {K.GONE},
    ),
    # the move's old place, named as such, free for others (blind 29, claims56: "Ihr alter
    # Termin am Freitag ist damit für andere frei", "Your old Friday slot is free for others
    # now"): GONE, true after the cancellation and at the old place of a move (convention 17)
    Rule(
        "de",
        K.GONE,
        lazy(r"frei|andere|jemand"),
        lazy(
            r"\b(?:alte[nrs]?|bisherige[nrs]?)\s+\w*(?:termin|platz|stuhl)\b[^.;!?]*?\b(?:(?:ist|wird)"
            r"\s+(?:\w+\s+){0,2}?(?:für\s+andere\s+)?(?:wieder\s+)?frei\b|geht\s+(?:\w+\s+){0,2}?an\s+"
            r"(?:jemand|andere)|(?:kann|können)\s+(?:\w+\s+){0,3}?(?:an|für)\s+(?:jemand|andere))"
        ),
        unless=_NOT_STATED,
        clause=True,
        replaces=_OLD_PLACE_MISREAD,
    ),
    Rule(
        "en",
        K.GONE,
        lazy(r"free|open|available|other|someone|somebody"),
        lazy(
            r"\b(?:old|previous|former)\s+(?:\w+\s+)?(?:appointment|slot|spot|place|chair|booking)\b"
            r"[^.;!?]*?\b(?:(?:is|'s|has\s+been)\s+(?:now\s+)?(?:free|freed(?:\s+up)?|open|"
            r"available)|can\s+(?:now\s+)?go\s+to\s+(?:someone|somebody|another|other))\b"
        ),
        unless=_NOT_STATED,
        clause=True,
        replaces=_OLD_PLACE_MISREAD,
    ),
)
