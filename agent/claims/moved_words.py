"""A move said without a move verb (blind 13): one day traded for another ("Ich hab den Freitag
gegen Donnerstag um drei eingetauscht", "I traded your Friday for Thursday at 3"), the new day in
place of the old ("Statt Freitag steht jetzt Donnerstag im Kalender", "Instead of Friday, the
calendar now shows Thursday at 3 pm"), the appointment gone from one day to another ("Von Freitag
ist der Termin auf Donnerstag gegangen", "has gone from Friday to Thursday", "Aus Freitag wird
Donnerstag", "Friday turned into Thursday"), the appointment given a new day or time ("hat einen
neuen Tag bekommen", "has a new day now", "zeitlich angepasst", "adjusted the timing of",
"re-slotted", "auf den früheren Platz gelegt"), the change done in nominal style ("Die Umplanung
ist durch", "The change to your booking has been applied") and Bavarian participles
("umadraht", "umbuacht", "umglegt").

RESCHEDULED, with the details of its sentence (the old and the new day both named: a move
matches either). Where it names both days, the booking or cancellation the clause readers read
in the same sentence ("…, ist eingetragen", "den Freitag gibt's nicht mehr") is this move's and
replaced. Not: questions, conditions, negations, a move only offered or asked for.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NOT_OFFERED = lazy(
    NOT_STATED.pattern + r"|\b(?:soll|sollen|könnte|können|kann|möchten|würde|wäre|shall|"
    r"should|could|can|would|want|like)\b"
)
_ALL_OF_MOVE = frozenset({K.BOOKED, K.CANCELLED, K.GONE})

RULES = (
    # both days named: traded, in place of, gone from one to the other, turned into
    Rule(
        "",
        K.RESCHEDULED,
        lazy(
            r"getauscht|traded|swapped|exchanged|statt|instead\s+of|in\s+place\s+of|\bvon|\bvom|"
            r"\bfrom\b|\baus\b|turned\s+into|became"
        ),
        lazy(
            rf"\b{_DAY}\b[^.;!?]*?\bgegen\s+(?:den\s+)?{_DAY}\b[^.;!?]*?\b(?:ein)?getauscht\b|"
            rf"\b(?:traded|swapped|exchanged|switched)\s+(?:your\s+|the\s+)?{_DAY}\b"
            rf"(?:'s)?(?:\s+\w+){{0,3}}?\s+(?:for|with)\s+{_DAY}\b|"
            rf"\b(?:statt|anstatt|anstelle\s+von)\s+(?:dem\s+|am\s+)?{_DAY}\b[^.;!?]*?\b(?:steht|ist|"
            rf"sind|haben\s+sie|hast\s+du)\s+(?:jetzt|nun|ab\s+sofort)\b|"
            rf"\b(?:instead\s+of|in\s+place\s+of|rather\s+than)\s+{_DAY}\b[^.;!?]*?\b(?:now|"
            rf"you've\s+got|shows)\b|"
            rf"\b(?:von|vom)\s+{_DAY}\b[^.;!?]*?\bauf\s+(?:den\s+)?{_DAY}\b[^.;!?]*?\b(?:gegangen|"
            rf"gewandert|gerutscht|umgezogen|gewechselt)\b|"
            rf"\b(?:gone|went|moved\s+over|shifted)\s+(?:over\s+)?from\s+(?:\w+\s+){{0,2}}?{_DAY}"
            rf"\b[^.;!?]*?\bto\s+(?:\w+\s+){{0,2}}?{_DAY}\b|"
            rf"\baus\s+(?:dem\s+|ihrem\s+)?{_DAY}\s+(?:wird|wurde|ist)\s+(?:jetzt\s+|nun\s+)?"
            rf"(?:ein\s+)?{_DAY}\b|"
            rf"\b{_DAY}\s+(?:has\s+)?(?:turned\s+into|became|has\s+become)\s+(?:a\s+)?{_DAY}\b"
        ),
        # "Instead of Friday you're now in tomorrow at three" (blind 16): the new place a day
        # named from today, which this rule's details would hold beside the old weekday; the
        # clause reader's move (old and new place) reads it
        unless=lazy(
            _NOT_OFFERED.pattern
            + r"|\b(?:instead\s+of|rather\s+than)\b[^.;!?]*\b(?:tomorrow|today)\b"
        ),
        replaces=_ALL_OF_MOVE,
    ),
    # the appointment given a new day or time, or the change done, without a move verb
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(
            r"neuen|anderen|zeitlich|umplanung|terminänderung|umbuchung|verlegung|verschiebung|"
            r"früheren|späteren|\bum(?:a)?(?:draht|buacht|glegt|tragn|gedreht)\b"
        ),
        lazy(
            r"\b(?:termin|buchung)\s+hat\s+(?:jetzt\s+|nun\s+)?(?:einen\s+)?(?:neuen|anderen)\s+"
            r"(?:tag|zeitpunkt|uhrzeit|platz|slot)\b(?:\s+(?:bekommen|erhalten))?|"
            r"\b(?:ihnen|ihrem\s+termin)\s+(?:einen\s+)?(?:neuen|anderen)\s+(?:tag|zeitpunkt|"
            r"termin|platz)\s+gegeben\b|"
            r"\bzeitlich\s+(?:\w+\s+)?(?:angepasst|verlegt|geändert|umgestellt|verschoben)\b|"
            r"\b(?:umplanung|terminänderung|umbuchung|verlegung|verschiebung|änderung\s+des\s+"
            r"termins)\s+(?:ist|wurde)\s+(?:jetzt\s+|nun\s+)?(?:durch|erledigt|abgeschlossen|"
            r"vollzogen|gemacht|eingetragen|durchgeführt)\b|"
            r"\bauf\s+den\s+(?:früheren|späteren|neuen|anderen)\s+(?:platz|termin|slot|tag|"
            r"zeitpunkt)\s+(?:ge)?(?:legt|setzt|packt|schoben)\b|"
            r"\bum(?:a)?(?:draht|buacht|glegt|tragn|gedreht)\b"
        ),
        unless=_NOT_OFFERED,
    ),
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"new|different|timing|re-?slotted|re-?timed|change|reschedul"),
        lazy(
            r"\b(?:appointment|booking)(?:'s|\s+has)?\s+(?:now\s+)?(?:got\s+)?(?:a\s+)?(?:new|"
            r"different)\s+(?:day|time|date|slot)\b|"
            r"\b(?:adjusted|changed|shifted|tweaked)\s+the\s+(?:timing|time|day|date)\s+of\s+"
            r"(?:your|the)\s+(?:appointment|booking)\b|"
            r"\bre-?(?:slotted|timed)\b|"
            r"\b(?:change|changes|rescheduling|reschedule|move)\s+(?:to|of)\s+your\s+(?:appointment|"
            r"booking)\s+(?:has\s+been|is|'s\s+been|is\s+now)\s+(?:applied|done|made|processed|"
            r"complete|completed|through|in)\b"
        ),
        unless=_NOT_OFFERED,
    ),
)
# blind 37 (claims85): the move conceded as done before the main clause ("Despite the move, it's
# still a perm", "Even with the new day, …", "Auch wenn sich der Tag geändert hat, …", "Wenn auch
# der Tag jetzt ein anderer ist, …"): the concession presupposes it (77)
RULES += (
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"\btag\b"),
        lazy(
            r"^\W*(?:auch\s+wenn|obwohl|obgleich|wenngleich|wenn\s+auch)\s+(?:sich\s+)?"
            r"(?:der|ihr)\s+(?:tag|termin)\s+(?:(?:sich\s+)?geändert\s+hat|(?:jetzt\s+|nun\s+)?"
            r"ein\s+anderer\s+ist)\s*,"
        ),
        unless=lazy(r"\?|\b(?:würde|wäre|könnte|sollte|nicht|kein\w*)\b"),
    ),
    # the appointment's time or day said to have moved house with it: "Auch die Uhrzeit ist mit
    # umgezogen: Donnerstag um drei" (not the salon's own move: "Der Salon ist umgezogen")
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"umgezogen"),
        lazy(r"\b(?:uhrzeit|termin|tag)\s+(?:ist|sind)\s+(?:\w+\s+){0,2}umgezogen\b"),
        unless=lazy(r"\?|\b(?:würde|wäre|könnte|sollte|nicht|kein\w*|wenn|falls|ob)\b"),
    ),
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"move|new\s+day|reschedul"),
        lazy(
            r"^\W*(?:despite|in\s+spite\s+of|even\s+with|even\s+after)\s+the\s+(?:move|new\s+day|"
            r"new\s+date|rescheduling|reschedule)\s*,"
        ),
        unless=lazy(r"\?|\b(?:would|could|should|not|no)\b|n't\b"),
    ),
)
