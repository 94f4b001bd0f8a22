"""German phrases for what was understood: a holiday with its preposition ("am ersten
Weihnachtstag", "an Silvester"), a window of times ("zwischen 14 und 15:30 Uhr")."""

from __future__ import annotations

from datetime import date, time

from tools.speech import spoken_date, spoken_time

_WITH_AN = ("Neujahr", "Heiligabend", "Silvester", "Heilige Drei Könige", "Ostern", "Pfingsten")
_ORDINALS = {"Erster": "ersten", "Zweiter": "zweiten"}


def on_named_day(name: str) -> str:
    """'am ersten Weihnachtstag', 'an Neujahr', 'am Karfreitag'; 'am' for an unnamed day."""
    if not name:
        return "an diesem Tag"
    if name in _WITH_AN:
        return f"an {name}"
    first, _, rest = name.partition(" ")
    if first in _ORDINALS:
        return f"am {_ORDINALS[first]} {rest}".rstrip()
    return f"am {name}"


def spoken_day_with_year(day: date, today: date) -> str:
    """'Freitag, 27. November', with the year when it is not this year's."""
    spoken = spoken_date(day)
    return f"{spoken} {day.year}" if day.year != today.year else spoken


def spoken_window(start: time, end: time) -> str:
    return f"zwischen {spoken_time(start).removesuffix(' Uhr')} und {spoken_time(end)}"
