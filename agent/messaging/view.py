"""How messages for the salon and the outbox read in `status` (German, as the ledger speaks)."""

from __future__ import annotations

from typing import Any

from calendar_adapter.ledger import OutboxChannel, OutboxItem, TakenMessage

KIND_WORDS = {
    "callback": "Rückruf erbeten",
    "complaint": "Beschwerde",
    "question": "Frage",
    "data_deletion": "Daten löschen (Wunsch des Anrufers)",
}
CHANNEL_WORDS = {
    OutboxChannel.SMS: "SMS an den Anrufer",
    OutboxChannel.EMAIL: "E-Mail an den Salon",
    OutboxChannel.WEBHOOK: "Webhook an den Salon",
}


def outbox_state(item: OutboxItem, names: Any) -> str:
    if item.sent_at is not None:
        return f"gesendet {names.local(item.sent_at)}"
    error = f"; zuletzt: {item.last_error}" if item.last_error else ""
    if item.given_up_at is not None:
        return f"AUFGEGEBEN nach {item.attempts} Versuch(en){error}"
    if item.attempts == 0:
        return "ausstehend"
    return f"ausstehend, {item.attempts} Versuch(e), nächster {names.local(item.next_attempt_at)}{error}"


def message_lines(
    messages: list[TakenMessage], done: set[str], items: list[OutboxItem], names: Any
) -> list[str]:
    """A call's messages for the salon: what, whether a person marked it done, how the salon
    was told."""
    if not messages:
        return []
    lines = [f"Nachrichten für den Salon ({len(messages)}):"]
    for m in messages:
        state = "erledigt" if m.done_key in done else "offen"
        when = f", Rückruf am liebsten: {m.preferred_time}" if m.preferred_time else ""
        lines.append(
            f"  #{m.id} {KIND_WORDS.get(m.kind.value, m.kind.value)} ({state}): "
            f"{m.name or 'ohne Namen'}, {m.phone}: {m.reason}{when}"
        )
        told = [i for i in items if i.message_id == m.id]
        for item in told:
            lines.append(f"      {CHANNEL_WORDS[item.channel]}: {outbox_state(item, names)}")
        if not told and m.notifications_queued_at is not None:
            lines.append("      nur im Dashboard (keine E-Mail / kein Webhook eingerichtet)")
    return lines


def text_lines(items: list[OutboxItem], names: Any) -> list[str]:
    """Texts to the caller of a call (confirmations, outcomes settled later)."""
    texts = [i for i in items if i.channel is OutboxChannel.SMS]
    if not texts:
        return []
    lines = [f"SMS an den Anrufer ({len(texts)}):"]
    for item in texts:
        lines.append(f"  {item.body}")
        lines.append(f"      {outbox_state(item, names)}")
    return lines


def message_json(m: TakenMessage, done: set[str]) -> dict[str, Any]:
    return {
        "id": m.id,
        "call_id": m.call_id,
        "kind": m.kind.value,
        "name": m.name,
        "phone": m.phone,
        "reason": m.reason,
        "preferred_time": m.preferred_time,
        "created_at": m.created_at.isoformat(),
        "done": m.done_key in done,
    }


def outbox_json(item: OutboxItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "channel": item.channel.value,
        "body": item.body,
        "attempts": item.attempts,
        "sent_at": item.sent_at.isoformat() if item.sent_at else None,
        "given_up_at": item.given_up_at.isoformat() if item.given_up_at else None,
        "last_error": item.last_error,
    }
