"""A correction relative to the day just corrected: "nächste Woche Mittwoch, oder nee, die Woche
drauf", "Dienstag, nee, eine Woche später", "Friday - actually, make that the week after",
"Samstag, nee, zwei Wochen später", "nächste Woche Donnerstag, nee, eine Woche früher",
"Donnerstag, nee, den Freitag drauf", "Thursday, no, the Friday after". Said after a correction
word, the words move the day(s) said before by the weeks said, or to the weekday named after
(before) each; a time said with them is read as usual. "die Woche drauf" with no day before,
"Freitag oder die Woche drauf" (a choice) and "the week after next" (a week of its own) are not
it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tools.when.days import DayTerm
from tools.when.lexicon import WEEKDAY_RE, WEEKDAYS

_COUNTS = {"ein": 1, "eine": 1, "einer": 1, "1": 1, "a": 1, "one": 1,
           "zwei": 2, "2": 2, "two": 2, "drei": 3, "3": 3, "three": 3}  # fmt: skip
_LATER = ("drauf", "darauf", "danach", "spaeter", "later", "after")
_EARLIER = ("frueher", "eher", "vorher", "davor", "earlier", "before")
_LEAD = r"^(?:(?:lieber|doch|dann|besser|then|rather|make\s+that|also)\s+)*"
_ARTICLE = r"(?:(?:in\s+|am\s+|an\s+|on\s+)?(?:der|die|den|dem|the)\s+)?"
_NOT_A_DAY_OF_ITS_OWN = r"(?!\s+(?:next|naechste\w*|uebernaechste\w*|dem|der|den|the)\b)"
_WEEK_SHIFT = re.compile(
    rf"{_LEAD}{_ARTICLE}(?:(?P<n>{'|'.join(_COUNTS)})\s+)?(?:woche|wochen|week|weeks)\s+"
    rf"(?P<dir>{'|'.join(_LATER + _EARLIER)})\b{_NOT_A_DAY_OF_ITS_OWN}"
    rf"|{_LEAD}{_ARTICLE}(?P<following>darauffolgende\w*|drauffolgende\w*|folgende\w*"
    r"|following)\s+(?:woche|week)\b"
    rf"|{_LEAD}{_ARTICLE}(?P<weekday>{WEEKDAY_RE})\s+(?P<wdir>{'|'.join(_LATER + _EARLIER)})\b"
    rf"{_NOT_A_DAY_OF_ITS_OWN}"
)


@dataclass(frozen=True)
class Shift:
    weeks: int = 0  # by so many weeks
    weekday: int | None = None  # to this weekday after (before, `weeks` -1) the day
    rest: str = ""  # what else the words say (a time)

    def move(self, day: date) -> date:
        if self.weekday is None:
            return day + timedelta(weeks=self.weeks)
        if self.weeks < 0:
            return day - timedelta(days=(day.weekday() - self.weekday) % 7 or 7)
        return day + timedelta(days=(self.weekday - day.weekday()) % 7 or 7)


def week_shift(segment: str) -> Shift | None:
    """How a correction's words move the day corrected; None when the segment does not begin
    with such words."""
    m = _WEEK_SHIFT.match(segment)
    if m is None:
        return None
    rest = segment[m.end() :].strip()
    if m["weekday"]:
        return Shift(-1 if m["wdir"] in _EARLIER else 1, WEEKDAYS[m["weekday"]], rest)
    if m["following"]:
        return Shift(1, rest=rest)
    weeks = _COUNTS[m["n"]] if m["n"] else 1
    return Shift(-weeks if m["dir"] in _EARLIER else weeks, rest=rest)


def shifted(days: list[DayTerm], shift: Shift) -> list[DayTerm]:
    """The days said, each moved as the correction says."""
    moved = []
    for t in days:
        term = replace(t, dates=tuple(shift.move(d) for d in t.dates), recent_past=None, names={})
        if shift.weekday is not None:
            term = replace(term, weekday=shift.weekday)
        moved.append(term)
    return moved
