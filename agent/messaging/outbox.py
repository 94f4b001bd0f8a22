"""The outbox sender: what is queued in the ledger leaves, in the background, until it has.

One pass (`run_once`):
- queues the salon's notifications of each new message (one item per configured channel);
- queues a text for each caller notice (an outcome settled after the caller hung up: they heard
  "noch nicht bestätigt" and now get the true outcome), when texts are on and the number known;
- sends what is due: each item is claimed for a while (a second sender skips it; one that died
  while sending lets it come due again), then marked sent, or retried after a wait that doubles
  (OUTBOX_RETRY_SECONDS up to an hour), or given up after OUTBOX_MAX_ATTEMPTS or a refusal the
  provider will repeat. A sent text of a caller notice closes the notice in the same step; a
  notice whose text was given up stays open for a person (dashboard, `reconcile`).

Sends never run on a call's path: tools only write to the ledger. Numbers are masked in logs.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from loguru import logger

from agent.messaging.salon_notify import EmailNotifier, WebhookNotifier
from calendar_adapter.backend import Catalog
from calendar_adapter.clock import Clock
from calendar_adapter.ledger import (
    Appointment,
    CallerNotice,
    Ledger,
    OutboxChannel,
    OutboxItem,
)
from calendar_adapter.privacy import mask_phone
from calendar_adapter.salon import SalonFile
from tools.line import Messenger, SendError
from tools.sms_text import appointment_text

MAX_RETRY_WAIT = timedelta(hours=1)
# How long a claimed item is left to its sender before another may try it.
CLAIM_SECONDS = 120
BATCH = 20


@dataclass
class OutboxSender:
    ledger: Ledger
    clock: Clock
    salon: SalonFile
    catalog: Any  # async () -> Catalog: names for the texts of caller notices
    messenger: Messenger | None = None
    notifiers: list[EmailNotifier | WebhookNotifier] = field(default_factory=list)
    retry_seconds: float = 30.0
    max_attempts: int = 12

    async def run_once(self) -> list[str]:
        """One pass; one line per thing done."""
        lines = await self.queue_notifications()
        lines += await self.queue_caller_notices()
        lines += await self.send_due()
        return lines

    async def run_forever(self, every: float) -> None:
        """A pass every `every` seconds until cancelled; a failed pass is logged, not fatal."""
        while True:
            try:
                for line in await self.run_once():
                    logger.info("outbox: {}", line)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("outbox pass failed")
            await asyncio.sleep(every)

    # -- queueing ------------------------------------------------------------------------

    async def queue_notifications(self) -> list[str]:
        lines = []
        for message in await self.ledger.messages_to_notify():
            items = [
                {"key": f"{n.channel.value}:message:{message.id}", **n.compose(message, self.salon)}
                for n in self.notifiers
            ]
            await self.ledger.queue_message_notifications(message.id, items)
            if items:
                channels = ", ".join(i["channel"].value for i in items)
                lines.append(f"message {message.id}: salon notification queued ({channels})")
        return lines

    async def queue_caller_notices(self) -> list[str]:
        if self.messenger is None:
            return []
        lines = []
        for notice in await self.ledger.open_caller_notices():
            if not notice.caller_phone:
                continue  # a person must tell them (dashboard)
            body = await self._notice_text(notice)
            if body is None:
                continue
            item = await self.ledger.queue_outbox(
                key=f"sms:notice:{notice.id}",
                channel=OutboxChannel.SMS,
                recipient=notice.caller_phone,
                body=body,
                call_id=notice.call_id,
                notice_id=notice.id,
            )
            if item is not None:
                await self.ledger.log(
                    notice.call_id,
                    "sms_queued",
                    outbox_id=item.id,
                    outcome=notice.outcome,
                    notice_id=notice.id,
                )
                lines.append(f"caller notice {notice.id}: text queued ({notice.outcome})")
        return lines

    async def _notice_text(self, notice: CallerNotice) -> str | None:
        row = await self.ledger.get(notice.appointment_id)
        if row is None:
            return None
        outcome = notice.outcome
        if outcome == "rescheduled":  # told with where it went
            moved = await self._successor(row)
            if moved is None:
                return None
            row, outcome = moved, "confirmed" if moved.state.value == "confirmed" else "pending"
        if outcome not in ("confirmed", "pending", "failed", "cancelled"):
            return None
        catalog: Catalog = await self.catalog()
        service = catalog.service(row.service_slug)
        stylist = catalog.stylist(row.stylist_user_id) if row.stylist_user_id is not None else None
        return appointment_text(
            outcome,  # type: ignore[arg-type]
            salon=self.salon,
            service=service.name if service else "Termin",
            stylist=stylist.name if stylist else None,
            start=row.start,
        )

    async def _successor(self, row: Appointment) -> Appointment | None:
        for other in await self.ledger.appointments_for_call(row.call_id):
            if other.rescheduled_from_id == row.id:
                return other
        return None

    # -- sending -------------------------------------------------------------------------

    async def send_due(self) -> list[str]:
        lines = []
        until = self.clock.now() + timedelta(seconds=CLAIM_SECONDS)
        for item in await self.ledger.claim_outbox(until=until, limit=BATCH):
            lines.append(await self._send(item))
        return lines

    async def _send(self, item: OutboxItem) -> str:
        label = f"{item.channel.value} {item.id} to {self._who(item)}"
        try:
            provider_id = await self._deliver(item)
        except SendError as exc:
            return await self._failed(item, label, str(exc), permanent=exc.permanent)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a sender's bug must not stop the outbox
            logger.opt(exception=exc).error(f"outbox: {label} crashed")
            return await self._failed(item, label, repr(exc), permanent=False)
        await self.ledger.outbox_sent(item.id, provider_id=provider_id)
        if item.call_id:
            await self.ledger.log(
                item.call_id, "outbox_sent", outbox_id=item.id, channel=item.channel.value
            )
        return f"{label}: sent"

    async def _deliver(self, item: OutboxItem) -> str | None:
        if item.channel is OutboxChannel.SMS:
            if self.messenger is None:
                raise SendError("texts are off in this process")
            return await self.messenger.send_sms(item.recipient, item.body)
        for notifier in self.notifiers:
            if notifier.channel is item.channel and notifier.recipient == item.recipient:
                return await notifier.send(item)
        raise SendError(f"no {item.channel.value} sender configured for this item")

    async def _failed(self, item: OutboxItem, label: str, error: str, *, permanent: bool) -> str:
        if permanent or item.attempts >= self.max_attempts:
            await self.ledger.outbox_failed(item.id, error=error, retry_at=None)
            if item.call_id:
                await self.ledger.log(
                    item.call_id,
                    "outbox_given_up",
                    outbox_id=item.id,
                    channel=item.channel.value,
                    error=error,
                )
            why = "refused" if permanent else f"{item.attempts} attempts"
            logger.warning(f"outbox: {label} given up ({why}): {error}")
            return f"{label}: given up ({error})"
        wait = timedelta(seconds=self.retry_seconds * 2 ** (item.attempts - 1))
        retry_at = self.clock.now() + min(wait, MAX_RETRY_WAIT)
        await self.ledger.outbox_failed(item.id, error=error, retry_at=retry_at)
        logger.info(f"outbox: {label} failed (attempt {item.attempts}), again later: {error}")
        return f"{label}: failed, retried at {retry_at.isoformat()}"

    @staticmethod
    def _who(item: OutboxItem) -> str:
        return mask_phone(item.recipient) if item.channel is OutboxChannel.SMS else "the salon"
