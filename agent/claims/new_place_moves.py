"""A move said by its new place or by a relative shift alone (blind 14), in words `moved_words`
and `move_summary` do not list: what is new or valid now ("Neu ist: Donnerstag, fünfzehn Uhr",
"Ab sofort gilt Donnerstag, 15:00 Uhr, für Ihre Dauerwelle", "Gültig ist jetzt Donnerstag um 15
Uhr", "Ihr Termin ist ab sofort am Freitag um zehn", "From now on it's Thursday, 15:00", "Going
forward it's Thursday at three", "It now sits on Thursday, 3 pm", "It's been placed on Thursday
at 3 pm now"), the caller seen on the new day instead ("Wir sehen Sie also nicht mehr Freitag,
sondern schon Donnerstag um 15 Uhr", "Wir erwarten Sie nun schon am Donnerstag um drei statt am
Freitag", "…, you're on Thursday at three instead"), one day replacing or becoming another
("Thursday, 3 p.m., replaces Friday at ten", "So Friday 10 a.m. becomes Thursday 3 p.m.", "I've
pulled you from Friday to Thursday", "Ich hab Sie vom Freitag auf den Donnerstag geholt"), a
shift by a day earlier ("Sie kommen jetzt einen Tag eher", "auf den Vortag gerutscht", "a day
sooner", "slipped to the day before", "brought you forward by a day"), a part of the day ("Ich
habe Sie in den Nachmittag geschoben"), "geshiftet", "It's rebooked", a streaming fragment that is
only the new day said as now ("– jetzt am Donnerstag,", "– it's Thursday now,").

RESCHEDULED with the details its sentence names (both days named: the move matches either; a
shift named without a day says nothing the corpus's move contradicts). What the other readers
read in the same words (a booking of the new day, a cancellation of the old) is this move's and
replaced. A later shift ("einen Tag später") is left to `move_direction`; a shift by an amount
("pushed it back by a week", `shifted_by`) is checked against the move's. Not: questions,
conditions, another person's move, a move offered ("Wollen Sie lieber einen Tag eher kommen?").
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import WEEKDAYS, ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_OFFERED = (
    r"\b(?:soll|sollen|könnte|können|kann|möchten|würde|wäre|lieber|shall|should|could|can|would|"
    r"rather)\b|\b(?:would|do|did)\s+you\s+(?:like|want)\b|"
    r"\b(?:seine[nm]?|ihre[nm]?\s+kund\w*|his|her|their)\s+(?:kund\w*|client\w*|customer\w*)\b"
)
_NOT_OFFERED = lazy(NOT_STATED.pattern + "|" + _OFFERED)
# "nicht mehr Freitag, sondern …" says the move with its own "nicht"
_ONLY_OFFERED = lazy(r"\b(?:wenn|falls|ob|sofern|if|whether|unless)\b|" + _OFFERED)
_OF_THE_MOVE = frozenset({K.BOOKED, K.CANCELLED, K.GONE, K.DONE, K.STANDS, K.NOT_BOOKED})

RULES = (
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(
            r"neu\s+ist|gilt|gültig|ab\s+sofort|ab\s+jetzt|statt|einen\s+tag|vortag|davor|"
            r"geshiftet|geholt|nachmittag|vormittag"
        ),
        lazy(
            rf"^\W*(?:\w+\s+)?neu\s+ist\s*:?\s*(?:jetzt\s+|nun\s+)?(?:der\s+|am\s+)?{_DAY}\b|"
            rf"\b(?:ab\s+sofort|ab\s+jetzt|jetzt|nun)\s+(?:gilt|steht)\s+(?:der\s+|dann\s+)?{_DAY}\b|"
            rf"\bgültig\s+ist\s+(?:jetzt|nun|ab\s+sofort)\s+(?:der\s+)?{_DAY}\b|"
            r"\bihr\s+termin\s+(?:ist|liegt)\s+(?:ab\s+sofort|ab\s+jetzt|von\s+nun\s+an)\b|"
            rf"\b(?:schon|jetzt|nun)\s+(?:am\s+)?{_DAY}\b[^.;!?]*?\bstatt\s+(?:am\s+)?{_DAY}\b|"
            r"\b(?:kommen|sind)\s+(?:sie\s+)?(?:jetzt|nun)\s+(?:\w+\s+)?einen\s+tag\s+(?:eher|früher|"
            r"vorher)\b|"
            r"\bauf\s+den\s+(?:vortag|tag\s+davor)\s+(?:gerutscht|gewandert|gerückt|gezogen|gelegt|"
            r"verlegt|geschoben)\b|"
            r"\bgeshiftet\b|"
            rf"\bvom\s+{_DAY}\s+auf\s+den\s+{_DAY}\s+(?:geholt|gezogen|gepackt|gesetzt|getan)\b|"
            r"\bin\s+den\s+(?:nachmittag|vormittag|abend)\s+(?:geschoben|verlegt|gelegt|gerückt)\b"
        ),
        unless=_NOT_OFFERED,
        replaces=_OF_THE_MOVE,
    ),
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"nicht\s+mehr"),
        lazy(
            rf"\bnicht\s+mehr\s+(?:am\s+)?{_DAY}\s*,?\s+sondern\s+(?:schon\s+)?(?:am\s+)?{_DAY}\b"
        ),
        unless=_ONLY_OFFERED,
        replaces=_OF_THE_MOVE,
    ),
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(
            r"sits|placed|going\s+forward|from\s+now\s+on|replaces|becomes|from|day|"
            r"instead|rebooked|old\s+slot|old\s+time|old\s+appointment|is\s+off"
        ),
        lazy(
            rf"\b(?:it|your\s+appointment|the\s+appointment)\s+(?:now\s+)?sits\s+on\s+{_DAY}\b|"
            rf"\b(?:it's|it\s+has)\s+been\s+placed\s+on\s+{_DAY}\b|"
            rf"\b(?:going\s+forward|from\s+now\s+on)\s*,?\s+it's\s+{_DAY}\b|"
            r"\byour\s+appointment\s+is\s+on\s+[^.;!?]*?\bfrom\s+now\s+on\b|"
            rf"\b{_DAY}\b[^;!?]{{0,30}}?\b(?:replaces|becomes|turns\s+into)\s+{_DAY}\b|"
            # a recap in halves: "old slot Friday 10:00, new slot Thursday 15:00", "Friday at
            # ten is off, Thursday at three is on"
            rf"\bold\s+(?:slot|time|appointment)\s*:?\s*{_DAY}\b[^;!?]{{0,30}}?\bnew\s+"
            rf"(?:slot|time|appointment)\s*:?\s*{_DAY}\b|"
            rf"\b{_DAY}\b[^;!?]{{0,25}}?\bis\s+off\s*,\s*(?:and\s+)?{_DAY}\b[^;!?]{{0,25}}?\bis\s+on\b|"
            rf"\b(?:pulled|switched|shifted|bumped|put|brought)\s+(?:you|it)\s+from\s+{_DAY}\s+"
            rf"(?:over\s+)?to\s+{_DAY}\b|"
            r"\b(?:coming\s+in|come\s+in|be\s+coming|you're\s+now)\b[^.;!?]*?\b(?:a|one)\s+day\s+"
            r"(?:sooner|earlier)\b|"
            r"\b(?:slipped|moved|shifted|gone)\s+to\s+the\s+day\s+before\b|"
            r"\bbrought\s+(?:you|it)\s+forward\s+(?:by\s+)?(?:a|one)\s+day\b|"
            r"^\W*it's\s+rebooked\b"
        ),
        unless=_NOT_OFFERED,
        replaces=_OF_THE_MOVE,
    ),
    # the new day said beside the old one's consequence: "No need to come in Friday, you're on
    # Thursday at three instead" (its own clause: the day the clause before names is the old)
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"instead"),
        lazy(
            rf"\byou(?:'re|\s+are)\s+(?:now\s+)?(?:on|in\s+for|down\s+for)\s+{_DAY}\b[^.;!?]*?"
            r"\binstead\s*[.!]?$"
        ),
        unless=_NOT_OFFERED,
        clause=True,
        replaces=_OF_THE_MOVE,
    ),
    # a streaming fragment that is only the new day said as now ("– jetzt am Donnerstag,",
    # "liegt jetzt auf Donnerstag,", "– it's Thursday now,": blind 32, claims68): the move
    Rule(
        "",
        K.RESCHEDULED,
        lazy(r"\b(?:jetzt|nun|now)\b"),
        lazy(
            rf"^\W*(?:(?:jetzt|nun)\s+(?:am\s+)?{_DAY}|(?:liegt|ist)\s+(?:jetzt|nun)\s+(?:am|auf)\s+"
            rf"(?:den\s+)?{_DAY}|now\s+on\s+{_DAY}|(?:it's|it\s+is)\s+(?:now\s+)?(?:on\s+)?{_DAY}"
            r"(?:\s+now)?)\W*$"
        ),
        unless=_NOT_OFFERED,
        replaces=_OF_THE_MOVE,
    ),
    # "I've put you on Thursday afternoon, three o'clock": the caller put on a day (a booking
    # of it; after a move, its new place)
    Rule(
        "en",
        K.BOOKED,
        lazy(r"put\s+you\s+on"),
        lazy(rf"\b(?:i've|i\s+have)\s+put\s+you\s+on\s+{_DAY}\b"),
        unless=_NOT_OFFERED,
    ),
    # claims98 (blind 40): the same stylist or time as before, only on another day ("Sie bleiben
    # bei demselben Friseur wie vorher, Fabian, nur eben am Donnerstag", "You're staying with the
    # same stylist as before, just on Thursday")
    Rule(
        "",
        K.RESCHEDULED,
        lazy(r"vorher|bisher|zuvor|before"),
        lazy(
            r"\b(?:demselben|dem\s+gleichen|derselben|der\s+gleichen|dieselbe|die\s+gleiche|"
            r"the\s+same)\s+\w+\s+(?:wie|as)\s+(?:vorher|bisher|zuvor|before)\b[^.;!?]*?\b"
            rf"(?:nur|aber|just|only|but)\s+(?:eben\s+|jetzt\s+|now\s+)?(?:am\s+|on\s+)?{_DAY}\b"
        ),
        unless=_NOT_OFFERED,
        replaces=_OF_THE_MOVE,
    ),
    # claims98 (blind 40, probe 40c): a record of what changed, its head before a colon and the
    # new day after it ("Neuer Stand: Donnerstag, 15 Uhr, Fabian", "Neue Daten: …", "Neu ist
    # jetzt: …", "New details: Thursday, 3 p.m.", "Updated details are: …"); the new place
    Rule(
        "",
        K.RESCHEDULED,
        lazy(r"neu|new|updated|changed|geändert"),
        lazy(
            r"^\W*(?:(?:ihr|ihre|your|the)\s+)?(?:neue[rns]?|geänderte[rns]?|new|updated|changed|"
            r"revised)\s+(?:stand|daten|angaben|termindaten|details|booking\s+details|"
            r"appointment\s+details|info)\s*(?:(?:is|are|lautet|lauten|sind|ist)\s*)?:\s*"
            rf"(?:(?:jetzt|nun|now)\s+)?(?:der\s+|am\s+|on\s+)?{_DAY}\b|"
            rf"^\W*neu\s+ist\s+(?:jetzt|nun)\s*:\s*(?:der\s+|am\s+)?{_DAY}\b"
        ),
        unless=_NOT_OFFERED,
        replaces=_OF_THE_MOVE,
    ),
)

# the day named is where the appointment is now: "Neu ist …", "ab sofort", "from now on"
_NEW_PLACE = lazy(
    r"\bneu\s+ist\b|\b(?:neue[rns]?|geänderte[rns]?|new|updated|changed|revised)\s+(?:stand|"
    r"daten|angaben|termindaten|details|info)\b|\bab\s+sofort\b|\bab\s+jetzt\b|\bvon\s+nun\s+an\b|\bgilt\s+(?:jetzt|nun)\b|"
    r"\bgültig\s+ist\b|\bfrom\s+now\s+on\b|\bgoing\s+forward\b|\bnow\s+sits\s+on\b|"
    r"\bbeen\s+placed\s+on\b"
)
_ONE_DAY = lazy(r"\b" + _DAY + r"\b")


def as_new_place(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a move's details read as its new place where the sentence says only where
    the appointment is now ("Ihr Termin ist ab sofort am Freitag um zehn": not a move from
    Friday)."""
    if not any(c.kind is K.RESCHEDULED for c in claims):
        return claims
    text = fold(sentence).text
    if not _NEW_PLACE.search(text) or len(_ONE_DAY.findall(text)) > 1:
        return claims
    return tuple(
        replace(
            c, details=replace(c.details, parts=tuple((Role.NEW, d) for _, d in c.details.parts))
        )
        if c.kind is K.RESCHEDULED and all(r is Role.ANY for r, _ in c.details.parts)
        else c
        for c in claims
    )


# a shift by an amount: "I've pushed it back by a week", "brought you forward by two days",
# "um eine Woche nach hinten geschoben"
_AMOUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "ein": 1, "eine": 1, "einen": 1,
           "zwei": 2, "drei": 3}  # fmt: skip
_UNIT_MINUTES = {"week": 7 * 24 * 60, "day": 24 * 60, "hour": 60, "woche": 7 * 24 * 60,
                 "tag": 24 * 60, "stunde": 60}  # fmt: skip
_SHIFT_BY = lazy(
    r"\b(?:pushed|moved|put|shifted|bumped|brought)\s+(?:it|you|your\s+appointment|the\s+"
    r"appointment)\s+(back|forward)\s+by\s+(an?|one|two|three|\d+)\s+(week|day|hour)s?\b|"
    r"\bum\s+(eine?n?|zwei|drei|\d+)\s+(woche|tag|stunde)\w*\s+nach\s+(hinten|vorne)\s+"
    r"(?:verschoben|geschoben|verlegt|gelegt)\b"
)
_SHIFT_NOT_STATED = lazy(r"\b(?:if|could|would|shall|should|can|wenn|könnte|soll|kann)\b|\?")


def shifted_by(sentence: str) -> tuple[Claim, ...]:
    """A move said by the amount it shifted the appointment, checked against the move."""
    text = fold(sentence).text
    m = _SHIFT_BY.search(text)
    if m is None or _SHIFT_NOT_STATED.search(text):
        return ()
    if m[1]:
        way, amount, unit = m[1], m[2], m[3]
    else:
        amount, unit, way = m[4], m[5], m[6]
    n = int(amount) if amount.isdigit() else _AMOUNT.get(amount, 1)
    sign = 1 if way in ("back", "hinten") else -1
    minutes = n * _UNIT_MINUTES[unit]
    shift = (
        (minutes // (24 * 60), "day", sign) if minutes % (24 * 60) == 0 else (minutes, "min", sign)
    )
    details = Details(shifts=frozenset({shift}))
    return (Claim(K.RESCHEDULED, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)


# one day said to become another across an abbreviation the sentence splitter takes for a
# sentence's end: "So Friday 10 a.m. becomes Thursday 3 p.m."
_BECOMES = lazy(
    rf"\b{_DAY}\b[^;!?]{{0,30}}?\b(becomes|turns\s+into|wird\s+zu)\s+(?:der\s+)?{_DAY}\b"
)


def day_becomes(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A move said as one day (and time) becoming another, read over the whole text: the
    first is its old place, the second its new one."""
    text = fold(sentence).text
    m = _BECOMES.search(text)
    if m is None or _SHIFT_NOT_STATED.search(text):
        return ()
    old = read_details(text[: m.start(1)], names)
    new = read_details(text[m.end(1) :], names)
    details = ClaimDetails(((Role.OLD, old), (Role.NEW, new)))
    return (Claim(K.RESCHEDULED, 0, len(sentence), details),)
