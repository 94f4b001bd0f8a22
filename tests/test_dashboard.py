"""The dashboard over real HTTP: `serve`'s app with the dashboard mounted, on the demo's ledger
and calendar (the incident call played first). A salon owner logs in with the salon's password
and reads what the agent did; nobody else reads anything, and no form works without its token.
"""

from __future__ import annotations

import re
from datetime import timedelta

import httpx
import pytest

from agent.dashboard.passwords import hash_password, verify_password
from calendar_adapter.backend import Reservation
from calendar_adapter.ledger import AppointmentState as S
from calendar_adapter.salon import load_salon
from prompts.render import greeting
from tests.browser.support import PASSWORD, csrf_of, demo_dashboard, logged_in
from tests.conftest import berlin

CALLER = "+4915112345678"  # the demo's caller
THURSDAY_11 = berlin(2026, 11, 26, 11, 0)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with demo_dashboard(tmp_path_factory.mktemp("demo")) as running:
        yield running


def page_csrf(client: httpx.Client, path: str = "/attention") -> str:
    return csrf_of(client.get(path).text)


async def _held(rt, start, *, call_id: str, service: str = "herrenhaarschnitt"):
    """A hold as the booking tools record it (Fabian, `service`, at `start`)."""
    if await rt.ledger.get_call(call_id) is None:
        await rt.ledger.start_call(call_id, caller_phone=CALLER, mode="twilio")
    catalog = await rt.backend.get_catalog()
    offering = next(
        o
        for o in catalog.offerings
        if o.service_slug == service
        and catalog.stylist(o.stylist_user_id).name.startswith("Fabian")
    )
    reservation = Reservation(
        uid=f"res-{call_id}",
        event_type_id=offering.event_type_id,
        slot_start=start,
        slot_end=start + timedelta(minutes=offering.minutes),
        slot_minutes=offering.minutes,
        reservation_minutes=10,
        until=rt.clock.now() + timedelta(minutes=10),
    )
    return await rt.ledger.add_held(
        call_id=call_id,
        reservation=reservation,
        stylist_user_id=offering.stylist_user_id,
        service_slug=service,
        caller_phone=CALLER,
    )


# -- who may read what ------------------------------------------------------------------------


def every_route(server) -> list[tuple[str, str]]:
    """(method, path) of every dashboard route, path parameters filled in."""
    from fastapi.routing import APIRoute

    from agent.dashboard import browser_call, pages

    routes = []
    for route in [*pages.router.routes, *browser_call.router.routes]:
        assert isinstance(route, APIRoute)
        path = re.sub(r"\{[^}]+\}", server.demo_call_id, route.path)
        routes += [(m, path) for m in sorted(route.methods)]
    return routes


def test_without_login_no_page_and_no_data_can_be_read(server):
    routes = every_route(server)
    assert ("GET", "/") in routes and ("POST", "/attention/done") in routes
    assert ("POST", "/browser-call/offer") in routes
    with httpx.Client(base_url=server.dashboard_url, timeout=30) as anonymous:
        for method, path in routes:
            if path == "/login":
                continue
            answer = anonymous.request(method, path, headers={"accept": "text/html"})
            if method == "GET":
                assert answer.status_code == 303, (method, path)
                assert answer.headers["location"].startswith("/dashboard/login?next=")
            else:
                assert answer.status_code == 401, (method, path)
            assert CALLER[-4:] not in answer.text and "Sabine" not in answer.text
            data = anonymous.request(method, path, headers={"accept": "application/json"})
            assert data.status_code == 401, (method, path)
            assert data.json() == {"error": "login required"}


def test_a_wrong_password_is_refused_and_a_forged_cookie_reads_nothing(server):
    with httpx.Client(base_url=server.dashboard_url, timeout=30) as client:
        token = csrf_of(client.get("/login").text)
        wrong = client.post("/login", data={"password": "geraten123", "csrf": token})
        assert wrong.status_code == 401
        assert "Das Passwort stimmt nicht." in wrong.text
        assert client.get("/api/appointments").status_code == 401

    with httpx.Client(base_url=server.dashboard_url, timeout=30) as forger:
        forger.cookies.set("salon_dashboard", "eyJjc3JmIjoieCIsImxvZ2luIjp0cnVlfQ.forged.sig")
        assert forger.get("/api/appointments").status_code == 401


def test_the_session_cookie_is_httponly_lax_scoped_and_secure_behind_https(server):
    # A proxy serves https://host/salon/dashboard/ from this server's /dashboard/: the browser
    # sends the cookie (scoped to /salon/dashboard/) back, the proxy passes it on.
    behind_proxy = {"x-forwarded-prefix": "/salon", "x-forwarded-proto": "https"}
    with httpx.Client(base_url=server.dashboard_url, headers=behind_proxy, timeout=30) as client:
        login_page = client.get("/login")
        # links and forms carry the proxy's path
        assert 'action="/salon/dashboard/login"' in login_page.text
        assert 'href="/salon/dashboard/static/dashboard.css"' in login_page.text
        assert "Path=/salon/dashboard/" in login_page.headers["set-cookie"]
        token = csrf_of(login_page.text)
        client.cookies.clear()
        cookie = login_page.headers["set-cookie"].split(";")[0]
        answer = client.post(
            "/login",
            data={"password": PASSWORD, "csrf": token, "next": "/"},
            headers={"cookie": cookie},
        )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/salon/dashboard/"
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" in cookie
    assert "Path=/salon/dashboard/" in cookie

    plain = httpx.Client(base_url=server.dashboard_url, timeout=30)
    token = csrf_of(plain.get("/login").text)
    answer = plain.post("/login", data={"password": PASSWORD, "csrf": token})
    assert "Secure" not in answer.headers["set-cookie"]  # plain http on loopback
    assert "Path=/dashboard/" in answer.headers["set-cookie"]


def test_the_login_and_every_form_need_their_csrf_token(server):
    with httpx.Client(base_url=server.dashboard_url, timeout=30) as client:
        client.get("/login")
        assert client.post("/login", data={"password": PASSWORD}).status_code == 403
        assert client.post("/login", data={"password": PASSWORD, "csrf": "x"}).status_code == 403

    client = logged_in(server)
    token = page_csrf(client)
    for path in ("/attention/done", "/attention/reconcile", "/logout"):
        assert client.post(path, data={"key": "k"}).status_code == 403
        assert client.post(path, data={"key": "k", "csrf": token + "x"}).status_code == 403
    offer = client.post("/browser-call/offer", json={"sdp": "v=0", "type": "offer"})
    assert offer.status_code == 403
    # a token from before the login is worth nothing after it
    assert client.post("/logout", data={"csrf": token}).status_code == 303
    assert client.get("/api/appointments").status_code == 401


# -- what the salon reads ---------------------------------------------------------------------


def test_the_demo_appointment_is_in_the_calendar_and_its_call_reads_as_a_conversation(server):
    client = logged_in(server)
    page = client.get("/").text
    assert "Dauerwelle" in page and "Fabian Spitzer" in page and "Sabine Keller" in page
    assert re.search(r'class="verdict ok"[^>]*>im Kalender ✓', page)
    assert f"/calls/{server.demo_call_id}" in page

    call = client.get(f"/calls/{server.demo_call_id}").text
    assert "+49151****5678" in call and CALLER not in call
    said = re.findall(r'<li class="line (user|bot)[^"]*">.*?<p>(.*?)</p>', call, re.S)
    assert said[0] == ("bot", greeting(load_salon()))
    assert said[1][0] == "user" and "Dauerwelle bei Fabian" in said[1][1]
    steps = re.findall(r'<li class="line step tool (\w+)"><span>→ (\w+)\(', call)
    assert steps == [("held", "check_availability"), ("booked", "book_appointment")]
    # the calendar events between the lines, and the order: held before the booking was said
    assert call.index("gehalten") < call.index("book_appointment(") < call.index("ist gebucht")


def test_english_is_one_click_away_and_stays(server):
    client = logged_in(server)
    english = client.get("/?lang=en").text
    assert "Today and upcoming" in english and "in the calendar ✓" in english
    assert "Today and upcoming" in client.get("/").text  # kept in a cookie
    assert "Heute und kommende Termine" in client.get("/?lang=de").text


def test_the_verdict_is_live_a_booking_cancelled_in_cal_com_shows_as_different(server):
    client = logged_in(server)

    async def cancel_in_calendar(rt):
        [appt] = await rt.ledger.appointments_for_call(server.demo_call_id)
        await rt.backend.cancel_booking(appt.booking_uid, reason="online storniert")
        return appt

    appointment = server.run(cancel_in_calendar)
    try:
        rows = client.get("/api/appointments").json()
        mine = next(r for r in rows if r["appointment_id"] == appointment.id)
        assert (mine["headline"], mine["agrees"]) == ("different", False)
        assert "Status: Ledger confirmed, Kalender cancelled" in mine["differences"]
        assert re.search(r'class="verdict bad"[^>]*>anders ✗', client.get("/").text)
    finally:

        async def book_again(rt):  # the other tests read the demo as it was
            from calendar_adapter.backend import Attendee, BookingRequest
            from calendar_adapter.booking_outcome import record_from_calendar

            booking = await rt.backend.create_booking(
                BookingRequest(
                    event_type_id=appointment.event_type_id,
                    start=appointment.start,
                    attendee=Attendee(
                        name="Sabine Keller", time_zone="Europe/Berlin", phone_number=CALLER
                    ),
                    request_id="req-again",
                )
            )
            await rt.ledger.transition(appointment.id, S.CANCELLED)
            return await record_from_calendar(
                rt.ledger, call_id=server.demo_call_id, booking=booking
            )

        server.run(book_again)


def test_filters_by_day_and_stylist(server):
    client = logged_in(server)
    friday = client.get("/?day=2026-11-27").text
    assert "Dauerwelle" in friday
    assert "Keine Termine." in client.get("/?day=2026-11-26").text
    fabian = re.search(r'<option value="(\d+)"\s*>Fabian Spitzer', client.get("/").text).group(1)
    other = re.search(r'<option value="(\d+)"\s*>Mehmet', client.get("/").text).group(1)
    assert "Dauerwelle" in client.get(f"/?stylist={fabian}").text
    assert "Keine Termine." in client.get(f"/?stylist={other}").text


def test_the_calls_list_shows_time_masked_number_duration_and_outcome(server):
    page = logged_in(server).get("/calls").text
    row = re.search(rf'href="/dashboard/calls/{server.demo_call_id}">(.*?)</li>', page, re.S)
    assert row, page
    assert "+49151****5678" in row.group(1) and "0:20" in row.group(1)
    assert '<span class="chip booked">gebucht</span>' in row.group(1)
    assert CALLER not in page


# -- needs a person ---------------------------------------------------------------------------


def test_an_unknown_outcome_needs_a_person_until_marked_done_and_can_be_reopened(server):
    async def lost_answer(rt):
        appt = await _held(rt, THURSDAY_11, call_id="call-lost-answer")
        await rt.ledger.transition(appt.id, S.BOOKING, request_id="req-lost-answer")
        return await rt.ledger.transition(appt.id, S.UNKNOWN, error="timeout")

    appt = server.run(lost_answer)
    client = logged_in(server)
    page = client.get("/attention").text
    key = f"unknown_outcome:{appt.id}"
    assert f'data-key="{key}"' in page
    assert "Ausgang unbekannt" in page and "+49151****5678" in page and CALLER not in page
    assert re.search(r'class="verdict open"[^>]*>offen<', client.get("/").text)

    done = client.post("/attention/done", data={"key": key, "csrf": csrf_of(page)})
    assert done.status_code == 303
    page = client.get("/attention").text
    open_part = page.split("done-items")[0]
    assert f'data-key="{key}"' not in open_part
    assert f'<li class="row item done" data-key="{key}"' in page
    marks = server.run(lambda rt: rt.ledger.done_marks())
    assert marks[key].appointment_id == appt.id and marks[key].call_id == "call-lost-answer"

    client.post("/attention/reopen", data={"key": key, "csrf": csrf_of(page)})
    assert f'data-key="{key}"' in client.get("/attention").text.split("done-items")[0]


def test_only_open_items_can_be_marked_done(server):
    client = logged_in(server)
    client.post("/attention/done", data={"key": "made-up:1", "csrf": page_csrf(client)})
    assert "made-up:1" not in server.run(lambda rt: rt.ledger.done_marks())


def test_a_reconcile_finding_needs_a_person(server):
    async def ghost(rt):
        appt = await _held(rt, THURSDAY_11 + timedelta(hours=2), call_id="call-ghost")
        await rt.ledger.transition(appt.id, S.BOOKING, request_id="req-ghost")
        return await rt.ledger.transition(
            appt.id, S.CONFIRMED, booking_uid="ghost-uid", booking_status="accepted"
        )

    appt = server.run(ghost)
    client = logged_in(server)
    client.post("/attention/reconcile", data={"csrf": page_csrf(client)})
    page = client.get("/attention").text
    assert re.search(rf'data-key="reconcile:{appt.id}:\w+"', page)
    assert "nicht im Kalender" in page
    assert re.search(r'class="verdict gone"[^>]*>nicht im Kalender ✗', client.get("/").text)


def test_numbers_at_a_glance(server):
    page = logged_in(server).get("/numbers").text
    assert page.count("<svg") >= 4
    assert re.search(r"Anteil mit Buchung</h2>\s*<p class=\"figure\">\d+ %", page)
    assert "p50" in page and "p95" in page


def test_the_live_conversation_stream_sends_every_line_and_ends_with_the_call(server):
    import json

    client = logged_in(server)
    with client.stream("GET", f"/calls/{server.demo_call_id}/live") as stream:
        body = "".join(stream.iter_text())
    lines = [json.loads(m) for m in re.findall(r"^data: (\{.+\})$", body, re.M)]
    assert lines[0]["kind"] == "bot" and lines[1]["kind"] == "user"
    assert [x["text"].split("(")[0] for x in lines if x["kind"] == "tool"] == [
        "check_availability",
        "book_appointment",
    ]
    assert body.rstrip().endswith("event: ended\ndata: {}")


def test_a_tool_steps_result_reaches_the_live_page_after_lines_that_came_before_it(server):
    """The sentence code speaks for a booking is on the timeline before the tool's result: the
    open step is sent again with its status all the same."""
    import json
    import threading

    call_id = "call-live-order"

    async def start(rt):
        await rt.ledger.start_call(call_id, caller_phone=CALLER, mode="browser")
        await rt.ledger.log(call_id, "tool_called", tool="book_appointment", arguments={})
        await rt.ledger.log(call_id, "bot_said", text="Ihr Termin ist gebucht.")

    async def finish(rt):
        await rt.ledger.log(
            call_id, "tool_result", tool="book_appointment", result={"status": "booked"}
        )
        await rt.ledger.end_call(call_id, reason="hangup")

    server.run(start)
    client = logged_in(server)
    first_two = threading.Event()
    sent: list[dict] = []
    with client.stream("GET", f"/calls/{call_id}/live") as stream:
        for chunk in stream.iter_lines():
            if chunk.startswith("data: {") and chunk != "data: {}":
                sent.append(json.loads(chunk[len("data: ") :]))
                if len(sent) == 2 and not first_two.is_set():
                    first_two.set()
                    server.run(finish)
    steps = [line for line in sent if line["kind"] == "tool"]
    assert [(s["index"], s["status"]) for s in steps] == [(0, None), (0, "booked")]
    assert [line["kind"] for line in sent] == ["tool", "bot", "tool"]


# -- configuration ----------------------------------------------------------------------------


def test_the_password_hash_is_salted_scrypt_and_verifies(capsys, monkeypatch):
    import argparse
    import asyncio
    import io

    from agent.commands import dashboard_password

    monkeypatch.setattr("sys.stdin", io.StringIO("kurz\n"))
    assert asyncio.run(dashboard_password.run(argparse.Namespace(stdin=True))) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert asyncio.run(dashboard_password.run(argparse.Namespace(stdin=True))) == 0
    line = capsys.readouterr().out.strip()
    name, _, value = line.partition("=")
    assert name == "DASHBOARD_PASSWORD_HASH" and value.startswith("scrypt:")
    assert "$" not in value  # pastes into a shell or .env as it is
    assert verify_password(PASSWORD, value) and not verify_password(PASSWORD + "!", value)
    assert value != hash_password(PASSWORD)  # salted


async def test_without_a_password_serve_mounts_no_dashboard_and_says_so(tmp_path, monkeypatch):
    from loguru import logger

    from agent.server import create_app
    from tests.browser.support import agent_settings

    monkeypatch.delenv("DASHBOARD_PASSWORD_HASH", raising=False)
    monkeypatch.chdir(tmp_path)  # no .env
    said: list[str] = []
    handler = logger.add(lambda m: said.append(str(m)), level="WARNING")
    try:
        app = create_app(agent_settings(tmp_path), object())
    finally:
        logger.remove(handler)
    assert not any(getattr(r, "path", "").startswith("/dashboard") for r in app.routes)
    assert any("no dashboard" in s and "DASHBOARD_PASSWORD_HASH" in s for s in said)


def test_without_speech_keys_the_browser_call_page_says_which_one_is_missing(server):
    client = logged_in(server)
    page = client.get("/browser-call").text
    assert 'id="call-problem"' in page and "DEEPGRAM_API_KEY is not set" in page
    assert 'id="start-call"' not in page
    token = csrf_of(page)
    offer = client.post(
        "/browser-call/offer", json={"sdp": "v=0", "type": "offer"}, headers={"x-csrf-token": token}
    )
    assert offer.status_code == 503 and "DEEPGRAM_API_KEY" in offer.json()["error"]
