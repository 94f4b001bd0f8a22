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

Works on normalized text (`tools.when.normalize`: digits, no punctuation, umlauts folded)."""

from __future__ import annotations

import re

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE
from tools.when.read_back import AMOUNT, moved_clock

_OPENING = r"(?:(?:sie\s+hatten|you\s+offered|you\s+said|the|am|on|den|der)\s+)*"
_PART = r"(?:\s+(?:abends|morgens|nachmittags|vormittags|pm|am|in\s+the\s+(?:evening|morning|afternoon)))?"
_SLOT = (
    rf"^{_OPENING}(?P<day>{WEEKDAY_RE}|{NEAR_DAY_RE})(?:\s+(?P<prep>um|at)\s+(?P<halb>(?:halb|half)\s+)?(?P<hour>\d{{1,2}})"
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
    r"|tricky"
)
_ASKING = re.compile(
    r"\b(?:geht|gehts|ginge|passt|klappt|lieber|rather|could|can|would|does|gesagt|offered|said"
    r"|schlecht|bad|okay|ok|waere|wuerde|kann|koennen|cant|wont|how|what|try|leider|sorry"
    r"|unguenstig|schwierig|bloed|doof|inconvenient|awkward|tricky)\b"
)
_TAIL = (
    r"(?:\s+(?:too|as\s+well|auch|also|noch|bitte|please|for\s+you|fuer\s+sie|work|works|gehen"
    r"|klappen|passen|possible|moeglich|instead|stattdessen))*\s*$"
)
_DAY_MOVE = re.compile(
    rf"{_SLOT}(?P<between>(?:\s+(?:{_REPLY_WORD}))*?)\s+"
    r"(?:(?:der|den|die|the)\s+(?P<unit_named>tag|day|woche|week)"
    r"\s+(?P<rel>danach|darauf|drauf|davor|vorher|after|before)"
    r"|(?:einen|ein|eine|a|one|1)\s+(?P<unit>tag|day|woche|week)\s+(?P<way>spaeter|frueher|eher"
    r"|later|earlier|sooner))"
    rf"{_TAIL}"
)
_CLOCK_MOVE = re.compile(
    rf"{_SLOT}(?P<between>(?:\s+(?:{_REPLY_WORD}))*?)\s+{AMOUNT}\s*(?:stunden?|hours?)\s*"
    rf"(?P<way>spaeter|frueher|later|earlier){_TAIL}"
)
_HEDGED = re.compile(r"\b(?:oder|or|vielleicht|maybe|perhaps|eventuell)\b")
_BACK = ("davor", "vorher", "before", "frueher", "eher", "earlier", "sooner")


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
    if m is not None and _ASKING.search(m["between"] + " " + text[m.end("between") :]):
        back = (m["rel"] or m["way"]) in _BACK
        if (m["unit"] or m["unit_named"]) in ("woche", "week"):
            return f"eine woche {'vor' if back else 'nach'} {m['day']} {_slot_clock(m)}".strip()
        return f"den tag {'vor' if back else 'nach'} {m['day']} {_slot_clock(m)}".strip()
    m = _CLOCK_MOVE.search(text)
    if m is not None and m["hour"] is not None and _ASKING.search(m["between"]):
        moved = moved_clock(m)
        if moved is not None:
            return f"{m['day']} {moved}{m['part']}"
    return text
