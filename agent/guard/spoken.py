"""How code names an appointment to the caller, in German and English.

German dates and times come from `tools.speech` (the booking tools' own forms), so what the guard
and the summary say sounds like what the tools said.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

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


class _Slot(Protocol):
    @property
    def start(self) -> datetime: ...  # aware, in the salon's zone
    @property
    def stylist(self) -> str | None: ...


def slot_list(slots: Sequence[_Slot], language: str, stylists: Sequence[str] = ()) -> str:
    """Slots as a caller can take them in: grouped by day and stylist, the times joined.
    'am Freitag, 27. November, bei Fabian um 9:30 oder 10:30 Uhr, oder bei Lena um 11 Uhr' /
    'Friday, 27 November, with Fabian at 9:30 or 10:30 am, or Saturday, 28 November, with
    Mehmet at 11 am'. A stylist is named by first name when no other stylist of `stylists`
    has it."""
    groups: dict[tuple, list[datetime]] = {}
    for s in sorted(slots, key=lambda s: s.start.date()):  # a day's groups side by side
        groups.setdefault((s.start.date(), s.stylist), []).append(s.start)
    en = language == "en"
    parts, last_day = [], None
    for (on, stylist), starts in groups.items():
        said = (
            []
            if on == last_day
            else [day(starts[0], language) if en else f"am {day(starts[0], language)}"]
        )
        if stylist:
            said.append(f"{'with' if en else 'bei'} {_short(stylist, stylists)}")
        at = f"{'at' if en else 'um'} {_times(sorted(set(starts)), language)}"
        parts.append(f"{', '.join(said)} {at}" if said else at)
        last_day = on
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])}, {'or' if en else 'oder'} {parts[-1]}"


def _short(stylist: str, stylists: Sequence[str]) -> str:
    first = stylist.split()[0]
    others = [s for s in stylists if s != stylist and s.split()[:1] == [first]]
    return stylist if others else first


def _times(starts: list[datetime], language: str) -> str:
    """'9:30 oder 10:30 Uhr', '10 Uhr' / '9:30 or 10:30 am', '11:30 am or 2 pm'."""
    said = [clock_time(at, language) for at in starts]
    unit = said[-1].rsplit(" ", 1)[1]  # "Uhr", "am", "pm"
    if all(t.endswith(" " + unit) for t in said):
        said = [t.rsplit(" ", 1)[0] for t in said[:-1]] + said[-1:]
    word = "or" if language == "en" else "oder"
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} {word} {said[-1]}"
