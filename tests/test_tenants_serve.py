"""Two salons, one deployment: the dialled number decides whose call it is, and nothing of one
salon (its calendar, key, secret, rows, load) touches the other's.

`serve`'s app on loopback with a tenants file of two salons, each on an embedded sandbox of its
own (no Cal.com keys), phone calls placed as Twilio and Telnyx place them, the offline speech
stand-ins and the real Silero VAD. The calls run on both ledger engines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import websockets
import yaml

from agent.call import booking_deps
from agent.salons import SalonRuntimes
from agent.server import create_app
from agent.telephony.synthetic_voice import silence, synthetic_speech
from agent.tenants import Tenants, load_tenants
from calendar_adapter.ledger import DEFAULT_SALON, AppointmentState, Ledger
from calendar_adapter.webhooks import SIGNATURE_HEADER
from tests.browser.support import PASSWORD, csrf_of
from tests.browser.support import password_hash as a_password_hash
from tests.conftest import FRIDAY_10, berlin
from tests.observability_support import NAME, OFFER, PHONE_BOOKING
from tests.test_telephony_call import (
    CALLER,
    bot_said,
    brief_greeting_salon,
    media_stream,
    phone_settings,
    post_voice,
    serving,
    stream_of,
    until,
    voice_form,
)
from tests.test_telephony_telnyx import TelnyxMediaStream, telnyx_url
from tools.booking_tools import BookingTools
from tools.session import CallSession

# Real-time calls through serve's app: about two minutes in all, so scheduled first
# (tests/conftest.py) rather than at the tail of a parallel run.
pytestmark = pytest.mark.slow

A_NUMBER, B_NUMBER, NOBODYS_NUMBER = "+4930111111", "+4940222222", "+4989333333"
A_SECRET, B_SECRET = "whsec_salon_a", "whsec_salon_b"
B_PASSWORD = "salon-nord-2027"
THURSDAY_10 = berlin(2026, 11, 26, 10)


def two_salons_file(tmp_path: Path) -> Path:
    """Salon a (Salon Spitzer, German) and salon b (Salon Nord, English, at most one call)."""
    brief_greeting_salon(tmp_path, name="Salon Spitzer", language="de")
    brief_greeting_salon(tmp_path, name="Salon Nord", language="en")
    path = tmp_path / "salons.yaml"
    salons = [
        {
            "id": "a",
            "numbers": [A_NUMBER],
            "salon_file": "spitzer.yaml",
            "calcom_webhook_secret_env": "A_HOOK",
            "dashboard_password_hash_env": "A_DASH",
        },
        {
            "id": "b",
            "numbers": [B_NUMBER],
            "salon_file": "nord.yaml",
            "calcom_webhook_secret_env": "B_HOOK",
            "dashboard_password_hash_env": "B_DASH",
            "max_concurrent_calls": 1,
        },
    ]
    path.write_text(yaml.safe_dump({"salons": salons}), encoding="utf-8")
    return path


def two_salons(tmp_path: Path, settings) -> Tenants:
    from agent.dashboard.passwords import hash_password

    environ = {
        "A_HOOK": A_SECRET,
        "B_HOOK": B_SECRET,
        "A_DASH": a_password_hash(),
        "B_DASH": hash_password(B_PASSWORD),
    }
    return load_tenants(two_salons_file(tmp_path), settings, environ=environ)


def deployment(tmp_path: Path, **overrides):
    """serve's settings: the booking call's stand-ins, Twilio and Telnyx with their secrets."""
    script = tmp_path / "booking.yaml"
    script.write_text(json.dumps(PHONE_BOOKING, ensure_ascii=False), encoding="utf-8")
    return phone_settings(tmp_path, standin_script=script, **overrides)


@asynccontextmanager
async def two_salon_server(tmp_path, clock, ledger_url) -> AsyncIterator[tuple[str, object]]:
    settings = deployment(tmp_path)
    salons = SalonRuntimes(two_salons(tmp_path, settings), clock=clock, ledger_target=ledger_url)
    app = create_app(settings, salons=salons)
    async with serving(app) as base:
        yield base, app


@asynccontextmanager
async def twilio_call_to(base: str, number: str, *, caller: str = CALLER):
    """A call to `number` as Twilio places it: the signed voice webhook, then its stream."""
    form = {**voice_form(caller=caller), "To": number}
    response = await post_voice(base, form)
    url, parameters = stream_of(response.text)
    assert parameters["to"] == number  # the stream finds its salon by it
    async with media_stream(url, form["CallSid"], parameters) as call:
        yield call


def names_in(directory: Path) -> set[str]:
    return {path.name for path in directory.iterdir()}


async def said_in(ledger: Ledger, text: str) -> bool:
    calls = await ledger.recent_calls()
    return bool(calls) and any(text in s for s in await bot_said(ledger, calls[0].call_id))


async def ended(ledger: Ledger) -> bool:
    calls = await ledger.recent_calls()
    return bool(calls) and all(c.ended_at is not None for c in calls)


async def test_a_call_to_a_salons_number_books_in_that_salons_calendar_only(
    tmp_path, clock, ledger_url
):
    async with two_salon_server(tmp_path, clock, ledger_url) as (base, app):
        salons: SalonRuntimes = app.state.salons
        a, b = salons.view("a"), salons.view("b")
        async with twilio_call_to(base, A_NUMBER) as call:
            await until(
                lambda: said_in(a, "Salon Spitzer, guten Tag"), feed=lambda: call.play(silence(0.2))
            )
            await call.play(synthetic_speech() + silence(0.2))
            await until(lambda: said_in(a, OFFER), feed=lambda: call.play(silence(0.2)))
            await call.play(synthetic_speech(seed=11) + silence(0.2))
            await until(
                lambda: said_in(a, "Bis Donnerstag"), feed=lambda: call.play(silence(0.2)), limit=30
            )
            await call.stop()
        await until(lambda: ended(a))

        # Booked in salon a's calendar, and a's ledger rows say so.
        calendar_a = salons.ready("a").sandbox
        [booking] = calendar_a.bookings()
        assert booking["status"] == "accepted"
        [record] = await a.recent_calls()
        [appointment] = await a.appointments_for_call(record.call_id)
        assert appointment.state is AppointmentState.CONFIRMED
        assert appointment.customer_name == NAME and appointment.start == THURSDAY_10
        assert record.salon_id == "a"
        # Salon b's calendar was not even opened; neither b nor the implicit salon has a call.
        assert salons.ready("b") is None
        assert await b.recent_calls() == [] and await salons.ledger.recent_calls() == []
        assert await b.get_call(record.call_id) is None

        # A call to b's number is b's: its greeting, its language, its calendar.
        async with twilio_call_to(base, B_NUMBER) as call:
            await until(
                lambda: said_in(b, "Salon Nord, hello!"), feed=lambda: call.play(silence(0.2))
            )
            await call.stop()
        await until(lambda: ended(b))
        [b_call] = await b.recent_calls()
        assert b_call.call_id != record.call_id
        assert [c.call_id for c in await a.recent_calls()] == [record.call_id]
        assert salons.ready("b").sandbox is not calendar_a
        assert salons.ready("b").sandbox.bookings() == [] and len(calendar_a.bookings()) == 1

        async with httpx.AsyncClient() as http:
            health = (await http.get(f"{base}/healthz")).json()
    assert health["salons"] == {"a": "sandbox", "b": "sandbox"}


async def test_a_telnyx_call_reaches_the_salon_of_its_to_number(tmp_path, clock):
    class TelnyxCallTo(TelnyxMediaStream):
        def __init__(self, ws, caller: str, to: str):
            super().__init__(ws, caller)
            self.to = to

        async def connect(self) -> None:  # Telnyx's start message names the dialled number
            original = self.ws.send

            async def with_to(text: str) -> None:
                message = json.loads(text)
                if message.get("event") == "start":
                    message["start"]["to"] = self.to
                await original(json.dumps(message))

            self.ws.send = with_to
            try:
                await super().connect()
            finally:
                self.ws.send = original

    async with two_salon_server(tmp_path, clock, ":memory:") as (base, app):
        b = app.state.salons.view("b")
        async with websockets.connect(telnyx_url(base)) as ws:
            call = TelnyxCallTo(ws, CALLER, B_NUMBER)
            listener = asyncio.create_task(call.listen())
            await call.connect()
            await until(lambda: said_in(b, "Salon Nord"), feed=call.media)
            await call.stop()
            await listener
        async with websockets.connect(telnyx_url(base)) as ws:
            nobodys = TelnyxCallTo(ws, CALLER, NOBODYS_NUMBER)
            listener = asyncio.create_task(nobodys.listen())
            await nobodys.connect()
            await listener
            refused = ws.close_code
        [record] = await b.recent_calls()
        assert record.mode == "telnyx"
        assert await app.state.salons.view("a").recent_calls() == []
    assert refused == 1008  # no salon has that number: no call at all


def _signed(secret: str, event: dict) -> tuple[bytes, dict[str, str]]:
    import hashlib
    import hmac

    body = json.dumps(event).encode()
    signature = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return body, {SIGNATURE_HEADER: signature, "content-type": "application/json"}


def _web_booking(uid: str) -> dict:
    return {
        "triggerEvent": "BOOKING_CREATED",
        "createdAt": "2026-11-24T08:05:00.000Z",
        "payload": {
            "uid": uid,
            "bookingId": 4711,
            "eventTypeId": 999_999,
            "startTime": FRIDAY_10.isoformat(),
            "endTime": (FRIDAY_10 + timedelta(minutes=30)).isoformat(),
            "status": "ACCEPTED",
            "metadata": {},
            "organizer": {},
        },
    }


async def test_each_salons_webhook_takes_only_its_own_secret_and_writes_only_its_rows(
    tmp_path, clock
):
    async with two_salon_server(tmp_path, clock, ":memory:") as (base, app):
        salons = app.state.salons
        async with httpx.AsyncClient(base_url=base) as http:
            body, a_signed = _signed(A_SECRET, _web_booking("web-a"))
            wrong = await http.post("/calcom/webhook/b", content=body, headers=a_signed)
            right = await http.post("/calcom/webhook/a", content=body, headers=a_signed)
            body_b, b_signed = _signed(B_SECRET, _web_booking("web-b"))
            own = await http.post("/calcom/webhook/b", content=body_b, headers=b_signed)
            unknown = await http.post("/calcom/webhook/c", content=body_b, headers=b_signed)
            implicit = await http.post("/calcom/webhook", content=body, headers=a_signed)
        a_events = await salons.view("a").timeline("webhook")
        b_events = await salons.view("b").timeline("webhook")
    assert wrong.status_code == 401  # a's secret does not open b's webhook
    assert right.status_code == 200 and own.status_code == 200
    assert unknown.status_code == 404 and implicit.status_code == 404  # no salon "default"
    assert [e.data["uid"] for e in a_events] == ["web-a"]
    assert [e.data["uid"] for e in b_events] == ["web-b"]


async def test_a_salon_at_its_cap_is_refused_while_the_others_take_calls(tmp_path, clock):
    async with two_salon_server(tmp_path, clock, ":memory:") as (base, app):
        first_b = await post_voice(base, {**voice_form(), "To": B_NUMBER})
        second_b = await post_voice(base, {**voice_form(), "To": B_NUMBER})
        to_a = await post_voice(base, {**voice_form(), "To": A_NUMBER})
        nobody = await post_voice(base, {**voice_form(), "To": NOBODYS_NUMBER})
        assert app.state.admission.salon_load("b") == 1
        assert app.state.salons.ready("a") is not None  # opened for its call
        assert await app.state.salons.ledger.recent_calls() == []
    assert "<Connect>" in first_b.text and "<Connect>" in to_a.text
    assert "<Connect>" not in second_b.text
    assert "Sorry, our phone assistant cannot take your call" in second_b.text  # b's language
    assert "<Connect>" not in nobody.text and "Entschuldigung" in nobody.text


async def test_each_salons_dashboard_has_its_own_password_and_shows_only_its_calls(tmp_path, clock):
    async with two_salon_server(tmp_path, clock, ":memory:") as (base, app):
        salons = app.state.salons
        await salons.view("a").start_call("call-of-a", caller_phone=CALLER, mode="twilio")
        await salons.view("b").start_call("call-of-b", caller_phone=CALLER, mode="twilio")
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            b_token = csrf_of((await http.get("/dashboard/b/login")).text)
            wrong = await http.post(
                "/dashboard/b/login", data={"password": PASSWORD, "csrf": b_token, "next": "/"}
            )
            token = csrf_of((await http.get("/dashboard/a/login")).text)
            login = await http.post(
                "/dashboard/a/login", data={"password": PASSWORD, "csrf": token, "next": "/"}
            )
            calls = await http.get("/dashboard/a/calls")
            own = await http.get("/dashboard/a/calls/call-of-a")
            other = await http.get("/dashboard/a/calls/call-of-b")
            at_b = await http.get("/dashboard/b/calls", headers={"accept": "application/json"})
    assert wrong.status_code == 401  # a's password is not b's
    assert login.status_code == 303
    assert calls.status_code == 200 and "call-of-a" in calls.text and "call-of-b" not in calls.text
    assert own.status_code == 200 and other.status_code == 404
    assert at_b.status_code == 401  # a's login is no login at b


async def test_a_429_storm_on_one_salons_key_does_not_hold_up_the_other(
    tmp_path, clock, ledger_url
):
    """Salon a's Cal.com answers every request with 429 (another client on its key); a's
    caller waits for Cal.com's reset, in line. Salon b's caller gets b's slot held meanwhile,
    without a single request of b's waiting."""
    settings = deployment(tmp_path)
    salons = SalonRuntimes(two_salons(tmp_path, settings), clock=clock, ledger_target=ledger_url)
    async with salons:
        a_rt, b_rt = await salons.runtime("a"), await salons.runtime("b")
        assert a_rt.backend.gate.key != b_rt.backend.gate.key
        a_rt.sandbox.faults.retry_after_seconds = 60
        a_rt.sandbox.faults.fail_next(10_000, "429")
        asked = {
            "service": "Dauerwelle",
            "stylist": "Fabian",
            "date": "2026-11-26",
            "weekday": "Donnerstag",
            "time": "10:00",
        }
        sessions = []
        for rt, tenant in ((a_rt, "a"), (b_rt, "b")):
            deps = booking_deps(rt, salons.tenants.get(tenant).settings)
            session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=None)
            await session.start()
            sessions.append(session)
        b_before = b_rt.backend.gate.metrics()  # its catalog's requests, read at its opening
        a_asks = asyncio.create_task(BookingTools(sessions[0]).call("check_availability", asked))
        await until(lambda: a_rt.backend.gate.metrics().rate_limited >= 1)
        try:
            b_answer = await BookingTools(sessions[1]).call("check_availability", asked)
        finally:
            a_still_waiting = not a_asks.done()
            a_asks.cancel()
            await asyncio.gather(a_asks, return_exceptions=True)
            await sessions[1].end("test over")  # a's key stays blocked for its minute
        b_gate = b_rt.backend.gate.metrics()
    assert b_answer["status"] == "held"
    assert a_still_waiting
    assert b_gate.rate_limited == 0 and b_gate.waited == b_before.waited  # not one wait


async def test_a_salons_recovery_frees_its_holds_in_its_calendar_and_opens_no_other(
    tmp_path, clock, shared_ledger_url
):
    """A worker died during a call to salon a with a slot held. The next process opens a's
    calendar because the ledger shows a has work (not b's: b has none), closes the call and
    frees the hold in a's calendar; b's calendar is untouched."""
    from agent.salons import SalonRuntimes as Process

    settings = deployment(tmp_path)
    tenants = two_salons(tmp_path, settings)
    first = Process(tenants, clock=clock, ledger_target=shared_ledger_url)
    async with first:
        a_rt, b_rt = await first.runtime("a"), await first.runtime("b")
        a_rt.ledger.worker_id = "worker-that-dies"
        deps = booking_deps(a_rt, tenants.get("a").settings)
        session = CallSession(deps, caller_phone=CALLER, mode="twilio", keepalive_seconds=None)
        await session.start()
        held = await BookingTools(session).call(
            "check_availability",
            {"service": "Dauerwelle", "stylist": "Fabian", "date": "2026-11-26", "time": "10:00"},
        )
        assert held["status"] == "held"
        b_rt.sandbox.place_booking(
            b_rt.sandbox.event_type_id("fabian-spitzer", "dauerwelle"), FRIDAY_10
        )
        # the worker dies here: no session end, no release

    async def recover(tenant, runtime, stack) -> None:
        from tools.recovery import recover_after_crash

        await recover_after_crash(booking_deps(runtime, tenant.settings))

    second = Process(tenants, clock=clock, ledger_target=shared_ledger_url, prepare=recover)
    async with second:
        assert await second.open_those_with_work() == ["a"]
        assert second.ready("b") is None
        a_now = second.ready("a")
        [call] = await a_now.ledger.recent_calls()
        [row] = await a_now.ledger.appointments_for_call(call.call_id)
        assert call.ended_at is not None and row.state is AppointmentState.RELEASED
        assert a_now.sandbox.active_reservations() == []
        b_now = await second.runtime("b")
        assert len(b_now.sandbox.bookings()) == 1  # b's calendar as b left it
        assert await b_now.ledger.recent_calls() == []
        assert await second.open_those_with_work() == []
    assert DEFAULT_SALON not in tenants.ids


async def test_status_and_reconcile_are_per_salon(tmp_path, clock, monkeypatch, capsys):
    from agent.commands import purge as purge_command
    from agent.commands import reconcile as reconcile_command
    from agent.commands import status as status_command

    settings = deployment(tmp_path)
    tenants = two_salons(tmp_path, settings)
    ledger_file = str(tmp_path / "ledger.sqlite3")
    async with SalonRuntimes(tenants, clock=clock, ledger_target=ledger_file) as salons:
        rt = await salons.runtime("a")
        session = CallSession(
            booking_deps(rt, tenants.get("a").settings),
            caller_phone=CALLER,
            mode="text",
            keepalive_seconds=None,
        )
        await session.start()
        await BookingTools(session).call(
            "check_availability",
            {"service": "Dauerwelle", "stylist": "Fabian", "date": "2026-11-26", "time": "10:00"},
        )
        await session.end("hangup")
        call_id = session.call_id
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SALONS_FILE", str(tmp_path / "salons.yaml"))
    monkeypatch.setenv("LEDGER_PATH", ledger_file)
    monkeypatch.delenv("LEDGER_URL", raising=False)
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    capsys.readouterr()

    def status_args(salon: str | None) -> argparse.Namespace:
        return argparse.Namespace(ref=call_id, ledger=None, json=False, salon=salon)

    in_a = await status_command.run(status_args("a"))
    shown_in_a = capsys.readouterr().out
    in_b = await status_command.run(status_args("b"))
    shown_in_b = capsys.readouterr().out
    unnamed = await status_command.run(status_args(None))
    asked_to_name = capsys.readouterr().out
    every = await reconcile_command.run(
        argparse.Namespace(ledger=None, json=False, release=False, salon=None)
    )
    reconciled = capsys.readouterr().out
    purged = await purge_command.run(
        argparse.Namespace(ledger=None, days=None, dry_run=True, json=True, salon=None)
    )
    purge_summary = json.loads(capsys.readouterr().out)

    assert in_a in (0, 1) and call_id in shown_in_a
    assert in_b == 2 and "Nichts gefunden" in shown_in_b  # b does not know a's call
    assert unnamed == 2 and "--salon" in asked_to_name and "a, b" in asked_to_name
    assert every == 0 and "== Salon a ==" in reconciled and "== Salon b ==" in reconciled
    assert purged == 0 and set(purge_summary) == {"a", "b"}
    files = names_in(tmp_path)
    assert "sandbox-a.sqlite3" in files and "sandbox-b.sqlite3" in files  # each salon's own
    assert "sandbox.sqlite3" not in files  # no implicit salon's calendar


async def test_serves_workers_share_each_keyless_salons_one_sandbox(
    tmp_path, clock, shared_ledger_url
):
    """`serve --workers N` runs one sandbox per salon without a key and hands it to every
    worker (`--salon-sandbox ID URL KEY`): a slot one worker holds is taken for the other."""
    from agent.commands.serve import configure
    from calendar_adapter.salon import load_salon
    from calendar_adapter.sandbox import Sandbox

    settings = deployment(tmp_path)
    tenants = two_salons(tmp_path, settings)
    sandbox = Sandbox(salon=load_salon(tenants.get("a").settings.salon_file), clock=clock)
    await sandbox.start(host="127.0.0.1", port=0)
    parser = argparse.ArgumentParser()
    configure(parser)
    args = parser.parse_args(["--salon-sandbox", "a", sandbox.url, sandbox.api_key])
    handed = {sid: (url, key) for sid, url, key in args.salon_sandbox}
    try:
        one = SalonRuntimes(tenants, clock=clock, ledger_target=shared_ledger_url, sandboxes=handed)
        two = SalonRuntimes(tenants, clock=clock, ledger_target=shared_ledger_url, sandboxes=handed)
        async with one, two:
            first, second = await one.runtime("a"), await two.runtime("a")
            assert first.sandbox is None and second.sandbox is None  # none embedded
            asked = {"service": "Dauerwelle", "stylist": "Fabian", "date": "2026-11-26"}
            answers = []
            for rt in (first, second):
                deps = booking_deps(rt, tenants.get("a").settings)
                session = CallSession(
                    deps, caller_phone=CALLER, mode="text", keepalive_seconds=None
                )
                await session.start()
                answers.append(
                    await BookingTools(session).call(
                        "check_availability", {**asked, "time": "10:00"}
                    )
                )
                assert len(sandbox.active_reservations()) == 1  # the first worker's hold
    finally:
        await sandbox.stop()
    assert answers[0]["status"] == "held" and answers[1]["status"] == "unavailable"


async def test_two_salons_on_one_cal_com_key_share_its_budget_and_kept_answers(tmp_path, clock):
    """A chain whose salons share one Cal.com account: Cal.com counts the key's requests
    together, so one budget; and one salon's hold changes what the other's kept answers say."""
    from calendar_adapter.salon import load_salon
    from calendar_adapter.sandbox import Sandbox

    settings = deployment(tmp_path)
    tenants = two_salons(tmp_path, settings)
    sandbox = Sandbox(salon=load_salon(tenants.get("a").settings.salon_file), clock=clock)
    await sandbox.start(host="127.0.0.1", port=0)
    one_account = {salon: (sandbox.url, sandbox.api_key) for salon in ("a", "b")}
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    friday = berlin(2026, 11, 27)
    try:
        salons = SalonRuntimes(
            tenants, clock=clock, ledger_target=":memory:", sandboxes=one_account
        )
        async with salons:
            a, b = (await salons.runtime("a")).backend, (await salons.runtime("b")).backend
            assert a.gate.key == b.gate.key and a.gate._store is b.gate._store
            assert FRIDAY_10 in await b.get_slots(perm, friday, friday + timedelta(days=1))
            await a.reserve_slot(cut, FRIDAY_10)  # salon a's caller, Fabian at 10:00
            after = await b.get_slots(perm, friday, friday + timedelta(days=1))
            left = (await a.gate._store.state(a.gate.key)).remaining
    finally:
        await sandbox.stop()
    assert FRIDAY_10 not in after  # b's kept answer was forgotten at once
    assert b.gate.metrics().cache_misses == 2
    # one window for both: every request either salon sent took its token from it
    sent = sum(a.gate.metrics().sent.values()) + sum(b.gate.metrics().sent.values())
    assert left <= a.gate.budget.per_window - sent
