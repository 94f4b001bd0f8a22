"""Signed webhook delivery, as Cal.com does it: JSON body, `X-Cal-Signature-256` = hex
HMAC-SHA256(secret, raw body). Fire-and-forget: a failing subscriber never breaks a booking."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from typing import Any

import httpx
from loguru import logger

from calendar_adapter.sandbox import timefmt as tf

NO_SECRET = "no-secret-provided"


def sign(secret: str | None, body: bytes) -> str:
    if not secret:
        return NO_SECRET
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def webhook_body(
    trigger: str, booking: dict[str, Any], extra: dict[str, Any], created_at: int
) -> dict[str, Any]:
    host = booking["hosts"][0]
    payload = {
        "type": booking["eventType"]["slug"],
        "title": booking["title"],
        "uid": booking["uid"],
        "bookingId": booking["id"],
        "startTime": booking["start"],
        "endTime": booking["end"],
        "status": booking["status"].upper(),
        "eventTypeId": booking["eventTypeId"],
        "organizer": {
            "id": host["id"],
            "name": host["name"],
            "email": host["email"],
            "username": host["username"],
            "timeZone": host["timeZone"],
            "language": {"locale": "de"},
        },
        "attendees": [
            {
                "name": a["name"],
                "email": a["email"],
                "phoneNumber": a["phoneNumber"],
                "timeZone": a["timeZone"],
                "language": {"locale": a["language"]},
            }
            for a in booking["attendees"]
        ],
        "metadata": booking["metadata"],
        **extra,
    }
    return {"triggerEvent": trigger, "createdAt": tf.iso_utc(created_at), "payload": payload}


class WebhookSender:
    """Runs on the server's loop; keeps its tasks referenced until they finish."""

    def __init__(self, default_secret: str | None = None) -> None:
        self.default_secret = default_secret
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def send(self, hooks: list[tuple[str, str | None]], body: dict[str, Any]) -> None:
        raw = json.dumps(body, separators=(",", ":")).encode()
        for url, secret in hooks:
            task = asyncio.get_running_loop().create_task(
                self._post(url, secret or self.default_secret, raw)
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _post(self, url: str, secret: str | None, raw: bytes) -> None:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=5.0)
        try:
            r = await self._client.post(
                url,
                content=raw,
                headers={
                    "Content-Type": "application/json",
                    "X-Cal-Signature-256": sign(secret, raw),
                },
            )
            if r.status_code >= 300:
                logger.warning("sandbox webhook {} answered {}", url, r.status_code)
        except httpx.HTTPError as exc:
            logger.warning("sandbox webhook {} failed: {!r}", url, exc)

    async def aclose(self) -> None:
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=2.0)
        if self._client is not None:
            await self._client.aclose()
