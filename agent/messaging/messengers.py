"""`Messenger`s (tools/line.py): text messages to callers, by Twilio or Telnyx, or a stand-in.

Chosen by SMS_PROVIDER, and None (no texts at all) when it is `none`, when the provider's
credentials or SMS_FROM are missing (said at start-up), or when the salon file opts out
(`sms_confirmations: false`). A refusal the provider will repeat (a number it cannot text) is a
permanent `SendError`; anything that may pass later (no answer, 5xx, 429) is retried.
"""

from __future__ import annotations

from typing import Any

from loguru import logger

from agent.telephony.rest_clients import (
    ProviderClients,
    TelnyxApi,
    telnyx_transient,
    twilio_transient,
)
from calendar_adapter.privacy import mask_phone
from calendar_adapter.salon import SalonFile
from tools.line import Messenger, SendError


class TwilioMessenger:
    """Twilio's Messaging API through its own library. `sender`: a number of the account, or
    a Messaging Service SID (`MG...`)."""

    def __init__(self, client: Any, sender: str):
        self._client = client
        self._sender = sender

    async def send_sms(self, to: str, body: str) -> str:
        origin = (
            {"messaging_service_sid": self._sender}
            if self._sender.startswith("MG")
            else {"from_": self._sender}
        )
        try:
            message = await self._client.messages.create_async(to=to, body=body, **origin)
        except Exception as exc:
            raise SendError(f"twilio: {exc}", permanent=not twilio_transient(exc)) from exc
        return str(message.sid)


class TelnyxMessenger:
    """Telnyx's `POST /v2/messages`."""

    def __init__(self, api: TelnyxApi, sender: str):
        self._api = api
        self._sender = sender

    async def send_sms(self, to: str, body: str) -> str:
        try:
            data = await self._api.post(
                "/v2/messages", {"from": self._sender, "to": to, "text": body}
            )
        except Exception as exc:
            raise SendError(f"telnyx: {exc}", permanent=not telnyx_transient(exc)) from exc
        return str(data.get("id") or "")


class StandInMessenger:
    """Sends nothing: logs each text (number masked) and keeps it, for demos and replays."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_sms(self, to: str, body: str) -> str:
        self.sent.append((to, body))
        logger.info(f"stand-in SMS to {mask_phone(to)} ({len(body)} characters)")
        return f"standin-{len(self.sent)}"


def build_messenger(settings: Any, salon: SalonFile, clients: ProviderClients) -> Messenger | None:
    """The process's messenger, or None when no texts are to be sent (and why, in the log)."""
    provider = settings.sms_provider
    if provider == "none":
        return None
    if not salon.sms_confirmations:
        logger.info("texts to callers: off (the salon file says sms_confirmations: false)")
        return None
    if provider == "standin":
        logger.info("texts to callers: stand-in (logged, not sent)")
        return StandInMessenger()
    if not settings.sms_from:
        logger.warning(f"texts to callers: off (SMS_PROVIDER={provider} needs SMS_FROM)")
        return None
    if provider == "twilio":
        if clients.twilio is None:
            logger.warning(
                "texts to callers: off (SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID and "
                "TWILIO_AUTH_TOKEN)"
            )
            return None
        logger.info("texts to callers: Twilio Messaging")
        return TwilioMessenger(clients.twilio, settings.sms_from)
    if clients.telnyx is None:
        logger.warning("texts to callers: off (SMS_PROVIDER=telnyx needs TELNYX_API_KEY)")
        return None
    logger.info("texts to callers: Telnyx Messaging")
    return TelnyxMessenger(clients.telnyx, settings.sms_from)
