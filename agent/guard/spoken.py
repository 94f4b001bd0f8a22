"""How code names an appointment to the caller, in German and English.

German dates and times come from `tools.speech` (the booking tools' own forms), so what the guard
and the summary say sounds like what the tools said.
"""

from __future__ import annotations

from datetime import datetime

from agent.claims.model import AppointmentFact
from tools import speech


def day(at: datetime, language: str) -> str:
    """'Freitag, 27. November' / 'Friday, 27 November' (`at` in the salon's zone)."""
    return speech.date_in(at.date(), language)


def clock_time(at: datetime, language: str) -> str:
    """'10 Uhr', '10:30 Uhr' / '10 am', '2:30 pm'."""
    return speech.time_in(at.time(), language)


def when(at: datetime, language: str) -> str:
    """'am Freitag, 27. November um 10 Uhr' / 'on Friday, 27 November at 10 am'."""
    if language == "en":
        return f"on {day(at, language)} at {clock_time(at, language)}"
    return f"am {day(at, language)} um {clock_time(at, language)}"


def slot(at: datetime, language: str) -> str:
    """'Freitag, 27. November, 10 Uhr' / 'Friday, 27 November, 10 am'."""
    return f"{day(at, language)}, {clock_time(at, language)}"


def appointment(fact: AppointmentFact, language: str) -> str:
    """'Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer' /
    'Dauerwelle on Friday, 27 November, 10 am with Fabian Spitzer'."""
    on, by = ("on", "with") if language == "en" else ("am", "bei")
    what = fact.service or ("appointment" if language == "en" else "Termin")
    text = f"{what} {on} {slot(fact.start, language)}"
    return f"{text} {by} {fact.stylist}" if fact.stylist else text


def listing(items: list[str], language: str) -> str:
    """'A', 'A und B', 'A, B und C' (English: 'and')."""
    if len(items) <= 1:
        return "".join(items)
    word = "and" if language == "en" else "und"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
