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
