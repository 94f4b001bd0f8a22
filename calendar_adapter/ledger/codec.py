"""Between Python values and SQLite text: UTC ISO-8601 timestamps, JSON, rows to dataclasses."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar, get_args, get_type_hints

import aiosqlite

from .models import (
    Appointment,
    AppointmentState,
    BudgetRow,
    CallerNotice,
    CallPrivacy,
    CallRow,
    DoneMark,
    MessageKind,
    OutboxChannel,
    OutboxItem,
    PendingRelease,
    SlotChange,
    StylistRow,
    TakenMessage,
    TimelineEvent,
    TransferOutcome,
    WorkerRow,
)

_Row = TypeVar("_Row")


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
    return _from_row(Appointment, row, state=AppointmentState)


def timeline_from_row(row: aiosqlite.Row) -> TimelineEvent:
    return _from_row(TimelineEvent, row, data=json.loads)


def stylist_from_row(row: aiosqlite.Row) -> StylistRow:
    return _from_row(StylistRow, row)


def call_from_row(row: aiosqlite.Row) -> CallRow:
    return _from_row(CallRow, row)


def release_from_row(row: aiosqlite.Row) -> PendingRelease:
    return _from_row(PendingRelease, row)


def notice_from_row(row: aiosqlite.Row) -> CallerNotice:
    return _from_row(CallerNotice, row)


def done_mark_from_row(row: aiosqlite.Row) -> DoneMark:
    return _from_row(DoneMark, row)


def privacy_from_row(row: aiosqlite.Row) -> CallPrivacy:
    return _from_row(CallPrivacy, row)


def message_from_row(row: aiosqlite.Row) -> TakenMessage:
    return _from_row(TakenMessage, row, kind=MessageKind)


def outbox_from_row(row: aiosqlite.Row) -> OutboxItem:
    return _from_row(OutboxItem, row, channel=OutboxChannel)


def worker_from_row(row: aiosqlite.Row) -> WorkerRow:
    return _from_row(WorkerRow, row, accepting=bool, draining=bool)


def budget_from_row(row: aiosqlite.Row) -> BudgetRow:
    return _from_row(BudgetRow, row)


def slot_change_from_row(row: aiosqlite.Row) -> SlotChange:
    ids = str(row["event_type_ids"] or "")
    return _from_row(
        SlotChange,
        row,
        event_type_ids=lambda _cell: tuple(int(i) for i in ids.split(",") if i),
        everywhere=bool,
    )


def transfer_outcome_from_row(row: aiosqlite.Row) -> TransferOutcome:
    return _from_row(TransferOutcome, row, answered=bool)


def _from_row(cls: type[_Row], row: aiosqlite.Row, **convert: Callable[[Any], Any]) -> _Row:
    """A row dataclass from the columns of the same names: time columns (the fields typed
    `datetime`) become aware UTC, `convert` names any other conversion."""
    times = _time_fields(cls)  # type: ignore[arg-type]
    values = {}
    for f in fields(cls):  # type: ignore[arg-type]
        cell = row[f.name]
        if f.name in convert:
            cell = convert[f.name](cell)
        elif f.name in times:
            cell = from_db_time(cell)
        values[f.name] = cell
    return cls(**values)


@cache
def _time_fields(cls: type) -> frozenset[str]:
    hints = get_type_hints(cls)
    return frozenset(
        name for name, hint in hints.items() if hint is datetime or datetime in get_args(hint)
    )
