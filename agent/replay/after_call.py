"""What a replayed call leaves for afterwards: texts to the caller, messages for the salon, and
the numbers it was put through to; how they are produced and how they are checked.

The call's booking tools get a stand-in messenger (unless the replay's salon opts out of texts)
and its session a stand-in line (`line: phone` puts a caller through, `line: local` cannot).
When the call is over the outbox sender runs once, as `serve`'s would: the texts it hands the
messenger are what `expect.sms` is checked against, so a text is only "sent" when the real
queue-and-send path sent it.
"""

from __future__ import annotations

from typing import Any

from agent.messaging.messengers import StandInMessenger
from agent.messaging.outbox import OutboxSender
from agent.replay.checks import Check, count_check, phrase_found
from agent.replay.record import CallRecord
from agent.replay.spec import CallExpect
from agent.telephony.lines import StandInLine
from calendar_adapter.privacy import mask_phone
from tools.phone import normalize_phone


def replay_messenger(salon: Any) -> StandInMessenger | None:
    return StandInMessenger() if salon.sms_confirmations else None


def replay_line(kind: str, inner: Any) -> StandInLine:
    """The call's line: records transfers; hanging up is the call's own (`inner`)."""
    return StandInLine(can_transfer=kind == "phone", inner=inner)


async def deliver(rt: Any, salon: Any, messenger: StandInMessenger | None) -> list[str]:
    """Run the outbox once after the call; one note per text sent."""
    sender = OutboxSender(
        ledger=rt.ledger,
        clock=rt.clock,
        salon=salon,
        catalog=rt.backend.get_catalog,
        messenger=messenger,
    )
    await sender.run_once()
    if messenger is None:
        return []
    return [f"SMS an {mask_phone(to)}: {body}" for to, body in messenger.sent]


async def check_after_call(
    want: CallExpect, record: CallRecord, ledger: Any, caller: str | None
) -> list[Check]:
    """`expect.sms`, `sms_count`, `salon_messages`, `salon_messages_count`, `transfers`."""
    out: list[Check] = []
    texts, transfers = record.texts, record.transfers
    caller = normalize_phone(caller) if caller else None
    shown = "; ".join(f"{mask_phone(to)}: {body}" for to, body in texts) or "no texts"
    if want.sms_count is not None:
        out.append(
            count_check("sms", f"{want.sms_count} text(s) sent", want.sms_count, len(texts), shown)
        )
    for exp in want.sms:
        to = normalize_phone(exp.to) if exp.to else caller
        label = f"text to {mask_phone(to)}" + (f" saying {exp.says}" if exp.says else "")
        found = any(
            sent_to == to and all(phrase_found(p, body) for p in exp.says)
            for sent_to, body in texts
        )
        if exp.absent:
            out.append(Check("sms", f"no {label}", not found, f"sent: {shown}"))
        else:
            out.append(Check("sms", label, found, f"sent: {shown}"))
    if want.salon_messages or want.salon_messages_count is not None:
        messages = await ledger.messages_for_call(record.call_id) if record.call_id else []
        listing = (
            "; ".join(f"{m.kind.value} {m.name or '-'} {m.phone}: {m.reason}" for m in messages)
            or "no messages"
        )
        if want.salon_messages_count is not None:
            out.append(
                count_check(
                    "messages",
                    f"{want.salon_messages_count} message(s) for the salon",
                    want.salon_messages_count,
                    len(messages),
                    listing,
                )
            )
        for exp in want.salon_messages:
            phone = normalize_phone(exp.phone) if exp.phone else None
            ok = any(
                m.kind.value == exp.kind
                and (phone is None or m.phone == phone)
                and (exp.name is None or phrase_found(exp.name, m.name or ""))
                and all(phrase_found(p, m.reason) for p in exp.reason_says)
                for m in messages
            )
            out.append(
                Check("messages", f"a {exp.kind} message for the salon", ok, f"got: {listing}")
            )
    if want.transfers is not None:
        expected = [normalize_phone(n) or n for n in want.transfers]
        out.append(
            Check(
                "line",
                f"put through to {expected or 'nobody'}",
                transfers == expected,
                f"put through to {transfers or 'nobody'}",
            )
        )
    return out
