"""Twilio's side of a call: request signatures (Twilio's own validator) and the per-call stream
token that ties a Media Streams websocket back to a signed request."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit, urlunsplit

from starlette.datastructures import ImmutableMultiDict
from twilio.request_validator import RequestValidator, get_signature_algorithm

STREAM_PATH = "/twilio/ws"


def is_valid_request(
    auth_token: str,
    url: str,
    params: Iterable[tuple[str, str]],
    signature: str | None,
    *,
    signature_settings: str | None = None,
) -> bool:
    """Twilio's validator: the full URL (also tried with and without its port, as a proxy may
    add or drop one), every POST parameter, HMAC with the auth token. `signature_settings` is
    the X-Twilio-Webhooks-Signature-Settings header, which names the algorithm when present."""
    if not signature:
        return False
    return RequestValidator(auth_token).validate(
        url,
        ImmutableMultiDict(list(params)),  # repeated names keep all their values
        signature,
        algorithm=get_signature_algorithm(signature_settings),
    )


# Twilio opens the stream a moment after fetching the TwiML; a token older than this is stale.
STREAM_TOKEN_TTL_SECONDS = 60.0
# Tolerated clock skew for a token "from the future" (one process issues and redeems, so ~0).
_FUTURE_SKEW_SECONDS = 5.0


def stream_token(auth_token: str, call_sid: str, caller: str, *, issued_at: float) -> str:
    """`<issued>.<mac>`: proof, carried as a stream parameter, that a websocket belongs to a
    call whose TwiML request Twilio signed, for this caller number, issued at `issued`. Only
    holders of the auth token can mint it."""
    issued = int(issued_at)
    message = f"stream:{call_sid}:{caller}:{issued}".encode()
    mac = hmac.new(auth_token.encode(), message, hashlib.sha256).hexdigest()
    return f"{issued}.{mac}"


class StreamTokens:
    """Issues and redeems the per-call stream tokens of one server process.

    A token is bound to its CallSid and caller number (HMAC-SHA256 with the auth token),
    expires `ttl` seconds after it was issued, and opens one websocket only: a second
    connection with the same CallSid is refused. Comparison is constant-time. The used-set
    lives in memory, so with several server processes behind one URL a token could be
    replayed once per process within its `ttl`.
    """

    def __init__(
        self,
        auth_token: str,
        *,
        ttl: float = STREAM_TOKEN_TTL_SECONDS,
        now: Callable[[], float] = time.time,
    ):
        self._auth_token = auth_token
        self._ttl = ttl
        self._now = now
        self._used: dict[str, float] = {}  # CallSid -> when its token was redeemed

    def issue(self, call_sid: str, caller: str) -> str:
        return stream_token(self._auth_token, call_sid, caller, issued_at=self._now())

    def redeem(self, call_sid: str | None, caller: str, token: str | None) -> bool:
        """True once for a genuine, fresh token of this call and caller; False otherwise."""
        if not call_sid or not token or "." not in token:
            return False
        issued_text = token.split(".", 1)[0]
        if not issued_text.isdigit():
            return False
        now = self._now()
        age = now - int(issued_text)
        if age > self._ttl or age < -_FUTURE_SKEW_SECONDS:
            return False
        expected = stream_token(self._auth_token, call_sid, caller, issued_at=int(issued_text))
        if not hmac.compare_digest(expected.encode(), token.encode()):
            return False
        self._forget_expired(now)
        if call_sid in self._used:
            return False
        self._used[call_sid] = now
        return True

    def _forget_expired(self, now: float) -> None:
        # A token redeemed longer than ttl ago could not pass the age check again anyway.
        horizon = self._ttl + _FUTURE_SKEW_SECONDS
        for sid in [sid for sid, at in self._used.items() if now - at > horizon]:
            del self._used[sid]


def websocket_url(base_url: str) -> str:
    """`https://salon.example` -> `wss://salon.example/twilio/ws` (`http` -> `ws` for local tests)."""
    parts = urlsplit(base_url.rstrip("/"))
    scheme = "ws" if parts.scheme in ("http", "ws") else "wss"
    return urlunsplit((scheme, parts.netloc, parts.path + STREAM_PATH, "", ""))
