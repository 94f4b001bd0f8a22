"""A recurring wish ("jeden Mittwoch", "immer dienstags", "jeden zweiten Samstag", "alle zwei
Wochen", "every other Tuesday", "eine Serie, fünf Termine, jeweils Donnerstag", "ich hätte gern
einen Dauertermin, donnerstags um neun", "monthly"): no one day; the caller is asked which day the
first one is, never given the first day alone. Where the caller names the first one ("alle vier
Wochen, das erste Mal am Dienstag um drei", "monthly, the first one on the 14th", "fangen wir
Donnerstag um elf an", "every two weeks, starting Friday at 10"), that one is the day wanted.
"wie immer am Dienstag" (as always) and "jeden Tag außer" (an exclusion) are no recurring wish,
and "das nächste Mal Freitag um zehn", "next time Friday" is the one next appointment (dropped).

Works on normalized text (`tools.when.normalize`: numbers in digits, "zweite" as "2.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.lexicon import WEEKDAY_RE

_RECURRING = re.compile(
    rf"\b(?:jede[nmrs]?|every|each)\s+(?:\d+(?:\.|st|nd|rd|th)?\s+|(?:other|second|third|fourth)\s+)?"
    rf"(?:{WEEKDAY_RE}|woche|wochen|week|weeks|monat|month)\b"
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
    r"\b(?:das|zum|beim)\s+(?:1\.|erste[nm]?)\s+mal\b|\bthe\s+(?:1st|first)\s+(?:1|one|time"
    r"|appointment|session)\b|\b(?:fangen|starten|beginnen)\s+wir\b|\b(?:beginnend|anfangend"
    r"|starting|beginning)\b|\bab\s+(?=(?:diesem|dieser|naechste\w*|kommende\w*|this|next)\b)"
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
    return Recurring(text[first.end() :].strip(), asked=False)
