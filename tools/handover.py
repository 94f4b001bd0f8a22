"""`transfer_call`: put the caller through to a person in the salon, when it can be done.

During opening hours, with a hand-over number in the salon file and a line that can transfer
(a Twilio or Telnyx phone call): the call's holds are released first (the person who answers
sees the slots free), then the line puts the caller through, announcing it to them itself.
Outside opening hours, or when it cannot be done, nothing is promised: the result says why, and
the model offers to take a message (`take_message`). Whether anyone answers in the salon is the
provider's to find out (agent/telephony/handover.py): on Twilio the agent has left the call by
then (the `<Dial>`'s result); on Telnyx the line waits for the verdict and, when nobody took the
call, reports it not transferred. A callback message stored for the salon meanwhile (the caller's
number, by the hand-over's own message-taking) is then what the result tells the model, so it
promises the callback that exists and takes no second message for it.
"""

from __future__ import annotations

from datetime import datetime

from loguru import logger

from calendar_adapter.ledger import MessageKind
from calendar_adapter.privacy import mask_phone
from calendar_adapter.salon import SalonFile
from tools import speech
from tools.arguments import Text
from tools.hints import hint
from tools.line import can_transfer
from tools.phone import normalize_phone
from tools.registry import Result
from tools.session import CallSession
from tools.status import ToolStatus


async def transfer_call(session: CallSession, reason: Text) -> Result:
    """Verbindet den Anrufer mit einer Person im Salon: wenn er ausdrücklich mit jemandem
    sprechen möchte, bei einer Beschwerde oder bei einer Frage, die du nicht beantworten kannst.
    Das System kündigt die Weiterleitung selbst an. Geht es nicht (geschlossen, niemand
    erreichbar), biete an, eine Nachricht aufzunehmen (take_message).

    Args:
        reason: Warum, kurz (z.B. "möchte mit jemandem sprechen", "Beschwerde").
    """
    deps = session.deps
    salon = deps.salon
    now = deps.clock.now().astimezone(salon.tz)
    if not salon.is_open_at(now):
        return await _not_transferred(
            session,
            "closed",
            "transfer_closed",
            opens=next_opening(salon, now, session.language),
        )
    number = handover_number(salon)
    if number is None:
        return await _not_transferred(
            session,
            "no_number",
            "transfer_no_number",
        )
    if not can_transfer(session.line):
        return await _not_transferred(
            session,
            "line_cannot_transfer",
            "transfer_line_cannot",
        )
    ledger = deps.ledger
    earlier = {m.id for m in await ledger.messages_for_call(session.call_id)}
    released = []
    for hold in session.holds:  # the person who answers must find these slots free
        await session.let_go(hold, reason="caller put through to the salon")
        released.append(hold.slot_id)
    try:
        put_through = await session.line.transfer(number)  # type: ignore[union-attr]
    except Exception as exc:  # a line that failed is a transfer that did not happen
        logger.opt(exception=exc).warning(f"call {session.call_id}: transfer failed")
        put_through = False
    if not put_through:
        noted = [
            m
            for m in await ledger.messages_for_call(session.call_id)
            if m.id not in earlier and m.kind is MessageKind.CALLBACK
        ]
        if noted:  # it rang, nobody answered, and the hand-over took a message
            return await _not_transferred(
                session,
                "not_answered",
                "transfer_not_answered",
                released=released,
                message_id=noted[-1].id,
            )
        return await _not_transferred(
            session,
            "transfer_failed",
            "transfer_failed",
            released=released,
        )
    await session.log("call_transferred", to=mask_phone(number), reason=reason)
    result: Result = {
        "status": ToolStatus.TRANSFERRED,
        "hint": hint("transferring", session.language),
    }
    if released:
        result["released"] = released
    return result


async def _not_transferred(session: CallSession, reason: str, key: str, **extra: object) -> Result:
    await session.log("transfer_failed", reason=reason)
    result: Result = {
        "status": ToolStatus.NOT_TRANSFERRED,
        "reason": reason,
        "hint": hint(key, session.language),
    }
    result.update({k: v for k, v in extra.items() if v})
    return result


def handover_number(salon: SalonFile) -> str | None:
    """Where callers are put through: the salon file's `handover_phone`, else its `phone`."""
    business = salon.business
    return normalize_phone(business.handover_phone or business.phone or "")


def next_opening(salon: SalonFile, local_now: datetime, language: str = "de") -> str | None:
    """When the salon opens next, spoken ('Dienstag, 1. Dezember, 9 Uhr' / 'Tuesday,
    1 December, 9 am'); None if not soon."""
    today = salon.hours_on(local_now.date())
    if today is not None and local_now.time() < today[0]:
        return f"{speech.date_in(local_now.date(), language)}, {speech.time_in(today[0], language)}"
    days = salon.next_open_days(local_now.date(), count=1)
    if not days:
        return None
    hours = salon.hours_on(days[0])
    assert hours is not None
    return f"{speech.date_in(days[0], language)}, {speech.time_in(hours[0], language)}"
