"""The TwiML `/twilio/voice` answers with, built with Twilio's own library.

A call the server takes is connected to our Media Streams websocket. A call it cannot take (full,
or a key missing) gets the fallback instead: a short apology and a hang-up, or, with
OVERFLOW_ACTION=forward, a line and a `<Dial>` to the salon's own number. The fallback also
follows `<Connect>`: Twilio runs what comes after `<Connect><Stream>` only when our server closes
the stream (a stream refused over the limit, a call ended by an error), never after a hang-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from twilio.twiml.voice_response import Connect, VoiceResponse

from tools.phone import normalize_phone

# Twilio's <Say> languages for the salon's language.
SAY_LANGUAGE = {"de": "de-DE", "en": "en-US"}
SORRY = {
    "de": "Entschuldigung, unser Telefonassistent kann Ihren Anruf gerade nicht annehmen. "
    "Bitte rufen Sie in ein paar Minuten noch einmal an.",
    "en": "Sorry, our phone assistant cannot take your call right now. "
    "Please call again in a few minutes.",
}
CONNECTING = {
    "de": "Einen Moment bitte, ich verbinde Sie mit dem Salon.",
    "en": "One moment please, I am putting you through to the salon.",
}
# How long the salon's phone rings before the caller hears the apology instead.
DIAL_TIMEOUT_SECONDS = 25


@dataclass(frozen=True)
class Fallback:
    """What a caller the server cannot serve hears: `say` (apology, hang-up) or `forward`."""

    action: Literal["say", "forward"]
    language: str = "de"
    salon_phone: str | None = None  # E.164, for `forward`

    def for_call(self, dialled: str | None) -> Fallback:
        """Never forward a call to the number it came in on: it would ring this server again."""
        if self.action == "forward" and (
            self.salon_phone is None or normalize_phone(dialled or "") == self.salon_phone
        ):
            return Fallback("say", self.language)
        return self

    def add_to(self, response: VoiceResponse) -> None:
        language = self.language if self.language in SORRY else "de"
        say = SAY_LANGUAGE[language]
        if self.action == "forward" and self.salon_phone:
            response.say(CONNECTING[language], language=say)
            response.dial(self.salon_phone, timeout=DIAL_TIMEOUT_SECONDS)
        # After a <Dial> nobody answered, or instead of one.
        response.say(SORRY[language], language=say)
        response.hangup()


def fallback_twiml(fallback: Fallback) -> str:
    response = VoiceResponse()
    fallback.add_to(response)
    return str(response)


def stream_twiml(stream_url: str, parameters: dict[str, str], fallback: Fallback) -> str:
    """`<Connect><Stream>` (bidirectional: the bot's audio goes back to the caller), the stream
    parameters as `<Parameter>`s, then the fallback for a stream our server closes."""
    response = VoiceResponse()
    connect = Connect()
    stream = connect.stream(url=stream_url)
    for name, value in parameters.items():
        stream.parameter(name=name, value=value)
    response.append(connect)
    fallback.add_to(response)
    return str(response)


# -- hand-over of a live call (transfer_call) ---------------------------------------------------

NOBODY_ANSWERED = {
    "de": "Leider hat im Salon gerade niemand abgenommen.",
    "en": "Sorry, nobody at the salon could take your call just now.",
}
CALLBACK_NOTED = {
    "de": "Wir haben Ihre Nummer notiert, der Salon ruft Sie zurück. Auf Wiederhören.",
    "en": "We have noted your number; the salon will call you back. Goodbye.",
}
CALL_AGAIN = {
    "de": "Bitte rufen Sie später noch einmal an. Auf Wiederhören.",
    "en": "Please call again later. Goodbye.",
}
# Twilio's DialCallStatus values for a <Dial> nobody took.
NOT_ANSWERED = frozenset({"no-answer", "busy", "failed", "canceled"})


def _language(language: str) -> str:
    return language if language in SORRY else "de"


def handover_twiml(to_number: str, *, action_url: str, language: str, ring_seconds: int) -> str:
    """What a live call is redirected to: the announcement, then the salon's phone rings; how
    it ended is posted to `action_url` (whose answer decides what the caller hears then)."""
    lang = _language(language)
    response = VoiceResponse()
    response.say(CONNECTING[lang], language=SAY_LANGUAGE[lang])
    response.dial(to_number, action=action_url, method="POST", timeout=ring_seconds)
    return str(response)


def dial_result_twiml(*, answered: bool, callback_noted: bool, language: str) -> str:
    """After the <Dial>: hang up when the salon took the call; otherwise the apology, and the
    callback promise only when a message with the caller's number was stored."""
    lang = _language(language)
    say = SAY_LANGUAGE[lang]
    response = VoiceResponse()
    if not answered:
        response.say(NOBODY_ANSWERED[lang], language=say)
        response.say((CALLBACK_NOTED if callback_noted else CALL_AGAIN)[lang], language=say)
    response.hangup()
    return str(response)
