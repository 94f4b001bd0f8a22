"""The caller's visit said gone without naming an act, in words `cancelled_words` and
`visit_gone` do not list (blind 13): no longer existing as the move's old place ("Den alten
Termin am Freitag gibt es so nicht mehr"; without "alt" a cancellation: the issue lists "findet
nicht statt" and "entfällt" among cancellations, and the older splits label "Den Termin gibt es
nicht mehr", "Ihr Termin fällt weg" so), the day itself dropping out ("Der Freitag um zehn
entfällt für Sie"), nobody expecting the caller ("Am
Freitag wartet niemand mehr auf Sie", "Nobody's expecting you on Friday anymore"), the caller no
longer down for it ("Freitag um zehn steht nicht mehr auf Ihren Namen", "Am Freitag sind Sie
nicht mehr eingeplant", "Für Freitag haben Sie keinen Termin mehr", "You're no longer down for
Friday", "isn't under your name anymore", "You don't have anything with us on Friday now"), the
day to strike from the caller's calendar ("cross Friday off your calendar"), the old place free
or gone ("Ihr bisheriger Platz am Freitag ist jetzt frei", "Your previous spot on Friday has been
freed up", "The old Friday appointment isn't there anymore"), the day no longer the caller's ("Der Freitag
um zehn ist nicht mehr Ihrer", "Friday at ten is no longer yours": blind 39).

GONE (conventions 3 and 9): true after the cancellation and at the old place of a move; it
replaces the cancellation, booking or slot the clause and slot readers read in those words.
Not: questions, conditions, another person's appointment.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import AppointmentFact, ClaimKind
from agent.claims.word_rules import Rule
from calendar_adapter.ledger import AppointmentState

K = ClaimKind
S = AppointmentState
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_ON = r"(?:[^.;!?]|(?<=\d)\.)*?"  # on in the clause, past a date's ordinal ("28. November")
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|würde|wäre|if|whether|unless|would|otherwise|sonst)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*)\b|"
    # the act named beside it: a cancellation ("…, das ist storniert")
    r"\b(?:storniert|abgesagt|gestrichen|gelöscht|cancell?ed|called\s+off)\b"
)
_REPLACED = frozenset({K.CANCELLED, K.BOOKED, K.AVAILABLE, K.DONE})

RULES = (
    Rule(
        "de",
        K.GONE,
        lazy(
            r"gibt\s+es|gibt's|gibts|niemand|nicht\s+mehr|keinen\s+termin|"
            r"streichen|frei|entfällt"
        ),
        lazy(
            # the day as the subject ("Der Freitag um zehn entfällt"; "Der Termin entfällt" is a
            # cancellation)
            rf"^\W*(?:der\s+)?{_DAY}(?:\s+[\w.:]+){{0,3}}?\s+entfällt\b|"
            rf"\b{_DAY}\b[^.;!?]*?\b(?:wartet|erwartet)\s+(?:sie\s+)?niemand\s+mehr\b|"
            rf"\b{_DAY}\b[^.;!?]*?\b(?:stehen|sind)\s+sie\s+(?:\w+\s+){{0,3}}?nicht\s+mehr\s+"
            r"(?:\w+\s+){0,3}?(?:eingeplant|eingetragen|im\s+(?:buch|kalender)|drin)\b|"
            # blind 58, impersonal: "Für Freitag ist bei uns niemand mehr für Sie eingeplant"
            rf"\b{_DAY}\b[^.;!?]*?\b(?:ist|wurde)\s+(?:\w+\s+){{0,3}}?(?:niemand|nichts)\s+mehr\s+"
            r"für\s+sie\s+(?:\w+\s+){0,2}?(?:eingeplant|eingetragen|reserviert|vorgesehen)\b|"
            r"\bsteht\s+(?:jetzt\s+)?nicht\s+mehr\s+auf\s+ihren\s+namen\b|"
            rf"\b{_DAY}\b[^.;!?]*?\baus\s+(?:ihrem|dem)\s+kalender\s+streichen\b|"
            # the move's old place no longer there ("Den alten Termin am Freitag gibt es so nicht
            # mehr"; without "alt" it is a cancellation, as the issue and the older splits read it)
            # (blind 33, claims78: "Den früheren Freitagstermin gibt es so nicht mehr")
            rf"\b(?:bisherige|alte|frühere|ursprüngliche|vorherige)[nr]?\s+\w*termin\b[^.;!?]*?"
            r"\bgibt(?:\s+es|'s|s)\s+(?:\w+\s+)?"
            r"nicht\s+mehr\b|"
            rf"\b(?:bisherige|alte)r?\s+(?:platz|termin)\b[^.;!?]*?\b{_DAY}\b[^.;!?]*?\bist\s+"
            r"(?:jetzt\s+|wieder\s+)?frei\b|"
            # blind 39 (claims95): the day no longer the caller's ("Der Freitag um zehn ist nicht
            # mehr Ihrer", "… gehört nicht mehr Ihnen", "… ist nicht mehr Ihr Termin")
            rf"\b{_DAY}\b[^.;!?]*?\b(?:ist|sind)\s+(?:jetzt\s+|damit\s+|also\s+|nun\s+)?nicht\s+mehr\s+"
            r"(?:ihrer|ihr\s+termin|ihr\s+platz)\b|"
            rf"\b{_DAY}\b[^.;!?]*?\bgehört\s+(?:jetzt\s+|damit\s+|also\s+|nun\s+)?nicht\s+mehr\s+ihnen\b"
        ),
        unless=_NOT_STATED,
        clause=True,  # what it replaces and the day it names are its clause's
        own_details=True,
        replaces=_REPLACED,
    ),
    # "Am Freitag, 28. November um 10 Uhr haben Sie damit (auch) keinen Termin mehr" (the
    # guard's own truth after a move away from the day, `agent/guard/truth.py`): read over the
    # sentence, as a date's ordinal ("28.") cuts a clause piece
    Rule(
        "de",
        K.GONE,
        lazy(r"keinen\s+termin\s+mehr"),
        lazy(
            rf"\b{_DAY}\b{_ON}\bhaben\s+sie\s+(?:(?:damit|jetzt|dann|nun|also|auch|somit|"
            r"bei\s+uns)\s+){0,3}keinen\s+termin\s+mehr\b"
        ),
        unless=_NOT_STATED,
        own_details=True,
        replaces=_REPLACED,
    ),
    Rule(
        "en",
        K.GONE,
        lazy(
            r"no\s+longer|anymore|any\s+more|any\s+longer|cross|strike|freed|"
            r"nothing\s+(?:booked\s+)?for\s+you|expecting|anything\s+with\s+us"
        ),
        lazy(
            rf"\b(?:no\s+longer|not)\s+down\s+for\s+{_DAY}\b|"
            rf"\bnot\s+down\s+for\s+{_DAY}\s+(?:anymore|any\s+more|any\s+longer)\b|"
            rf"\b(?:nobody|no\s+one|no-one)(?:'s|\s+is)\s+expecting\s+you\b[^.;!?]*?\b{_DAY}\b|"
            rf"\b{_DAY}\b[^.;!?]*?\b(?:isn't|is\s+not)\s+(?:under|in)\s+your\s+name\s+"
            r"(?:anymore|any\s+more|any\s+longer)\b|"
            rf"\b{_DAY}\b[^.;!?]*?\bis\s+no\s+longer\s+(?:under|in)\s+your\s+name\b|"
            rf"\b(?:cross|strike)\s+{_DAY}\s+(?:off|from|out\s+of)\s+your\s+(?:calendar|diary)\b|"
            rf"\b(?:don't|do\s+not)\s+have\s+anything\s+with\s+us\s+on\s+{_DAY}\s+"
            r"(?:now|anymore|any\s+more)\b|"
            rf"\bnothing\s+for\s+you\s+on\s+{_DAY}\s+(?:now|anymore|any\s+more|any\s+longer)\b|"
            # blind 49 (claims123): the day as a date or relative to the call, "booked" between
            # ("There's nothing booked for you the day after tomorrow any more", "… today …")
            rf"\bnothing\s+(?:booked\s+)?for\s+you\s+(?:on\s+)?(?:{_DAY}|today|tomorrow|the\s+day\s+"
            r"after\s+tomorrow)\b[^.;!?]*?\b(?:anymore|any\s+more|any\s+longer)\b|"
            # "You no longer have an appointment on Friday", "You don't have an appointment on
            # Friday anymore", "There's no appointment for you on Friday any more"
            rf"\byou\s+no\s+longer\s+have\s+(?:an?|any)\s+(?:appointment|booking)\s+"
            rf"(?:with\s+us\s+)?(?:on|for)\s+{_DAY}\b|"
            rf"\byou\s+(?:don't|do\s+not)\s+have\s+(?:an?|any)\s+(?:appointment|booking)\s+"
            rf"(?:with\s+us\s+)?(?:on|for)\s+{_DAY}\b[^.;!?]*?\b(?:anymore|any\s+more|any\s+longer)\b|"
            rf"\bthere(?:'s|\s+is)\s+no\s+(?:appointment|booking)\s+for\s+you\s+(?:on|for)\s+{_DAY}\b"
            r"[^.;!?]*?\b(?:anymore|any\s+more|any\s+longer)\b|"
            rf"\b(?:old|previous|former)\s+(?:\w+\s+){{0,4}}?(?:appointment|spot|slot|booking)\b"
            r"[^.;!?]*?\b(?:isn't|is\s+not)\s+there\s+(?:anymore|any\s+more|any\s+longer)\b|"
            rf"\b(?:old|previous|former)\s+(?:spot|slot|place)\b[^.;!?]*?\b{_DAY}\b[^.;!?]*?\b"
            r"(?:has\s+been|is|was)\s+(?:now\s+)?freed\s+up\b|"
            # blind 39 (claims95): "Friday at ten is no longer yours", "isn't yours anymore"
            rf"\b{_DAY}\b[^.;!?]*?\b(?:is|'s)\s+no\s+longer\s+yours\b|"
            rf"\b{_DAY}\b[^.;!?]*?\b(?:isn't|is\s+not)\s+yours\s+(?:anymore|any\s+more|any\s+longer)\b"
        ),
        unless=_NOT_STATED,
        clause=True,  # what it replaces and the day it names are its clause's
        own_details=True,
        replaces=_REPLACED,
    ),
    # claims98 (blind 40, probe 40c): the appointment or its day said to have dropped out, in the
    # perfect ("Der alte Termin am Freitag ist entfallen", "Der Freitagstermin ist weggefallen",
    # "The Friday appointment has fallen away"); a fee that "entfällt" is `fee_waived`'s
    Rule(
        "",
        K.GONE,
        lazy(r"entfallen|weggefallen|fallen\s+away"),
        lazy(
            rf"\b(?:\w*termin|platz|{_DAY}(?:s?termin)?)\b[^.;!?]*?\b(?:ist|sind)\s+"
            r"(?:(?:jetzt|nun|damit|also|leider|ersatzlos|komplett|ganz)\s+)*(?:entfallen|"
            r"weggefallen)\b|"
            rf"\b(?:appointment|slot|booking|{_DAY})\b[^.;!?]*?\b(?:has|'s)\s+(?:now\s+)?fallen\s+"
            r"away\b"
        ),
        unless=_NOT_STATED,
        clause=True,
        own_details=True,
        replaces=_REPLACED,
    ),
)


def old_places_left(appointments: tuple[AppointmentFact, ...]) -> list[AppointmentFact]:
    """Where a move that went through came from, as the place it left (`rescheduled`): the call's
    facts may hold only the move's new side (the old appointment was booked in an earlier call),
    and "Am Freitag haben Sie keinen Termin mehr" is true of it all the same."""
    return [
        AppointmentFact(S.RESCHEDULED, a.moved_from, a.stylist, a.service)
        for a in appointments
        if a.moved_from is not None and a.state is S.CONFIRMED
    ]


# claims136 (blind 50): the old place said freed, with no day ("Der alte Termin wurde automatisch
# freigegeben", "Ihr bisheriger Platz ist damit wieder frei", "Your old slot was released
# automatically", "Your previous time went back into the calendar"): the old place gone (GONE, as
# the gated blinds 13, 35 and 40 label it with a day), not the cancellation it was read as; a rule
# of the house ("… is only released once …", "Beim Umbuchen wird … immer …") stays neutral
_OLD_FREED_DE = (
    r"\b(?:bisherige|alte|ursprüngliche|vorherige|frühere)[nrs]?\s+(?:\w+\s+)?(?:termin|platz)\b"
    r"[^.;!?]*?\b(?:freigegeben|frei\s+geworden|(?:jetzt\s+|damit\s+|automatisch\s+)*wieder\s+frei)\b"
)
_OLD_FREED_EN = (
    r"\b(?:old|previous|former|original)\s+(?:\w+\s+){0,2}?(?:appointment|spot|slot|place|time|"
    r"booking)\b[^.;!?]*?\b(?:released|freed(?:\s+up)?|(?:went|gone)\s+back\s+in(?:to)?\s+the\s+"
    r"(?:calendar|pool|system))\b"
)
_GENERAL = (
    r"\b(?:immer|jedes\s+mal|grundsätzlich|erst|sobald|beim|always|every\s+time|whenever|when\s+(?:you|i|we)\s+(?:move|reschedule|rebook|change)|once|"
    r"only|neue[rnms]?|new)\b"
)
OLD_FREED = tuple(
    Rule(
        lang,
        K.GONE,
        lazy(r"frei|freed|released|went\s+back|gone\s+back"),
        lazy(pattern),
        unless=lazy(f"(?:{_NOT_STATED.pattern})|{_GENERAL}"),
        own_details=True,
        replaces=_REPLACED,
    )
    for lang, pattern in (("de", _OLD_FREED_DE), ("en", _OLD_FREED_EN))
)
RULES = RULES + OLD_FREED
