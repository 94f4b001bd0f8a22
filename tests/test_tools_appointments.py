"""A caller's own appointments: found, cancelled and moved end to end; someone else's never.
And whatever the model passes wrongly, nothing changes anywhere."""

# ruff: noqa: F811
from __future__ import annotations

import pytest

from calendar_adapter.backend import Attendee, BookingRequest
from calendar_adapter.ledger import AppointmentState
from tests.conftest import berlin

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import CALLER, FRIDAY, STRANGER, deps, open_call  # noqa: F401
from tools.booking_tools import BookingTools
from tools.identity import names_match
from tools.recovery import recover_after_crash
from tools.session import CallSession


async def _book(tools: BookingTools, time: str = "10:00", service: str = "Färben") -> dict:
    held = await tools.call(
        "check_availability",
        {"service": service, "stylist": "Sophie", "date": FRIDAY, "time": time},
    )
    assert held["status"] == "held", held
    booked = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Erika Muster"}
    )
    assert booked["status"] == "booked", booked
    return booked


def _snapshot(sandbox) -> tuple:
    return (
        sorted((b["uid"], b["status"], b["start"]) for b in sandbox.bookings()),
        sorted(r["reservationUid"] for r in sandbox.active_reservations()),
    )


async def _ledger_snapshot(ledger, call_id: str) -> list:
    return [(a.id, a.state, a.booking_uid) for a in await ledger.appointments_for_call(call_id)]


# -- own appointments ---------------------------------------------------------------------------


async def test_a_caller_finds_moves_and_cancels_their_own_appointment(open_call, sandbox, ledger):
    first_call = await open_call()
    await _book(first_call)
    old_uid = first_call.session.booked[0]
    await first_call.session.end("goodbye")

    later = await open_call()  # calls again from the same number
    found = await later.call("find_my_appointments", {})
    assert found["status"] == "found"
    (appt,) = found["appointments"]
    assert appt["spoken"] == "Freitag, 27. November, 10 Uhr" and appt["stylist"] == "Sophie Brandt"

    new_slot = await later.call(
        "check_availability",
        {"service": "Farbe", "stylist": "Sophie Brandt", "date": FRIDAY, "time": "14:00"},
    )
    assert new_slot["status"] == "held"
    moved = await later.call(
        "reschedule_appointment",
        {"ref": appt["ref"], "slot_id": new_slot["slot_id"], "customer_name": "Erika Muster"},
    )
    assert moved["status"] == "rescheduled", moved
    assert moved["say"] == (
        "Ihr Termin ist verschoben auf Freitag, 27. November, um 14 Uhr: Färben bei Sophie Brandt."
    )
    new_uid = later.session.moved[0][1]
    by_uid = {b["uid"]: b for b in sandbox.bookings()}
    assert by_uid[new_uid]["status"] == "accepted"
    assert by_uid[old_uid]["status"] != "accepted"
    old_row = await ledger.find_by_booking_uid(old_uid)
    new_row = await ledger.find_by_booking_uid(new_uid)
    assert old_row.state is AppointmentState.RESCHEDULED
    assert new_row.state is AppointmentState.CONFIRMED and new_row.rescheduled_from_id == old_row.id
    assert sandbox.active_reservations() == []

    cancelled = await later.call(
        "cancel_appointment", {"ref": moved["ref"], "customer_name": "Muster"}
    )
    assert cancelled["status"] == "cancelled"
    assert cancelled["say"] == (
        "Ihr Termin Färben bei Sophie Brandt am Freitag, 27. November, um 14 Uhr ist storniert."
    )
    assert {b["uid"]: b for b in sandbox.bookings()}[new_uid]["status"] == "cancelled"
    assert (await ledger.find_by_booking_uid(new_uid)).state is AppointmentState.CANCELLED
    assert (await later.call("find_my_appointments", {}))["status"] == "none"


async def test_a_web_booking_under_the_callers_number_can_be_cancelled(open_call, sandbox, ledger):
    color = sandbox.event_type_id("sophie-brandt", "faerben")
    web = sandbox.place_booking(color, berlin(2026, 11, 27, 11), name="Erika", phone=CALLER)
    tools = await open_call()

    found = await tools.call("find_my_appointments", {})
    assert found["status"] == "found"
    result = await tools.call(
        "cancel_appointment", {"ref": found["appointments"][0]["ref"], "customer_name": "Erika"}
    )

    assert result["status"] == "cancelled"
    assert {b["uid"]: b for b in sandbox.bookings()}[web["uid"]]["status"] == "cancelled"
    assert (await ledger.find_by_booking_uid(web["uid"])).state is AppointmentState.CANCELLED


async def test_someone_elses_appointment_can_be_neither_seen_cancelled_nor_moved(
    open_call, sandbox, ledger
):
    color = sandbox.event_type_id("sophie-brandt", "faerben")
    theirs = sandbox.place_booking(color, berlin(2026, 11, 27, 11), name="Fremd", phone=STRANGER)
    tools = await open_call()
    slot = await tools.call(
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": FRIDAY, "time": "15:00"},
    )
    assert slot["status"] == "held"
    before = sorted((b["uid"], b["status"], b["start"]) for b in sandbox.bookings())

    assert (await tools.call("find_my_appointments", {}))["status"] == "none"
    refused_cancel = await tools.call(
        "cancel_appointment", {"ref": theirs["uid"], "customer_name": "Fremd"}
    )
    refused_move = await tools.call(
        "reschedule_appointment",
        {"ref": theirs["uid"], "slot_id": slot["slot_id"], "customer_name": "Fremd"},
    )
    made_up = await tools.call("cancel_appointment", {"ref": "t-000000", "customer_name": "Fremd"})

    assert refused_cancel["status"] == refused_move["status"] == "not_found"
    assert refused_cancel == made_up  # indistinguishable from a booking that does not exist
    assert "Fremd" not in str(refused_cancel) + str(refused_move)
    assert sorted((b["uid"], b["status"], b["start"]) for b in sandbox.bookings()) == before
    assert await ledger.find_by_booking_uid(theirs["uid"]) is None


async def test_whatever_the_caller_says_a_strangers_appointment_stays_out_of_reach(
    open_call, sandbox, ledger
):
    """Refs from another call, the stranger's booking uid, a phone argument naming the
    stranger's number, a ref that tries to steer the request path: all 'not found', and
    nothing changes in Cal.com or the ledger."""
    stranger = await open_call(STRANGER)
    theirs = await _book(stranger, time="11:00")
    stranger_ref = theirs["ref"]
    stranger_uid = stranger.session.booked[0]
    tools = await open_call()
    mine = await _book(tools, time="15:00")
    new_slot = await tools.call(
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": FRIDAY, "time": "09:00"},
    )
    assert new_slot["status"] == "held"
    calendar_before = _snapshot(sandbox)
    ledger_before = [
        (a.id, a.state) for a in await ledger.appointments_for_call(stranger.session.call_id)
    ]

    found = await tools.call("find_my_appointments", {"phone": STRANGER})
    assert [a["ref"] for a in found["appointments"]] == [mine["ref"]]
    for ref in (
        stranger_ref,  # a ref handed out in the stranger's call
        stranger_uid,  # the stranger's booking uid itself
        f"../{stranger_uid}",
        f"{stranger_uid}/cancel",
        f"{stranger_uid}?x=1",
    ):
        for name, arguments in (
            ("cancel_appointment", {"ref": ref, "customer_name": "Erika Muster"}),
            (
                "cancel_appointment",
                {"ref": ref, "customer_name": "Erika Muster", "phone": STRANGER},
            ),
            (
                "reschedule_appointment",
                {"ref": ref, "slot_id": new_slot["slot_id"], "customer_name": "Erika Muster"},
            ),
        ):
            result = await tools.call(name, arguments)
            assert result["status"] == "not_found", (name, arguments, result)
            assert "11:00" not in str(result) and "Erika" not in str(result)

    assert _snapshot(sandbox) == calendar_before
    assert [
        (a.id, a.state) for a in await ledger.appointments_for_call(stranger.session.call_id)
    ] == ledger_before


async def test_booking_for_another_number_does_not_open_that_numbers_appointments(
    open_call, sandbox
):
    color = sandbox.event_type_id("sophie-brandt", "faerben")
    theirs = sandbox.place_booking(color, berlin(2026, 11, 27, 11), name="Fremd", phone=STRANGER)
    tools = await open_call()
    held = await tools.call(
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": FRIDAY, "time": "15:00"},
    )
    booked = await tools.call(
        "book_appointment",
        {"slot_id": held["slot_id"], "customer_name": "Oma Muster", "phone": STRANGER},
    )
    assert booked["status"] == "booked"

    found = await tools.call("find_my_appointments", {})
    assert [a["time"] for a in found["appointments"]] == ["15:00"]  # the one this caller made
    refused = await tools.call(
        "cancel_appointment", {"ref": theirs["uid"], "customer_name": "Fremd"}
    )
    assert refused["status"] == "not_found"
    assert {b["uid"]: b for b in sandbox.bookings()}[theirs["uid"]]["status"] == "accepted"


async def test_without_a_caller_number_nothing_can_be_looked_up(open_call):
    tools = await open_call(phone=None)
    assert (await tools.call("find_my_appointments", {}))["status"] == "no_caller_number"
    cancel = {"ref": "x", "customer_name": "Erika Muster"}
    assert (await tools.call("cancel_appointment", cancel))["status"] == "no_caller_number"


# -- bad arguments -----------------------------------------------------------------------------


async def test_bad_arguments_give_an_error_and_change_nothing(open_call, sandbox, ledger):
    other_call = await open_call("+4917011112222")
    foreign = await other_call.call(
        "check_availability", {"service": "Bart", "date": FRIDAY, "time": "11:00"}
    )
    assert foreign["status"] == "held"
    tools = await open_call()
    held = await tools.call(
        "check_availability", {"service": "Bart", "date": FRIDAY, "time": "12:00"}
    )
    assert held["status"] == "held"
    calendar_before = _snapshot(sandbox)
    ledger_before = await _ledger_snapshot(ledger, tools.session.call_id)

    cases = [
        ("book_appointment", {"slot_id": "s-123456", "customer_name": "Eva"}, "invalid_slot"),
        (
            "book_appointment",
            {"slot_id": foreign["slot_id"], "customer_name": "Eva"},
            "invalid_slot",
        ),
        (
            "book_appointment",
            {"slot_id": held["slot_id"], "customer_name": "Eva", "phone": "bitte anrufen"},
            "invalid_argument",
        ),
        (
            "book_appointment",
            {"slot_id": held["slot_id"], "customer_name": "Eva", "phone": "+49 12"},
            "invalid_argument",
        ),
        ("book_appointment", {"slot_id": held["slot_id"], "customer_name": ""}, "invalid_argument"),
        ("book_appointment", {"slot_id": 42, "customer_name": "Eva"}, "invalid_argument"),
        ("book_appointment", {"customer_name": "Eva"}, "invalid_argument"),
        ("hold_slot", {"slot_id": foreign["slot_id"]}, "invalid_slot"),
        ("hold_slot", {"slot_id": ["s-1"]}, "invalid_argument"),
        ("check_availability", {"service": "Bart", "date": "2026-13-45"}, "invalid_date"),
        ("check_availability", {"service": "Bart", "date": "irgendwann"}, "invalid_date"),
        (
            "check_availability",
            {"service": "Bart", "date": FRIDAY, "time": "25 Uhr"},
            "invalid_time",
        ),
        ("check_availability", {"service": 7, "date": FRIDAY}, "invalid_argument"),
        ("check_availability", "{not json", "invalid_argument"),
        (
            "reschedule_appointment",
            {"ref": "t-1", "slot_id": "s-nope", "customer_name": "Eva"},
            "invalid_slot",
        ),
        ("cancel_appointment", {"ref": None, "customer_name": "Eva"}, "invalid_argument"),
        ("cancel_appointment", {"ref": "t-1"}, "invalid_argument"),  # the name is needed
        ("cancel_appointment", {"ref": "t-1", "customer_name": "???"}, "invalid_argument"),
    ]
    for name, arguments, expected in cases:
        result = await tools.call(name, arguments)
        assert result["status"] == expected, (name, arguments, result)
        assert result.get("hint"), result
        assert "say" not in result

    assert (await tools.call("no_such_tool", {}))["status"] == "error"
    assert _snapshot(sandbox) == calendar_before
    assert await _ledger_snapshot(ledger, tools.session.call_id) == ledger_before


# -- recovery after a crash ---------------------------------------------------------------------


async def test_recovery_releases_orphaned_holds_and_resolves_lost_bookings(
    deps, sandbox, ledger, clock
):
    crashed = CallSession(deps, caller_phone=CALLER, mode="phone", keepalive_seconds=None)
    await crashed.start()
    orphan = await BookingTools(crashed).call(
        "check_availability", {"service": "Bart", "date": FRIDAY, "time": "12:00"}
    )
    assert orphan["status"] == "held"
    backend = deps.backend
    cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    offering = (await backend.get_catalog()).offering_by_event_type(cut)

    async def booking_row(hour: int, request_id: str):
        reservation = await backend.reserve_slot(cut, berlin(2026, 11, 27, hour))
        row = await ledger.add_held(
            call_id=crashed.call_id,
            reservation=reservation,
            stylist_user_id=offering.stylist_user_id,
            service_slug=offering.service_slug,
            caller_phone=CALLER,
        )
        await ledger.transition(row.id, AppointmentState.BOOKING, request_id=request_id)
        return row

    # A booking sent right before the process died: committed in Cal.com, the ledger only got
    # as far as `booking`. And one whose request never reached Cal.com.
    lost = await booking_row(15, "req-lost-1")
    await backend.create_booking(
        BookingRequest(
            event_type_id=cut,
            start=lost.start,
            attendee=Attendee(name="Max", time_zone="Europe/Berlin", phone_number=CALLER),
            request_id="req-lost-1",
            reserved_slot_uid=lost.reservation_uid,
        )
    )
    never = await booking_row(16, "req-never-sent")

    lines = await recover_after_crash(deps)  # the next process starts; the old one is gone

    rows = {a.id: a for a in await ledger.appointments_for_call(crashed.call_id)}
    held_row = next(a for a in rows.values() if a.service_slug == "bartpflege")
    assert held_row.state is AppointmentState.RELEASED
    assert rows[lost.id].state is AppointmentState.CONFIRMED
    by_request = {(b.get("metadata") or {}).get("requestId"): b["uid"] for b in sandbox.bookings()}
    assert rows[lost.id].booking_uid == by_request["req-lost-1"]
    # Not in Cal.com yet, but its request may still be carried out: open, not failed.
    assert rows[never.id].state is AppointmentState.UNKNOWN
    assert len(lines) == 3
    assert (await ledger.get_call(crashed.call_id)).ended_at is not None
    assert await recover_after_crash(deps) == []  # nothing new to do

    clock.advance(deps.lost_request_horizon)  # Cal.com can no longer carry it out
    assert len(await recover_after_crash(deps)) == 1
    assert (await ledger.get(never.id)).state is AppointmentState.FAILED
    assert sandbox.active_reservations() == []
    assert await ledger.non_final() == []
    assert [n.outcome for n in await ledger.open_caller_notices(call_id=crashed.call_id)] == [
        "confirmed",
        "failed",
    ]


async def test_a_move_holds_the_new_slot_first_so_a_web_booker_cannot_take_it(
    open_call, sandbox, ledger
):
    tools = await open_call()
    await _book(tools)
    ref = (await tools.call("find_my_appointments", {}))["appointments"][0]["ref"]
    offered = await tools.call(
        "check_availability", {"service": "Färben", "stylist": "Sophie", "date": "Samstag"}
    )
    slot = offered["alternatives"][0]
    assert sandbox.active_reservations() == []  # offered, not yet held
    color = sandbox.event_type_id("sophie-brandt", "faerben")
    web = sandbox.faults.external_booking(
        color, berlin(2026, 11, 28, 9), on="POST /v2/bookings/*/reschedule"
    )

    moved = await tools.call(
        "reschedule_appointment",
        {"ref": ref, "slot_id": slot["slot_id"], "customer_name": "Erika Muster"},
    )

    assert moved["status"] == "rescheduled", moved
    assert web.outcome is not None and "error" in web.outcome  # the hold kept the slot
    (accepted,) = [b for b in sandbox.bookings() if b["status"] == "accepted"]
    assert accepted["uid"] == tools.session.moved[0][1]
    assert (await ledger.find_by_booking_uid(accepted["uid"])).state is AppointmentState.CONFIRMED
    assert sandbox.active_reservations() == []


async def test_a_move_to_a_slot_that_is_gone_keeps_the_old_appointment(open_call, sandbox, ledger):
    tools = await open_call()
    await _book(tools)
    old_uid = tools.session.booked[0]
    found = await tools.call("find_my_appointments", {})
    ref = found["appointments"][0]["ref"]
    offered = await tools.call(
        "check_availability", {"service": "Färben", "stylist": "Sophie", "date": "Samstag"}
    )
    assert offered["status"] == "available"
    slot = offered["alternatives"][0]
    color = sandbox.event_type_id("sophie-brandt", "faerben")
    sandbox.place_booking(color, berlin(2026, 11, 28, 9), phone=STRANGER)  # taken meanwhile
    assert slot["time"] == "09:00"

    result = await tools.call(
        "reschedule_appointment",
        {"ref": ref, "slot_id": slot["slot_id"], "customer_name": "Erika Muster"},
    )

    assert result["status"] == "unavailable" and "say" not in result
    assert {b["uid"]: b for b in sandbox.bookings()}[old_uid]["status"] == "accepted"
    assert (await ledger.find_by_booking_uid(old_uid)).state is AppointmentState.CONFIRMED

    other_service = await tools.call(
        "check_availability", {"service": "Strähnchen", "stylist": "Sophie", "date": "Samstag"}
    )
    wrong = await tools.call(
        "reschedule_appointment",
        {
            "ref": ref,
            "slot_id": other_service["alternatives"][0]["slot_id"],
            "customer_name": "Erika Muster",
        },
    )
    assert wrong["status"] == "invalid_slot"
    assert {b["uid"]: b for b in sandbox.bookings()}[old_uid]["status"] == "accepted"


async def test_a_move_whose_answer_is_lost_is_found_or_left_unknown_until_recovery(
    open_call, sandbox, ledger, deps, monkeypatch
):
    tools = await open_call()
    await _book(tools)
    old_uid = tools.session.booked[0]
    ref = (await tools.call("find_my_appointments", {}))["appointments"][0]["ref"]

    async def move_to(time: str) -> dict:
        held = await tools.call(
            "check_availability",
            {"service": "Färben", "stylist": "Sophie", "date": FRIDAY, "time": time},
        )
        assert held["status"] == "held"
        return await tools.call(
            "reschedule_appointment",
            {"ref": ref, "slot_id": held["slot_id"], "customer_name": "Erika Muster"},
        )

    # Lost after commit, Cal.com reachable: found by the lookup, reported as moved.
    sandbox.faults.lose_response_after_commit(
        1, endpoint="POST /v2/bookings/*/reschedule", kind="5xx"
    )
    moved = await move_to("14:00")
    assert moved["status"] == "rescheduled", moved
    middle_uid = tools.session.moved[0][1]
    assert (await ledger.find_by_booking_uid(old_uid)).state is AppointmentState.RESCHEDULED
    assert (await ledger.find_by_booking_uid(middle_uid)).state is AppointmentState.CONFIRMED

    # Lost after commit, Cal.com unreachable: unknown, never "verschoben".
    ref = moved["ref"]
    sandbox.faults.lose_response_after_commit(
        1, endpoint="POST /v2/bookings/*/reschedule", kind="5xx"
    )
    send_move = deps.backend.reschedule_booking

    async def move_then_cal_com_goes_away(*args, **kwargs):
        sandbox.faults.fail_next(1000, "5xx", endpoint="GET /v2/bookings*")
        return await send_move(*args, **kwargs)

    monkeypatch.setattr(deps.backend, "reschedule_booking", move_then_cal_com_goes_away)
    unknown = await move_to("16:00")
    assert unknown["status"] == "unknown" and "verschoben" not in unknown["say"]
    (row,) = [
        a
        for a in await ledger.appointments_for_call(tools.session.call_id)
        if a.state is AppointmentState.UNKNOWN
    ]

    sandbox.faults.clear()
    await recover_after_crash(deps)

    row = await ledger.get(row.id)
    accepted = [b for b in sandbox.bookings() if b["status"] == "accepted"]
    assert len(accepted) == 1 and row.booking_uid == accepted[0]["uid"]
    assert row.state is AppointmentState.CONFIRMED
    assert (await ledger.find_by_booking_uid(middle_uid)).state is AppointmentState.RESCHEDULED


async def test_a_failed_cancel_is_not_reported_as_cancelled(open_call, sandbox, ledger):
    tools = await open_call()
    await _book(tools)
    uid = tools.session.booked[0]
    ref = (await tools.call("find_my_appointments", {}))["appointments"][0]["ref"]

    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings/*/cancel")
    failed = await tools.call("cancel_appointment", {"ref": ref, "customer_name": "Erika Muster"})
    assert failed["status"] == "error" and "say" not in failed
    assert {b["uid"]: b for b in sandbox.bookings()}[uid]["status"] == "accepted"
    assert (await ledger.find_by_booking_uid(uid)).state is AppointmentState.CONFIRMED

    sandbox.faults.lose_response_after_commit(1, endpoint="POST /v2/bookings/*/cancel", kind="5xx")
    lost = await tools.call("cancel_appointment", {"ref": ref, "customer_name": "Erika Muster"})
    assert lost["status"] == "cancelled"
    assert {b["uid"]: b for b in sandbox.bookings()}[uid]["status"] == "cancelled"
    assert (await ledger.find_by_booking_uid(uid)).state is AppointmentState.CANCELLED


# -- the caller ID is not enough: the name on the booking ----------------------------------------


async def test_a_spoofed_number_without_the_name_on_the_booking_changes_nothing(
    open_call, sandbox, ledger
):
    """Anyone can claim a number. Cancel and move also take the name the appointment is booked
    under; a wrong one changes nothing and never reveals the right one, and after a few wrong
    names the call gets "not found" for everything."""
    victim = await open_call()
    booked = await _book(victim)
    await victim.session.end("goodbye")
    spoofer = await open_call()  # the victim's number, claimed by someone else
    ref = (await spoofer.call("find_my_appointments", {}))["appointments"][0]["ref"]
    slot = await spoofer.call(
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": FRIDAY, "time": "15:00"},
    )
    calendar_before = _snapshot(sandbox)

    guesses = []
    for name in ("Erika Mustermann", "Max Muster", "Erika"):
        guesses.append(
            await spoofer.call("cancel_appointment", {"ref": ref, "customer_name": name})
        )
    after_lockout = await spoofer.call(
        "reschedule_appointment",
        {"ref": ref, "slot_id": slot["slot_id"], "customer_name": "Erika Muster"},
    )

    assert [g["status"] for g in guesses] == ["name_mismatch", "name_mismatch", "not_found"]
    assert after_lockout["status"] == "not_found"  # even the right name, once locked out
    assert all("Muster" not in g["hint"] for g in guesses)
    assert _snapshot(sandbox)[0] == calendar_before[0]  # no booking touched
    uid = victim.session.booked[0]
    assert (await ledger.find_by_booking_uid(uid)).state is AppointmentState.CONFIRMED
    kinds = [e.kind for e in await ledger.timeline(spoofer.session.call_id)]
    assert kinds.count("identity_refused") == 3
    assert booked["status"] == "booked"


async def test_the_name_on_the_booking_is_matched_loosely(open_call, sandbox, ledger):
    color = sandbox.event_type_id("sophie-brandt", "faerben")
    web = sandbox.place_booking(
        color, berlin(2026, 11, 27, 11), name="Anna-Lena Meier", phone=CALLER
    )
    tools = await open_call()
    ref = (await tools.call("find_my_appointments", {}))["appointments"][0]["ref"]

    result = await tools.call("cancel_appointment", {"ref": ref, "customer_name": "Frau Maier"})

    assert result["status"] == "cancelled"
    assert {b["uid"]: b for b in sandbox.bookings()}[web["uid"]]["status"] == "cancelled"


async def test_a_withheld_number_finds_and_changes_nothing(open_call, sandbox):
    color = sandbox.event_type_id("sophie-brandt", "faerben")
    sandbox.place_booking(color, berlin(2026, 11, 27, 11), name="Erika Muster", phone=CALLER)
    tools = await open_call(phone=None)
    before = _snapshot(sandbox)

    found = await tools.call("find_my_appointments", {})
    cancel = await tools.call(
        "cancel_appointment",
        {"ref": sandbox.bookings()[0]["uid"], "customer_name": "Erika Muster"},
    )

    assert found["status"] == cancel["status"] == "no_caller_number"
    assert "appointments" not in found
    assert _snapshot(sandbox) == before


@pytest.mark.parametrize(
    ("said", "on_booking", "same"),
    [
        ("Erika Muster", "Erika Muster", True),
        ("erika   MUSTER", "Erika Muster", True),
        ("Muster", "Erika Muster", True),
        ("Frau Muster", "Erika Muster", True),
        ("Meier", "Anna Maier", True),  # a mishearing on the phone line
        ("Müller", "Jonas Mueller", True),
        ("Erika Muster", "Erika", True),  # the booking has less than the caller says
        ("Schmidt-Becker", "Anna Schmidt-Becker", True),
        ("Erika", "Erika Muster", False),  # a first name alone is not the booking's name
        ("Max Muster", "Erika Muster", False),  # another person of the same family
        ("Erika Schulz", "Erika Muster", False),
        ("Tom", "Anna Becker", False),
        ("Frau", "Anna Becker", False),
    ],
)
def test_names_match_loosely_but_need_the_surname(said, on_booking, same):
    assert names_match(said, on_booking) is same
