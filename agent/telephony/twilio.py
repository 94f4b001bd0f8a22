"""Twilio's side of a call: request signatures, the TwiML that connects a call to our
websocket, and the per-call stream token that ties that websocket back to a signed request."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit, urlunsplit
from xml.sax.saxutils import quoteattr

STREAM_PATH = "/twilio/ws"


def compute_signature(auth_token: str, url: str, params: Iterable[tuple[str, str]]) -> str:
    """Twilio's algorithm: the full URL, then every POST parameter as name+value sorted by
    name (then value), HMAC-SHA1 with the auth token, base64."""
    payload = url + "".join(name + value for name, value in sorted(params))
    digest = hmac.new(auth_token.encode(), payload.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def is_valid_signature(
    auth_token: str, url: str, params: Iterable[tuple[str, str]], signature: str | None
) -> bool:
    """Also tries the URL with and without the default port, as Twilio's own validator does:
    a proxy may add or drop `:443` between Twilio and us."""
    if not signature:
        return False
    items = list(params)
    return any(
        hmac.compare_digest(compute_signature(auth_token, candidate, items), signature)
        for candidate in _port_variants(url)
    )


def _port_variants(url: str) -> list[str]:
    parts = urlsplit(url)
    default = {"https": 443, "http": 80}.get(parts.scheme)
    host = parts.hostname or ""
    variants = [url]
    if default is None:
        return variants
    if parts.port is None:
        variants.append(urlunsplit(parts._replace(netloc=f"{_userinfo(parts)}{host}:{default}")))
    elif parts.port == default:
        variants.append(urlunsplit(parts._replace(netloc=f"{_userinfo(parts)}{host}")))
    return variants


def _userinfo(parts) -> str:
    if parts.username is None:
        return ""
    password = f":{parts.password}" if parts.password is not None else ""
    return f"{parts.username}{password}@"


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


def connect_twiml(stream_url: str, parameters: dict[str, str]) -> str:
    """`<Connect><Stream>`: a bidirectional stream, so the bot's audio goes back to the caller."""
    params = "".join(
        f"<Parameter name={quoteattr(name)} value={quoteattr(value)}/>"
        for name, value in parameters.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<Response><Connect><Stream url={quoteattr(stream_url)}>{params}</Stream></Connect></Response>"
    )
