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
from datetime import date, timedelta

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE, WEEKDAYS
from tools.when.read_back import ANY_AMOUNT, moved_clock

_OPENING = (
    r"(?P<opening>(?:(?:sie\s+hatten|you\s+offered|you\s+said|the|am|on|den|der|statt|anstatt"
    r"|instead\s+of|ich|hab|habe|haette|hatte|i|have|had|im|am|booked|my|appointment|is|mein|meinen"
    r"|termin|ist)\s+)*)"
)
_PART = r"(?:\s+(?:abends|morgens|nachmittags|vormittags|pm|am|in\s+the\s+(?:evening|morning|afternoon)))?"
_SLOT = (
    rf"^{_OPENING}(?P<day>{WEEKDAY_RE}|{NEAR_DAY_RE})(?:s?termin)?"
    r"(?:\s+(?:den|der|dem|the)\s+(?P<dom>\d{1,2})(?:\.|st|nd|rd|th)?)?"  # "Freitag, den 29."
    rf"(?:\s+(?P<prep>um|at)\s+(?P<halb>(?:halb|half)\s+)?(?P<hour>\d{{1,2}})"
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
    r"|same|time|selbe|gleiche|uhrzeit|zeit|zur|selben|gleichen|einen|termin|moechte|moechten"
    r"|haette|haetten|gerne?"
)
_ASKING = re.compile(
    r"\b(?:geht|gehts|ginge|passt|klappt|lieber|rather|could|can|would|does|gesagt|offered|said"
    r"|schlecht|bad|okay|ok|waere|wuerde|kann|koennen|cant|wont|how|what|try|leider|sorry"
    r"|unguenstig|schwierig|bloed|doof|inconvenient|awkward|tricky|wuerd|koennte|koennten|termin|statt"
    r"|anstatt|instead|gebucht|booked|appointment|moechte|moechten)\b"
    # "I have Saturday at nine, same time a fortnight later": the time kept says the day is moved
    r"|\b(?:same|selbe[n]?|gleiche[n]?)\s+(?:uhrzeit|zeit|time)\b"
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
# the amount's own preposition: "um eine Viertelstunde vorverlegen", "by an hour", "by two days"
_BY = r"(?:(?:um|by)\s+)?"
_SAME_TIME = (
    r"(?:(?:um|zur|zu|at|for|in)\s+)?(?:(?:die|der|the)\s+)?"
    r"(?:gleiche[nr]?|selbe[nr]?|dieselbe|derselben|same)\s+(?:uhrzeit|zeit|time)"
)
# the slot's day swapped for another, its clock kept: "statt Mittwoch um elf lieber Dienstag zur
# gleichen Zeit", "instead of Friday at two, Monday same time" (round 58: the slot's time, not now's)
_DAY_SWAP = re.compile(
    rf"{_SLOT}(?P<between>(?:\s+(?:{_REPLY_WORD}))*?)\s+(?:(?:am|on|den|the)\s+)?"
    rf"(?P<new>{WEEKDAY_RE}|{NEAR_DAY_RE})(?P<after>(?:\s+{_SAME_TIME})?){_TAIL}"
)
_SAME_SAID = re.compile(rf"\b{_SAME_TIME}\b")
# "Donnerstag zwei Uhr": the slot's hour with its "Uhr" and no preposition, read as "um 2"
_BARE_CLOCK = re.compile(
    rf"\b(?P<day>{WEEKDAY_RE}|{NEAR_DAY_RE})(?P<dayterm>s?termin)?\s+(?P<clock>\d{{1,2}}(?::\d{{2}})?)\s+uhr\b"
)
_DAY_MOVE = re.compile(
    rf"{_SLOT}(?P<between>(?:\s+(?:{_REPLY_WORD}))*?)\s+"
    r"(?:(?:der|den|die|the)\s+(?P<unit_named>tag|day|woche|week)"
    r"\s+(?P<rel>danach|darauf|drauf|davor|vorher|after|before)"
    rf"|{_BY}(?P<count>einen|ein|eine|a|one|zwei|drei|two|three|\d{{1,2}})\s+(?P<unit>tage?|days?|wochen?|weeks?)"
    rf"\s+(?P<way>{_WAY}))"
    rf"{_TAIL}"
)
_CLOCK_MOVE = re.compile(
    rf"{_SLOT}(?P<between>(?:\s+(?:{_REPLY_WORD}))*?)\s+{_BY}{ANY_AMOUNT}\s*(?:stunden?|hours?)\s*"
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


_COUNT = {"zwei": 2, "drei": 3, "two": 2, "three": 3}
# How far a booked slot is moved and still read: a month of days, two months of weeks (further
# is no move of "the same appointment" a receptionist counts without asking)
_MOST = {"day": 31, "week": 8}
# "a fortnight later": two weeks; "push it back a week", "bring it forward two days": the way said
# first, as "a week later" / "two days earlier"
_FORTNIGHT = re.compile(r"\b(?:a\s+)?fortnight\b")
_PHRASAL = re.compile(
    r"\b(?:push|put|move|shift|set|pull|bring)\s+(?:it|that|this|the\s+appointment|them)\s+"
    r"(?P<way>back|forward|forwards)\s+(?:by\s+)?"
    r"(?P<amount>(?:a|an|one|two|three|\d{1,2}|half\s+an|a\s+quarter\s+of\s+an)\s+"
    r"(?:days?|weeks?|hours?))\b"
)
# The clock the salon reads an hour said on the dial as (its hours: 9 to 12 in the morning, 1 to 7
# in the afternoon; 8 is asked), or as the part of the day said
_AFTERNOON = ("abends", "nachmittags", "pm", "in the evening", "in the afternoon")
_MORNING = ("morgens", "vormittags", "am", "in the morning")
_LONG_MOVE = 3  # hours: from four on, the clock is counted on the twenty-four-hour dial


def _slot_clock(m: re.Match[str]) -> str:
    if m["hour"] is None:  # "Dienstag passt nicht, geht auch ne Woche später?": the day alone
        return ""
    clock = f"{m['halb'] or ''}{m['hour']}" + (f":{m['minute']}" if m["minute"] else "")
    return f"{m['prep']} {clock}{m['part']}"


def _said_forward(text: str) -> str:
    """`text` with "a fortnight" as two weeks and "push it back a week" / "bring it forward two
    days" as "a week later" / "two days earlier"."""
    text = _FORTNIGHT.sub("2 weeks", text)
    return _PHRASAL.sub(
        lambda m: f"{m['amount']} {'later' if m['way'] == 'back' else 'earlier'}", text
    )


def _count(said: str | None) -> int:
    said = said or "1"
    return int(said) if said.isdigit() else _COUNT.get(said, 1)


def _slot_hour(m: re.Match[str]) -> tuple[int, int] | None:
    """The slot's clock (hour, minute) on the twenty-four-hour dial, as the salon reads it; None
    where the hour is no time the salon has (8 on the dial, or past the day)."""
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    part = " ".join(m["part"].split())
    if hour >= 13:
        clock = hour
    elif part in _AFTERNOON:
        clock = hour % 12 + 12
    elif part in _MORNING or 9 <= hour <= 12:
        clock = hour
    elif 1 <= hour <= 7:
        clock = hour + 12
    else:
        return None
    if m["halb"]:  # "halb zehn": 9:30; "half ten" (British): 10:30
        clock, minute = (clock - 1, 30) if m["halb"].startswith("halb") else (clock, 30)
    return (clock, minute) if clock < 24 else None


def _moved_far(m: re.Match[str]) -> str | None:
    """The slot moved by four hours or more, said on the twenty-four-hour dial ("um 15:00", "um
    7:00 morgens" before the salon opens); None past the day or from an hour it cannot read."""
    slot = _slot_hour(m)
    if slot is None:
        return None
    delta = int(m["amount"]) * 60
    if m["way"].startswith(_BACK):
        delta = -delta
    total = slot[0] * 60 + slot[1] + delta
    if total <= 0 or total >= 24 * 60:
        return None
    hour, minute = divmod(total, 60)
    return f"um {hour}:{minute:02d}" + (" morgens" if hour < 9 else "")


def _dated(m: re.Match[str], today: date | None) -> date | None:
    """The day of a slot said with its date ("Freitag, den 29."): the next such day of the month
    from today, when it is that weekday; None otherwise (the weekday check is the rules')."""
    if today is None or m["day"] not in WEEKDAYS:
        return None
    first = today.replace(day=1)
    for months in range(2):
        month = (first + timedelta(days=32 * months)).replace(day=1)
        try:
            day = month.replace(day=int(m["dom"]))
        except ValueError:
            continue
        if day >= today:
            return day if day.weekday() == WEEKDAYS[m["day"]] else None
    return None


def offered_slot(text: str, today: date | None = None) -> str:
    """`text` (normalized) with a slot moved by the caller's reply as the moved slot; a slot said
    with its date is read from `today`."""
    if _HEDGED.search(text):
        return text
    said = _BARE_CLOCK.sub(r"\g<day>\g<dayterm> um \g<clock>", _said_forward(text))
    moved = _moved_slot(said, today)
    return text if moved is None else moved


def _swapped_day(text: str) -> str | None:
    """The slot's clock on the other day said with "the same time"; None where no slot's clock
    is said or no booking or reply word marks the swap."""
    m = _DAY_SWAP.search(text)
    if m is None or m["hour"] is None or m["dom"] is not None or m["new"] == m["day"]:
        return None
    if not _SAME_SAID.search(f"{m['between']} {m['after']} {text[m.end('after') :]}"):
        return None
    if not _ASKING.search(f"{m['opening']} {m['between']}"):
        return None
    return f"{m['new']} {_slot_clock(m)}"


def _moved_slot(text: str, today: date | None) -> str | None:
    swapped = _swapped_day(text)
    if swapped is not None:
        return swapped
    m = _DAY_MOVE.search(text)
    if m is not None and _ASKING.search(
        f"{m['opening']} {m['between']} {text[m.end('between') :]}"
    ):
        back = (m["rel"] or m["way"]).startswith(_BACK)
        way = "vor" if back else "nach"
        count = _count(m["count"])
        weeks = (m["unit"] or m["unit_named"]).startswith(("woche", "week"))
        if not 0 < count <= _MOST["week" if weeks else "day"]:
            return None
        if m["dom"] is not None:  # "den Termin am Freitag, den 29., eine Woche vorziehen"
            slot = _dated(m, today)
            if slot is None:
                return None
            moved = slot + timedelta(days=(-1 if back else 1) * count * (7 if weeks else 1))
            return f"am {moved.day}.{moved.month}.{moved.year} {_slot_clock(m)}".strip()
        if weeks:
            spoken = "eine woche" if count == 1 else f"{count} wochen"
            return f"{spoken} {way} {m['day']} {_slot_clock(m)}".strip()
        if count == 1:
            return f"den tag {way} {m['day']} {_slot_clock(m)}".strip()
        return f"{count} tage {way} {m['day']} {_slot_clock(m)}".strip()
    m = _CLOCK_MOVE.search(text)
    if m is not None and m["hour"] is not None and _ASKING.search(f"{m['opening']} {m['between']}"):
        day = m["day"]
        if m["dom"] is not None:  # "mein Termin ist Freitag, der 29., um zwei": that date
            slot = _dated(m, today)
            if slot is None:
                return None
            day = f"am {slot.day}.{slot.month}.{slot.year}"
        if m["amount"].isdigit() and int(m["amount"]) > _LONG_MOVE:
            far = _moved_far(m)
            return None if far is None else f"{day} {far}"
        moved = moved_clock(m)
        if moved is not None:
            return f"{day} {moved}{m['part']}"
    return None
