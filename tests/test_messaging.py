"""Texts to callers and notifications to the salon: queued in the ledger, sent by the outbox
sender through the real clients against local stand-ins (Twilio's and Telnyx's REST APIs, an
SMTP server, a webhook receiver). Nothing is lost: failures are retried with growing waits,
given up only after the last attempt or a refusal that cannot pass, and what was queued before
a restart is sent after it."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from email import message_from_bytes
from email.policy import default as email_policy

import pytest
from aiohttp import web
from aiosmtpd.smtp import SMTP

from agent.messaging.messengers import (
    StandInMessenger,
    TelnyxMessenger,
    TwilioMessenger,
    build_messenger,
)
from agent.messaging.outbox import OutboxSender
from agent.messaging.salon_notify import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    salon_notifiers,
)
from agent.telephony.rest_clients import provider_clients
from calendar_adapter.ledger import Ledger, MessageKind, OutboxChannel
from tests.conftest import record_hold
from tests.provider_standin import ACCOUNT_SID, provider_standin, rest_settings
from tools.line import SendError

CALLER = "+4915112345678"
SMS_FROM = "+4915799990000"


@pytest.fixture
async def standin():
    async with provider_standin() as s:
        yield s


@pytest.fixture
async def clients(standin):
    async with provider_clients(rest_settings(standin.base_url)) as c:
        yield c


def sender(ledger, clock, salon, *, messenger=None, notifiers=(), **kw) -> OutboxSender:
    async def catalog():
        raise AssertionError("not needed")

    return OutboxSender(
        ledger=ledger,
        clock=clock,
        salon=salon,
        catalog=kw.pop("catalog", catalog),
        messenger=messenger,
        notifiers=list(notifiers),
        **kw,
    )


async def queue_text(ledger, key: str = "sms:booked:uid-1", call_id: str = "call-1"):
    item = await ledger.queue_outbox(
        key=key,
        channel=OutboxChannel.SMS,
        recipient=CALLER,
        body="Salon Spitzer: gebucht",
        call_id=call_id,
    )
    assert item is not None
    return item


# -- the messengers against the providers' REST APIs -----------------------------------------


async def test_twilio_sends_the_text_from_the_salons_number(standin, clients):
    sid = await TwilioMessenger(clients.twilio, SMS_FROM).send_sms(CALLER, "Hallo")
    [sent] = standin.of("twilio_message")
    assert sent.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert sent.form == {"To": CALLER, "From": SMS_FROM, "Body": "Hallo"}
    assert sid.startswith("SM")


async def test_twilio_sends_through_a_messaging_service_when_given_one(standin, clients):
    await TwilioMessenger(clients.twilio, "MG" + "2" * 32).send_sms(CALLER, "Hallo")
    [sent] = standin.of("twilio_message")
    assert sent.form["MessagingServiceSid"] == "MG" + "2" * 32 and "From" not in sent.form


@pytest.mark.parametrize(("status", "permanent"), [(400, True), (429, False), (503, False)])
async def test_twilio_failures_say_whether_trying_again_can_help(
    standin, clients, status, permanent
):
    standin.fail_next("twilio_message", status)
    with pytest.raises(SendError) as failed:
        await TwilioMessenger(clients.twilio, SMS_FROM).send_sms(CALLER, "Hallo")
    assert failed.value.permanent is permanent


async def test_telnyx_sends_the_text(standin, clients):
    message_id = await TelnyxMessenger(clients.telnyx, SMS_FROM).send_sms(CALLER, "Hallo")
    [sent] = standin.of("telnyx_message")
    assert sent.json == {"from": SMS_FROM, "to": CALLER, "text": "Hallo"} and message_id


@pytest.mark.parametrize(("status", "permanent"), [(422, True), (401, False), (500, False)])
async def test_telnyx_failures_say_whether_trying_again_can_help(
    standin, clients, status, permanent
):
    standin.fail_next("telnyx_message", status)
    with pytest.raises(SendError) as failed:
        await TelnyxMessenger(clients.telnyx, SMS_FROM).send_sms(CALLER, "Hallo")
    assert failed.value.permanent is permanent


async def test_an_answer_that_never_comes_is_worth_another_try(standin, clients):
    standin.drop_next("twilio_message")
    with pytest.raises(SendError) as failed:
        await TwilioMessenger(clients.twilio, SMS_FROM).send_sms(CALLER, "Hallo")
    assert failed.value.permanent is False


async def test_which_messenger_a_process_gets(standin, clients, salon):
    def settings(**kw):
        return rest_settings(standin.base_url, **kw)

    assert build_messenger(settings(), salon, clients) is None  # SMS_PROVIDER=none
    assert isinstance(
        build_messenger(settings(sms_provider="twilio", sms_from=SMS_FROM), salon, clients),
        TwilioMessenger,
    )
    assert isinstance(
        build_messenger(settings(sms_provider="telnyx", sms_from=SMS_FROM), salon, clients),
        TelnyxMessenger,
    )
    assert build_messenger(settings(sms_provider="twilio"), salon, clients) is None  # no SMS_FROM
    assert isinstance(
        build_messenger(settings(sms_provider="standin"), salon, clients), StandInMessenger
    )
    opted_out = salon.model_copy(update={"sms_confirmations": False})
    assert build_messenger(settings(sms_provider="standin"), opted_out, clients) is None


# -- the outbox sender -----------------------------------------------------------------------


async def test_a_queued_text_is_sent_once_and_marked_sent(standin, clients, ledger, clock, salon):
    item = await queue_text(ledger)
    outbox = sender(ledger, clock, salon, messenger=TwilioMessenger(clients.twilio, SMS_FROM))

    await outbox.run_once()
    await outbox.run_once()

    assert len(standin.of("twilio_message")) == 1
    [after] = await ledger.outbox_items()
    assert after.id == item.id and after.sent_at is not None and after.provider_id.startswith("SM")
    assert [e.kind for e in await ledger.timeline("call-1")] == ["outbox_sent"]


async def test_a_failed_text_is_retried_with_growing_waits_until_it_goes_out(
    standin, clients, ledger, clock, salon
):
    await queue_text(ledger)
    standin.fail_next("twilio_message", 503, n=2)
    outbox = sender(
        ledger, clock, salon, messenger=TwilioMessenger(clients.twilio, SMS_FROM), retry_seconds=30
    )

    await outbox.run_once()  # attempt 1 fails: again in 30 s
    [item] = await ledger.outbox_items()
    assert item.next_attempt_at == clock.now() + timedelta(seconds=30)
    await outbox.run_once()  # not due yet: nothing sent
    assert len(standin.of("twilio_message")) == 1

    clock.advance(timedelta(seconds=30))
    await outbox.run_once()  # attempt 2 fails: again in 60 s
    [item] = await ledger.outbox_items()
    assert item.next_attempt_at == clock.now() + timedelta(seconds=60)
    assert "503" in (item.last_error or "") or "Internal" in (item.last_error or "")

    clock.advance(timedelta(seconds=60))
    await outbox.run_once()
    [item] = await ledger.outbox_items()
    assert item.sent_at is not None and item.attempts == 3
    assert len(standin.of("twilio_message")) == 3


async def test_a_refused_number_is_given_up_at_once(standin, clients, ledger, clock, salon):
    await queue_text(ledger)
    standin.fail_next("twilio_message", 400)
    outbox = sender(ledger, clock, salon, messenger=TwilioMessenger(clients.twilio, SMS_FROM))

    await outbox.run_once()
    clock.advance(timedelta(hours=2))
    await outbox.run_once()

    assert len(standin.of("twilio_message")) == 1
    [item] = await ledger.outbox_items()
    assert item.given_up_at is not None and item.sent_at is None
    assert "outbox_given_up" in [e.kind for e in await ledger.timeline("call-1")]


async def test_after_the_last_attempt_a_text_is_given_up(standin, clients, ledger, clock, salon):
    await queue_text(ledger)
    standin.fail_next("twilio_message", 500, n=10)
    outbox = sender(
        ledger,
        clock,
        salon,
        messenger=TwilioMessenger(clients.twilio, SMS_FROM),
        retry_seconds=1,
        max_attempts=3,
    )
    for _ in range(5):
        await outbox.run_once()
        clock.advance(timedelta(minutes=5))
    assert len(standin.of("twilio_message")) == 3
    [item] = await ledger.outbox_items()
    assert item.given_up_at is not None and item.attempts == 3


async def test_waits_stop_growing_at_an_hour(standin, clients, ledger, clock, salon):
    await queue_text(ledger)
    standin.fail_next("twilio_message", 500, n=20)
    outbox = sender(ledger, clock, salon, messenger=TwilioMessenger(clients.twilio, SMS_FROM))
    waits = []
    for _ in range(10):
        failed_at = clock.now()
        await outbox.run_once()
        [item] = await ledger.outbox_items()
        waits.append(item.next_attempt_at - failed_at)
        clock.set(item.next_attempt_at)
    assert waits[:3] == [timedelta(seconds=s) for s in (30, 60, 120)]
    assert waits[-1] == timedelta(hours=1) and max(waits) == timedelta(hours=1)


async def test_what_was_queued_before_a_restart_is_sent_after_it(
    standin, clients, clock, salon, tmp_path
):
    path = tmp_path / "ledger.sqlite3"
    first = await Ledger.open(path, clock=clock)
    await queue_text(first)
    await first.close()  # the process dies before the sender ran

    again = await Ledger.open(path, clock=clock)
    try:
        outbox = sender(again, clock, salon, messenger=TwilioMessenger(clients.twilio, SMS_FROM))
        await outbox.run_once()
        [item] = await again.outbox_items()
        assert item.sent_at is not None
    finally:
        await again.close()
    assert len(standin.of("twilio_message")) == 1


async def test_a_claimed_text_is_not_sent_twice_by_two_senders(ledger, clock, salon):
    """Two senders at once (two processes on one ledger): the claim keeps it to one."""
    await queue_text(ledger)
    slow = StandInMessenger()
    gate = asyncio.Event()
    original = slow.send_sms

    async def waits(to, body):
        await gate.wait()
        return await original(to, body)

    slow.send_sms = waits  # type: ignore[method-assign]
    a = sender(ledger, clock, salon, messenger=slow)
    b = sender(ledger, clock, salon, messenger=slow)
    first = asyncio.create_task(a.run_once())
    await asyncio.sleep(0.05)
    await b.run_once()
    gate.set()
    await first
    assert len(slow.sent) == 1


async def test_texts_wait_while_this_process_has_no_messenger(ledger, clock, salon):
    await queue_text(ledger)
    await sender(ledger, clock, salon, messenger=None).run_once()
    [item] = await ledger.outbox_items()
    assert item.sent_at is None and item.given_up_at is None and item.attempts == 1


# -- outcomes settled after the call: the true one, by text -----------------------------------


async def test_an_outcome_settled_after_the_call_is_texted_and_the_notice_closed(
    ledger, clock, salon, calendar
):
    hold = await record_hold(ledger, caller_phone=CALLER)
    row = await ledger.transition(hold.id, "booking", request_id="r-1")
    row = await ledger.transition(row.id, "unknown")
    row = await ledger.transition(
        row.id, "confirmed", booking_uid="bk-1", booking_status="accepted"
    )
    notice = await ledger.add_caller_notice(row, outcome="confirmed")
    messenger = StandInMessenger()
    outbox = sender(ledger, clock, salon, messenger=messenger, catalog=calendar.get_catalog)

    await outbox.run_once()

    [(to, body)] = messenger.sent
    assert to == CALLER
    assert (
        "Ihr Termin ist jetzt gebucht: Dauerwelle bei Fabian Spitzer, Freitag, 27. November, 10:00 Uhr"
        in body
    )
    assert await ledger.open_caller_notices() == []
    events = [e.kind for e in await ledger.timeline(notice.call_id)]
    assert events == ["sms_queued", "outbox_sent"]


async def test_a_failed_outcome_is_texted_as_not_booked(ledger, clock, salon, calendar):
    hold = await record_hold(ledger, caller_phone=CALLER)
    row = await ledger.transition(hold.id, "booking", request_id="r-1")
    row = await ledger.transition(row.id, "unknown")
    row = await ledger.transition(row.id, "failed")
    await ledger.add_caller_notice(row, outcome="failed")
    messenger = StandInMessenger()
    await sender(ledger, clock, salon, messenger=messenger, catalog=calendar.get_catalog).run_once()
    [(_, body)] = messenger.sent
    assert "konnte leider nicht gebucht werden" in body and "gebucht:" not in body


async def test_a_notice_whose_text_was_given_up_stays_for_a_person(
    standin, clients, ledger, clock, salon, calendar
):
    hold = await record_hold(ledger, caller_phone=CALLER)
    row = await ledger.transition(hold.id, "booking", request_id="r-1")
    row = await ledger.transition(row.id, "unknown")
    row = await ledger.transition(row.id, "failed")
    await ledger.add_caller_notice(row, outcome="failed")
    standin.fail_next("twilio_message", 400)
    outbox = sender(
        ledger,
        clock,
        salon,
        messenger=TwilioMessenger(clients.twilio, SMS_FROM),
        catalog=calendar.get_catalog,
    )
    await outbox.run_once()
    await outbox.run_once()  # not queued again: one text per notice
    assert len(await ledger.open_caller_notices()) == 1
    assert len(standin.of("twilio_message")) == 1


async def test_without_texts_or_a_number_a_notice_is_left_for_a_person(ledger, clock, salon):
    hold = await record_hold(ledger, caller_phone=None)
    row = await ledger.transition(hold.id, "booking", request_id="r-1")
    row = await ledger.transition(row.id, "unknown")
    row = await ledger.transition(row.id, "failed")
    await ledger.add_caller_notice(row, outcome="failed")
    await sender(ledger, clock, salon, messenger=StandInMessenger()).run_once()
    await sender(ledger, clock, salon, messenger=None).run_once()
    assert len(await ledger.open_caller_notices()) == 1 and await ledger.outbox_items() == []


# -- the salon is told of messages -----------------------------------------------------------


class Mailbox:
    def __init__(self) -> None:
        self.mails: list = []
        self.refuse_with: str | None = None  # a reply to RCPT, e.g. "451 try later"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_with:
            return self.refuse_with
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.mails.append(message_from_bytes(envelope.content, policy=email_policy))
        return "250 Message accepted"


@asynccontextmanager
async def smtp_server() -> AsyncIterator[tuple[Mailbox, int]]:
    box = Mailbox()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(box, hostname="localhost"), "127.0.0.1", 0)
    try:
        yield box, server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


@asynccontextmanager
async def webhook_receiver(statuses: list[int] | None = None) -> AsyncIterator[tuple[list, str]]:
    got: list = []
    answers = list(statuses or [])

    async def receive(request: web.Request) -> web.Response:
        got.append((dict(request.headers), await request.read()))
        return web.Response(status=answers.pop(0) if answers else 204)

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        yield got, f"http://127.0.0.1:{port}/hook"
    finally:
        await runner.cleanup()


def notify_settings(**kw):
    from agent.config import Settings

    return Settings(_env_file=None, **kw)


async def take(ledger, **kw):
    values = dict(
        call_id="call-9", kind=MessageKind.CALLBACK, phone=CALLER, reason="Frage zur Farbe"
    )
    values.update(kw)
    return await ledger.add_message(**values)


async def test_the_salon_gets_an_email_with_the_full_message(ledger, clock, salon):
    async with smtp_server() as (box, port):
        settings = notify_settings(
            salon_notify_email="team@salon.example",
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_from="agent@salon.example",
            smtp_security="none",
        )
        message = await take(ledger, name="Anna Berg", preferred_time="morgen früh")
        outbox = sender(ledger, clock, salon, notifiers=salon_notifiers(settings))
        await outbox.run_once()
        await outbox.run_once()  # queued once, sent once

    [mail] = box.mails
    assert mail["To"] == "team@salon.example" and mail["From"] == "agent@salon.example"
    assert "Rückruf erbeten" in mail["Subject"] and "Anna Berg" in mail["Subject"]
    text = mail.get_content()
    for part in ("Anna Berg", CALLER, "Frage zur Farbe", "morgen früh", message.call_id):
        assert part in text
    [item] = await ledger.outbox_items()
    assert item.sent_at is not None and item.channel is OutboxChannel.EMAIL


async def test_a_mail_server_that_is_down_or_busy_is_tried_again(ledger, clock, salon):
    async with smtp_server() as (box, port):
        settings = notify_settings(
            salon_notify_email="team@salon.example",
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_security="none",
        )
        await take(ledger)
        box.refuse_with = "451 4.3.0 try again later"
        outbox = sender(ledger, clock, salon, notifiers=salon_notifiers(settings))
        await outbox.run_once()
        assert box.mails == []
        box.refuse_with = None
        clock.advance(timedelta(minutes=1))
        await outbox.run_once()
    assert len(box.mails) == 1


async def test_the_salons_webhook_gets_the_message_signed(ledger, clock, salon):
    async with webhook_receiver() as (got, url):
        settings = notify_settings(salon_webhook_url=url, salon_webhook_secret="s3cret")
        message = await take(
            ledger, kind=MessageKind.DATA_DELETION, reason="Löschen Sie meine Daten"
        )
        await sender(ledger, clock, salon, notifiers=salon_notifiers(settings)).run_once()

    [(headers, body)] = got
    payload = json.loads(body)
    assert payload["kind"] == "data_deletion" and payload["phone"] == CALLER
    assert payload["id"] == message.id and payload["reason"] == "Löschen Sie meine Daten"
    timestamp = headers[TIMESTAMP_HEADER]
    expected = hmac.new(b"s3cret", timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    assert headers[SIGNATURE_HEADER] == f"sha256={expected}"
    assert headers["Idempotency-Key"] == f"webhook:message:{message.id}"


async def test_a_webhook_that_fails_is_retried_and_one_that_refuses_is_given_up(
    ledger, clock, salon
):
    async with webhook_receiver([500, 204, 400]) as (got, url):
        settings = notify_settings(salon_webhook_url=url)
        outbox = sender(ledger, clock, salon, notifiers=salon_notifiers(settings))
        await take(ledger)
        await outbox.run_once()  # 500
        clock.advance(timedelta(minutes=1))
        await outbox.run_once()  # 204
        await take(ledger, reason="zweite Nachricht")
        await outbox.run_once()  # 400: refused for good
        clock.advance(timedelta(hours=2))
        await outbox.run_once()
    first, second = await ledger.outbox_items()
    assert first.sent_at is not None and first.attempts == 2
    assert second.given_up_at is not None and second.attempts == 1
    assert len(got) == 3


async def test_email_and_webhook_each_get_the_message_and_fail_apart(ledger, clock, salon):
    async with smtp_server() as (box, port), webhook_receiver([503]) as (got, url):
        settings = notify_settings(
            salon_notify_email="team@salon.example",
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_security="none",
            salon_webhook_url=url,
        )
        await take(ledger)
        await sender(ledger, clock, salon, notifiers=salon_notifiers(settings)).run_once()
    email, hook = await ledger.outbox_items()
    assert email.sent_at is not None and len(box.mails) == 1
    assert hook.sent_at is None and hook.given_up_at is None  # its own retry
    assert len(got) == 1


async def test_without_channels_a_message_stays_on_the_dashboard_only(ledger, clock, salon):
    message = await take(ledger)
    await sender(ledger, clock, salon, notifiers=[]).run_once()
    assert await ledger.outbox_items() == []
    assert [m.id for m in await ledger.open_messages()] == [message.id]
    assert await ledger.messages_to_notify() == []  # looked at, nothing to send


async def test_a_message_marked_done_is_no_longer_open(ledger):
    message = await take(ledger)
    await ledger.mark_done(message.done_key, kind="message", call_id=message.call_id)
    assert await ledger.open_messages() == []


async def test_an_address_the_mail_server_refuses_for_good_is_given_up(ledger, clock, salon):
    async with smtp_server() as (box, port):
        settings = notify_settings(
            salon_notify_email="nobody@salon.example",
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_security="none",
        )
        box.refuse_with = "550 5.1.1 no such user"
        await take(ledger)
        await sender(ledger, clock, salon, notifiers=salon_notifiers(settings)).run_once()
    [item] = await ledger.outbox_items()
    assert item.given_up_at is not None and box.mails == []


async def test_a_mail_server_nobody_runs_is_tried_again(ledger, clock, salon):
    async with smtp_server() as (_, port):
        pass  # closed again: nothing listens on that port now
    settings = notify_settings(
        salon_notify_email="team@salon.example",
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
    )
    await take(ledger)
    await sender(ledger, clock, salon, notifiers=salon_notifiers(settings)).run_once()
    [item] = await ledger.outbox_items()
    assert item.sent_at is None and item.given_up_at is None and item.last_error
