"""Instants as the sandbox stores them (epoch seconds) and as Cal.com writes them (ISO 8601)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from calendar_adapter.salon import SalonFile
from calendar_adapter.sandbox.errors import ApiError


def to_epoch(at: datetime) -> int:
    return int(at.timestamp())


def from_epoch(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def iso_utc(ts: int) -> str:
    """Cal.com's UTC form: `2026-11-27T09:00:00.000Z`."""
    return from_epoch(ts).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def iso_in_zone(ts: int, zone: ZoneInfo) -> str:
    """A slot start in the caller's zone, with its offset: `2026-11-27T10:00:00.000+01:00`."""
    return from_epoch(ts).astimezone(zone).isoformat(timespec="milliseconds")


def parse_instant(value: str, field: str, *, zone: ZoneInfo | None = None, end_of_day=False) -> int:
    """An ISO instant or a bare date (start, or end, of that day in `zone`, UTC by default)."""
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            t = time(23, 59, 59) if end_of_day else time(0, 0)
            return to_epoch(datetime.combine(d, t, tzinfo=zone or UTC))
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ApiError(400, f"{field} must be a valid ISO 8601 date string") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return to_epoch(parsed)


def zone_or_400(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except Exception:
        raise ApiError(400, f"Invalid time zone: {name}") from None


def candidate_starts(salon: SalonFile, minutes: int, from_ts: int, to_ts: int) -> list[int]:
    """Every slot start of a `minutes`-long service inside opening hours, on the salon's grid,
    starting in [from_ts, to_ts]. Local wall-clock time, so DST changes shift UTC correctly."""
    tz = salon.tz
    step = salon.slot_interval_minutes
    day = from_epoch(from_ts).astimezone(tz).date() - timedelta(days=1)
    last = from_epoch(to_ts).astimezone(tz).date()
    starts: list[int] = []
    while day <= last:
        hours = salon.hours_on(day)
        if hours is not None:
            open_min = hours[0].hour * 60 + hours[0].minute
            close_min = hours[1].hour * 60 + hours[1].minute
            m = open_min
            while m + minutes <= close_min:
                local = datetime.combine(day, time(m // 60, m % 60), tzinfo=tz)
                ts = to_epoch(local)
                if from_ts <= ts <= to_ts:
                    starts.append(ts)
                m += step
        day += timedelta(days=1)
    return starts


def is_on_grid(salon: SalonFile, minutes: int, start_ts: int) -> bool:
    """Whether a booking at `start_ts` lies inside opening hours (the stylist is available)."""
    local = from_epoch(start_ts).astimezone(salon.tz)
    return salon.is_open_at(local, minutes)
