"""The salon file: business facts, opening hours, services and staff (the sandbox's seed, and the
agent's knowledge of when the salon is open)."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from pydantic import BaseModel, Field, field_validator

DEFAULT_SALON_FILE = Path(__file__).parent / "data" / "salon.yaml"
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Business(BaseModel):
    name: str
    time_zone: str = "Europe/Berlin"
    language: str = "de"
    phone: str | None = None


class ServiceSpec(BaseModel):
    slug: str
    name: str
    minutes: int = Field(gt=0)
    aliases: list[str] = []


class StaffSpec(BaseModel):
    username: str
    name: str
    email: str
    services: list[str]


class SalonFile(BaseModel):
    business: Business
    opening_hours: dict[str, tuple[time, time]]
    slot_interval_minutes: int = Field(default=15, gt=0)
    services: list[ServiceSpec]
    staff: list[StaffSpec]

    @field_validator("opening_hours")
    @classmethod
    def _known_days(cls, v: dict[str, tuple[time, time]]) -> dict[str, tuple[time, time]]:
        for day, (open_, close) in v.items():
            if day not in WEEKDAY_KEYS:
                raise ValueError(f"unknown weekday {day!r} (use {', '.join(WEEKDAY_KEYS)})")
            if open_ >= close:
                raise ValueError(f"{day}: opening {open_} is not before closing {close}")
        return v

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.business.time_zone)

    def hours_on(self, day: date) -> tuple[time, time] | None:
        """Local opening and closing time on `day`, or None when the salon is closed."""
        return self.opening_hours.get(WEEKDAY_KEYS[day.weekday()])

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
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"salon file not found: {p}") from None
    return SalonFile.model_validate(raw)
