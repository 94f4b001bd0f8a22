"""The providers' REST APIs, one client each per process: Twilio through its own library (calls
and messages), Telnyx through httpx (call control and messages).

Both are pointed at a base URL (TWILIO_API_BASE_URL, TELNYX_API_BASE_URL): the providers' own by
default, a local stand-in in tests. For Twilio the library builds `https://api.twilio.com/...`
itself; its documented seam for transport is a custom `HttpClient`, so the async client here
re-roots each request's URL on the configured base and applies the timeout.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import httpx
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client as TwilioClient

from agent.telephony.access import secret_text

REST_TIMEOUT_SECONDS = 10.0
# What a request that may not have reached the provider, or that it could not serve, raises.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    aiohttp.ClientError,
    httpx.TransportError,
    TimeoutError,
)


class _RebasedTwilioHttp(AsyncTwilioHttpClient):
    """Twilio's async HTTP client, sending to `base_url` instead of api.twilio.com."""

    def __init__(self, base_url: str | None, *, timeout: float):
        super().__init__(timeout=timeout)
        self._base = urlsplit(base_url.rstrip("/")) if base_url else None

    async def request(self, method: str, url: str, *args: Any, **kwargs: Any):
        if self._base is not None:
            parts = urlsplit(url)
            url = urlunsplit(
                (
                    self._base.scheme,
                    self._base.netloc,
                    self._base.path + parts.path,
                    parts.query,
                    "",
                )
            )
        kwargs["timeout"] = kwargs.get("timeout") or self.timeout
        return await super().request(method, url, *args, **kwargs)


def twilio_transient(exc: BaseException) -> bool:
    """Worth trying again: no answer, a 5xx or a 429. A 4xx is Twilio's refusal."""
    if isinstance(exc, TwilioRestException):
        return exc.status >= 500 or exc.status == 429
    return isinstance(exc, TRANSPORT_ERRORS)


class TelnyxError(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(f"Telnyx answered {status}: {detail}")
        self.status = status


class TelnyxApi:
    """Telnyx API v2 over httpx: bearer key, JSON in and out."""

    def __init__(self, api_key: str, base_url: str, *, timeout: float = REST_TIMEOUT_SECONDS):
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json"},
            timeout=timeout,
        )

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST `body` to `/v2/...`; the answer's `data`. TelnyxError for a non-2xx answer."""
        response = await self._http.post(path, json=body)
        if response.status_code >= 300:
            raise TelnyxError(response.status_code, _telnyx_detail(response))
        try:
            return dict(response.json().get("data") or {})
        except ValueError:
            return {}

    async def aclose(self) -> None:
        await self._http.aclose()


def telnyx_transient(exc: BaseException) -> bool:
    """Worth trying again: no answer, a 5xx, a 429, or credentials (they may be fixed)."""
    if isinstance(exc, TelnyxError):
        return exc.status >= 500 or exc.status in (401, 403, 408, 429)
    return isinstance(exc, TRANSPORT_ERRORS)


def _telnyx_detail(response: httpx.Response) -> str:
    try:
        errors = response.json().get("errors") or []
        return "; ".join(str(e.get("detail") or e.get("title") or e) for e in errors) or "-"
    except ValueError:
        return response.text[:200] or "-"


@dataclass
class ProviderClients:
    """The REST clients this process has credentials for (None: not configured)."""

    twilio: TwilioClient | None = None
    telnyx: TelnyxApi | None = None

    def describe(self) -> list[str]:
        return [
            f"twilio REST: {'configured' if self.twilio else 'off (TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN)'}",
            f"telnyx REST: {'configured' if self.telnyx else 'off (TELNYX_API_KEY)'}",
        ]


@asynccontextmanager
async def provider_clients(settings: Any) -> AsyncIterator[ProviderClients]:
    """Open the clients the settings have credentials for; closed on exit."""
    clients = ProviderClients()
    token = secret_text(settings.twilio_auth_token)
    if settings.twilio_account_sid and token:
        http = _RebasedTwilioHttp(settings.twilio_api_base_url, timeout=REST_TIMEOUT_SECONDS)
        clients.twilio = TwilioClient(settings.twilio_account_sid, token, http_client=http)
    key = secret_text(settings.telnyx_api_key)
    if key:
        clients.telnyx = TelnyxApi(key, settings.telnyx_api_base_url)
    try:
        yield clients
    finally:
        if clients.twilio is not None:
            await clients.twilio.http_client.close()  # type: ignore[attr-defined]
        if clients.telnyx is not None:
            await clients.telnyx.aclose()
