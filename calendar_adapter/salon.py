"""The salon file: business facts, opening hours, public holidays and closed days, services and
staff (the sandbox's seed, and the agent's knowledge of when the salon is open).

This is the one place that answers "is the salon open on day X / at time T": the tools, the prompt
and the embedded sandbox's slots all ask `hours_on` / `is_open_at`, so a holiday is closed
everywhere at once.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

import holidays as holidays_lib
import yaml
from pydantic import BaseModel, Field, field_validator, model_validator

from .greeting import Greeting, Recording

DEFAULT_SALON_FILE = Path(__file__).parent / "data" / "salon.yaml"
# libyaml's safe loader where installed: the same documents, ~8x less CPU than the pure-Python
# one (a salon file is read for every calendar a process opens, and in most tests).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Business(BaseModel):
    name: str
    time_zone: str = "Europe/Berlin"
    language: str = "de"
    phone: str | None = None
    address: str | None = None  # told in the text confirming a booking
    # Where "Kann ich mit jemandem sprechen?" is put through during opening hours; default phone.
    handover_phone: str | None = None


class ServiceSpec(BaseModel):
    slug: str
    name: str
    minutes: int = Field(gt=0)
    aliases: list[str] = []  # everyday names and paraphrases callers use, German and English


class ServiceGroup(BaseModel):
    """Words that name several services at once ("Haarschnitt": Damen, Herren or Kinder?): a
    caller who uses one is asked which, never given one of them."""

    names: list[str]
    services: list[str]


class StaffSpec(BaseModel):
    username: str
    name: str
    email: str
    services: list[str]
    aliases: list[str] = []  # nicknames the salon uses ("Fabi")
    # how callers address them ("Herr Spitzer", "Frau Brandt"); a caller's title that contradicts
    # it ("Frau Spitzer") is asked back, never matched to this stylist
    title: Literal["Herr", "Frau"] | None = None


class HolidayRule(BaseModel):
    """Public holidays computed by the `holidays` library: country and state (ISO 3166-2 code
    without the country, e.g. BE for Berlin)."""

    country: str = "DE"
    subdivision: str | None = None


class ClosedDays(BaseModel):
    """Days the salon is closed on top of weekdays and holidays: one date or a range of dates
    ("Betriebsferien"), or one day of the year closed every year (`every_year: "12-24"`,
    Heiligabend), from and until a year if given. `name` is the salon's own name for them
    (German); `name_en` what an English call hears (without it, an English call hears the day
    by its date, unless the name is a named day the lexicon knows, as "Heiligabend")."""

    start: date | None = Field(default=None, alias="from")
    end: date | None = Field(default=None, alias="to")
    every_year: str | None = None  # "MM-DD": this day in every year
    from_year: int | None = None  # with every_year: the first year it is closed
    until_year: int | None = None  # with every_year: the last year it is closed
    name: str = ""
    name_en: str = ""

    @model_validator(mode="before")
    @classmethod
    def _one_day(cls, v: Any) -> Any:
        if isinstance(v, date | str):
            return {"from": v, "to": v}
        if isinstance(v, dict) and "date" in v:
            rest = {k: w for k, w in v.items() if k != "date"}
            return {**rest, "from": v["date"], "to": v["date"]}
        return v

    @model_validator(mode="after")
    def _one_form(self) -> ClosedDays:
        if self.every_year is not None:
            if self.start is not None or self.end is not None:
                raise ValueError("closed days: either every_year or a date / from-to, not both")
            self._month_day()  # a wrong day fails at load
            first, last = self.from_year, self.until_year
            if first is not None and last is not None and last < first:
                raise ValueError(f"closed days: until_year {last} is before from_year {first}")
            return self
        if self.from_year is not None or self.until_year is not None:
            raise ValueError("closed days: from_year / until_year go with every_year only")
        if self.start is None or self.end is None:
            raise ValueError("closed days: a date, from and to, or every_year")
        if self.end < self.start:
            raise ValueError(f"closed days: {self.start} is after {self.end}")
        return self

    def _month_day(self) -> tuple[int, int]:
        return _month_day(str(self.every_year).strip())

    def covers(self, day: date) -> bool:
        """The salon is closed on `day` by this entry."""
        if self.every_year is None:
            assert self.start is not None and self.end is not None  # checked at load
            return self.start <= day <= self.end
        if self.from_year is not None and day.year < self.from_year:
            return False
        if self.until_year is not None and day.year > self.until_year:
            return False
        return (day.month, day.day) == self._month_day()


# read for every day a reader looks at (each closed-days entry, each day): once per spelling
@lru_cache(maxsize=256)
def _month_day(text: str) -> tuple[int, int]:
    """An every_year day ("12-24") as month and day."""
    try:
        month, day = (int(part) for part in text.split("-"))
        date(2000, month, day)  # a leap year: "02-29" is closed in the years that have it
    except ValueError:
        raise ValueError(f"closed days: every_year {text!r} is no month and day (MM-DD)") from None
    return month, day


class SalonFile(BaseModel):
    business: Business
    # What every call hears first (AI disclosure, privacy line), and whether calls are recorded
    # (with consent only); both checked at load (`calendar_adapter.greeting`).
    greeting: Greeting = Greeting()
    recording: Recording = Recording()
    opening_hours: dict[str, tuple[time, time]]
    slot_interval_minutes: int = Field(default=15, gt=0)
    holidays: HolidayRule | None = None
    closed_days: list[ClosedDays] = []
    services: list[ServiceSpec]
    service_groups: list[ServiceGroup] = []
    staff: list[StaffSpec]
    # Texts to callers after a booking, cancellation or move (and outcomes settled later); a
    # salon that does not want them sets false.
    sms_confirmations: bool = True

    @field_validator("opening_hours")
    @classmethod
    def _known_days(cls, v: dict[str, tuple[time, time]]) -> dict[str, tuple[time, time]]:
        for day, (open_, close) in v.items():
            if day not in WEEKDAY_KEYS:
                raise ValueError(f"unknown weekday {day!r} (use {', '.join(WEEKDAY_KEYS)})")
            if open_ >= close:
                raise ValueError(f"{day}: opening {open_} is not before closing {close}")
        return v

    @model_validator(mode="after")
    def _known_holiday_rule(self) -> SalonFile:
        if self.holidays is not None:
            try:
                self._holidays()  # built here so a bad code fails at load
            except (NotImplementedError, KeyError) as e:
                raise ValueError(f"holidays: unknown country or subdivision ({e})") from None
        return self

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.business.time_zone)

    def _holiday_place(self, language: str | None) -> tuple[str, str | None, str] | None:
        """Country, state and the holidays' language (`language`, default the salon's)."""
        rule = self.holidays
        if rule is None:
            return None
        named_in = "de" if (language or self.business.language) == "de" else "en_US"
        return rule.country, rule.subdivision, named_in

    def _holidays(self, language: str | None = None) -> holidays_lib.HolidayBase | None:
        """The holidays where the salon is, named in `language` (default: the salon's)."""
        place = self._holiday_place(language)
        return None if place is None else _holiday_calendar(*place)

    def holiday_on(self, day: date, language: str | None = None) -> str | None:
        """The public holiday on `day` where the salon is ("Erster Weihnachtstag"; "Christmas
        Day" in an English call), or None. Named in the salon's language unless one is given."""
        place = self._holiday_place(language)
        return None if place is None else _holiday_name(*place, day)

    def closure_on(self, day: date, language: str | None = None) -> str | None:
        """Why the salon is closed on a day it would open by weekday: the holiday's name (in
        `language`, default the salon's), the closed days' own name as the salon file gives it
        (its English name is `closed_day_names_en`'s), or "" for an unnamed closed day; None
        when not closed for a reason."""
        holiday = self.holiday_on(day, language)
        if holiday:
            return holiday
        for closed in self.closed_days:
            if closed.covers(day):
                return closed.name
        return None

    @cached_property
    def closed_day_names_en(self) -> dict[str, str]:
        """The English names the salon file gives its own closed days, by their own names
        (`name_en`; what an English call hears, `tools.when.named_days.day_name`)."""
        return {c.name: c.name_en for c in self.closed_days if c.name and c.name_en}

    def hours_on(self, day: date) -> tuple[time, time] | None:
        """Local opening and closing time on `day`, or None when the salon is closed (weekday,
        public holiday or one of the salon's closed days)."""
        if self.closure_on(day) is not None:
            return None
        return self.opening_hours.get(WEEKDAY_KEYS[day.weekday()])

    def next_open_days(self, after: date, count: int = 3, horizon: int = 60) -> list[date]:
        """The first `count` open days after `after` (within `horizon` days)."""
        days: list[date] = []
        for offset in range(1, horizon + 1):
            day = after + timedelta(days=offset)
            if self.hours_on(day) is not None:
                days.append(day)
                if len(days) == count:
                    break
        return days

    def is_open_at(self, local: datetime, minutes: int = 0) -> bool:
        hours = self.hours_on(local.date())
        if hours is None:
            return False
        start_min = local.hour * 60 + local.minute
        close_min = hours[1].hour * 60 + hours[1].minute
        return hours[0] <= local.time() and start_min + minutes <= close_min


def load_salon(path: str | Path | None = None) -> SalonFile:
    """Load and validate a salon file; the shipped reference salon when no path is given."""
    p = Path(path) if path else DEFAULT_SALON_FILE
    try:
        raw = yaml.load(p.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except FileNotFoundError:
        raise FileNotFoundError(f"salon file not found: {p}") from None
    return SalonFile.model_validate(raw)


@cache
def _holiday_calendar(
    country: str, subdivision: str | None, language: str
) -> holidays_lib.HolidayBase:
    """One calendar per place and language per process (it fills in years as they are asked)."""
    return holidays_lib.country_holidays(country, subdiv=subdivision, language=language)


# asked for the same few weeks' days again and again while a request is read (the library's own
# look-up is slow); bounded for a server
@lru_cache(maxsize=8192)
def _holiday_name(country: str, subdivision: str | None, language: str, day: date) -> str | None:
    """The first name of the public holiday on `day` at a place, in a language, or None."""
    name = _holiday_calendar(country, subdivision, language).get(day)
    return name.split(";")[0].strip() if name else None
