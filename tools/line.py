"""What code can do to a call besides speaking, and how it reaches the caller afterwards.

Two seams, real implementations and stand-ins side by side (chosen by configuration):
- `CallLine`: the line this call is on. A phone call acts through the provider's REST API
  (Twilio: the call is redirected / completed; Telnyx: call control); a typed, browser or
  microphone call ends its own pipeline and cannot be transferred.
- `Messenger`: text messages to a caller (Twilio or Telnyx messaging, or a stand-in),
  process-wide. Tools never send themselves: they queue in the ledger's outbox, and a background
  sender hands each text to the messenger, retrying failures (agent/messaging/).

Tools reach them through `CallSession.line` and `BookingDeps.messenger`; both may be None, and
then the tool says what it cannot do instead of promising it (no messenger: no texts queued).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class CallLine(Protocol):
    """The line a call is on."""

    async def hang_up(self) -> None:
        """End the call for both sides (after the goodbye was spoken)."""
        ...

    async def transfer(self, to_number: str) -> bool:
        """Put the caller through to `to_number` (E.164); False when this line cannot or the
        provider refused. A line that can, announces it to the caller itself first ("Einen
        Moment bitte, ich verbinde Sie mit dem Salon."), so the words come right before the
        ringing. A line that never can (a typed, browser or microphone call) says so up front
        with a `can_transfer = False` attribute: then nothing is released for a hand-over that
        cannot happen (`tools.handover`; a line without the attribute is taken to be able)."""
        ...


def can_transfer(line: CallLine | None) -> bool:
    """Whether a hand-over may be tried on this line at all."""
    return line is not None and bool(getattr(line, "can_transfer", True))


class SendError(Exception):
    """A text or notification was not sent. `permanent`: trying again cannot help (a number
    the provider refuses, bad credentials); otherwise it is retried with backoff."""

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@runtime_checkable
class Messenger(Protocol):
    """Sends a text message; raises `SendError` on failure (the outbox retries, never the call)."""

    async def send_sms(self, to: str, body: str) -> str:
        """Send `body` to `to` (E.164); returns the provider's message id."""
        ...
