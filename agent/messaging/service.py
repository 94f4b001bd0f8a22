"""Texts and salon notifications for a serving process: the messenger, the notifiers and the
background outbox sender, started with `serve` and stopped with it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from loguru import logger

from agent.messaging.messengers import build_messenger
from agent.messaging.outbox import OutboxSender
from agent.messaging.salon_notify import salon_notifiers
from agent.telephony.rest_clients import ProviderClients


def outbox_sender(runtime: Any, settings: Any, messenger: Any) -> OutboxSender:
    return OutboxSender(
        ledger=runtime.ledger,
        clock=runtime.clock,
        salon=runtime.salon,
        catalog=runtime.backend.get_catalog,
        messenger=messenger,
        notifiers=salon_notifiers(settings),
        retry_seconds=settings.outbox_retry_seconds,
        max_attempts=settings.outbox_max_attempts,
    )


@asynccontextmanager
async def run_messaging(
    runtime: Any, settings: Any, clients: ProviderClients
) -> AsyncIterator[OutboxSender]:
    """Give the booking tools their messenger (texts are queued only when there is one) and
    run the sender until the process stops."""
    from agent.call import booking_deps

    messenger = build_messenger(settings, runtime.salon, clients)
    booking_deps(runtime, settings).messenger = messenger
    sender = outbox_sender(runtime, settings, messenger)
    channels = [n.channel.value for n in sender.notifiers]
    if channels:
        logger.info(f"messages for the salon: stored and sent by {', '.join(channels)}")
    else:
        logger.warning(
            "messages for the salon: stored for the dashboard only (set SALON_NOTIFY_EMAIL + "
            "SMTP_HOST, or SALON_WEBHOOK_URL, to be told at once)"
        )
    task = asyncio.create_task(sender.run_forever(settings.outbox_poll_seconds))
    try:
        yield sender
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
