"""The caller's reply to a slot they repeat, moved by a day, a week or some hours: "Samstag um
eins, ginge auch der Tag danach?", "Dienstag um neun ist schlecht, lieber einen Tag früher",
"Freitag um fünf passt mir nicht, geht auch ne Woche später?", "sie hatten Dienstag um neun
gesagt, geht das auch eine Stunde später?", "Thursday at seven pm, does the day after work too?",
"the Tuesday at nine you offered, could it be an hour earlier?".

The slot said is what the reply is computed from (W40): the day moved keeps the slot's time, the
time moved keeps its day. Rewritten as the counted day or the moved clock the rules read ("den
tag nach samstag um 1", "eine woche nach freitag um 5", "dienstag um 10"). Only with a word of a
reply between the slot and the move ("geht", "lieber", "passt", "could it be", "does ... work"),
so "Freitag um zehn und meine Tochter eine Stunde später" (two appointments, W12) and a hedged
"oder vielleicht" are left to the rules that read them. A move said without the slot ("lieber eine
Stunde früher") stays asked: the tool cannot know the slot.

The slot may be the caller's own booking, said in the same phrase (W47): "statt Dienstag um zehn
lieber zwei Tage später", "ich hab Mittwoch um zehn gebucht, geht das auch eine Stunde früher?",
"meinen Mittwochstermin um elf würd ich gern eine Viertelstunde früher haben", "my appointment is
Tuesday at ten, can I move it to the day before?", "mein Termin ist Freitag um elf, könnten wir den
einen Tag vorziehen?" ("vorziehen" is earlier). A named booking ("Termin", "statt", "gebucht",
"booked", "appointment") is itself the reply's mark, so "den Termin am Dienstag um zehn bitte eine
halbe Stunde später" needs no asking word. Days, weeks, hours and quarter or half hours are moved.

Works on normalized text (`tools.when.normalize`: digits, no punctuation, umlauts folded)."""

from __future__ import annotations

import re

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE
from tools.when.read_back import AMOUNT, moved_clock

_OPENING = (
    r"(?P<opening>(?:(?:sie\s+hatten|you\s+offered|you\s+said|the|am|on|den|der|statt|anstatt"
    r"|instead\s+of|ich|hab|habe|haette|hatte|i|have|had|im|am|booked|my|appointment|is|mein|meinen"
    r"|termin|ist)\s+)*)"
)
_PART = r"(?:\s+(?:abends|morgens|nachmittags|vormittags|pm|am|in\s+the\s+(?:evening|morning|afternoon)))?"
_SLOT = (
    rf"^{_OPENING}(?P<day>{WEEKDAY_RE}|{NEAR_DAY_RE})(?:s?termin)?(?:\s+(?P<prep>um|at)\s+(?P<halb>(?:halb|half)\s+)?(?P<hour>\d{{1,2}})"
    rf"(?::(?P<minute>\d{{2}}))?(?:\s+uhr)?(?P<part>{_PART}))?"
)
# Words of a reply to the slot; one of _ASKING must be among them
_REPLY_WORD = (
    r"sie|hatten|gesagt|angeboten|okay|ok|aber|but|passt|mir|nicht|not|geht|gehts|ginge|klappt"
    r"|ist|is|schlecht|bad|doesnt|dont|das|es|auch|too|also|could|can|would|will|it|be|does|do"
    r"|lieber|rather|eher|you|offered|said|mentioned|the|ja|na|hm|und|and|dann|then|wie|waere"
    r"|wuerde|mir|for|me|good|gut|great|works?|kann|koennen|ich|wir|i|we|cant|wont|no|how|about"
    r"|what|try|us|uns|leider|sorry|unfortunately|doch|bei|gar|ueberhaupt|wirklich|so|really"
    r"|at|all|a|bit|little|bisschen|bissl|etwas|unguenstig|schwierig|bloed|doof|inconvenient|awkward"
    r"|tricky|gebucht|gehabt|reserviert|booked|wuerd|gern|gerne|bitte|please|den|ihn|move|to|koennte|koennten"
    r"|same|time|selbe|gleiche|uhrzeit|zeit"
)
_ASKING = re.compile(
    r"\b(?:geht|gehts|ginge|passt|klappt|lieber|rather|could|can|would|does|gesagt|offered|said"
    r"|schlecht|bad|okay|ok|waere|wuerde|kann|koennen|cant|wont|how|what|try|leider|sorry"
    r"|unguenstig|schwierig|bloed|doof|inconvenient|awkward|tricky|wuerd|koennte|koennten|termin|statt"
    r"|anstatt|instead|gebucht|booked|appointment)\b"
)
# The way a slot is moved: later or earlier ("vorziehen", "nach vorne" earlier; "nach hinten" later)
_WAY = (
    r"spaeter|frueher|eher|later|earlier|sooner|vorziehen|vorverlegen"
    r"|nach\s+(?:hinten|vorne)(?:\s+(?:verschieben|schieben|legen|verlegen))?"
)
_TAIL = (
    r"(?:\s+(?:too|as\s+well|auch|also|noch|bitte|please|for\s+you|fuer\s+sie|work|works|gehen"
    r"|klappen|passen|possible|moeglich|instead|stattdessen|haben|if\s+possible|wenn\s+moeglich"
    r"|falls\s+moeglich|(?:selbe|gleiche|same)\s+(?:uhrzeit|zeit|time)))*\s*$"
)
_DAY_MOVE = re.compile(
    rf"{_SLOT}(?P<between>(?:\s+(?:{_REPLY_WORD}))*?)\s+"
    r"(?:(?:der|den|die|the)\s+(?P<unit_named>tag|day|woche|week)"
    r"\s+(?P<rel>danach|darauf|drauf|davor|vorher|after|before)"
    rf"|(?P<count>einen|ein|eine|a|one|1|2|3|zwei|drei|two|three)\s+(?P<unit>tage?|days?|wochen?|weeks?)"
    rf"\s+(?P<way>{_WAY}))"
    rf"{_TAIL}"
)
_CLOCK_MOVE = re.compile(
    rf"{_SLOT}(?P<between>(?:\s+(?:{_REPLY_WORD}))*?)\s+{AMOUNT}\s*(?:stunden?|hours?)\s*"
    rf"(?P<way>{_WAY}){_TAIL}"
)
_HEDGED = re.compile(r"\b(?:oder|or|vielleicht|maybe|perhaps|eventuell)\b")
_BACK = (
    "davor",
    "vorher",
    "before",
    "frueher",
    "eher",
    "earlier",
    "sooner",
    "vorziehen",
    "vorverlegen",
    "nach vorne",
)


_COUNT = {"2": 2, "3": 3, "zwei": 2, "drei": 3, "two": 2, "three": 3}


def _slot_clock(m: re.Match[str]) -> str:
    if m["hour"] is None:  # "Dienstag passt nicht, geht auch ne Woche später?": the day alone
        return ""
    clock = f"{m['halb'] or ''}{m['hour']}" + (f":{m['minute']}" if m["minute"] else "")
    return f"{m['prep']} {clock}{m['part']}"


def offered_slot(text: str) -> str:
    """`text` (normalized) with a slot moved by the caller's reply as the moved slot."""
    if _HEDGED.search(text):
        return text
    m = _DAY_MOVE.search(text)
    if m is not None and _ASKING.search(
        f"{m['opening']} {m['between']} {text[m.end('between') :]}"
    ):
        back = (m["rel"] or m["way"]).startswith(_BACK)
        way = "vor" if back else "nach"
        count = _COUNT.get(m["count"] or "1", 1)
        if (m["unit"] or m["unit_named"]).startswith(("woche", "week")):
            spoken = "eine woche" if count == 1 else f"{count} wochen"
            return f"{spoken} {way} {m['day']} {_slot_clock(m)}".strip()
        if count == 1:
            return f"den tag {way} {m['day']} {_slot_clock(m)}".strip()
        return f"{count} tage {way} {m['day']} {_slot_clock(m)}".strip()
    m = _CLOCK_MOVE.search(text)
    if m is not None and m["hour"] is not None and _ASKING.search(f"{m['opening']} {m['between']}"):
        moved = moved_clock(m)
        if moved is not None:
            return f"{m['day']} {moved}{m['part']}"
    return text
