"""The providers' wire protocols (pipecat's serializers), plus one thing they do not do: tell
us when the provider says the call is over."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pipecat.serializers.base_serializer import FrameSerializer
from pipecat.serializers.telnyx import TelnyxFrameSerializer
from pipecat.serializers.twilio import TwilioFrameSerializer

from agent.telephony.caller import CallStart


class _StopListener:
    """Mixed into a provider serializer: the provider's `stop` message means the caller hung
    up. The serializer is the only place that sees every inbound message, so it raises the flag."""

    _on_stop: Callable[[], None]

    async def deserialize(self, data: str | bytes):
        if isinstance(data, str) and '"stop"' in data:
            try:
                event = json.loads(data).get("event")
            except (json.JSONDecodeError, AttributeError):
                event = None
            if event == "stop":
                self._on_stop()
                return None
        return await super().deserialize(data)  # type: ignore[misc]


class _TwilioSerializer(_StopListener, TwilioFrameSerializer):
    def __init__(self, *, on_stop: Callable[[], None], **kwargs: Any):
        super().__init__(**kwargs)
        self._on_stop = on_stop


class _TelnyxSerializer(_StopListener, TelnyxFrameSerializer):
    def __init__(self, *, on_stop: Callable[[], None], **kwargs: Any):
        super().__init__(**kwargs)
        self._on_stop = on_stop


def build_serializer(start: CallStart, on_stop: Callable[[], None]) -> FrameSerializer:
    # No auto hang-up: it would need the provider's REST credentials, and our calls end when
    # the caller hangs up; the bot never hangs up on anyone.
    if start.provider == "twilio":
        return _TwilioSerializer(
            on_stop=on_stop,
            stream_sid=start.stream_id,
            call_sid=start.call_id,
            params=TwilioFrameSerializer.InputParams(auto_hang_up=False),
        )
    return _TelnyxSerializer(
        on_stop=on_stop,
        stream_id=start.stream_id,
        call_control_id=start.call_id,
        outbound_encoding=start.outbound_encoding,
        inbound_encoding="PCMU",
        params=TelnyxFrameSerializer.InputParams(auto_hang_up=False),
    )
