"""Twilio's side of a call: request signatures (Twilio's own validator) and the per-call stream
token that ties a Media Streams websocket back to a signed request.

With several workers behind one URL, the TwiML request and the stream of one call may reach
different workers: the token is checked by whichever gets the stream, and "used once" lives in
the ledger (`LedgerUsedTokens`), so it holds across all of them."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, Protocol
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
# Tolerated clock skew for a token "from the future" (another machine's worker issued it).
_FUTURE_SKEW_SECONDS = 5.0


def stream_token(
    auth_token: str, call_sid: str, caller: str, *, issued_at: float, dialled: str = ""
) -> str:
    """`<issued>.<mac>`: proof, carried as a stream parameter, that a websocket belongs to a
    call whose TwiML request Twilio signed, for this caller number and dialled number (which
    salon it reaches), issued at `issued`. Only holders of the auth token can mint it."""
    issued = int(issued_at)
    to = f"{dialled}:" if dialled else ""
    message = f"stream:{call_sid}:{caller}:{to}{issued}".encode()
    mac = hmac.new(auth_token.encode(), message, hashlib.sha256).hexdigest()
    return f"{issued}.{mac}"


class UsedTokens(Protocol):
    """Where "this call's stream token was used" is kept: per process, or shared."""

    async def first_use(self, call_sid: str, *, now: float, forget_after: float) -> bool:
        """True the first time `call_sid` is used; the record may go after `forget_after`."""
        ...


class InMemoryUsedTokens:
    """One process's used-set: enough for a lone server, not for several workers."""

    def __init__(self) -> None:
        self._used: dict[str, float] = {}  # CallSid -> when the record may go

    async def first_use(self, call_sid: str, *, now: float, forget_after: float) -> bool:
        for sid in [sid for sid, until in self._used.items() if until < now]:
            del self._used[sid]
        if call_sid in self._used:
            return False
        self._used[call_sid] = forget_after
        return True


class LedgerUsedTokens:
    """The used-set in the ledger's `stream_tokens` table: one redemption across every worker
    on the ledger (SQLite file or PostgreSQL), decided by one INSERT ... ON CONFLICT."""

    def __init__(self, ledger: Any, *, worker_id: str | None = None):
        self._ledger = ledger
        self._worker_id = worker_id

    async def first_use(self, call_sid: str, *, now: float, forget_after: float) -> bool:
        return await self._ledger.claim_stream_token(
            call_sid,
            now=datetime.fromtimestamp(now, UTC),
            expires_at=datetime.fromtimestamp(forget_after, UTC),
            worker_id=self._worker_id or self._ledger.worker_id,
        )


class StreamTokens:
    """Issues and redeems the per-call stream tokens.

    A token is bound to its CallSid, caller and dialled number (HMAC-SHA256 with the auth token),
    expires `ttl` seconds after it was issued, and opens one websocket only: a second
    connection with the same CallSid is refused, by whichever worker it reaches when `used`
    is shared (`LedgerUsedTokens`). Comparison is constant-time.
    """

    def __init__(
        self,
        auth_token: str,
        *,
        used: UsedTokens | None = None,
        ttl: float = STREAM_TOKEN_TTL_SECONDS,
        now: Callable[[], float] = time.time,
    ):
        self._auth_token = auth_token
        self._used = used or InMemoryUsedTokens()
        self._ttl = ttl
        self._now = now

    def issue(self, call_sid: str, caller: str, dialled: str = "") -> str:
        return stream_token(
            self._auth_token, call_sid, caller, issued_at=self._now(), dialled=dialled
        )

    async def redeem(
        self, call_sid: str | None, caller: str, token: str | None, dialled: str = ""
    ) -> bool:
        """True once for a genuine, fresh token of this call, caller and dialled number; False
        otherwise."""
        if not call_sid or not token or "." not in token:
            return False
        issued_text = token.split(".", 1)[0]
        if not issued_text.isdigit():
            return False
        now = self._now()
        age = now - int(issued_text)
        if age > self._ttl or age < -_FUTURE_SKEW_SECONDS:
            return False
        expected = stream_token(
            self._auth_token, call_sid, caller, issued_at=int(issued_text), dialled=dialled
        )
        if not hmac.compare_digest(expected.encode(), token.encode()):
            return False
        # Once the token could not pass the age check any more, its record may go.
        forget_after = int(issued_text) + self._ttl + _FUTURE_SKEW_SECONDS
        return await self._used.first_use(call_sid, now=now, forget_after=forget_after)


def websocket_url(base_url: str) -> str:
    """`https://salon.example` -> `wss://salon.example/twilio/ws` (`http` -> `ws` for local tests)."""
    parts = urlsplit(base_url.rstrip("/"))
    scheme = "ws" if parts.scheme in ("http", "ws") else "wss"
    return urlunsplit((scheme, parts.netloc, parts.path + STREAM_PATH, "", ""))
