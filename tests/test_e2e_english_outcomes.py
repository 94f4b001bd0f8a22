"""An English call hears every outcome code speaks in English.

The sentences the tools compose from Cal.com's answers (`say`, spoken by code verbatim) are in
the call's language: an English caller who books, moves and cancels hears "Your appointment is
booked: … on Friday, 27 November at 10 am", never the German sentence; the same for what went
wrong (a booking the salon must confirm, a move Cal.com declined after moving, answers that were
lost, a cancel nobody could confirm). Each sentence is true by the guard's claim reader in the
state the call is in when it is spoken, and through the pipeline each is heard exactly once,
whatever the model does with it. A German call hears the German sentences, unchanged."""

# ruff: noqa: F811
from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from agent.call import TextCall
from agent.claims import decide
from agent.config import Settings
from calendar_adapter.backend import BookingOutcomeUnknownError
from tests.guard_support import PERM_AT_FABIAN, facts_of, run
from tests.test_e2e_move_retry import GET_BOOKING, MOVE
from tests.tools_fixtures import CALLER, cancel_lands_then_cal_com_goes_away, deps, open_call  # noqa: F401
from tools.booking_tools import BookingTools

BERLIN = ZoneInfo("Europe/Berlin")
PERM = "Dauerwelle with Fabian Spitzer"
GERMAN = ("Ihr Termin", "Uhr", "Salon muss", "bestätigen", "Kalender", " am ", " bei ")


def _english(say: str) -> None:
    assert not any(word in say for word in GERMAN), say


async def _english_call(open_call) -> tuple[BookingTools, object]:
    tools = await open_call(language="en")
    return tools, facts_of(tools, "en")


async def _hold(tools, facts, time: str) -> str:
    held = await run(tools, facts, "check_availability", {**PERM_AT_FABIAN, "time": time})
    assert held["status"] == "held", held
    return held["slot_id"]


async def _book(tools, facts, time: str = "10:00") -> dict:
    slot_id = await _hold(tools, facts, time)
    return await run(
        tools, facts, "book_appointment", {"slot_id": slot_id, "customer_name": "Anna Berg"}
    )


async def _move(tools, facts, ref: str, time: str = "14:00") -> dict:
    slot_id = await _hold(tools, facts, time)
    return await run(
        tools,
        facts,
        "reschedule_appointment",
        {"ref": ref, "slot_id": slot_id, "customer_name": "Anna Berg"},
    )


def _true_now(say: str, facts) -> None:
    verdict = decide(say, facts.facts())
    assert verdict.passes, (say, [c.kind.value for c in verdict.unbacked], facts.facts())


async def test_an_english_caller_books_moves_and_cancels_and_hears_each_in_english(open_call):
    """Caller (English): books the perm with Fabian on Friday at 10, moves it to 2 pm, cancels
    it. Each result's `say` is the English sentence, dates and times as spoken in English, and
    true by the guard's reading at that point of the call."""
    tools, facts = await _english_call(open_call)

    booked = await _book(tools, facts)
    assert booked["status"] == "booked", booked
    assert booked["say"] == (f"Your appointment is booked: {PERM} on Friday, 27 November at 10 am.")
    _true_now(booked["say"], facts)

    moved = await _move(tools, facts, booked["ref"])
    assert moved["status"] == "rescheduled", moved
    assert moved["say"] == f"Your appointment is moved to Friday, 27 November at 2 pm: {PERM}."
    _true_now(moved["say"], facts)

    cancelled = await run(
        tools, facts, "cancel_appointment", {"ref": moved["ref"], "customer_name": "Anna Berg"}
    )
    assert cancelled["status"] == "cancelled", cancelled
    assert cancelled["say"] == (
        f"Your appointment, {PERM} on Friday, 27 November at 2 pm, is cancelled."
    )
    _true_now(cancelled["say"], facts)


async def test_a_german_caller_still_hears_the_german_sentences(open_call):
    """The same call in German: the sentences are the German ones, word for word as before."""
    tools = await open_call()
    facts = facts_of(tools)

    booked = await _book(tools, facts)
    moved = await _move(tools, facts, booked["ref"])
    cancelled = await run(
        tools, facts, "cancel_appointment", {"ref": moved["ref"], "customer_name": "Anna Berg"}
    )

    by = "Dauerwelle bei Fabian Spitzer"
    assert booked["say"] == f"Ihr Termin ist gebucht: {by} am Freitag, 27. November, um 10 Uhr."
    assert moved["say"] == f"Ihr Termin ist verschoben auf Freitag, 27. November, um 14 Uhr: {by}."
    assert cancelled["say"] == f"Ihr Termin {by} am Freitag, 27. November, um 14 Uhr ist storniert."


async def test_a_booking_the_salon_must_confirm_is_said_requested_in_english(open_call, sandbox):
    tools, facts = await _english_call(open_call)
    sandbox.faults.answer_next(1, "pending")

    pending = await _book(tools, facts)

    assert pending["status"] == "pending_approval", pending
    assert pending["say"] == (
        f"Your appointment, {PERM} on Friday, 27 November at 10 am, is requested; "
        "the salon still has to confirm it."
    )
    _true_now(pending["say"], facts)


async def test_a_move_the_salon_must_confirm_says_the_old_time_is_not_kept_in_english(
    open_call, sandbox
):
    """Cal.com moved the booking to one the salon must still approve: the old one is gone
    either way, and the caller hears both, in English."""
    tools, facts = await _english_call(open_call)
    booked = await _book(tools, facts)
    sandbox.faults.answer_next(1, "pending", MOVE)

    pending = await _move(tools, facts, booked["ref"])

    assert pending["status"] == "pending_approval", pending
    assert pending["say"] == (
        f"The move of your appointment, {PERM}, to Friday, 27 November at 2 pm is requested; "
        "the salon still has to confirm it. Your appointment on Friday, 27 November at 10 am "
        "is not kept either way."
    )
    _true_now(pending["say"], facts)


async def test_a_move_cal_com_declined_after_moving_is_told_in_english(open_call, sandbox):
    """Cal.com moved the booking and declined the new one at once: the caller has neither
    time, and hears so in English (no "moved", no "still stands")."""
    tools, facts = await _english_call(open_call)
    booked = await _book(tools, facts)
    sandbox.faults.answer_next(1, "rejected", MOVE)

    refused = await _move(tools, facts, booked["ref"])

    assert refused["status"] == "not_booked" and refused["reason"] == "moved_then_ended", refused
    assert refused["say"] == (
        f"The move did not work: the calendar declined {PERM} on Friday, 27 November at 2 pm. "
        "Your appointment on Friday, 27 November at 10 am is not kept either."
    )
    _true_now(refused["say"], facts)


async def test_a_booking_whose_answer_was_lost_is_said_open_in_english(
    open_call, sandbox, monkeypatch
):
    """Cal.com made the booking, its answer was lost and Cal.com cannot be asked: the caller
    hears it cannot be confirmed yet (neither "booked" nor "not booked"), in English."""
    tools, facts = await _english_call(open_call)
    backend = tools.session.deps.backend
    send = backend.create_booking

    async def made_unseen_and_unreachable(request):
        await send(request)
        sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
        raise BookingOutcomeUnknownError("answer lost", request_id=request.request_id)

    monkeypatch.setattr(backend, "create_booking", made_unseen_and_unreachable)
    try:
        lost = await _book(tools, facts)
    finally:
        sandbox.faults.clear()

    assert lost["status"] in ("unknown", "not_confirmed_yet"), lost
    assert lost["say"].startswith("I can't confirm the booking"), lost["say"]
    assert "booked" not in lost["say"]
    _english(lost["say"])
    _true_now(lost["say"], facts)


async def test_a_booking_whose_answer_was_lost_and_whose_slot_is_still_held_says_so_in_english(
    open_call, sandbox
):
    """The booking's answer was lost and the call fenced the slot: the caller hears it cannot
    be confirmed yet and that the slot stays reserved, in English."""
    tools, facts = await _english_call(open_call)
    slot_id = await _hold(tools, facts, "10:00")
    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings")  # the answer is lost

    lost = await run(
        tools, facts, "book_appointment", {"slot_id": slot_id, "customer_name": "Anna Berg"}
    )

    assert lost["status"] == "not_confirmed_yet" and lost.get("still_held"), lost
    assert lost["say"] == (
        "I can't confirm the booking yet, because the calendar's answer did not arrive. The "
        "slot is reserved for you until then, and the salon will get back to you as soon as "
        "it is settled."
    )
    _true_now(lost["say"], facts)


async def test_a_move_whose_answer_was_lost_names_both_times_in_english(
    open_call, sandbox, monkeypatch
):
    tools, facts = await _english_call(open_call)
    booked = await _book(tools, facts)
    backend = tools.session.deps.backend
    send = backend.reschedule_booking

    async def moved_unseen_and_unreachable(*args, **kwargs):
        await send(*args, **kwargs)
        sandbox.faults.fail_next(10_000, "5xx", GET_BOOKING)
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    monkeypatch.setattr(backend, "reschedule_booking", moved_unseen_and_unreachable)
    try:
        lost = await _move(tools, facts, booked["ref"])
    finally:
        sandbox.faults.clear()

    assert lost["status"] in ("unknown", "not_confirmed_yet"), lost
    assert lost["say"].startswith("I can't confirm the move yet"), lost["say"]
    assert (
        "Whether your appointment stays on Friday, 27 November at 10 am or changes to "
        "Friday, 27 November at 2 pm, the salon will check and get back to you."
    ) in lost["say"]
    _true_now(lost["say"], facts)


async def test_a_cancel_nobody_could_confirm_is_said_open_in_english(open_call, monkeypatch):
    tools, facts = await _english_call(open_call)
    booked = await _book(tools, facts)
    backend = tools.session.deps.backend
    cancel_lands_then_cal_com_goes_away(backend, monkeypatch)
    result = await run(
        tools, facts, "cancel_appointment", {"ref": booked["ref"], "customer_name": "Anna Berg"}
    )

    assert result["status"] == "unknown", result
    assert result["say"] == (
        "I can't confirm the cancellation right now because the calendar is not answering. "
        "The salon will check and get back to you."
    )
    _true_now(result["say"], facts)


# -- through the pipeline: each heard exactly once ---------------------------------------------


def _tool_turn(name: str, arguments: dict, then: str) -> list:
    return [{"tool_calls": [{"name": name, "arguments": arguments}]}, {"say": then}]


def _script(language: str) -> list:
    hold = {**PERM_AT_FABIAN}
    return [
        _tool_turn("check_availability", {**hold, "time": "10:00"}, "Friday at ten is free."),
        _tool_turn(
            "book_appointment",
            {"slot_id": "{check_availability.slot_id}", "customer_name": "Anna Berg"},
            "{say}",  # the model repeats the sentence code has said
        ),
        _tool_turn("check_availability", {**hold, "time": "14:00"}, "Two pm is free too."),
        _tool_turn(
            "reschedule_appointment",
            {
                "ref": "{book_appointment.ref}",
                "slot_id": "{check_availability.slot_id}",
                "customer_name": "Anna Berg",
            },
            "",  # the model says nothing
        ),
        _tool_turn(
            "cancel_appointment",
            {"ref": "{reschedule_appointment.ref}", "customer_name": "Anna Berg"},
            "Done. Anything else?",
        ),
        [{"say": "Goodbye!" if language == "en" else "Auf Wiederhören!"}],
    ]


@pytest.mark.parametrize("language", ["en", "de"])
async def test_each_outcome_is_heard_once_in_the_calls_language(deps, ledger, sandbox, language):
    """Caller books, moves and cancels, then says goodbye; the model repeats the first outcome,
    says nothing after the second and something else after the third. The caller heard each
    outcome's sentence exactly once, in the call's language, then the goodbye summary in it
    once, and the guard blocked nothing."""
    async with TextCall(
        runtime=deps,
        settings=Settings(_env_file=None, language=language),
        caller_phone=CALLER,
        script=_script(language),
    ) as call:
        for text in ("Perm, Fabian, Friday at ten?", "Anna Berg.", "Can it be at two?", "Yes."):
            await call.say(text)
        await call.say("Actually, please cancel it.")
        bye = await call.say("Thanks, goodbye!" if language == "en" else "Danke, tschüss!")
        call_id = call.call_id

    timeline = await ledger.timeline(call_id)
    results = [e.data["result"] for e in timeline if e.kind == "tool_result"]
    says = [r["say"] for r in results if r.get("status") in ("booked", "rescheduled", "cancelled")]
    assert len(says) == 3, results
    said = " ".join(e.data["text"] for e in timeline if e.kind == "bot_said")
    for say in says:
        assert said.count(say) == 1, (say, said)
    summary = {
        "en": "Cancelled: Dauerwelle on Friday, 27 November, 2 pm with Fabian Spitzer, before "
        "that Friday, 27 November, 10 am.",
        "de": "Storniert ist: Dauerwelle am Freitag, 27. November, 14 Uhr bei Fabian Spitzer, "
        "vorher Freitag, 27. November, 10 Uhr.",
    }[language]
    assert bye.text.startswith(summary), bye.text
    assert said.count(summary) == 1, said
    if language == "en":
        assert says[0].startswith("Your appointment is booked: ") and "10 am" in says[0]
        assert "2 pm" in says[1] and says[2].endswith("is cancelled.")
        for say in says:
            _english(say)
    else:
        assert says[0].startswith("Ihr Termin ist gebucht: ") and says[2].endswith("storniert.")
    assert call.result.guard_blocked == []
    # the Friday 10:00 booking (moved away) and the 14:00 one (cancelled): neither stands
    assert [b["status"] for b in sandbox.bookings()] == ["cancelled", "cancelled"]


# -- a message taken for the salon -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "heard"),
    [
        ("callback", "I have noted your message for the salon; the salon will call you back"),
        ("question", "I have noted your question for the salon; the salon will call you back"),
        ("complaint", "I have noted your concern for the salon's management; they will get back"),
        ("data_deletion", "I have noted your request to delete your data for the salon;"),
    ],
)
async def test_a_message_taken_is_confirmed_in_english(open_call, kind, heard):
    """The caller asks for a callback (or leaves a question, a complaint, a request to delete
    their data): the sentence code speaks once it is stored is English, names the number the
    salon calls back on and the time asked for, and is a promise the guard backs."""
    tools, facts = await _english_call(open_call)

    taken = await run(
        tools,
        facts,
        "take_message",
        {"reason": "Price of a perm", "kind": kind, "preferred_time": "tomorrow morning"},
    )

    assert taken["status"] == "taken", taken
    assert taken["say"].startswith(heard), taken["say"]
    assert " on the number you are calling from" in taken["say"]
    if kind != "data_deletion":
        assert taken["say"].endswith(" Your preferred time for the call back: tomorrow morning.")
    _english(taken["say"])
    _true_now(taken["say"], facts)


async def test_a_message_with_another_callback_number_reads_it_back_in_english(open_call):
    tools, facts = await _english_call(open_call)

    taken = await run(
        tools, facts, "take_message", {"reason": "Call back", "phone": "0171 2345678"}
    )

    assert taken["say"] == (
        "I have noted your message for the salon; the salon will call you back on 0171 23 45 67 8."
    )
    _true_now(taken["say"], facts)
