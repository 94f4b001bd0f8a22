"""What code can do to a call besides speaking, and how it reaches the caller afterwards.

Two seams, real implementations and stand-ins side by side (chosen by configuration):
- `CallLine`: the line this call is on. A phone call acts through the provider's REST API
  (Twilio: the call is redirected / completed; Telnyx: call control); a typed, browser or
  microphone call ends its own pipeline and cannot be transferred.
- `Messenger`: text messages to a caller (Twilio Messaging API, or a stand-in), process-wide.

Tools reach them through `CallSession.line` and `BookingDeps.messenger`; both may be None, and
then the tool says what it cannot do instead of promising it.
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
        """Put the caller through to `to_number` (E.164); False when this line cannot."""
        ...


@runtime_checkable
class Messenger(Protocol):
    """Sends a text message; raises on failure (the caller of it retries, never the call)."""

    async def send_sms(self, to: str, body: str) -> str:
        """Send `body` to `to` (E.164); returns the provider's message id."""
        ...
