"""A text to the caller after Cal.com accepted a booking, a cancellation or a move.

Only on success (`booked`, `cancelled`, `rescheduled`), never on a held slot, a pending request or
an open outcome (`not_confirmed_yet`, `unknown`: when such an outcome settles after the call, the
ledger's caller notice brings the true one; see agent/messaging/). Nothing is sent here: the text
is queued in the ledger's outbox, one per booking and outcome, and a background sender delivers
it, so the call never waits for the SMS provider and nothing is lost across a restart.
Queued only when the process has a messenger (texts configured, and the salon did not opt out).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from loguru import logger

from calendar_adapter.ledger import OutboxChannel
from calendar_adapter.privacy import mask_phone
from tools.session import CallSession
from tools.sms_text import Outcome, appointment_text
from tools.status import ToolStatus

# tool status -> what the text says happened
CONFIRMED_BY: dict[str, Outcome] = {
    ToolStatus.BOOKED: "booked",
    ToolStatus.CANCELLED: "cancelled",
    ToolStatus.RESCHEDULED: "rescheduled",
}


def sms_key(outcome: str, booking_uid: str) -> str:
    """One text per booking and outcome, however often the result is seen."""
    return f"sms:{outcome}:{booking_uid}"


async def queue_confirmation(session: CallSession, result: dict[str, Any]) -> int | None:
    """Queue the text for a tool result that confirms what Cal.com did; the outbox item's id,
    or None when nothing is to be sent (no messenger, no caller number, not a success, or
    queued before). Never raises: a text must not cost the caller the tool's answer."""
    outcome = CONFIRMED_BY.get(str(result.get("status")))
    deps = session.deps
    if outcome is None or deps.messenger is None or not session.caller_phone:
        return None
    try:
        uid = _booking_uid(session, outcome, result)
        start = _start(session, result)
        if uid is None or start is None:
            return None
        body = appointment_text(
            outcome,
            salon=deps.salon,
            service=str(result.get("service") or "Termin"),
            stylist=result.get("stylist"),
            start=start,
        )
        item = await deps.ledger.queue_outbox(
            key=sms_key(outcome, uid),
            channel=OutboxChannel.SMS,
            recipient=session.caller_phone,
            body=body,
            call_id=session.call_id,
        )
    except Exception:
        logger.exception(
            "call {}: the text to {} could not be queued",
            session.call_id,
            mask_phone(session.caller_phone),
        )
        return None
    if item is None:
        return None
    await session.log("sms_queued", outbox_id=item.id, outcome=outcome, booking_uid=uid)
    return item.id


def _booking_uid(session: CallSession, outcome: Outcome, result: dict[str, Any]) -> str | None:
    if outcome == "cancelled":  # the cancel tool records the booking it just cancelled
        return session.cancelled[-1] if session.cancelled else None
    ref = result.get("ref")
    return session.booking_uid_for(str(ref)) if ref else None


def _start(session: CallSession, result: dict[str, Any]) -> datetime | None:
    """The appointment's start as the result (composed from Cal.com's booking) gives it."""
    try:
        local = datetime.fromisoformat(f"{result['date']}T{result['time']}")
    except (KeyError, TypeError, ValueError):
        return None
    return local.replace(tzinfo=session.deps.salon.tz)
