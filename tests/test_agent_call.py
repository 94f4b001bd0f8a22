"""A whole call through the real pipeline, typed: text STT and silence TTS stand-ins, a scripted
LLM calling the real booking tools, against the embedded Cal.com sandbox.

What must hold: a booking the caller hears confirmed is accepted in Cal.com and confirmed in the
ledger with that uid; a model that claims "gebucht" without it is stopped; however the call
ends, its holds are released."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent.call import TextCall, booking_deps, run_call
from agent.config import Settings
from agent.text_transport import TextTransport
from calendar_adapter.ledger import AppointmentState
from calendar_adapter.runtime import CalendarRuntime
from calendar_adapter.salon import load_salon
from prompts.render import greeting
from tests.filler import QUIET_TOOLS
from tests.waiting import eventually
from tools.deps import BookingDeps

CALLER = "+4915112345678"
# What the caller hears instead of a claim while Friday 10:00 is only held for them.
HELD_FRIDAY_TEN = (
    "Der Termin am Freitag, 27. November um 10 Uhr ist für Sie reserviert; "
    "gebucht ist er, sobald Sie Ja sagen."
)

ASK_FRIDAY_TEN = [
    {
        "tool_calls": [
            {
                "name": "check_availability",
                "arguments": {
                    "service": "Dauerwelle",
                    "stylist": "Fabian",
                    "date": "Freitag",
                    "weekday": "Freitag",
                    "time": "10:00",
                },
            }
        ]
    },
    {"say": "Freitag um zehn ist frei und für Sie reserviert. Auf welchen Namen darf ich buchen?"},
]
BOOK_IT = [
    {
        "tool_calls": [
            {
                "name": "book_appointment",
                "arguments": {
                    "slot_id": "{check_availability.slot_id}",
                    "customer_name": "Anna Berg",
                },
            }
        ]
    },
    {"say": "{say}"},
]


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


@pytest.fixture
def settings() -> Settings:
    return Settings(_env_file=None, language="de", filler_after_seconds=QUIET_TOOLS)


async def _kinds(ledger, call_id: str) -> list[str]:
    return [e.kind for e in await ledger.timeline(call_id)]


async def wait_for_event(ledger, call_id: str, kind: str) -> None:
    """Until the call's timeline shows `kind` (a step of the tools happened)."""

    async def shown() -> bool:
        return kind in await _kinds(ledger, call_id)

    await eventually(shown, f"{kind} on the call's timeline", every=0.02)


async def test_a_caller_books_a_perm_and_hears_what_calcom_accepted(
    deps, settings, sandbox, ledger
):
    async with TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=[ASK_FRIDAY_TEN, BOOK_IT]
    ) as call:
        assert call.greeting == greeting(load_salon())
        offer = await call.say("Ich hätte gern eine Dauerwelle bei Fabian am Freitag um zehn.")
        assert offer.text == ASK_FRIDAY_TEN[1]["say"]
        assert len(sandbox.active_reservations()) == 1  # held while the caller decides
        assert sandbox.bookings() == []

        confirmation = await call.say("Anna Berg.")
        call_id = call.call_id
    assert call.result is not None and call.result.reason == "hangup"

    [booking] = sandbox.bookings()
    assert booking["status"] == "accepted"
    assert booking["attendees"][0]["name"] == "Anna Berg"
    assert booking["attendees"][0]["phoneNumber"] == CALLER
    assert booking["start"] == "2026-11-27T09:00:00.000Z"  # Friday 10:00 in Berlin

    [appointment] = await ledger.appointments_for_call(call_id)
    assert appointment.state == AppointmentState.CONFIRMED
    assert appointment.booking_uid == booking["uid"]

    results = [e.data["result"] for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    booked = next(r for r in results if r["status"] == "booked")
    assert confirmation.text == booked["say"]  # the bot's last words are the tool's sentence
    assert "gebucht" in confirmation.text
    assert call.result.guard_blocked == []

    kinds = await _kinds(ledger, call_id)
    assert kinds.count("user_said") == 2
    assert "bot_said" in kinds and "booking_confirmed" in kinds
    assert kinds[-1] == "call_ended"
    assert sandbox.active_reservations() == []


async def test_a_model_claiming_a_booking_it_never_made_is_stopped(deps, settings, sandbox, ledger):
    liar = [
        [*ASK_FRIDAY_TEN],
        [{"say": "Wunderbar, Ihr Termin ist gebucht. Kann ich sonst noch etwas für Sie tun?"}],
    ]
    async with TextCall(runtime=deps, settings=settings, caller_phone=CALLER, script=liar) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id

    # The caller hears the truth of the held slot instead, and the question after it.
    assert reply.text == f"{HELD_FRIDAY_TEN} Kann ich sonst noch etwas für Sie tun?"
    assert sandbox.bookings() == []
    blocked = [e.data for e in await ledger.timeline(call_id) if e.kind == "guard_blocked"]
    assert [b["sentence"] for b in blocked] == ["Wunderbar, Ihr Termin ist gebucht."]
    assert blocked[0]["claims"] == ["booked"]
    assert blocked[0]["replacement"] == HELD_FRIDAY_TEN
    assert call.result.guard_blocked == ["Wunderbar, Ihr Termin ist gebucht."]
    # What the caller heard is what the context (and the timeline) remembers.
    said = [e.data["text"] for e in await ledger.timeline(call_id) if e.kind == "bot_said"]
    assert all("ist gebucht" not in s for s in said)
    assert said[-1] == reply.text


async def test_a_failed_booking_cannot_be_announced_as_booked(deps, settings, sandbox, ledger):
    sandbox.faults.fail_next(1, "400", endpoint="POST /v2/bookings")  # Cal.com refuses
    claims_anyway = [
        ASK_FRIDAY_TEN,
        [BOOK_IT[0], {"say": "Ihr Termin ist gebucht: Dauerwelle bei Fabian am Freitag."}],
    ]
    async with TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=claims_anyway
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id

    results = [e.data["result"] for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    assert results[-1]["status"] == "not_booked"
    assert reply.text.endswith(
        "Der Termin am Freitag, 27. November um 10 Uhr konnte nicht gebucht werden."
    )
    assert "ist gebucht" not in reply.text
    assert sandbox.bookings() == []
    appointments = await ledger.appointments_for_call(call_id)
    assert [a.state for a in appointments] == [AppointmentState.FAILED]


async def test_a_booking_whose_answer_was_lost_is_not_announced_either_way(
    deps, settings, sandbox, ledger
):
    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings")  # the answer is lost
    claims_anyway = [
        ASK_FRIDAY_TEN,
        [BOOK_IT[0], {"say": "Ihr Termin ist gebucht: Dauerwelle bei Fabian am Freitag."}],
    ]
    async with TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=claims_anyway
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id

    results = [e.data["result"] for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    assert results[-1]["status"] == "not_confirmed_yet"
    assert results[-1]["say"] in reply.text  # spoken by code, verbatim
    assert "ist gebucht" not in reply.text and "nicht gebucht" not in reply.text
    assert sandbox.bookings() == []
    appointments = await ledger.appointments_for_call(call_id)
    assert all(a.state != AppointmentState.CONFIRMED for a in appointments)


async def test_hanging_up_while_the_caller_decides_releases_the_hold(
    deps, settings, sandbox, ledger
):
    async with TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=[ASK_FRIDAY_TEN]
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        assert len(sandbox.active_reservations()) == 1
        call_id = call.call_id
    # leaving the block hangs up

    assert sandbox.active_reservations() == []
    [appointment] = await ledger.appointments_for_call(call_id)
    assert appointment.state == AppointmentState.RELEASED
    assert (await ledger.get_call(call_id)).end_reason == "hangup"
    assert "hold_released" in await _kinds(ledger, call_id)


async def test_a_dropped_connection_releases_the_hold_too(deps, settings, sandbox, ledger):
    call = TextCall(runtime=deps, settings=settings, caller_phone=CALLER, script=[ASK_FRIDAY_TEN])
    await call.start()
    await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
    call_id = call.call_id
    result = await call.cancel()

    assert result.reason == "cancelled"
    assert (await ledger.get_call(call_id)).end_reason == "cancelled"
    assert sandbox.active_reservations() == []
    [appointment] = await ledger.appointments_for_call(call_id)
    assert appointment.state == AppointmentState.RELEASED
    assert (await _kinds(ledger, call_id))[-1] == "call_ended"


async def test_a_booking_in_flight_at_hang_up_is_finished_and_recorded(
    deps, settings, sandbox, ledger
):
    sandbox.faults.latency(1.0, endpoint="POST /v2/bookings")
    call = TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=[ASK_FRIDAY_TEN, BOOK_IT]
    )
    await call.start()
    await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
    await call.send("Anna Berg.")
    await wait_for_event(ledger, call.call_id, "booking_sent")
    call_id = call.call_id
    await call.cancel()  # the line drops while Cal.com is still answering

    [booking] = sandbox.bookings()
    [appointment] = await ledger.appointments_for_call(call_id)
    assert appointment.state == AppointmentState.CONFIRMED
    assert appointment.booking_uid == booking["uid"]
    assert sandbox.active_reservations() == []


async def test_an_unreachable_calendar_ends_the_call_with_an_error_not_a_crash(
    ledger, clock, salon, settings
):
    from calendar_adapter.calcom import CalComClient

    nowhere = CalComClient("http://127.0.0.1:9", "cal_test", salon=salon, timeout=0.5)
    deps = BookingDeps(backend=nowhere, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)
    try:
        result = await run_call(
            TextTransport(),
            runtime=deps,
            settings=settings.model_copy(
                update={"stt_provider": "text", "tts_provider": "text", "llm_provider": "scripted"}
            ),
            caller_phone=CALLER,
            mode="text",
            script=[],
        )
    finally:
        await nowhere.aclose()
    assert result.reason == "error"
    assert result.error is not None


async def test_an_english_call_greets_guards_and_replaces_in_english(deps, sandbox, ledger):
    settings = Settings(_env_file=None, language="en")
    liar = [[{"say": "Great, you're all set for Friday at ten."}]]
    async with TextCall(runtime=deps, settings=settings, caller_phone=CALLER, script=liar) as call:
        reply = await call.say("A perm with Fabian on Friday at ten, please.")

    assert call.greeting == greeting(load_salon(), "en")
    assert call.greeting.startswith("Salon Spitzer, hello! You are speaking with")
    assert reply.text == "Nothing is booked yet."
    assert sandbox.bookings() == []


async def test_what_the_bot_said_is_on_the_timeline_before_the_clock_moves_on(
    deps, settings, clock, ledger
):
    """The caller thinks for a while after each reply: what the bot said is stamped when it was
    said (the reply is returned only once the timeline has it), not after the pause."""
    script = [ASK_FRIDAY_TEN, [{"say": "Gern. Kann ich sonst noch etwas für Sie tun?"}]]
    async with TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=script
    ) as call:
        greeted_at = clock.now()
        clock.advance(20)
        offered_at = clock.now()
        offer = await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        clock.advance(20)
        await call.say("Danke, dann überlege ich noch.")
        clock.advance(20)
        call_id = call.call_id

    said = [(e.at, e.data["text"]) for e in await ledger.timeline(call_id) if e.kind == "bot_said"]
    assert said[:3] == [
        (greeted_at, call.greeting),
        (offered_at, offer.text),
        (offered_at + timedelta(seconds=20), "Gern. Kann ich sonst noch etwas für Sie tun?"),
    ]


async def test_the_pause_after_a_lost_booking_answer_is_configured(
    monkeypatch, calendar, ledger, clock, salon
):
    """LOST_ANSWER_SETTLE_SECONDS reaches the booking tools of every call the runtime serves."""
    monkeypatch.setenv("LOST_ANSWER_SETTLE_SECONDS", "0.3")
    runtime = CalendarRuntime(
        backend=calendar, ledger=ledger, clock=clock, salon=salon, sandbox=None, hold_minutes=10
    )

    deps = booking_deps(runtime, Settings(_env_file=None))

    assert deps.lost_answer_settle_seconds == 0.3
    assert booking_deps(runtime, Settings(_env_file=None)) is deps  # once per runtime
    with pytest.raises(ValueError):
        Settings(_env_file=None, lost_answer_settle_seconds=-1)
