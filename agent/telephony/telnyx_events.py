"""Telnyx call-control webhooks: is a post really Telnyx's, and what does it say about a hand-over.

Telnyx signs every webhook with its account's Ed25519 key: `telnyx-signature-ed25519` is the
base64 signature of `<telnyx-timestamp>|<raw body>`, checked against the public key from the
portal (TELNYX_PUBLIC_KEY, base64). A timestamp further than `SIGNATURE_TOLERANCE_SECONDS` from
now is refused, so a captured post cannot be replayed later.

The envelope is `{"data": {"id", "event_type", "occurred_at", "payload": {"call_control_id",
"client_state" (base64, what our command set), "hangup_cause", ...}}}`. The transfer command
tags the leg it dials with `target_leg_client_state` (`transfer_state`), so its events name our
call and the attempt. `call.answered` of that leg means a person picked up; `call.bridged` does
not (with early media the legs are bridged while the phone still rings); its `call.hangup`
before an answer means nobody took it (`timeout`, `user_busy`, `call_rejected`, ...).
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

EVENTS_PATH = "/telnyx/events"
SIGNATURE_HEADER = "telnyx-signature-ed25519"
TIMESTAMP_HEADER = "telnyx-timestamp"
SIGNATURE_TOLERANCE_SECONDS = 300  # as Telnyx's own libraries default to

# Hang-up causes of a dialled leg that had been answered: the conversation ended. Any other
# cause before an answer (timeout, user_busy, call_rejected, no_answer, not_found,
# originator_cancel, unspecified, ...) is a hand-over nobody took.
ENDED_AFTER_ANSWER = frozenset({"normal_clearing", "time_limit"})

_STATE_KIND = "salon-handover"


class BadPublicKey(ValueError):
    pass


def public_key(text: str) -> Ed25519PublicKey:
    """TELNYX_PUBLIC_KEY as the portal shows it (base64 of the 32 key bytes)."""
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text.strip(), validate=True))
    except (binascii.Error, ValueError) as exc:
        raise BadPublicKey(
            "TELNYX_PUBLIC_KEY is not a base64 Ed25519 public key (Mission Control > Keys)"
        ) from exc


def is_signed(
    key: Ed25519PublicKey,
    body: bytes,
    signature: str | None,
    timestamp: str | None,
    *,
    now: float | None = None,
    tolerance: float = SIGNATURE_TOLERANCE_SECONDS,
) -> bool:
    """Telnyx signed exactly this body, recently."""
    if not signature or not timestamp or not timestamp.strip().isdigit():
        return False
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > tolerance:
        return False
    try:
        key.verify(
            base64.b64decode(signature, validate=True), timestamp.strip().encode() + b"|" + body
        )
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


@dataclass(frozen=True)
class HandoverState:
    """What a transfer's dialled leg carries: our call, the attempt, the salon."""

    transfer_id: str
    call_id: str
    salon_id: str | None = None


def transfer_state(state: HandoverState) -> str:
    """The base64 `target_leg_client_state` of a transfer command."""
    data = {"kind": _STATE_KIND, "transfer": state.transfer_id, "call": state.call_id}
    if state.salon_id:
        data["salon"] = state.salon_id
    return base64.b64encode(json.dumps(data, separators=(",", ":")).encode()).decode()


def _handover_state(client_state: Any) -> HandoverState | None:
    if not isinstance(client_state, str) or not client_state:
        return None
    try:
        data = json.loads(base64.b64decode(client_state, validate=True))
    except (binascii.Error, ValueError):
        return None  # another application's state on the connection
    if not isinstance(data, dict) or data.get("kind") != _STATE_KIND:
        return None
    transfer, call, salon = data.get("transfer"), data.get("call"), data.get("salon")
    if not isinstance(transfer, str) or not isinstance(call, str):
        return None
    return HandoverState(transfer, call, salon if isinstance(salon, str) else None)


class EventError(ValueError):
    """Not a Telnyx event envelope."""


@dataclass(frozen=True)
class TelnyxEvent:
    id: str
    event_type: str
    call_control_id: str | None
    hangup_cause: str | None
    handover: HandoverState | None  # set when the event is about a hand-over of ours

    def handover_answered(self) -> bool | None:
        """For a hand-over leg: True (someone picked up), False (nobody did), None (no
        verdict yet: `call.initiated`, `call.bridged`, or not ours)."""
        if self.handover is None:
            return None
        if self.event_type == "call.answered":
            return True
        if self.event_type == "call.hangup":
            return (self.hangup_cause or "") in ENDED_AFTER_ANSWER
        return None

    @property
    def cause(self) -> str:
        if self.event_type == "call.hangup":
            return self.hangup_cause or "unspecified"
        return self.event_type


def parse_event(body: bytes) -> TelnyxEvent:
    try:
        envelope = json.loads(body)
    except ValueError as exc:
        raise EventError("body is not JSON") from exc
    data = envelope.get("data") if isinstance(envelope, dict) else None
    if not isinstance(data, dict):
        raise EventError("no data object")
    event_id, event_type = data.get("id"), data.get("event_type")
    if not isinstance(event_id, str) or not event_id or not isinstance(event_type, str):
        raise EventError("data.id or data.event_type missing")
    payload = data.get("payload")
    payload = payload if isinstance(payload, dict) else {}
    cause = payload.get("hangup_cause")
    control = payload.get("call_control_id")
    return TelnyxEvent(
        id=event_id,
        event_type=event_type,
        call_control_id=control if isinstance(control, str) else None,
        hangup_cause=cause if isinstance(cause, str) else None,
        handover=_handover_state(payload.get("client_state")),
    )
