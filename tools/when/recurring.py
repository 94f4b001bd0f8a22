"""A recurring wish ("jeden Mittwoch", "immer dienstags", "jeden zweiten Samstag", "alle zwei
Wochen", "every other Tuesday", "eine Serie, fünf Termine, jeweils Donnerstag", "ich hätte gern
einen Dauertermin, donnerstags um neun", "monthly"): no one day; the caller is asked which day the
first one is, never given the first day alone. Where the caller names the first one ("alle vier
Wochen, das erste Mal am Dienstag um drei", "monthly, the first one on the 14th", "fangen wir
Donnerstag um elf an", "every two weeks, starting Friday at 10") or this time's one ("ich komme
immer dienstags, also wieder am Dienstag, den 27.", "jeden Freitag, diesmal am 30."), that one
is the day wanted,
at the time said with the rule where the first one names none ("ab jetzt immer dienstags um
zehn, fangen wir gleich diesen Dienstag an": that Tuesday at ten).
"wie immer am Dienstag" (as always) and "jeden Tag außer" (an exclusion) are no recurring wish,
and "das nächste Mal Freitag um zehn", "next time Friday" is the one next appointment (dropped).

Works on normalized text (`tools.when.normalize`: numbers in digits, "zweite" as "2.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.lexicon import GERMAN_WEEKDAYS, MONTH_RE, WEEKDAY_RE, WEEKDAYS

_RECURRING = re.compile(
    rf"\b(?:jede[nmrs]?|every|each)\s+(?:\d+(?:\.|st|nd|rd|th)?\s+|(?:other|second|third|fourth|last|letzte[nmrs]?)\s+)?"
    rf"(?:{WEEKDAY_RE}|woche|wochen|week|weeks|monat|month|fortnight)\b"
    r"|(?<!\bwie\s)(?<!\bas\s)\b(?:immer|always)\s+(?:(?:am|on|nur|only)\s+)?"
    rf"(?:{WEEKDAY_RE})s\b"
    r"|\balle\s+\d+\s+(?:wochen|tage|monate)\b|\bevery\s+\d+\s+(?:weeks|days|months)\b"
    rf"|\b(?:regelmaessig|regularly)\b.*\b(?:{WEEKDAY_RE})s?\b"
    # a series of appointments: "eine Serie", "fünf Termine, jeweils ...", "ein Dauertermin",
    # "ein fester Termin jede Woche", "mehrere Termine", "monthly", "wöchentlich"
    r"|\b(?:serie|series|dauertermin\w*|stammtermin\w*|jeweils|monthly|weekly|fortnightly"
    r"|biweekly|monatlich|woechentlich|vierzehntaegig|regelmaessig|regularly|recurring)\b"
    r"|\b(?:feste[nrm]?|regelmaessige[nrm]?)\s+termin\w*\b|\b(?:mehrere|\d+)\s+termine\b"
)
# The first one named: "das erste Mal am Dienstag", "zum ersten Mal am 20.", "the first one on
# the 14th", "fangen wir Donnerstag ... an", "beginnend am", "starting Friday", "ab diesem
# Donnerstag": the words after it name that day
_FIRST = re.compile(
    r"\b(?:das|zum|beim)\s+(?:1\.|erste[nm]?)\s+mal\b|\b(?:the\s+)?(?:1st|first)\s+(?:1|one|time"
    r"|appointment|session)\b|\b(?:fangen|starten|beginnen)\s+wir\b|\b(?:beginnend|anfangend"
    r"|starting|beginning)\b|\bab\s+(?=(?:diesem|dieser|naechste\w*|kommende\w*|this|next)\b)"
    # "ab dem 12.", "from next week", "der 1. Termin am 9.", "the first on the 9th"
    r"|\bab\s+(?=(?:dem\s+|den\s+)?\d)|\bfrom\s+(?=(?:this|next|the)\b)"
    r"|\b(?:der|den|dem)?\s*1\.\s+termin\b|\b(?:the\s+)?(?:1st|first)\s+(?:on|at)\b"
    # the habit said, then this time's one day: "ich komme immer dienstags, also wieder am
    # Dienstag, den 27.", "jeden Freitag, diesmal am 30.", "every Friday, this time the 30th" (a
    # day or date said after it; "diesmal um zehn" names no day)
    rf"|\b(?:diesmal|dieses\s+mal|this\s+time|(?:also|so)\s+wieder)\b(?=\s+(?:(?:am|an|den|on|the)\s+)?"
    rf"(?:\d|{WEEKDAY_RE}))"
    # "anfangen würde ich am 9.", "beginnen möchten wir", "los geht es nächste Woche",
    # "angefangen im April", "erstmals am 5.", "starten könnten wir"
    r"|\b(?:anfangen|beginnen|starten|angefangen|begonnen|gestartet|losgehen|erstmals"
    r"|erstmalig|los\s+geht\s+es|los\s+gehts|loslegen|legen\s+wir\s+los|kicking\s+off)\b(?:\s+(?:wuerde|wuerden|moechte|moechten|will"
    r"|wollen|koennte|koennten|koennen|kann|soll|sollte|sollen|wird|wuerde)\s+(?:ich|wir|es)\b)?"
)
# the rule's weekday, with its place in the month ("jeden 1. samstag im monat", "every last
# friday of the month"): a first one named by its week or month alone is that weekday in it
_RULE_DAY = re.compile(
    rf"\b(?:(?P<nth>\d\.|1st|2nd|3rd|4th|letzte[nmrs]?|last)\s+)?(?P<day>{WEEKDAY_RE})\b"
)
_WEEKDAY_SAID = re.compile(rf"\b(?:{WEEKDAY_RE})\b")
_DATE_SAID = re.compile(r"\d")
_WEEK = re.compile(r"\b(?:woche|week)\b")
_MONTH = re.compile(rf"\b(?:{MONTH_RE})\b")
# "gleich diesen Freitag", "this Friday": the weekday as said (on that weekday asked with both
# days, README rounds 11/13), "gleich" not the earliest start of the day
_THIS = re.compile(
    rf"^(?:(?:gleich|direkt|schon)\s+)?(?:diesen|dieser|diese|this)\s+(?=(?:{WEEKDAY_RE})\b)"
)


# the time said with the rule ("immer dienstags um zehn", "every Tuesday at 10 in the morning",
# "jeden Freitag nachmittags"): the first one's time too, where the first one names none
_PART_WORD = (
    r"(?:vormittags?|nachmittags?|abends?|morgens|mittags|frueh|in\s+the\s+(?:morning|afternoon"
    r"|evening)|(?:am|im)\s+(?:vormittag|nachmittag|abend))"
)
_TIME = re.compile(
    r"\b(?:(?:um|at|gegen|around|ab|from|so\s+um|so\s+gegen)\s+(?:halb\s+|half\s+)?\d{1,2}"
    rf"(?::\d{{2}})?(?:\s+uhr)?(?:\s+{_PART_WORD}|\s+(?:am|pm)\b)?|{_PART_WORD})\b"
)


_NEXT_TIME = re.compile(r"\b(?:das|beim|fuers|fuer\s+das)\s+naechste\s+mal\b|\bnext\s+time\b")


@dataclass(frozen=True)
class Recurring:
    text: str  # what is left to read: the first one's day, or the text as said
    asked: bool  # a recurring wish with no first one named: which day is the first?


def recurring(text: str) -> Recurring:
    """The recurring wish in `text` (normalized), and the first one's words when named."""
    text = " ".join(_NEXT_TIME.sub(" ", text).split())
    if not _RECURRING.search(text):
        return Recurring(text, asked=False)
    first = _FIRST.search(text)
    if first is None or not text[first.end() :].strip():
        return Recurring(text, asked=True)
    rule, start = text[: first.start()], text[first.end() :].strip()
    day = _first_day(rule, start)
    rule_time = _TIME.search(rule)
    if rule_time is not None and _TIME.search(start) is None:
        day = f"{day} {rule_time[0]}"  # "immer dienstags um zehn, fangen wir diesen Dienstag an"
    return Recurring(day, asked=False)


def _first_day(rule: str, start: str) -> str:
    """The first one's words: a week or month said alone ("nächste Woche", "im April") with the
    rule's weekday ("dienstags": "dienstag nächste woche"; "jeden 1. samstag im monat": "1.
    samstag im april"; a weekly rule: the month's first such weekday); a date with the rule's
    weekday beside it, so a date that is not that weekday is asked, never answered alone; so
    is any other day said ("das erste Mal morgen": "morgen, freitag")."""
    start = _THIS.sub("", start)
    said = _RULE_DAY.search(rule)
    if said is None or _WEEKDAY_SAID.search(start):
        return start
    day = GERMAN_WEEKDAYS[WEEKDAYS[said["day"]]]
    if _DATE_SAID.search(start):
        return f"{day} {start}"
    if _WEEK.search(start):
        return f"{day} {start}"
    month = _MONTH.search(start)
    if month is None:
        return f"{start}, {day}"
    nth = said["nth"] or "1."
    return f"{nth} {day} im {month[0]}"
