"""What happens after a hand-over's `<Dial>` (Twilio posts its result to `/twilio/dial-status`).

The salon took the call: the line is hung up when they are done. Nobody took it (no answer,
busy, failed): a message is taken for the salon with the caller's number, the same kind of
message `take_message` stores (and the salon is notified the same way, agent/messaging/), and
the caller hears an apology, and that the salon calls back only when the message was stored.
"""

from __future__ import annotations

from loguru import logger

from agent.telephony.caller import to_e164
from agent.telephony.twiml import NOT_ANSWERED, dial_result_twiml
from calendar_adapter.ledger import Ledger, MessageKind
from calendar_adapter.privacy import mask_phone

UNANSWERED_REASON = (
    "Wollte mit jemandem im Salon sprechen; die Weiterleitung wurde nicht angenommen"
)


async def after_dial(
    ledger: Ledger,
    *,
    call_id: str | None,
    dial_status: str,
    caller_from: str | None,
    language: str,
) -> str:
    """The TwiML the caller hears after the dial; records the outcome on the call's timeline."""
    if dial_status not in NOT_ANSWERED:
        if call_id:
            await ledger.log(call_id, "call_transferred", answered=True, dial_status=dial_status)
        return dial_result_twiml(answered=True, callback_noted=False, language=language)
    stored = await _take_message(ledger, call_id, caller_from, dial_status)
    return dial_result_twiml(answered=False, callback_noted=stored, language=language)


async def _take_message(
    ledger: Ledger, call_id: str | None, caller_from: str | None, dial_status: str
) -> bool:
    call = await ledger.get_call(call_id) if call_id else None
    phone = (call.caller_phone if call else None) or to_e164(caller_from)
    label = call_id or "?"
    if call is None:
        logger.warning(f"hand-over of call {label}: the call is not in the ledger")
        call_id = f"handover-{call_id or 'unknown'}"
    try:
        reason = await _why(ledger, call_id)
        if phone is None:
            logger.info(f"hand-over of call {label} not answered ({dial_status}); number withheld")
            await ledger.log(
                call_id, "transfer_unanswered", dial_status=dial_status, message_id=None
            )
            return False
        message = await ledger.add_message(
            call_id=call_id, kind=MessageKind.CALLBACK, phone=phone, reason=reason
        )
        await ledger.log(
            call_id, "transfer_unanswered", dial_status=dial_status, message_id=message.id
        )
        await ledger.log(
            call_id,
            "message_taken",
            message_id=message.id,
            message_kind=message.kind.value,
            phone=mask_phone(phone),
        )
    except Exception:
        logger.exception(f"hand-over of call {label}: the message could not be stored")
        return False
    logger.info(
        f"hand-over of call {label} not answered ({dial_status}): message {message.id} for "
        f"the salon, callback to {mask_phone(phone)}"
    )
    return True


async def _why(ledger: Ledger, call_id: str) -> str:
    """The reason the call was handed over, as the tool was given it."""
    for event in reversed(await ledger.timeline(call_id)):
        if event.kind == "call_transferred" and event.data.get("reason"):
            return f"{UNANSWERED_REASON} ({event.data['reason']})"
    return UNANSWERED_REASON
