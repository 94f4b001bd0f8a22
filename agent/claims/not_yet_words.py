"""The caller's appointment said not to be booked (yet), in words `not_booked` does not cut: the
verb before its subject ("Im Moment sind Sie noch nicht gebucht", "Für Freitag um zehn sind Sie
noch nicht verbindlich eingetragen"), an appointment the caller "does not have yet" ("Einen Termin
haben Sie bei uns noch nicht", "Einen bestätigten Termin gibt es für Sie noch nicht", "You don't
have an appointment with us yet", "There's no confirmed booking for you at the moment"), "nowhere"
("Ich habe Sie noch nirgends eingetragen"), a slot "only" discussed ("Freitag um zehn ist bisher
nur angedacht, nicht gebucht", "only pencilled in, not booked": the booking word there is denied,
so a booked reading of it is replaced), "so far"/"right now" for "yet".

NOT_BOOKED (the lead's convention, see `not_booked`): false when a booking it describes exists.
Not: conditions, suppositions, questions, another person's appointment, a phone number or name,
a slot with no appointment as its subject ("Um elf ist noch nicht gebucht": a free slot).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
# what makes a piece no statement of the caller's booking now
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|sonst|würde|wäre|if|whether|unless|once|would|otherwise)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*)\b|"
    r"\b(?:nummer|adresse|e-?mail|number|address|phone)\b|"
    # a slot with no appointment as its subject: free ("Um elf ist noch nicht gebucht")
    r"^\W*(?:um|at)\s+[\w:.]+(?:\s+uhr)?\s+(?:ist|is)\b"
)
# "noch", "bisher" and what says "yet" as they do ("im Moment nicht bestätigt" is left alone:
# a failure said without "yet" is neutral, as the corpus labels it)
_YET_DE = r"(?:noch|bisher|bislang|bis\s+jetzt)"
_YET_EN = r"(?:yet|so\s+far)"
# what says "now" beside the caller having no booking ("at the moment", "as of now")
_NOW_EN = (
    r"(?:yet|so\s+far|as\s+of\s+now|right\s+now|at\s+the\s+moment|at\s+present|currently|"
    r"at\s+this\s+point|as\s+yet)"
)
_BOOKED_DE = r"(?:fest\s+|verbindlich\s+)?(?:gebucht|eingetragen|bestätigt|fest|fix)"
_APPOINTMENT_DE = (
    r"(?:festen\s+|feste\s+|bestätigten\s+|bestätigte\s+|verbindlichen\s+|verbindliche\s+)?"
    r"(?:termin|buchung)"
)

RULES = (
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"nicht|nirgend|gar\s+nichts|keine?n?\s+termin"),
        lazy(
            # "Im Moment sind Sie noch nicht gebucht", "Der Termin am Freitag um zehn ist noch
            # nicht bestätigt", "Für Freitag um zehn sind Sie noch nicht verbindlich eingetragen"
            rf"\b(?:ist|sind|wurde|wurden)\b(?:\s+[\w.]+){{0,4}}?\s+{_YET_DE}\s+(?:gar\s+)?nicht\s+"
            rf"(?:\w+\s+)?{_BOOKED_DE}\b|"
            # "Einen Termin haben Sie bei uns noch nicht", "… gibt es für Sie noch nicht"
            rf"\b(?:einen?|eine)\s+{_APPOINTMENT_DE}\s+(?:haben\s+sie|hast\s+du|gibt\s+es)\b"
            rf"(?:\s+\w+){{0,3}}?\s+{_YET_DE}\s+(?:gar\s+)?nicht\b|"
            # "Bislang steht für Sie kein Termin im Kalender"
            rf"\b{_YET_DE}\s+(?:steht|gibt\s+es|ist)\s+(?:\w+\s+){{0,2}}?keine?n?\s+"
            rf"{_APPOINTMENT_DE}\b|"
            # "Ich habe Sie noch nirgends eingetragen", "Eingetragen habe ich Sie bisher nirgends"
            rf"\b(?:ich|wir)\s+(?:habe|haben|hab)\s+sie\s+{_YET_DE}\s+nirgend\w*\s+"
            r"(?:gebucht|eingetragen)\b|"
            rf"\b(?:gebucht|eingetragen)\s+(?:habe|haben|hab)\s+(?:ich|wir)\s+sie\s+{_YET_DE}\s+"
            r"nirgend\w*\b|"
            # "Gebucht ist bisher noch gar nichts", "Bis jetzt ist für Sie nichts gebucht"
            rf"\b{_BOOKED_DE}\s+ist\s+(?:\w+\s+){{0,2}}?{_YET_DE}\s+(?:\w+\s+)?(?:gar\s+)?nichts\b|"
            rf"\b{_YET_DE}\s+ist\s+(?:für\s+sie\s+)?(?:noch\s+)?nichts\s+(?:\w+\s+)?{_BOOKED_DE}\b|"
            # blind 11: "Bislang steht für Sie nichts im Kalender", "Im Kalender steht bislang
            # nichts für Sie", "Den Freitag habe ich noch nicht festgemacht"
            rf"\b{_YET_DE}\s+(?:steht|ist)\s+(?:für\s+sie\s+)?(?:noch\s+)?nichts\s+(?:\w+\s+)?"
            r"(?:im|in\s+unserem)\s+(?:kalender|system|terminbuch|buch)\b|"
            rf"\b(?:im|in\s+unserem)\s+(?:kalender|system|terminbuch|buch)\s+(?:steht|ist)\s+"
            rf"(?:für\s+sie\s+)?{_YET_DE}\s+(?:noch\s+)?nichts\b|"
            rf"\b(?:habe|haben|hab)\s+(?:ich|wir)\s+(?:sie\s+|ihn\s+|den\s+termin\s+)?{_YET_DE}\s+"
            r"nicht\s+(?:fest\s+)?(?:gebucht|eingetragen|festgemacht|bestätigt|fixiert)\b"
        ),
        unless=_NOT_STATED,
        clause=True,
    ),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"\bnur\b"),
        # "Freitag um zehn ist bisher nur angedacht, nicht gebucht"
        lazy(
            r"\bnur\s+(?:\w+\s+){0,2}?\w+,?\s+(?:aber\s+)?(?:noch\s+)?nicht\s+(?:fest\s+)?"
            r"(?:gebucht|bestätigt|eingetragen)\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(_NOW_EN),
        lazy(
            rf"^(?=.*\b{_NOW_EN}\b).*?(?:"
            # "You don't have an appointment with us yet"
            r"\byou\s+(?:don't|do\s+not|haven't|have\s+not)\s+(?:got\s+|have\s+)?(?:an?\s+|any\s+)?"
            r"(?:confirmed\s+|firm\s+)?(?:appointment|booking)\b|"
            # "There's no confirmed booking for you at the moment"
            r"\bthere(?:'s|\s+is)\s+no\s+(?:confirmed\s+|firm\s+)?(?:booking|appointment)\b|"
            # "As of now, you aren't booked in"
            r"\byou\s+(?:aren't|are\s+not|'re\s+not)\s+(?:\w+\s+)?(?:booked|confirmed|entered)\b|"
            # blind 11: "Nothing's firm at this point", "So far there's nothing in the calendar
            # for you", "The appointment isn't booked at the moment", "There's nothing firm yet"
            r"\bnothing(?:'s|\s+is|\s+has\s+been)\s+(?:\w+\s+)?(?:booked|confirmed|fixed|entered|"
            r"firm|locked\s+in)\b|"
            r"\bthere(?:'s|\s+is)\s+nothing\s+(?:firm\b|booked\b|confirmed\b|(?:\w+\s+)?in\s+(?:the|"
            r"our)\s+(?:calendar|system|diary|book)\b)|"
            r"\b(?:appointment|booking|it|monday|tuesday|wednesday|thursday|friday|saturday)\b"
            r"[^.!?;]{0,20}?\b(?:isn't|is\s+not|hasn't\s+been|has\s+not\s+been)\s+(?:\w+\s+)?"
            r"(?:booked|confirmed|entered|locked\s+in)\b)"
        ),
        unless=_NOT_STATED,
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(_YET_EN),
        lazy(
            rf"^(?=.*\b{_YET_EN}\b).*?(?:"
            # "I haven't got you down for anything yet"
            r"\bi\s+(?:haven't|have\s+not)\s+(?:got|put|booked|entered|pencilled|penciled|"
            r"confirmed)\s+you\b|"
            # "So far nothing has been confirmed"
            r"\bnothing(?:'s|\s+is|\s+has\s+been)\s+(?:\w+\s+)?(?:booked|confirmed|fixed|entered)\b|"
            # "Friday at ten isn't confirmed yet"
            r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|it|that|this|"
            r"appointment|booking|slot)\b[^.!?;]{0,30}?\b(?:isn't|is\s+not|hasn't\s+been|"
            r"has\s+not\s+been)\s+(?:\w+\s+)?(?:booked|confirmed|fixed|final|locked\s+in)\b)"
        ),
        unless=_NOT_STATED,
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"\bonly\b"),
        # "Friday at ten is only pencilled in, not booked"
        lazy(
            r"\bonly\s+(?:\w+\s+){1,3}?\w+,?\s+(?:but\s+)?not\s+(?:yet\s+)?(?:booked|confirmed)\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED}),
    ),
    # in other words (blind 12): the participle first ("Eingebucht sind Sie im Moment noch
    # nicht"), nothing made firm ("Fest gemacht habe ich bis jetzt nichts", "Noch habe ich nichts
    # verbindlich gemacht"), not in the calendar ("Im Kalender stehen Sie derzeit noch nicht
    # drin"), nowhere ("Sie sind bislang nirgends eingetragen"), "You're not booked in at the
    # moment", "I haven't made anything final yet", "Nothing's binding at this point", "There's
    # nothing under your name so far"
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"nicht|nichts|nirgend"),
        lazy(
            rf"\b(?:{_BOOKED_DE}|eingebucht)\s+(?:sind|ist)\s+(?:sie|er|der\s+termin)\s+"
            rf"(?:[\w.]+\s+){{0,3}}?{_YET_DE}\s+nicht\b|"
            rf"\b(?:fest\s*gemacht|festgemacht|verbindlich\s+\w+|eingetragen|gebucht)\s+"
            rf"(?:habe|hab)\s+ich\s+(?:[\w.]+\s+){{0,3}}?{_YET_DE}\s+nichts\b|"
            rf"\b(?:habe|hab)\s+ich\s+(?:[\w.]+\s+){{0,3}}?nichts\s+(?:{_BOOKED_DE}|verbindlich|"
            rf"festgemacht|fest)\b(?=.*\b{_YET_DE}\b)|"
            rf"\b{_YET_DE}\s+(?:habe|hab)\s+ich\s+nichts\s+(?:verbindlich|fest)\w*\b|"
            rf"\bstehen\s+sie\s+(?:[\w.]+\s+){{0,3}}?{_YET_DE}\s+nicht\s+(?:drin|im|in)\b|"
            rf"\bsind\s+(?:[\w.]+\s+){{0,2}}?{_YET_DE}\s+nirgend\w*\s+(?:eingetragen|gebucht)\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"not|n't|nothing"),
        lazy(
            r"\byou(?:'re|\s+are)\s+not\s+(?:\w+\s+)?(?:booked(?:\s+in)?|confirmed|in\s+the\s+"
            rf"(?:system|calendar|book|diary))\s+{_NOW_EN}\b|"
            r"\bi\s+(?:haven't|have\s+not)\s+(?:made|put|entered|booked|locked|confirmed|written)\s+"
            rf"anything\b[^.;!?]*\b{_NOW_EN}\b|"
            r"\bnothing(?:'s|\s+is)\s+(?:\w+\s+)?(?:binding|final|booked|confirmed|firm|fixed|"
            rf"locked|under\s+your\s+name)\b[^.;!?]*\b{_NOW_EN}\b|"
            rf"\bthere's\s+nothing\s+under\s+your\s+name\s+{_NOW_EN}\b"
        ),
        unless=_NOT_STATED,
        replaces=frozenset({K.BOOKED}),
    ),
)
