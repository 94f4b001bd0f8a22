"""Hand-over, messages and texts from the tools' side: a caller asks for a person, leaves a
message, books; afterwards what the caller was told, the ledger and the line agree.

The calendar is the embedded sandbox on the pinned clock (Tuesday 09:00, the salon open); the
line is the stand-in line (it records what it was asked); texts go to the ledger's outbox.
"""

# ruff: noqa: F811
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta

import pytest

from agent.messaging.messengers import StandInMessenger
from agent.telephony.lines import StandInLine
from calendar_adapter.ledger import AppointmentState, MessageKind, OutboxChannel
from tests.tools_fixtures import CALLER, FRIDAY, deps, open_call  # noqa: F401
from tools.booking_tools import BookingTools
from tools.session import CallSession

SALON_PHONE = "+493012345678"  # business.phone of the reference salon


@pytest.fixture
async def calls(deps) -> AsyncIterator:
    """Open calls with a given line and messenger; every call is ended after the test."""
    sessions: list[CallSession] = []

    async def _open(phone: str | None = CALLER, *, line=None, messenger=None) -> BookingTools:
        session = CallSession(
            replace(deps, messenger=messenger),
            caller_phone=phone,
            mode="twilio",
            keepalive_seconds=None,
            line=line,
        )
        await session.start()
        sessions.append(session)
        return BookingTools(session)

    yield _open
    for s in sessions:
        await s.end("test over")


async def hold_friday(tools: BookingTools) -> dict:
    result = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "10:00"},
    )
    assert result["status"] == "held", result
    return result


async def kinds(ledger, call_id: str) -> list[str]:
    return [e.kind for e in await ledger.timeline(call_id)]


# -- transfer_call ---------------------------------------------------------------------------


async def test_during_opening_hours_the_caller_is_put_through_after_the_holds_are_freed(
    calls, ledger, sandbox
):
    line = StandInLine()
    tools = await calls(line=line)
    await hold_friday(tools)

    result = await tools.call("transfer_call", {"reason": "möchte mit jemandem sprechen"})

    assert result["status"] == "transferred"
    assert line.transfers == [SALON_PHONE]
    assert result["holds"] == [] and len(result["released"]) == 1
    assert sandbox.active_reservations() == []  # the person who answers finds the slot free
    [row] = await ledger.appointments_for_call(tools.session.call_id)
    assert row.state is AppointmentState.RELEASED
    timeline = await kinds(ledger, tools.session.call_id)
    assert timeline.index("hold_released") < timeline.index("call_transferred")


async def test_outside_opening_hours_nobody_is_rung_and_a_message_is_offered(
    calls, clock, ledger, sandbox
):
    clock.set(clock.now() + timedelta(hours=11))  # Tuesday 20:00: closed
    line = StandInLine()
    tools = await calls(line=line)

    result = await tools.call("transfer_call", {"reason": "Beschwerde"})

    assert result["status"] == "not_transferred" and result["reason"] == "closed"
    assert result["opens"] == "Mittwoch, 25. November, 9 Uhr"
    assert "take_message" in result["hint"]
    assert line.transfers == []
    assert "transfer_failed" in await kinds(ledger, tools.session.call_id)


async def test_a_closed_day_names_the_next_opening(calls, clock):
    clock.set(clock.now() - timedelta(days=1))  # Monday: the salon is closed all day
    tools = await calls(line=StandInLine())
    result = await tools.call("transfer_call", {"reason": "Frage"})
    assert result["reason"] == "closed" and result["opens"] == "Dienstag, 24. November, 9 Uhr"


async def test_a_call_without_a_line_that_can_transfer_takes_a_message_instead(calls, sandbox):
    tools = await calls(line=None)
    await hold_friday(tools)
    result = await tools.call("transfer_call", {"reason": "Frage zum Preis"})
    assert result["status"] == "not_transferred" and result["reason"] == "line_cannot_transfer"
    assert len(sandbox.active_reservations()) == 1  # nothing happened: the hold is still theirs


async def test_a_local_line_that_can_never_transfer_frees_nothing(calls, sandbox):
    tools = await calls(line=StandInLine(can_transfer=False))
    await hold_friday(tools)
    result = await tools.call("transfer_call", {"reason": "möchte jemanden sprechen"})
    assert result["reason"] == "line_cannot_transfer" and "released" not in result
    assert len(sandbox.active_reservations()) == 1


async def test_a_transfer_the_provider_refused_says_so_and_the_holds_stay_freed(calls, sandbox):
    class Refusing(StandInLine):
        async def transfer(self, to_number: str) -> bool:
            return False  # e.g. Twilio answered 4xx

    tools = await calls(line=Refusing())
    await hold_friday(tools)
    result = await tools.call("transfer_call", {"reason": "möchte jemanden sprechen"})
    assert result["status"] == "not_transferred" and result["reason"] == "transfer_failed"
    assert result["released"] and sandbox.active_reservations() == []


async def test_a_line_that_breaks_is_a_transfer_that_did_not_happen(calls):
    class Broken(StandInLine):
        async def transfer(self, to_number: str) -> bool:
            raise ConnectionError("provider down")

    tools = await calls(line=Broken())
    result = await tools.call("transfer_call", {"reason": "x"})
    assert result["reason"] == "transfer_failed"


async def test_a_salon_without_a_handover_number_cannot_transfer(calls, deps):
    salon = deps.salon.model_copy(
        update={"business": deps.salon.business.model_copy(update={"phone": None})}
    )
    deps.salon = salon
    line = StandInLine()
    tools = await calls(line=line)
    result = await tools.call("transfer_call", {"reason": "x"})
    assert result["reason"] == "no_number" and line.transfers == []


async def test_the_handover_number_of_the_salon_file_wins_over_its_phone(calls, deps):
    business = deps.salon.business.model_copy(update={"handover_phone": "030 7654321"})
    deps.salon = deps.salon.model_copy(update={"business": business})
    line = StandInLine()
    tools = await calls(line=line)
    await tools.call("transfer_call", {"reason": "x"})
    assert line.transfers == ["+49307654321"]


# -- take_message ----------------------------------------------------------------------------


async def test_a_message_is_stored_before_the_callback_is_promised(calls, ledger):
    tools = await calls()
    result = await tools.call(
        "take_message",
        {
            "reason": "Frage, ob Strähnchen mit Henna gehen",
            "kind": "question",
            "name": "Anna Berg",
            "preferred_time": "morgen Vormittag",
        },
    )

    assert result["status"] == "taken"
    [message] = await ledger.messages_for_call(tools.session.call_id)
    assert message.id == result["message_id"]
    assert (message.kind, message.name, message.phone) == (
        MessageKind.QUESTION,
        "Anna Berg",
        CALLER,
    )
    assert message.preferred_time == "morgen Vormittag"
    # code speaks the promise, from what was stored
    assert "ruft Sie unter der Nummer, von der Sie anrufen, zurück" in result["say"]
    assert "morgen Vormittag" in result["say"]
    assert [m.id for m in await ledger.open_messages()] == [message.id]
    assert "message_taken" in await kinds(ledger, tools.session.call_id)


async def test_a_callback_number_given_is_stored_and_read_back(calls, ledger):
    tools = await calls()
    result = await tools.call(
        "take_message", {"reason": "Rückruf", "phone": "0171 2345678", "name": "Ben Ott"}
    )
    [message] = await ledger.messages_for_call(tools.session.call_id)
    assert message.phone == "+491712345678" and message.kind is MessageKind.CALLBACK
    assert "0171 23 45 67 8" in result["say"]


async def test_delete_my_data_is_recorded_as_a_request_for_the_salon(calls, ledger):
    tools = await calls()
    result = await tools.call(
        "take_message", {"reason": "Löschen Sie meine Daten", "kind": "data_deletion"}
    )
    [message] = await ledger.messages_for_call(tools.session.call_id)
    assert message.kind is MessageKind.DATA_DELETION
    assert "Daten zu löschen" in result["say"] and "gelöscht" not in result["say"]


async def test_the_same_message_twice_is_stored_once(calls, ledger):
    tools = await calls()
    first = await tools.call("take_message", {"reason": "Beschwerde", "kind": "complaint"})
    again = await tools.call("take_message", {"reason": "Beschwerde", "kind": "complaint"})
    assert first["message_id"] == again["message_id"]
    assert len(await ledger.messages_for_call(tools.session.call_id)) == 1


@pytest.mark.parametrize(
    ("caller", "arguments", "field"),
    [
        (None, {"reason": "Rückruf"}, "phone"),  # withheld number and none given: ask
        (CALLER, {"reason": "Rückruf", "phone": "weiß ich nicht"}, "phone"),
        (CALLER, {"reason": "Rückruf", "kind": "urgent"}, "kind"),
        (CALLER, {"kind": "callback"}, "reason"),
    ],
)
async def test_a_message_that_cannot_be_acted_on_is_not_stored_and_nothing_promised(
    calls, ledger, caller, arguments, field
):
    tools = await calls(caller)
    result = await tools.call("take_message", arguments)
    assert result["status"] == "invalid_argument" and result["field"] == field
    assert "say" not in result
    assert await ledger.messages_for_call(tools.session.call_id) == []


async def test_a_ledger_that_fails_means_no_promise(calls, ledger):
    tools = await calls()

    async def broken(**kwargs):
        raise OSError("disk full")

    tools.session.deps.ledger.add_message = broken  # type: ignore[method-assign]
    result = await tools.call("take_message", {"reason": "Rückruf"})
    assert result["status"] == "error" and "say" not in result


# -- texts after Cal.com's yes ---------------------------------------------------------------


async def texts(ledger, call_id: str):
    return [i for i in await ledger.outbox_items(call_id=call_id) if i.channel is OutboxChannel.SMS]


async def test_a_booking_cal_com_accepted_queues_a_text_with_all_the_caller_needs(calls, ledger):
    tools = await calls(messenger=StandInMessenger())
    held = await hold_friday(tools)
    booked = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Sabine Keller"}
    )
    assert booked["status"] == "booked"

    [text] = await texts(ledger, tools.session.call_id)
    assert text.recipient == CALLER
    for part in ("Salon Spitzer", "Ihr Termin ist gebucht", "Dauerwelle bei Fabian Spitzer",
                 "Freitag, 27. November, 10:00 Uhr", "Kastanienallee 12, 10435 Berlin"):  # fmt: skip
        assert part in text.body, text.body
    assert "sms_queued" in await kinds(ledger, tools.session.call_id)


async def test_no_text_for_a_slot_only_held_or_an_outcome_still_open(calls, ledger, sandbox):
    tools = await calls(messenger=StandInMessenger())
    held = await hold_friday(tools)
    assert await texts(ledger, tools.session.call_id) == []  # held is not booked
    sandbox.faults.lose_response_after_commit(1, endpoint="POST /v2/bookings", kind="5xx")
    sandbox.faults.fail_next(1000, "5xx", endpoint="GET /v2/bookings")  # the lookup fails too
    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Sabine Keller"}
    )
    assert result["status"] == "unknown", result
    assert await texts(ledger, tools.session.call_id) == []


async def test_cancel_and_move_are_texted_too(calls, ledger):
    tools = await calls(messenger=StandInMessenger())
    held = await hold_friday(tools)
    await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Sabine Keller"}
    )
    found = await tools.call("find_my_appointments", {})
    ref = found["appointments"][0]["ref"]
    later = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "14:00"},
    )
    moved = await tools.call(
        "reschedule_appointment",
        {"ref": ref, "slot_id": later["slot_id"], "customer_name": "Sabine Keller"},
    )
    assert moved["status"] == "rescheduled"
    cancelled = await tools.call(
        "cancel_appointment", {"ref": moved["ref"], "customer_name": "Sabine Keller"}
    )
    assert cancelled["status"] == "cancelled"

    bodies = [t.body for t in await texts(ledger, tools.session.call_id)]
    assert len(bodies) == 3
    assert "gebucht" in bodies[0] and "10:00 Uhr" in bodies[0]
    assert "verschoben auf Freitag, 27. November, 14:00 Uhr" in bodies[1]
    assert "14:00 Uhr, ist storniert" in bodies[2]


async def test_without_a_messenger_nothing_is_queued(calls, ledger):
    tools = await calls(messenger=None)
    held = await hold_friday(tools)
    await tools.call("book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"})
    assert await texts(ledger, tools.session.call_id) == []


async def test_a_withheld_number_gets_no_text_not_even_to_a_number_dictated(calls, ledger):
    """Texts go to the number the call came from only: a dictated number may be anyone's."""
    tools = await calls(None, messenger=StandInMessenger())
    held = await hold_friday(tools)
    result = await tools.call(
        "book_appointment",
        {"slot_id": held["slot_id"], "customer_name": "Eva Roth", "phone": "0171 2345678"},
    )
    assert result["status"] == "booked"
    assert await texts(ledger, tools.session.call_id) == []
