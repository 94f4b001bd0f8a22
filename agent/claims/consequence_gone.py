"""The caller's visit said gone or cancelled by its consequence (blind 14), in words
`gone_words`, `free_again` and `visit_gone` do not list.

GONE (convention 3: true after the cancellation and at the old place of a move), said by what
it means for the caller or the stylist's day: the day the caller can plan otherwise ("Den
Freitag können Sie sich wieder anders verplanen", "You can make other plans for Friday now",
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

import re

from agent.claims.details import WEEKDAYS
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NOT_STATED = re.compile(
    r"\b(?:wenn|falls|ob|sofern|würde|wäre|if|whether|unless|would|otherwise|sonst)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*|kind\w*|kid\w*)\b|"
    # how the visit is to be made, not whether: "early", "in person", "bring"
    r"\b(?:früher|eher|vorher|extra\s+früh|persönlich|early|earlier|sooner|before|ahead|"
    r"in\s+person|yourself|bring\w*|mitbringen|mitzubringen)\b"
)
# the move's old place named as such stays GONE ("Der alte Termin am Freitag ist damit hinfällig")
_NOT_THE_CALLERS = re.compile(
    _NOT_STATED.pattern + r"|\b(?:alte[nr]?|bisherige[nr]?|old|previous|former)\b"
)
_REPLACED = frozenset({K.CANCELLED, K.BOOKED, K.AVAILABLE, K.HELD, K.DONE, K.NOT_BOOKED, K.STANDS})

RULES = (
    Rule(
        "de",
        K.GONE,
        re.compile(
            r"wieder|verplanen|kalender|vormerken|vom\s+tisch|hinfällig|nicht\s+mehr|"
            r"gar\s+nicht"
        ),
        re.compile(
            # the stylist free again at the caller's time ("Fabian hat Freitag um zehn jetzt
            # wieder Luft")
            rf"\bhat\s+(?:am\s+)?{_DAY}\b[^.;!?]*?\b(?:jetzt|nun)\s+wieder\s+(?:luft|eine\s+lücke|"
            r"platz|zeit)\b|"
            rf"\bhat\s+(?:am\s+)?{_DAY}\b[^.;!?]*?\bwieder\s+(?:luft|eine\s+lücke)\b|"
            # the day for the caller to plan otherwise
            r"\bkönnen\s+sie\s+sich\s+(?:\w+\s+){0,3}?(?:anders|neu|wieder)\s+(?:\w+\s+)?"
            r"verplanen\b|"
            r"\baus\s+ihrem\s+kalender\s+(?:nehmen|streichen|löschen|austragen|raus\w*)\b|"
            r"\bmüssen\s+sie\s+sich\s+nichts\s+mehr\s+(?:vormerken|freihalten|eintragen|notieren)\b|"
            # no need to come any more ("Sie müssen gar nicht mehr zu uns kommen")
            r"\b(?:(?:müssen|brauchen)\s+sie|sie\s+(?:müssen|brauchen))\s+(?:\w+\s+){0,3}?(?:gar\s+)?"
            r"nicht\s+mehr\s+"
            r"(?:\w+\s+){0,3}?(?:zu\s+)?(?:kommen|vorbeikommen|vorbeizukommen|herkommen|"
            r"herzukommen)\b"
        ),
        unless=_NOT_STATED,
        clause=True,  # the day and what it replaces are its clause's
        replaces=_REPLACED,
    ),
    Rule(
        "en",
        K.GONE,
        re.compile(
            r"again|free|open|plans|plan\s+something|off\s+the|off\s+your|no\s+need|need\s+to|"
            r"have\s+to|"
            r"won't\s+be\s+coming|not\s+be\s+coming|expecting|nothing\s+with\s+us|in\s+the\s+book"
        ),
        re.compile(
            # the stylist's slot of the caller's day open again
            rf"\b\w+'s\s+(?:{_DAY}\s+)?[\w' ]{{0,20}}?(?:o'clock|slot)\b[^.;!?]*?\b(?:is|has)\s+"
            r"(?:now\s+)?(?:open|opened\s+up|free)\s+again\b|"
            # the day free for the caller to plan otherwise
            rf"\b(?:make|plan)\s+(?:other|different)\s+plans\s+for\s+{_DAY}|"
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
            rf"\bno\s+longer\s+in\s+the\s+(?:book|books|calendar|diary)\b"
        ),
        unless=_NOT_STATED,
        clause=True,  # the day and what it replaces are its clause's
        replaces=_REPLACED,
    ),
    # the caller's own slot said freed or void, the stylist told the caller won't come: the
    # cancellation, as blind 6 labels "Ihr Platz am Freitag ist wieder frei für andere" and "Der
    # Freitag ist für Sie hinfällig", blind 13 "Fabian knows you won't be coming" and blind 2
    # "I've told Fabian you won't be coming" (convention 17)
    Rule(
        "de",
        K.CANCELLED,
        re.compile(r"wieder|vom\s+tisch|hinfällig|nicht\s+mehr\s+kommen"),
        re.compile(
            r"\bihr(?:en)?\s+(?:platz|stuhl|sitzplatz|termin-?platz)\b[^.;!?]*?\b(?:ist|wird)\s+"
            r"(?:jetzt\s+|nun\s+|damit\s+)?wieder\s+(?:frei|zu\s+haben|verfügbar|vergeben)\b|"
            r"\b(?:ist|wird)\s+ihr\s+(?:platz|stuhl)\s+(?:jetzt\s+|nun\s+|damit\s+)?wieder\s+"
            r"(?:frei|zu\s+haben|verfügbar)\b|"
            r"\bihr(?:en)?\s+(?:platz|stuhl)\b[^.;!?]*?\bgeht\s+(?:jetzt\s+|nun\s+)?wieder\s+an\s+"
            r"(?:andere|jemand)|"
            r"\b(?:ist|sind)\s+(?:für\s+sie\s+)?(?:jetzt\s+|nun\s+|damit\s+)?(?:für\s+sie\s+)?"
            r"(?:vom\s+tisch|hinfällig)\b|"
            r"\bdass\s+sie\s+(?:am\s+\w+\s+)?nicht\s+mehr\s+kommen\b"
        ),
        unless=_NOT_THE_CALLERS,
        clause=True,
        replaces=_REPLACED | {K.GONE},
    ),
    Rule(
        "en",
        K.CANCELLED,
        re.compile(r"again|free|open|off\s+the\s+table|coming"),
        re.compile(
            r"\byour\s+(?:chair|seat|spot|slot|place)\b[^.;!?]*?\b(?:is|'s|has\s+been|has)\s+"
            r"(?:now\s+)?(?:free|freed(?:\s+up)?|open|opened\s+up|available)\s+(?:again|for\s+"
            r"(?:others|someone\s+else|other\s+(?:clients|customers)))\b|"
            r"\boff\s+the\s+table\s+for\s+you\b|"
            r"\b(?:told|informed|knows)\b[^.;!?]*?\byou\s+(?:won't|will\s+not|aren't|are\s+not)\s+"
            r"(?:be\s+)?coming\b"
        ),
        unless=_NOT_THE_CALLERS,
        clause=True,
        replaces=_REPLACED | {K.GONE},
    ),
)
