"""What one media stream may send: a frame rate, and frames that make sense.

Twilio and Telnyx send 50 media frames a second, JSON objects with base64 audio. A peer that
sends far more, or garbage, must neither end the call nor eat the CPU other calls need: excess
frames are dropped before anything parses them, malformed ones are skipped, both are counted,
and each kind is logged once per call. A frame is parsed and its audio decoded once, here
(orjson, pybase64: a fifth of the standard library's cost), and handed on as read.
"""

from __future__ import annotations

import binascii
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
import pybase64
from loguru import logger


@dataclass(frozen=True, slots=True)
class StreamMessage:
    """A frame that passed: its event name, the JSON object, and a media frame's audio."""

    event: str
    message: dict[str, Any]
    audio: bytes | None = None  # the decoded payload of a `media` event


# How late this server may read a stream and still take what the provider sent meanwhile
# (see `StreamGuard.allow`); later than this, the caller has heard nothing for that long.
LATE_SECONDS = 30.0


class StreamGuard:
    """Per stream: a token bucket (`per_second`, bursts up to one second's worth, more after
    this server read nothing for a while) and the bad-frame count. `label` names the call in
    the once-per-call log lines."""

    def __init__(
        self,
        label: str,
        *,
        per_second: float,
        now: Callable[[], float] = time.monotonic,
    ):
        self.label = label
        self._rate = per_second
        self._capacity = max(1.0, per_second)
        self._tokens = self._capacity
        self._now = now
        self._last = now()
        self.dropped = 0
        self.bad: Counter[str] = Counter()

    def allow(self) -> bool:
        """False for a frame over the rate (counted, logged on the first)."""
        now = self._now()
        gap, self._last = now - self._last, now
        # The bucket sees frames when this server reads them, not when the provider sent them.
        # A stream read late (the call still starting, the event loop busy with other calls)
        # arrives at once: what the provider sent meanwhile at its own 50 a second. So after a
        # gap the bucket holds up to the rate times the gap (at most LATE_SECONDS of it), and
        # what is left of that is spent on the backlog before it refills again: the caller's
        # speech read late passes whole, a peer over the rate is still cut to it on average.
        ceiling = max(self._capacity, min(gap, LATE_SECONDS) * self._rate)
        if self._tokens < ceiling:
            self._tokens = min(ceiling, self._tokens + gap * self._rate)
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        if self.dropped == 0:
            logger.warning(
                f"{self.label}: more than {self._rate:g} frames/s; dropping the excess "
                "(logged once per call)"
            )
        self.dropped += 1
        return False

    def reject(self, kind: str) -> None:
        """Count a malformed frame; the first of each kind is logged (never its content)."""
        if not self.bad[kind]:
            logger.warning(f"{self.label}: ignoring a bad frame ({kind}); logged once per kind")
        self.bad[kind] += 1

    def summary(self) -> str:
        """`""`, or what was dropped and skipped, for the call's end line."""
        parts = []
        if self.dropped:
            parts.append(f"{self.dropped} frames over the rate dropped")
        if self.bad:
            kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.bad.items()))
            parts.append(f"{sum(self.bad.values())} bad frames ignored ({kinds})")
        return "; ".join(parts)

    def read(self, data: str | bytes) -> StreamMessage | None:
        """The message as a JSON object with a string `event`, its media and DTMF parts of the
        right shape; None (counted) otherwise."""
        try:
            message = orjson.loads(data)
        except (ValueError, TypeError):  # not JSON, or bytes that are not UTF-8
            self.reject("not JSON")
            return None
        if not isinstance(message, dict):
            self.reject("JSON that is not an object")
            return None
        event = message.get("event")
        if not isinstance(event, str):
            self.reject("no event name")
            return None
        if event == "media":
            audio = self._media_audio(message.get("media"))
            return None if audio is None else StreamMessage(event, message, audio)
        if event == "dtmf" and not isinstance(message.get("dtmf"), dict):
            self.reject("dtmf that is not an object")
            return None
        return StreamMessage(event, message)

    def _media_audio(self, media: Any) -> bytes | None:
        if not isinstance(media, dict):
            self.reject("media that is not an object")
            return None
        payload = media.get("payload")
        if not isinstance(payload, str):
            self.reject("payload that is not a string")
            return None
        try:
            return pybase64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            self.reject("payload that is not base64")
            return None
