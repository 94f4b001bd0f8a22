"""Words a speech recogniser ran together, parted again: "nächstewoche" (next week glued),
"nächste nWoche" (the ending "n" slipped onto the next word), "next weekFriday", "Mittwochum
zehn" (a weekday glued to the word after it). Only the week words, weekdays and the clock's
prepositions are parted, so an ordinary word that happens to end in one is left alone.

Works on folded text (lower case, umlauts spelled out)."""

from __future__ import annotations

import re

from tools.when.lexicon import ENGLISH_WEEKDAYS, GERMAN_WEEKDAYS

_WEEKDAY = "|".join((*GERMAN_WEEKDAYS, *ENGLISH_WEEKDAYS))
_NEAR = r"naechsten?|kommenden?|diese[nr]?|uebernaechsten?|vorige[nr]?|letzten?"
# "naechstewoche", "dieserwoche", "nextweek", "next weekfriday"
_GLUED_WEEK = re.compile(rf"\b({_NEAR}|next|this)(woche|week)(?=\b|{_WEEKDAY})")
_WEEK_DAY = re.compile(rf"\b(woche|week)({_WEEKDAY})\b")
# "naechste nwoche": the ending slipped onto the next word
_SLIPPED_ENDING = re.compile(r"\b(naechste|kommende|diese|uebernaechste|letzte)\s+([nrm])(woche)\b")
# "mittwochum zehn", "fridayat ten"
_DAY_PREPOSITION = re.compile(rf"\b({_WEEKDAY})(um|gegen|ab|at|around)\b")


def parted(text: str) -> str:
    """`text` with glued week, weekday and clock words parted."""
    text = _SLIPPED_ENDING.sub(r"\1\2 \3", text)
    text = _GLUED_WEEK.sub(r"\1 \2", text)
    text = _WEEK_DAY.sub(r"\1 \2", text)
    return _DAY_PREPOSITION.sub(r"\1 \2", text)
