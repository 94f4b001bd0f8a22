"""What happens after a hand-over rang at the salon, for both providers.

Twilio posts its `<Dial>`'s result to `/twilio/dial-status` (`after_dial`); Telnyx posts the
transferred leg's events to `/telnyx/events` (`after_transfer`). The salon took the call: it is
noted on the call's timeline. Nobody took it (no answer, busy, rejected, failed): a message is
taken for the salon with the caller's number, the same kind of message `take_message` stores
(and the salon is notified the same way, agent/messaging/). On Twilio the caller then hears an
apology, and that the salon calls back only when the message was stored; on Telnyx the agent is
still on the call and says so itself (tools/handover.py reads the stored message).
"""

from __future__ import annotations

from loguru import logger

from agent.telephony.caller import to_e164
from agent.telephony.telnyx_events import HandoverState
from agent.telephony.transfer_outcomes import TransferOutcomes
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
    return dial_result_twiml(answered=False, callback_noted=stored is not None, language=language)


async def after_transfer(
    ledger: Ledger,
    outcomes: TransferOutcomes,
    *,
    handover: HandoverState,
    answered: bool,
    cause: str,
) -> None:
    """A Telnyx hand-over's verdict, told to the line that waits for it (in any worker). The
    first verdict stands: a hang-up after the salon answered changes nothing."""
    if await outcomes.known(handover.transfer_id) is not None:
        return
    call_id = handover.call_id
    message_id = None
    if answered:
        await ledger.log(call_id, "call_transferred", answered=True, dial_status=cause)
    else:
        message_id = await _take_message(ledger, call_id, None, cause)
    await outcomes.record(
        transfer_id=handover.transfer_id,
        call_id=call_id,
        answered=answered,
        cause=cause,
        message_id=message_id,
    )


async def _take_message(
    ledger: Ledger, call_id: str | None, caller_from: str | None, dial_status: str
) -> int | None:
    """The id of the callback message stored for the salon; None when none could be."""
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
            return None
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
        return None
    logger.info(
        f"hand-over of call {label} not answered ({dial_status}): message {message.id} for "
        f"the salon, callback to {mask_phone(phone)}"
    )
    return message.id


async def _why(ledger: Ledger, call_id: str) -> str:
    """The reason the call was handed over, as the tool was given it."""
    for event in reversed(await ledger.timeline(call_id)):
        if event.kind == "call_transferred" and event.data.get("reason"):
            return f"{UNANSWERED_REASON} ({event.data['reason']})"
    return UNANSWERED_REASON
