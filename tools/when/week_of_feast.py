"""A weekday in the week before or after a feast on a Sunday ("in der Woche nach Ostern am
Mittwoch", "Donnerstag in der Woche nach Pfingsten", "the week before Easter, on Tuesday"): the
week after Easter Sunday runs Monday to Saturday after it, so its Wednesday is "am Mittwoch nach
Ostern" (read by `days`, a day counted from a feast: gone within 60 days past, else the one
ahead). Only feasts whose main day is a Sunday: the week after Christmas is the week after the
feast's week or the days after it, which only the caller knows (left as said, asked). "die Woche
nach Ostern" with no weekday stays a stretch (asked). Holy Week by its name ("in der Karwoche am
Donnerstag", "Holy Week, on Tuesday") is the week before Easter. Works on normalized text."""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_FEAST = r"(?:ostern|pfingsten|ostersonntag|pfingstsonntag|easter(?:\s+sunday)?|whitsun(?:day)?|pentecost)"
_WEEK = rf"(?:(?:in\s+)?(?:der|the)\s+)?(?:woche|week)\s+(?P<way>nach|vor|after|before)\s+(?P<feast>{_FEAST})"
_ON = r"(?:\s+(?:am|den|on|so))*\s+"
_HOLY_WEEK = re.compile(r"\b(?:karwoche|holy\s+week)\b")
_WEEK_THEN_DAY = re.compile(rf"\b{_WEEK}{_ON}(?P<day>{WEEKDAY_RE})\b")
_DAY_THEN_WEEK = re.compile(rf"\b(?:(?:am|on)\s+)?(?P<day>{WEEKDAY_RE})\s+(?:in\s+)?{_WEEK}\b")


def week_of_feast(text: str) -> str:
    """`text` (normalized) with a weekday of a Sunday feast's week before or after it said as
    that weekday before or after the feast."""

    def said(m: re.Match[str]) -> str:
        return f"am {m['day']} {m['way']} {m['feast']}"

    if "woche" in text or "week" in text:  # Holy Week: the week before Easter
        text = _HOLY_WEEK.sub(
            lambda m: "woche vor ostern" if m[0][0] == "k" else "week before easter", text
        )
    return _DAY_THEN_WEEK.sub(said, _WEEK_THEN_DAY.sub(said, text))
