"""Phrases for what was understood, in the call's language: a day with its year when not this
year's, a holiday with its preposition ("am ersten Weihnachtstag", "an Silvester" / "on
Silvester"), a window of times ("zwischen 14 und 15:30 Uhr" / "between 2 pm and 3:30 pm"), and
the date checker's messages to the model (`Words`). The date forms are `tools.speech`'s; the
message texts are keys of `tools.hints`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time

from tools.hints import hint
from tools.speech import MONTHS_DE, MONTHS_EN, date_in, day_in, time_in, weekday_in
from tools.when.named_days import day_name

_WITH_AN = ("Neujahr", "Heiligabend", "Silvester", "Heilige Drei Könige", "Ostern", "Pfingsten")
_ORDINALS = {"Erster": "ersten", "Zweiter": "zweiten"}


def _en(language: str) -> bool:
    return language == "en"


def on_named_day(name: str, language: str = "de") -> str:
    """'am ersten Weihnachtstag', 'an Neujahr', 'am Karfreitag' / 'on Karfreitag' (the salon's
    own name of the day); 'an diesem Tag' / 'on that day' for an unnamed day."""
    if _en(language):
        return f"on {name}" if name else "on that day"
    if not name:
        return "an diesem Tag"
    if name in _WITH_AN:
        return f"an {name}"
    first, _, rest = name.partition(" ")
    if first in _ORDINALS:
        return f"am {_ORDINALS[first]} {rest}".rstrip()
    return f"am {name}"


def spoken_day_with_year(day: date, today: date, language: str = "de") -> str:
    """'Freitag, 27. November' / 'Friday, 27 November', with the year when not this year's."""
    spoken = date_in(day, language)
    return f"{spoken} {day.year}" if day.year != today.year else spoken


def spoken_window(start: time, end: time, language: str = "de") -> str:
    """'zwischen 14 und 15:30 Uhr' / 'between 2 pm and 3:30 pm'."""
    if _en(language):
        return f"between {time_in(start, language)} and {time_in(end, language)}"
    return f"zwischen {time_in(start, language).removesuffix(' Uhr')} und {time_in(end, language)}"


@dataclass(frozen=True)
class Words:
    """How the date checker says things to the model in one call's language (`today`: the
    salon's today, for the year said with a day that is not this year's; `salons`: the English
    names the salon file gives its own closed days, by their own names)."""

    language: str
    today: date
    salons: Mapping[str, str] = field(default_factory=dict)

    def message(self, key: str, **fields: object) -> str:
        return hint(key, self.language, **fields)

    def day(self, day: date) -> str:
        """'Freitag, 27. November' (with the year when not this year's)."""
        return spoken_day_with_year(day, self.today, self.language)

    def date(self, day: date) -> str:
        """'Freitag, 27. November', never with the year."""
        return date_in(day, self.language)

    def day_of_month(self, day: date) -> str:
        """'27. November' / '27 November'."""
        return day_in(day, self.language)

    def weekday(self, weekday: int) -> str:
        return weekday_in(weekday, self.language)

    def month(self, month: int, year: int) -> str:
        return f"{(MONTHS_EN if _en(self.language) else MONTHS_DE)[month - 1]} {year}"

    def time(self, t: time) -> str:
        return time_in(t, self.language)

    def window(self, start: time, end: time) -> str:
        return spoken_window(start, end, self.language)

    def name(self, name: str | None, day: date) -> str | None:
        """A holiday's or named day's name in the call's language (`named_days.day_name`)."""
        return day_name(name, day, self.language, self.salons)

    def on(self, name: str) -> str:
        return on_named_day(name, self.language)

    def on_day(self, day: date) -> str:
        """'am Freitag, 27. November' / 'on Friday, 27 November'."""
        return f"{'on' if _en(self.language) else 'am'} {self.day(day)}"

    def these_days(self) -> str:
        return "on these days" if _en(self.language) else "an diesen Tagen"

    def either(self, items: Iterable[str]) -> str:
        """'a oder b' / 'a or b'."""
        return (" or " if _en(self.language) else " oder ").join(items)

    def both(self, items: Iterable[str]) -> str:
        """'a und b' / 'a and b'."""
        return (" and " if _en(self.language) else " und ").join(items)
