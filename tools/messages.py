"""`take_message`: a message for the salon, stored before anything is promised.

A callback, a complaint, a question the agent cannot answer, a caller's "Löschen Sie meine
Daten": each is stored in the ledger (name, number, reason, preferred time, kind), and the salon
is notified in the background (e-mail and/or webhook, agent/messaging/), retried until it
arrives. Only then does the caller hear the promise, spoken by code from the stored message
(`say`): "Der Salon ruft Sie zurück" is never said about a message that does not exist.
"""

from __future__ import annotations

from calendar_adapter.ledger import MessageKind, TakenMessage
from calendar_adapter.privacy import mask_phone
from tools.arguments import ArgumentError, Name, Text
from tools.phone import normalize_phone
from tools.registry import Result
from tools.session import CallSession
from tools.status import ToolStatus

_KIND_WORDS = {k.value: k for k in MessageKind}


async def take_message(
    session: CallSession,
    reason: Text,
    kind: Text | None = None,
    name: Name | None = None,
    phone: Text | None = None,
    preferred_time: Text | None = None,
) -> Result:
    """Nimmt eine Nachricht für den Salon auf und gibt sie weiter: Rückrufwunsch, Beschwerde,
    eine Frage, die du nicht beantworten kannst, oder den Wunsch, die eigenen Daten zu löschen.
    Einen Rückruf sagst du erst zu, wenn dieses Werkzeug `taken` geliefert hat.

    Args:
        reason: Worum es geht, kurz und in den Worten des Anrufers.
        kind: callback (Rückruf, Standard), complaint (Beschwerde), question (Frage, die du
            nicht beantworten kannst) oder data_deletion ("Löschen Sie meine Daten").
        name: Der Name des Anrufers, wenn er ihn genannt hat.
        phone: Rückrufnummer, nur wenn sie nicht die Nummer ist, von der aus er anruft (oder
            diese unbekannt ist).
        preferred_time: Wann ein Rückruf passt, wie gesagt ("morgen Vormittag").
    """
    message_kind = _kind(kind)
    number = _number(session, phone)
    ledger = session.deps.ledger
    for earlier in await ledger.messages_for_call(session.call_id):
        if (earlier.kind, earlier.phone, earlier.reason) == (message_kind, number, reason):
            return _taken(session, earlier)  # the same message again: stored once
    message = await ledger.add_message(
        call_id=session.call_id,
        kind=message_kind,
        phone=number,
        reason=reason,
        name=name,
        preferred_time=preferred_time,
    )
    await session.log(
        "message_taken",
        message_id=message.id,
        message_kind=message.kind.value,
        phone=mask_phone(number),
    )
    return _taken(session, message)


def _kind(kind: str | None) -> MessageKind:
    if kind is None:
        return MessageKind.CALLBACK
    found = _KIND_WORDS.get(kind.strip().casefold())
    if found is None:
        raise ArgumentError("kind", "message_kind", kinds=", ".join(_KIND_WORDS))
    return found


def _number(session: CallSession, phone: str | None) -> str:
    """Where the salon reaches the caller: the number given, else the caller's own."""
    if phone is not None:
        number = normalize_phone(phone)
        if number is None:
            raise ArgumentError("phone", "callback_not_a_number")
        return number
    if session.caller_phone is None:
        raise ArgumentError("phone", "callback_number_unknown")
    return session.caller_phone


def _taken(session: CallSession, message: TakenMessage) -> Result:
    return {
        "status": ToolStatus.TAKEN,
        "message_id": message.id,
        "kind": message.kind.value,
        "say": taken_sentence(
            message, own_number=message.phone == session.caller_phone, language=session.language
        ),
    }


def spoken_number(phone: str) -> str:
    """'+4915112345678' -> '0151 12 34 56 78' (German numbers as written nationally, digits in
    pairs after the prefix, the way they are read back); others in E.164."""
    if not phone.startswith("+49"):
        return phone
    national = "0" + phone[3:]
    head, rest = national[:4], national[4:]
    pairs = " ".join(rest[i : i + 2] for i in range(0, len(rest), 2))
    return f"{head} {pairs}".strip()


# What the caller hears once the message is stored, by kind: (German, English), filled with
# {where} (the number the salon calls back on) and {when} (the time they asked for, if any).
_TAKEN = {
    MessageKind.COMPLAINT: (
        "Ich habe Ihr Anliegen für die Salonleitung aufgenommen; sie meldet sich {where} bei "
        "Ihnen.{when}",
        "I have noted your concern for the salon's management; they will get back to you "
        "{where}.{when}",
    ),
    MessageKind.DATA_DELETION: (
        "Ich habe Ihren Wunsch, Ihre Daten zu löschen, für den Salon aufgenommen; der Salon "
        "kümmert sich darum und meldet sich {where} bei Ihnen.",
        "I have noted your request to delete your data for the salon; the salon will take care "
        "of it and get back to you {where}.",
    ),
    MessageKind.QUESTION: (
        "Ich habe Ihre Frage für den Salon aufgenommen; der Salon ruft Sie {where} zurück.{when}",
        "I have noted your question for the salon; the salon will call you back {where}.{when}",
    ),
    None: (  # any other message
        "Ich habe Ihre Nachricht für den Salon aufgenommen; der Salon ruft Sie {where} "
        "zurück.{when}",
        "I have noted your message for the salon; the salon will call you back {where}.{when}",
    ),
}


def taken_sentence(message: TakenMessage, *, own_number: bool, language: str = "de") -> str:
    """What the caller hears once the message is stored: what was noted and who acts on it,
    in the call's language."""
    en = language == "en"
    if own_number:
        where = (
            "on the number you are calling from" if en else "unter der Nummer, von der Sie anrufen,"
        )
    else:
        where = f"{'on' if en else 'unter der Nummer'} {spoken_number(message.phone)}"
    when = ""
    if message.preferred_time:
        asked = "Your preferred time for the call back" if en else "Ihr Wunsch für den Rückruf"
        when = f" {asked}: {message.preferred_time}."
    texts = _TAKEN.get(message.kind, _TAKEN[None])
    return texts[1 if en else 0].format(where=where, when=when)
