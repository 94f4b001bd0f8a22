"""Resolving and checking the day and time a caller asked for, in the salon's zone.

The model never does calendar arithmetic alone: it passes what the caller said ("Freitag",
"den 27.", "halb drei", "morgen früh"), and `tools.when` says which date and time that is (or
which window to search, or which candidates to offer), whether it is in the past, whether the
salon is open (weekdays, public holidays, closed days), and whether a said weekday matches the
date. This module keeps the names the tools call.
"""

from __future__ import annotations

from datetime import date, datetime, time

from calendar_adapter.salon import SalonFile
from tools.when import DateCheck, Status, understand
from tools.when.days import Today, day_terms
from tools.when.lexicon import WEEKDAY_ABBREVIATIONS, WEEKDAYS
from tools.when.normalize import normalize
from tools.when.times import parse_clock

__all__ = [
    "DateCheck",
    "Status",
    "check_request",
    "next_open_days",
    "parse_time",
    "parse_weekday",
    "resolve_date",
]


def parse_weekday(text: str) -> int | None:
    """Monday=0 for a German or English weekday name ('Freitag', 'Fr.', 'friday')."""
    words = [w for w in normalize(text).split() if w not in ("am", "den", "on", "the")]
    if len(words) != 1:
        return None
    return WEEKDAYS.get(words[0], WEEKDAY_ABBREVIATIONS.get(words[0]))


def resolve_date(text: str, today: date, salon: SalonFile | None = None) -> date | None:
    """The one date a day phrase means on `today`, or None (not a date, or several dates)."""
    from calendar_adapter.salon import load_salon

    ctx = Today(datetime.combine(today, time(12)), salon or load_salon())
    terms, _ = day_terms(normalize(text), ctx, bare_numbers=True)
    if len(terms) != 1 or len(terms[0].dates) != 1 or terms[0].earliest:
        return None
    return terms[0].dates[0]


def parse_time(text: str) -> time | None:
    """A clock time as said, without reading it in opening hours ('10:30', 'halb elf' ->
    10:30); None when it is no time or not one time."""
    readings = parse_clock(normalize(text))
    if not readings or len(readings) != 1:
        return None
    clock = readings[0]
    return time(
        clock.hour + (12 if clock.meridiem == "pm" and clock.hour < 12 else 0), clock.minute
    )


def next_open_days(salon: SalonFile, after: date, count: int = 3) -> list[date]:
    return salon.next_open_days(after, count)


def check_request(
    salon: SalonFile,
    now: datetime,
    date_text: str,
    time_text: str | None = None,
    weekday_text: str | None = None,
    minutes: int = 0,
) -> DateCheck:
    """Everything about the asked day and time that can be decided without the calendar."""
    return understand(salon, now, date_text, time_text, weekday_text, minutes)
