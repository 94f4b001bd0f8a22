"""Between Python values and SQLite text: UTC ISO-8601 timestamps, JSON, rows to dataclasses."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import aiosqlite

from .models import Appointment, AppointmentState, CallRow, StylistRow, TimelineEvent


def to_db_time(at: datetime) -> str:
    """Fixed-width UTC text, so that SQL string comparison is time order."""
    if at.tzinfo is None:
        raise ValueError(f"naive datetime {at!r}: the ledger stores only aware times")
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(text: str | None) -> datetime | None:
    if text is None:
        return None
    at = datetime.fromisoformat(text)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_db_time(value) if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    return repr(value)


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, default=_json_default, separators=(",", ":"))


def appointment_from_row(row: aiosqlite.Row) -> Appointment:
    return Appointment(
        id=row["id"],
        call_id=row["call_id"],
        state=AppointmentState(row["state"]),
        event_type_id=row["event_type_id"],
        stylist_user_id=row["stylist_user_id"],
        service_slug=row["service_slug"],
        start=from_db_time(row["start"]),  # type: ignore[arg-type]
        end=from_db_time(row["end"]),  # type: ignore[arg-type]
        caller_phone=row["caller_phone"],
        customer_name=row["customer_name"],
        reservation_uid=row["reservation_uid"],
        reservation_until=from_db_time(row["reservation_until"]),
        request_id=row["request_id"],
        booking_uid=row["booking_uid"],
        booking_status=row["booking_status"],
        rescheduled_from_id=row["rescheduled_from_id"],
        error=row["error"],
        created_at=from_db_time(row["created_at"]),  # type: ignore[arg-type]
        updated_at=from_db_time(row["updated_at"]),  # type: ignore[arg-type]
    )


def timeline_from_row(row: aiosqlite.Row) -> TimelineEvent:
    return TimelineEvent(
        call_id=row["call_id"],
        at=from_db_time(row["at"]),  # type: ignore[arg-type]
        kind=row["kind"],
        data=json.loads(row["data"]),
    )


def stylist_from_row(row: aiosqlite.Row) -> StylistRow:
    return StylistRow(
        id=row["id"],
        calcom_user_id=row["calcom_user_id"],
        username=row["username"],
        name=row["name"],
        email=row["email"],
        synced_at=from_db_time(row["synced_at"]),
    )


def call_from_row(row: aiosqlite.Row) -> CallRow:
    return CallRow(
        call_id=row["call_id"],
        caller_phone=row["caller_phone"],
        mode=row["mode"],
        started_at=from_db_time(row["started_at"]),  # type: ignore[arg-type]
        ended_at=from_db_time(row["ended_at"]),
        end_reason=row["end_reason"],
    )
