"""Notifying the salon of a message taken for it: by e-mail (SMTP) and/or a signed webhook.

Each configured channel gets its own outbox item per message (`notifications`), composed when
the sender picks the message up; sending is the `Notifier`'s job, retried by the outbox.

The webhook POSTs the message as JSON with `X-Salon-Timestamp` (Unix seconds) and
`X-Salon-Signature: sha256=<hex>`, an HMAC-SHA256 with SALON_WEBHOOK_SECRET over
`<timestamp>.<body>`: the receiver checks both (and the age of the timestamp) before trusting it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any, Protocol

import aiosmtplib
import httpx

from agent.telephony.access import secret_text
from calendar_adapter.ledger import MessageKind, OutboxChannel, OutboxItem, TakenMessage
from calendar_adapter.salon import SalonFile
from tools.line import SendError

SIGNATURE_HEADER = "X-Salon-Signature"
TIMESTAMP_HEADER = "X-Salon-Timestamp"
SEND_TIMEOUT_SECONDS = 15.0

KIND_WORDS = {
    MessageKind.CALLBACK: "Rückruf erbeten",
    MessageKind.COMPLAINT: "Beschwerde",
    MessageKind.QUESTION: "Frage",
    MessageKind.DATA_DELETION: "Löschwunsch (Daten des Anrufers)",
}


class Notifier(Protocol):
    channel: OutboxChannel

    async def send(self, item: OutboxItem) -> str | None:
        """Deliver one item; raises `SendError`. Returns an id the receiver gave, if any."""
        ...


def signature(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def message_text(message: TakenMessage, salon: SalonFile) -> str:
    """The message as a person in the salon reads it (full number: they call back)."""
    local = message.created_at.astimezone(salon.tz)
    lines = [
        f"{KIND_WORDS[message.kind]} für {salon.business.name}",
        "",
        f"Name: {message.name or '(nicht genannt)'}",
        f"Rückrufnummer: {message.phone}",
        f"Anliegen: {message.reason}",
    ]
    if message.preferred_time:
        lines.append(f"Wunschzeit für den Rückruf: {message.preferred_time}")
    lines += [
        f"Aufgenommen: {local:%d.%m.%Y %H:%M} Uhr (Anruf {message.call_id})",
        "",
        "Bitte im Dashboard unter 'Braucht eine Person' als erledigt markieren.",
    ]
    return "\n".join(lines)


def message_json(message: TakenMessage) -> str:
    return json.dumps(
        {
            "type": "message",
            "id": message.id,
            "kind": message.kind.value,
            "name": message.name,
            "phone": message.phone,
            "reason": message.reason,
            "preferred_time": message.preferred_time,
            "call_id": message.call_id,
            "created_at": message.created_at.isoformat(),
        },
        ensure_ascii=False,
    )


class EmailNotifier:
    channel = OutboxChannel.EMAIL

    def __init__(
        self,
        *,
        to: str,
        sender: str,
        host: str,
        port: int,
        username: str | None = None,
        password: str | None = None,
        security: str = "starttls",
    ):
        self.recipient = to
        self._sender = sender
        self._host = host
        self._port = port
        self._username = username
        self._password = password
        self._security = security

    def compose(self, message: TakenMessage, salon: SalonFile) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "recipient": self.recipient,
            "subject": f"{KIND_WORDS[message.kind]}: {message.name or message.phone}",
            "body": message_text(message, salon),
            "call_id": message.call_id,
        }

    async def send(self, item: OutboxItem) -> str | None:
        mail = EmailMessage()
        mail["From"] = self._sender
        mail["To"] = item.recipient
        mail["Subject"] = item.subject or "Nachricht für den Salon"
        mail["Message-ID"] = f"<outbox-{item.key.replace(':', '-')}@salon-receptionist>"
        mail.set_content(item.body)
        try:
            await aiosmtplib.send(
                mail,
                hostname=self._host,
                port=self._port,
                username=self._username,
                password=self._password,
                use_tls=self._security == "tls",
                start_tls=True if self._security == "starttls" else False,
                timeout=SEND_TIMEOUT_SECONDS,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            # 5xx: the address is refused for good; 4xx: the server asks to try later
            permanent = all(r.code >= 500 for r in exc.recipients)
            raise SendError(f"smtp: recipient refused: {exc}", permanent=permanent) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise SendError(f"smtp: {exc!r}") from exc
        return None


class WebhookNotifier:
    channel = OutboxChannel.WEBHOOK

    def __init__(self, *, url: str, secret: str | None, now: Callable[[], float] = time.time):
        self.recipient = url
        self._secret = secret
        self._now = now

    def compose(self, message: TakenMessage, salon: SalonFile) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "recipient": self.recipient,
            "body": message_json(message),
            "call_id": message.call_id,
        }

    async def send(self, item: OutboxItem) -> str | None:
        body = item.body.encode()
        headers = {"Content-Type": "application/json", "Idempotency-Key": item.key}
        if self._secret:
            timestamp = str(int(self._now()))
            headers[TIMESTAMP_HEADER] = timestamp
            headers[SIGNATURE_HEADER] = signature(self._secret, timestamp, body)
        try:
            async with httpx.AsyncClient(timeout=SEND_TIMEOUT_SECONDS) as http:
                response = await http.post(item.recipient, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise SendError(f"webhook: {exc!r}") from exc
        if response.status_code >= 300:
            permanent = 400 <= response.status_code < 500 and response.status_code not in (
                401,
                403,
                408,
                409,
                425,
                429,
            )
            raise SendError(f"webhook answered {response.status_code}", permanent=permanent)
        return None


def salon_notifiers(settings: Any) -> list[EmailNotifier | WebhookNotifier]:
    """The channels the settings configure (none: messages are on the dashboard only)."""
    found: list[EmailNotifier | WebhookNotifier] = []
    if settings.salon_notify_email and settings.smtp_host:
        found.append(
            EmailNotifier(
                to=settings.salon_notify_email,
                sender=settings.smtp_from or settings.smtp_username or settings.salon_notify_email,
                host=settings.smtp_host,
                port=settings.smtp_port,
                username=settings.smtp_username,
                password=secret_text(settings.smtp_password),
                security=settings.smtp_security,
            )
        )
    if settings.salon_webhook_url:
        found.append(
            WebhookNotifier(
                url=settings.salon_webhook_url, secret=secret_text(settings.salon_webhook_secret)
            )
        )
    return found
