"""A call's outcome, from what its tools answered (the tool API's statuses are what the caller
was told), corrected by what the ledger knows now (an unknown answer resolved later).

A new tool with an outcome is one entry in `OUTCOME_BY_RESULT`.
"""

from __future__ import annotations

from collections.abc import Iterable

from calendar_adapter.ledger import Appointment, AppointmentState, TimelineEvent
from tools.status import ToolStatus

S = AppointmentState

# (tool, result status) -> outcome tag (words in agent/dashboard/i18n.OUTCOMES), in display order
OUTCOME_BY_RESULT: dict[tuple[str, str], str] = {
    ("book_appointment", "booked"): "booked",
    ("book_appointment", "pending_approval"): "requested",
    ("book_appointment", "not_booked"): "not_booked",
    ("book_appointment", "not_confirmed_yet"): "open",
    ("book_appointment", "unknown"): "open",
    ("reschedule_appointment", "rescheduled"): "moved",
    ("reschedule_appointment", "pending_approval"): "requested",
    ("reschedule_appointment", "not_confirmed_yet"): "open",
    ("reschedule_appointment", "unknown"): "open",
    ("cancel_appointment", "cancelled"): "cancelled",
    ("cancel_appointment", "unknown"): "open",
    ("take_message", ToolStatus.TAKEN): "message",
    ("transfer_call", ToolStatus.TRANSFERRED): "forwarded",
}
ORDER = ("booked", "requested", "moved", "cancelled", "message", "forwarded", "open")


def call_outcomes(
    results: Iterable[TimelineEvent], appointments: Iterable[Appointment]
) -> list[str]:
    """Outcome tags of one call, most important first; ["nothing"] when it changed nothing.

    `results`: the call's `tool_result` events; `appointments`: the call's ledger rows now."""
    tags: set[str] = set()
    for event in results:
        result = event.data.get("result") or {}
        tag = OUTCOME_BY_RESULT.get((str(event.data.get("tool")), str(result.get("status"))))
        if tag:
            tags.add(tag)
    states = {S(a.state) for a in appointments}
    if "open" in tags and not states & {S.UNKNOWN, S.BOOKING}:
        tags.discard("open")  # settled since: by the call itself, recovery or reconcile
        if S.CONFIRMED in states:
            tags.add("booked")
    if any(S(a.state) is S.FAILED and a.booking_status == "rejected" for a in appointments):
        tags.add("refused")  # the salon declined a requested booking
    if "booked" in tags or "requested" in tags or "moved" in tags:
        tags.discard("not_booked")  # a retry that worked
    ordered = [t for t in (*ORDER, "refused", "not_booked") if t in tags]
    return ordered or ["nothing"]


def booked(tags: Iterable[str]) -> bool:
    return "booked" in tags or "moved" in tags
