"""The facts the guard holds sentences against are the ledger's, per call and per appointment:
every appointment of this call, in its state, with its day, time, stylist and service; and the
caller's appointments that a tool of this call found, cancelled or moved. Built through the real
booking tools on the sandbox, read after each tool result."""

# ruff: noqa: F811
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from agent.claims import AppointmentFact, decide
from agent.guard.summary import compose
from agent.guard.truth import truth
from agent.messaging.messengers import StandInMessenger
from calendar_adapter.ledger import AppointmentState
from tests.conftest import berlin
from tests.guard_support import FRIDAY_10, PERM_AT_FABIAN, book, facts_of, hold_perm, perm, run

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import (  # noqa: F401
    book_on_the_web,
    cancel_lands_then_cal_com_goes_away,
    deps,
    open_call,
)

BERLIN = ZoneInfo("Europe/Berlin")
S = AppointmentState
FRIDAY_14 = datetime(2026, 11, 27, 14, 0, tzinfo=BERLIN)


async def test_a_hold_and_then_its_booking_are_the_calls_facts(open_call, clock):
    tools = await open_call()
    facts = facts_of(tools)
    assert facts.facts().appointments == ()
    assert facts.facts().now == clock.now().astimezone(BERLIN)
    assert "Fabian Spitzer" in facts.facts().stylists
    assert "Dauerwelle" in facts.facts().services

    held = await hold_perm(tools, facts)
    assert facts.facts().appointments == (perm(S.HELD),)
    assert not decide("Ihr Termin ist gebucht.", facts.facts()).passes

    await book(tools, facts, held)
    assert facts.facts().appointments == (perm(S.CONFIRMED),)
    assert [k.changed_here for k in facts.known] == [True]
    # The truth does not expire with the turn: the same facts back it later in the call.
    clock.advance(120)
    assert decide("Ja, Ihr Termin ist gebucht.", facts.facts()).passes


async def test_a_failed_booking_and_its_fenced_retry_hold_are_facts_too(open_call, sandbox):
    tools = await open_call()
    facts = facts_of(tools)
    held = await hold_perm(tools, facts)
    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings")  # the answer is lost
    result = await book(tools, facts, held, "Anna")
    assert result["status"] == "not_confirmed_yet" and result.get("still_held")
    assert [a.state for a in facts.facts().appointments] == [S.UNKNOWN, S.HELD]
    assert {a.start for a in facts.facts().appointments} == {FRIDAY_10}


async def test_the_callers_appointments_a_tool_found_are_facts_but_not_changes(open_call, calendar):
    await book_on_the_web(
        calendar,
        stylist="Lena Hoffmann",
        service="damenhaarschnitt",
        start=berlin(2026, 11, 27, 14),
    )
    tools = await open_call()
    facts = facts_of(tools)
    found = await run(tools, facts, "find_my_appointments", {})
    assert found["status"] == "found"

    web = AppointmentFact(S.CONFIRMED, FRIDAY_14, "Lena Hoffmann", "Damenhaarschnitt")
    assert facts.facts().appointments == (web,)
    assert [k.changed_here for k in facts.known] == [False]
    assert decide("Ja, Ihr Termin steht.", facts.facts()).passes

    ref = found["appointments"][0]["ref"]
    cancelled = await run(
        tools, facts, "cancel_appointment", {"ref": ref, "customer_name": "Erika Muster"}
    )
    assert cancelled["status"] == "cancelled"
    assert [a.state for a in facts.facts().appointments] == [S.CANCELLED]
    assert [k.changed_here for k in facts.known] == [True]


async def test_a_move_is_the_new_appointment_with_where_it_was_before(open_call):
    first = await open_call()
    held = await first.call("check_availability", {**PERM_AT_FABIAN, "time": "10:00"})
    await first.call("book_appointment", {"slot_id": held["slot_id"], "customer_name": "Anna"})
    await first.session.end("goodbye")

    tools = await open_call()  # the caller rings again to move it
    facts = facts_of(tools)
    found = await run(tools, facts, "find_my_appointments", {})
    new = await hold_perm(tools, facts, "14:00")
    moved = await run(
        tools,
        facts,
        "reschedule_appointment",
        {
            "ref": found["appointments"][0]["ref"],
            "slot_id": new["slot_id"],
            "customer_name": "Anna",
        },
    )
    assert moved["status"] == "rescheduled"

    states = {(a.state, a.start, a.moved_from) for a in facts.facts().appointments}
    assert states == {(S.RESCHEDULED, FRIDAY_10, None), (S.CONFIRMED, FRIDAY_14, FRIDAY_10)}
    assert all(k.changed_here for k in facts.known)
    assert decide(moved["say"], facts.facts()).passes


async def test_an_english_call_gets_english_facts_and_a_ledger_error_keeps_the_last_known(
    open_call, ledger, monkeypatch
):
    tools = await open_call()
    facts = facts_of(tools, language="en")
    await hold_perm(tools, facts)
    assert facts.facts().language == "en"
    before = facts.facts().appointments

    async def unreadable(call_id: str):
        raise OSError("disk gone")

    monkeypatch.setattr(ledger, "appointments_for_call", unreadable)  # the ledger fails mid-call
    await facts.refresh()
    assert facts.facts().appointments == before


# --- what backs a promised follow-up ----------------------------------------------------------


async def test_a_message_taken_for_the_salon_backs_the_callback_it_promises(open_call):
    tools = await open_call()
    facts = facts_of(tools)
    promise = "Der Salon ruft Sie zurück."
    assert facts.facts().messages == ()
    assert not decide(promise, facts.facts()).passes  # nothing behind it yet

    result = await run(tools, facts, "take_message", {"reason": "Frage zum Preis"})
    assert facts.facts().messages == ("callback",)
    assert decide(promise, facts.facts()).passes
    assert decide(result["say"], facts.facts()).passes  # what code says is a backed promise
    assert not decide("Ihr Termin ist gebucht.", facts.facts()).passes  # and books nothing


async def test_a_text_queued_after_a_booking_backs_the_promised_text(deps, open_call):
    deps.messenger = StandInMessenger()
    tools = await open_call()
    facts = facts_of(tools)
    assert facts.facts().confirmations_by_sms  # the salon texts confirmations
    promise = "Sie bekommen gleich eine SMS."
    assert not decide(promise, facts.facts()).passes
    held = await hold_perm(tools, facts)
    await book(tools, facts, held)
    assert facts.facts().texts == 1  # the confirmation is in the outbox
    assert decide(promise, facts.facts()).passes
    assert not decide("Sie bekommen am Vortag eine Erinnerung.", facts.facts()).passes


async def test_without_a_messenger_no_text_is_promised(open_call):
    tools = await open_call()  # no SMS provider configured: nothing texts the caller
    facts = facts_of(tools)
    assert not facts.facts().confirmations_by_sms
    held = await hold_perm(tools, facts)
    await book(tools, facts, held)
    assert facts.facts().texts == 0
    assert decide("Ihr Termin ist gebucht.", facts.facts()).passes
    assert not decide("Sie bekommen gleich eine SMS.", facts.facts()).passes


async def test_nicknames_of_the_stylists_are_facts_too(open_call):
    tools = await open_call()
    facts = facts_of(tools)
    assert ("Fabi", "Fabian Spitzer") in facts.facts().stylist_aliases


async def test_a_cancel_nobody_could_confirm_leaves_the_appointment_open_and_a_notice(
    open_call, monkeypatch
):
    """Caller: cancels their Friday appointment. Calendar: carries the cancel out, the answer is
    lost and Cal.com cannot be asked afterwards. What must be true: the caller hears it is not
    confirmed and that the salon will get back to them; neither "storniert" nor "besteht weiter"
    passes the guard (the guard's own correction said "besteht weiter" before); the goodbye
    says it is open; and the salon has the notice to tell the caller (so "meldet sich" holds)."""
    first = await open_call()
    held = await first.call("check_availability", {**PERM_AT_FABIAN, "time": "10:00"})
    await first.call("book_appointment", {"slot_id": held["slot_id"], "customer_name": "Anna"})
    await first.session.end("goodbye")

    tools = await open_call()
    facts = facts_of(tools)
    found = await run(tools, facts, "find_my_appointments", {})
    deps = tools.session.deps
    cancel_lands_then_cal_com_goes_away(deps.backend, monkeypatch)
    result = await run(
        tools,
        facts,
        "cancel_appointment",
        {"ref": found["appointments"][0]["ref"], "customer_name": "Anna"},
    )
    assert result["status"] == "unknown", result
    assert "nicht bestätigen" in result["say"] and "meldet sich" in result["say"]
    (fact,) = [a for a in facts.facts().appointments if a.start == FRIDAY_10]
    assert fact.state is S.UNKNOWN
    for claim in ("Ihr Termin am Freitag ist storniert.", "Ihr Termin am Freitag besteht weiter."):
        verdict = decide(claim, facts.facts())
        assert not verdict.passes, claim
        said_instead = truth([c.kind for c in verdict.unbacked], facts.facts())
        assert "besteht weiter" not in said_instead and "storniert" not in said_instead
    notices = await deps.ledger.open_caller_notices()  # under the row's (booking) call
    assert [n.outcome for n in notices] == ["cancel_unknown"], notices
    assert "caller_must_be_told" in [
        e.kind for e in await deps.ledger.timeline(tools.session.call_id)
    ]
    assert compose(facts.known).startswith("Noch offen ist: Dauerwelle am Freitag"), compose(
        facts.known
    )
