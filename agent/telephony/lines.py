"""The `CallLine` of a phone call (tools/line.py): hang up and hand over, through the provider.

- `TwilioLine`: the live call is redirected with Twilio's REST API (its own library) to TwiML
  that says "ich verbinde Sie" and `<Dial>`s the salon; the dial's result comes back to
  `/twilio/dial-status` (agent/telephony/handover.py). Hanging up completes the call.
- `TelnyxLine`: call control over Telnyx's REST API: the announcement is spoken in the agent's
  own voice first (`Announcer`), then `actions/transfer`, whose dialled leg is tagged with this
  call and attempt (`target_leg_client_state`) and reports to `/telnyx/events`. The line waits
  (the ring time and a margin) for the verdict, delivered through the ledger from whichever
  worker got the webhook (`TransferOutcomes`): answered -> `actions/streaming_stop` (the agent
  leaves the call to the people); nobody answered, or no word in time -> not transferred, and
  the agent, still on the call, says so (a message for the salon was taken by then, see
  agent/telephony/handover.py). Without TELNYX_PUBLIC_KEY no verdict can arrive: the line does
  not transfer at all. Hanging up is `actions/hangup`. Each command carries a `command_id`, so
  Telnyx runs a command retried after a lost answer once.
- `StandInLine`: records what it was asked (replays, tests); transfers when told it may.

`LineFactory.for_call` picks one per call from the stream's start message, when the process has
the provider's REST credentials; without them a phone call has no line (None).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from loguru import logger

from agent.telephony.caller import CallStart
from agent.telephony.rest_clients import (
    ProviderClients,
    TelnyxApi,
    telnyx_transient,
    twilio_transient,
)
from agent.telephony.telnyx_events import EVENTS_PATH, HandoverState, transfer_state
from agent.telephony.transfer_outcomes import TransferOutcomes
from agent.telephony.twiml import CONNECTING, handover_twiml
from calendar_adapter.privacy import mask_phone
from tools.phone import normalize_phone

DIAL_STATUS_PATH = "/twilio/dial-status"
# Attempts of a command that is safe to repeat (a hang-up; a Telnyx command with its id).
ATTEMPTS = 3
RETRY_SECONDS = 0.5
# How much longer than the ring time a Telnyx line waits for the transfer's verdict (the
# dialled leg's set-up, the webhook's way here, a retried delivery).
VERDICT_MARGIN_SECONDS = 15.0

Announce = Callable[[str], Awaitable[Any]]


def _same_number(a: str | None, b: str | None) -> bool:
    return bool(a and b and normalize_phone(a) == normalize_phone(b))


async def _retrying(what: str, attempt: Callable[[], Awaitable[Any]], transient) -> bool:
    for n in range(1, ATTEMPTS + 1):
        try:
            await attempt()
            return True
        except Exception as exc:
            if not transient(exc) or n == ATTEMPTS:
                logger.warning(f"{what} failed: {exc!r}")
                return False
            await asyncio.sleep(RETRY_SECONDS * n)
    return False


@dataclass
class TwilioLine:
    can_transfer = True
    client: Any  # twilio.rest.Client with an async http client
    call_sid: str
    dial_status_url: str  # /twilio/dial-status of this server, for this call
    language: str = "de"
    dialled: str | None = None  # the number the call came in on: never transferred there
    # (asked from Twilio at the first transfer when not known)
    ring_seconds: int = 25

    async def transfer(self, to_number: str) -> bool:
        call = self.client.calls(self.call_sid)
        if self.dialled is None:  # Twilio's stream start does not say; the call resource does
            try:
                self.dialled = str((await call.fetch_async()).to or "")
            except Exception as exc:
                logger.warning(f"twilio call {self.call_sid}: not transferred ({exc!r})")
                return False
        if _same_number(to_number, self.dialled):
            logger.warning(
                f"twilio call {self.call_sid}: not transferred to the number it came in on"
            )
            return False
        twiml = handover_twiml(
            to_number,
            action_url=self.dial_status_url,
            language=self.language,
            ring_seconds=self.ring_seconds,
        )
        # Not retried: a redirect that reached Twilio but whose answer was lost would restart
        # the announcement and the ringing.
        try:
            await call.update_async(twiml=twiml)
        except Exception as exc:
            logger.warning(f"twilio call {self.call_sid}: transfer refused or lost: {exc!r}")
            return False
        logger.info(f"twilio call {self.call_sid}: put through to {mask_phone(to_number)}")
        return True

    async def hang_up(self) -> None:
        await _retrying(
            f"twilio call {self.call_sid}: hang-up",
            lambda: self.client.calls(self.call_sid).update_async(status="completed"),
            twilio_transient,
        )


@dataclass
class TelnyxLine:
    api: TelnyxApi
    call_control_id: str
    announce: Announce | None = None  # speaks in the call's own voice, returns once heard
    language: str = "de"
    dialled: str | None = None
    ring_seconds: int = 25
    outcomes: TransferOutcomes | None = None  # where the verdict arrives (None: never)
    events_url: str | None = None  # this server's /telnyx/events
    call_id: str = ""  # our call (the ledger's), named in the dialled leg's state
    salon_id: str | None = None
    verdict_margin: float = VERDICT_MARGIN_SECONDS

    @property
    def can_transfer(self) -> bool:
        """Only when the transfer's verdict can reach us: otherwise a caller nobody answers
        would be left on a call without the agent and without a message."""
        return self.outcomes is not None

    async def transfer(self, to_number: str) -> bool:
        label = f"telnyx call {self.call_control_id}"
        if self.outcomes is None:
            logger.warning(f"{label}: not transferred: no Telnyx events (TELNYX_PUBLIC_KEY)")
            return False
        if _same_number(to_number, self.dialled):
            logger.warning(f"{label}: not transferred to the number it came in on")
            return False
        if self.announce is not None:
            await self.announce(CONNECTING.get(self.language, CONNECTING["de"]))
        transfer_id = str(uuid.uuid4())
        body: dict[str, Any] = {
            "to": to_number,
            "timeout_secs": self.ring_seconds,
            "target_leg_client_state": transfer_state(
                HandoverState(transfer_id, self.call_id, self.salon_id)
            ),
            "command_id": _command_id(),
        }
        if self.events_url:
            body["webhook_url"] = self.events_url
        sent = await _retrying(
            f"{label}: transfer",
            lambda: self.api.post(f"/v2/calls/{self.call_control_id}/actions/transfer", body),
            telnyx_transient,
        )
        if not sent:
            return False
        logger.info(f"{label}: ringing {mask_phone(to_number)}")
        verdict = await self.outcomes.wait(
            transfer_id, within=self.ring_seconds + self.verdict_margin
        )
        if verdict is None:
            logger.warning(
                f"{label}: no word on the transfer within {self.ring_seconds} s + "
                f"{self.verdict_margin:g} s (are Telnyx's webhooks reaching {EVENTS_PATH}?): "
                "not transferred"
            )
            return False
        if not verdict.answered:
            logger.info(f"{label}: {mask_phone(to_number)} did not answer ({verdict.cause})")
            return False
        logger.info(f"{label}: call_transferred answered=True to {mask_phone(to_number)}")
        # The agent must not listen in on (or talk into) the caller's talk with the salon:
        # the media stream to this server stops, and with it this call's pipeline.
        stop = {"command_id": _command_id()}
        await _retrying(
            f"{label}: streaming stop after the transfer",
            lambda: self.api.post(f"/v2/calls/{self.call_control_id}/actions/streaming_stop", stop),
            telnyx_transient,
        )
        return True

    async def hang_up(self) -> None:
        body = {"command_id": _command_id()}
        await _retrying(
            f"telnyx call {self.call_control_id}: hang-up",
            lambda: self.api.post(f"/v2/calls/{self.call_control_id}/actions/hangup", body),
            telnyx_transient,
        )


def _command_id() -> str:
    return str(uuid.uuid4())


@dataclass
class StandInLine:
    """A line that does what it is told and writes it down (replays and tests). Hanging up is
    passed on to `inner` (the call's own line, which ends its pipeline), when there is one."""

    can_transfer: bool = True
    inner: Any = None
    transfers: list[str] = field(default_factory=list)
    hang_ups: int = 0

    async def transfer(self, to_number: str) -> bool:
        if not self.can_transfer:
            return False
        self.transfers.append(to_number)
        return True

    async def hang_up(self) -> None:
        self.hang_ups += 1
        if self.inner is not None:
            await self.inner.hang_up()


def http_base(websocket_base: str) -> str:
    """`wss://host/` -> `https://host` (what the provider's callbacks reach us on)."""
    base = websocket_base.rstrip("/")
    if base.startswith("wss://"):
        return "https://" + base[len("wss://") :]
    if base.startswith("ws://"):
        return "http://" + base[len("ws://") :]
    return base


@dataclass
class LineFactory:
    """Builds each phone call's line from the process's REST clients and settings."""

    clients: ProviderClients
    language: str = "de"
    ring_seconds: int = 25
    salon_id: str | None = None  # the salon its calls reach (named in the dial-status URL)
    outcomes: TransferOutcomes | None = None  # Telnyx transfers' verdicts (TELNYX_PUBLIC_KEY)

    def for_call(
        self,
        start: CallStart,
        *,
        call_id: str,
        public_base: str,
        announce: Announce | None = None,
    ) -> Any:
        """The call's line, or None when the provider's REST API is not configured."""
        if not start.call_id:
            return None
        if start.provider == "twilio" and self.clients.twilio is not None:
            query = urlencode(
                {"call": call_id, **({"salon": self.salon_id} if self.salon_id else {})}
            )
            return TwilioLine(
                client=self.clients.twilio,
                call_sid=start.call_id,
                dial_status_url=f"{http_base(public_base)}{DIAL_STATUS_PATH}?{query}",
                language=self.language,
                dialled=start.dialled,
                ring_seconds=self.ring_seconds,
            )
        if start.provider == "telnyx" and self.clients.telnyx is not None:
            return TelnyxLine(
                api=self.clients.telnyx,
                call_control_id=start.call_id,
                announce=announce,
                language=self.language,
                dialled=start.dialled,
                ring_seconds=self.ring_seconds,
                outcomes=self.outcomes,
                events_url=f"{http_base(public_base)}{EVENTS_PATH}",
                call_id=call_id,
                salon_id=self.salon_id,
            )
        return None
