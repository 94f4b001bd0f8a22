"""How code names an appointment to the caller, in German and English.

German dates and times come from `tools.speech` (the booking tools' own forms), so what the guard
and the summary say sounds like what the tools said.
"""

from __future__ import annotations

from datetime import datetime

from agent.claims.model import AppointmentFact
from tools import speech

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day(at: datetime, language: str) -> str:
    """'Freitag, 27. November' / 'Friday, 27 November' (`at` in the salon's zone)."""
    if language == "en":
        return f"{WEEKDAYS_EN[at.weekday()]}, {at.day} {MONTHS_EN[at.month - 1]}"
    return speech.spoken_date(at.date())


def clock_time(at: datetime, language: str) -> str:
    """'10 Uhr', '10:30 Uhr' / '10 am', '2:30 pm'."""
    if language == "en":
        hour = at.hour % 12 or 12
        suffix = "am" if at.hour < 12 else "pm"
        return f"{hour} {suffix}" if at.minute == 0 else f"{hour}:{at.minute:02d} {suffix}"
    return speech.spoken_time(at.time())


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
