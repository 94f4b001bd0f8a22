"""The services a caller lists before the day and time ("Schnitt und Farbe am Montag um zehn",
"Färben, Schnitt und Föhnen, Freitag vormittags", "zwei Kinderschnitte, Donnerstag um drei",
"shave first, then the haircut, Friday at quarter to ten"): what they want done, not when. The
day and time after them are the wish; left in, the "und" / "then" between the services reads as
two days joined (asked) and a count of services ("zwei Kinderschnitte") as a clock time.

Only a run of words at the start made of service words and the small words between them
("und", "dann", "für meinen Mann", "einmal", a count before a service), with at least one
service word, and only when a day follows it at once ("am", "on", a weekday, "morgen", ...).
Anything else in the run (a clock word, "um", "Uhr", a date) leaves the words as said. Works on
the caller's words as said, before `normalize`."""

from __future__ import annotations

import re

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE

# stems of the salon's service words in both languages (folded: "ä" as "ae"), found inside a
# word so that compounds and plurals count ("Kinderschnitte", "Ansatzfarbe", "highlights")
_SERVICE_STEMS = (
    "schnitt", "schneid", "haar", "farbe", "faerb", "toenung", "toenen", "straehn", "balayage",
    "ansatz", "bart", "rasur", "rasier", "foehn", "dauerwell", "augenbraue", "wimper", "zupf",
    "wasch", "styling", "fade", "glaett", "locken", "frisur", "spitzen", "pony", "hochsteck",
    "trim", "cut", "colour", "color", "dye", "highlight", "lowlight", "shave", "beard", "blow",
    "dry", "perm", "wash", "fringe", "bangs", "toner", "tint", "brow", "style", "updo",
    "straighten", "treatment", "pflege",
)  # fmt: skip
_SMALL = frozenset(
    """
    und and plus sowie mit with dann danach anschliessend then after afterwards erst zuerst
    first noch auch also bitte please a an the some ein eine einen einmal zweimal once twice
    fuer for mich me mir mein meine meinen meinem meiner my unser unsere our mann frau sohn
    tochter kind kinder kleinen kleine husband wife son daughter kid kids partner freundin
    freund ich haette gern gerne moechte brauche wuerde id like need want would bräuchte
    braeuchte
    """.split()
)
_COUNTS = frozenset(
    "zwei drei vier fuenf sechs two three four five six 2 3 4 5 6".split()
)  # fmt: skip
# the day said at once after the services
_DAY_START = re.compile(
    rf"(?:{WEEKDAY_RE}|{NEAR_DAY_RE}|am|on|this|next|naechste[nmrs]?|kommende[nmrs]?"
    r"|diese[nmrs]?)"
)
_TOKEN = re.compile(r"[^\s,;.!?…:–—-]+")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "'": "", "’": ""})


def _fold(word: str) -> str:
    return word.lower().translate(_FOLD)


def _service(word: str) -> bool:
    return any(stem in word for stem in _SERVICE_STEMS)


def services_first(text: str) -> str:
    """`text` from the day on when it starts with the services wanted and nothing else."""
    tokens = list(_TOKEN.finditer(text))
    services = 0
    for i, token in enumerate(tokens):
        word = _fold(token[0])
        if _DAY_START.fullmatch(word):
            return text[token.start() :] if services and i else text
        if _service(word):
            services += 1
        elif word in _COUNTS:
            if i + 1 >= len(tokens) or not _service(_fold(tokens[i + 1][0])):
                return text  # a number before no service: a time or a date, as said
        elif word not in _SMALL:
            return text
    return text
