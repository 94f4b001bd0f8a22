"""Twilio's side of a call: request signatures, the TwiML that connects a call to our
websocket, and the per-call stream token that ties that websocket back to a signed request."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
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


def stream_token(auth_token: str, call_sid: str) -> str:
    """Proof, carried as a stream parameter, that a websocket belongs to a call whose TwiML
    request Twilio signed: only holders of the auth token can mint it."""
    return hmac.new(auth_token.encode(), f"stream:{call_sid}".encode(), hashlib.sha256).hexdigest()


def is_valid_stream_token(auth_token: str, call_sid: str | None, token: str | None) -> bool:
    if not call_sid or not token:
        return False
    return hmac.compare_digest(stream_token(auth_token, call_sid), token)


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
