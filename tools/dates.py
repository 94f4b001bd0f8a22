"""Resolving and checking the day and time a caller asked for, in the salon's zone.

The model never does calendar arithmetic alone: it passes what the caller said ("Freitag",
"2026-11-27", "10.30"), and this module says which date that is, whether it is in the past, whether
the salon is open, and whether the said weekday matches the date. On a mismatch it names the
correct dates instead of guessing which half the caller meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from calendar_adapter.salon import SalonFile
from tools.speech import WEEKDAYS_DE, spoken_date, spoken_day, spoken_time
from tools.text_fold import fold

MAX_DAYS_AHEAD = 366

_WEEKDAY_NAMES: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("montag", "mo", "monday", "mon"),
        ("dienstag", "di", "tuesday", "tue", "tues"),
        ("mittwoch", "mi", "wednesday", "wed"),
        ("donnerstag", "do", "thursday", "thu", "thurs"),
        ("freitag", "fr", "friday", "fri"),
        ("samstag", "sa", "sonnabend", "saturday", "sat"),
        ("sonntag", "so", "sunday", "sun"),
    )
):
    for _n in _names:
        _WEEKDAY_NAMES[_n] = _i

_RELATIVE_DAYS = {"heute": 0, "today": 0, "morgen": 1, "tomorrow": 1, "uebermorgen": 2}
_DATE_FILLERS = {
    "am",
    "den",
    "der",
    "naechsten",
    "naechster",
    "kommenden",
    "diesen",
    "this",
    "next",
    "on",
}

Status = Literal[
    "ok",
    "invalid_date",
    "invalid_time",
    "weekday_mismatch",
    "past_date",
    "closed",
    "outside_hours",
]


def parse_weekday(text: str) -> int | None:
    """Monday=0 for a German or English weekday name ('Freitag', 'Fr.', 'friday')."""
    words = [w for w in fold(text).split() if w not in _DATE_FILLERS]
    if len(words) != 1:
        return None
    return _WEEKDAY_NAMES.get(words[0])


def resolve_date(text: str, today: date) -> date | None:
    """ISO date, German numeric date, heute/morgen/übermorgen, or a bare weekday (the next such
    day after today). None when it is not a date."""
    raw = text.strip()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})\.\s?(\d{1,2})\.?(?:\s?(\d{4}))?", raw)
    if m:
        day_, month = int(m[1]), int(m[2])
        year = int(m[3]) if m[3] else today.year
        try:
            resolved = date(year, month, day_)
        except ValueError:
            return None
        if not m[3] and resolved < today:
            try:
                resolved = date(year + 1, month, day_)
            except ValueError:
                return None
        return resolved
    folded = " ".join(w for w in fold(raw).split() if w not in _DATE_FILLERS)
    if folded in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[folded])
    weekday = _WEEKDAY_NAMES.get(folded)
    if weekday is not None:
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    return None


def parse_time(text: str) -> time | None:
    """'10:00', '10', '10.30', '10 Uhr', '10:30 Uhr', '10 Uhr 30'. None when it is not a time."""
    m = re.fullmatch(r"(?:um )?(\d{1,2})h?(?: (\d{2}))?(?: uhr)?(?: (\d{2}))?", fold(text))
    if not m or (m[2] and m[3]):
        return None
    hour, minute = int(m[1]), int(m[2] or m[3] or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


@dataclass(frozen=True)
class DateCheck:
    status: Status
    day: date | None = None
    start_local: datetime | None = None  # aware, salon zone; only when a time was given
    message: str = ""
    options: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _option(day: date) -> dict:
    return {"date": day.isoformat(), "spoken": spoken_date(day)}


def next_open_days(salon: SalonFile, after: date, count: int = 3) -> list[date]:
    days, day = [], after
    for _ in range(14):
        day += timedelta(days=1)
        if salon.hours_on(day) is not None:
            days.append(day)
            if len(days) == count:
                break
    return days


def _weekday_mismatch(said: int, day: date, today: date) -> DateCheck:
    forward = day + timedelta(days=(said - day.weekday()) % 7)
    backward = forward - timedelta(days=7)
    nearest = forward if (forward - day) <= (day - backward) or backward < today else backward
    message = (
        f"{WEEKDAYS_DE[said]} ist der {spoken_day(nearest)}; "
        f"der {spoken_day(day)} ist ein {WEEKDAYS_DE[day.weekday()]}."
    )
    options = [_option(nearest)] + ([_option(day)] if day >= today else [])
    return DateCheck("weekday_mismatch", day=day, message=message, options=options)


def check_request(
    salon: SalonFile,
    now: datetime,
    date_text: str,
    time_text: str | None = None,
    weekday_text: str | None = None,
    minutes: int = 0,
) -> DateCheck:
    """Everything about the asked day and time that can be decided without the calendar."""
    tz = salon.tz
    now_local = now.astimezone(tz)
    today = now_local.date()

    day = resolve_date(date_text, today)
    if day is None:
        return DateCheck("invalid_date", message=f"'{date_text}' ist kein verständliches Datum.")
    if day > today + timedelta(days=MAX_DAYS_AHEAD):
        return DateCheck(
            "invalid_date", day=day, message="Das Datum liegt mehr als ein Jahr voraus."
        )

    if weekday_text:
        said = parse_weekday(weekday_text)
        if said is None:
            return DateCheck(
                "invalid_date", day=day, message=f"'{weekday_text}' ist kein Wochentag."
            )
        if said != day.weekday():
            return _weekday_mismatch(said, day, today)

    start_local: datetime | None = None
    if time_text:
        t = parse_time(time_text)
        if t is None:
            return DateCheck("invalid_time", day=day, message=f"'{time_text}' ist keine Uhrzeit.")
        start_local = datetime.combine(day, t, tzinfo=tz)

    if day < today or (start_local is not None and start_local <= now_local):
        if day < today:
            message = (
                f"{spoken_date(day)} liegt in der Vergangenheit; heute ist {spoken_date(today)}."
            )
        else:
            message = f"{spoken_time(start_local.time())} ist heute schon vorbei."
        return DateCheck(
            "past_date",
            day=day,
            message=message,
            options=[_option(d) for d in next_open_days(salon, today - timedelta(days=1))],
        )

    hours = salon.hours_on(day)
    if hours is None:
        return DateCheck(
            "closed",
            day=day,
            message=f"Am {spoken_date(day)} ist der Salon geschlossen.",
            options=[_option(d) for d in next_open_days(salon, day)],
        )

    if start_local is not None and not salon.is_open_at(start_local, minutes):
        close = datetime.combine(day, hours[1], tzinfo=tz)
        last = close - timedelta(minutes=minutes)
        return DateCheck(
            "outside_hours",
            day=day,
            start_local=start_local,
            message=(
                f"Am {spoken_date(day)} ist von {spoken_time(hours[0])} bis {spoken_time(hours[1])} "
                f"geöffnet; der letzte Beginn für diese Leistung ist {spoken_time(last.time())}."
            ),
            options=[_option(day)],
        )
    return DateCheck("ok", day=day, start_local=start_local)
