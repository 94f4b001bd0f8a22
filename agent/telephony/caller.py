"""Who is calling: the provider's start message, reduced to what a call needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from tools.phone import normalize_phone

Provider = Literal["twilio", "telnyx"]


def to_e164(raw: str | None) -> str | None:
    """`+4915112345678`, `sip:+4915112345678@pbx;user=phone`, `tel:+49 151 ...` -> E.164.

    Anything that is not a phone number (`anonymous`, `client:alice`, an empty From) gives
    None: the session then asks the caller instead of trusting a guess.
    """
    if not raw:
        return None
    text = raw.strip()
    if text.lower().startswith(("sip:", "sips:", "tel:")):
        text = text.split(":", 1)[1].split("@", 1)[0].split(";", 1)[0]
    return normalize_phone(text)


@dataclass(frozen=True)
class CallStart:
    """What the provider's start message told us about the call."""

    provider: Provider
    stream_id: str
    call_id: str | None
    caller_phone: str | None
    outbound_encoding: str = "PCMU"
    parameters: dict[str, Any] | None = None
    dialled: str | None = None  # the number the caller dialled (a hand-over never goes there)


def read_call_start(provider: Provider, transport_type: str, call_data: Any) -> CallStart:
    """The start message as pipecat parsed it, reduced to what a call needs.

    Twilio carries the number as a TwiML `<Parameter name="from">` (customParameters);
    Telnyx puts it into the start message itself.
    """
    if transport_type != provider:
        raise ValueError(f"expected a {provider} start message, got {transport_type!r}")
    if provider == "twilio":
        body = dict(call_data.get("body") or {})
        raw_from = body.get("from") or body.get("from_number")
        return CallStart(
            provider="twilio",
            stream_id=call_data["stream_id"],
            call_id=call_data.get("call_id"),
            caller_phone=to_e164(raw_from),
            parameters=body,
            dialled=to_e164(body.get("to")),
        )
    return CallStart(
        provider="telnyx",
        stream_id=call_data["stream_id"],
        call_id=call_data.get("call_id"),
        caller_phone=to_e164(call_data.get("from")),
        outbound_encoding=call_data.get("outbound_encoding") or "PCMU",
        dialled=to_e164(call_data.get("to")),
    )
