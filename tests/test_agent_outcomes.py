"""Outcomes are spoken by code. The sentence Cal.com's answer was turned into (a tool result's
`say`) reaches the caller verbatim, exactly once, whatever the model does with it: says nothing,
paraphrases it, or repeats it. The model is told the caller heard it. And what the ledger holds
stays true for the rest of the call: "wirklich gebucht?" a turn later gets a true "Ja"."""

from __future__ import annotations

import json

import pytest

from agent.call import TextCall
from agent.config import Settings
from agent.tool_wiring import SAID_NOTE
from tests.conftest import berlin
from tests.test_agent_call import ASK_FRIDAY_TEN, CALLER
from tests.tools_fixtures import book_on_the_web
from tools.deps import BookingDeps

# what the caller hears of an outcome, not whether a slow machine also earned the filler
# (tests/test_agent_filler.py specifies that)
QUIET = Settings(_env_file=None, filler_after_seconds=30)


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


def book_then(*follow_up: dict) -> list[dict]:
    """The caller gave their name: the model books, then says `follow_up`."""
    call = {
        "name": "book_appointment",
        "arguments": {"slot_id": "{check_availability.slot_id}", "customer_name": "Anna Berg"},
    }
    return [{"tool_calls": [call]}, *follow_up]


async def booked_say(ledger, call_id: str) -> str:
    results = [e.data["result"] for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    return next(r["say"] for r in results if r["status"] == "booked")


def tool_messages(call: TextCall) -> list[dict]:
    messages = call.pipeline.context.messages
    return [
        json.loads(m["content"])
        for m in messages
        if isinstance(m, dict) and m.get("role") == "tool"
    ]


async def test_a_model_that_says_nothing_after_booking_still_lets_the_caller_hear_it(deps, ledger):
    script = [ASK_FRIDAY_TEN, book_then({"say": ""})]
    async with TextCall(runtime=deps, settings=QUIET, caller_phone=CALLER, script=script) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id

    assert reply.text == await booked_say(ledger, call_id)


async def test_a_paraphrase_comes_after_the_calendars_own_sentence(deps, ledger):
    paraphrase = "Prima, Sie sind für Freitag um zehn eingetragen. Kann ich sonst noch etwas tun?"
    script = [ASK_FRIDAY_TEN, book_then({"say": paraphrase})]
    async with TextCall(runtime=deps, settings=QUIET, caller_phone=CALLER, script=script) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id
        told = tool_messages(call)[-1]

    say = await booked_say(ledger, call_id)
    assert reply.text == f"{say} {paraphrase}"  # true, so it passes; the say is heard once
    assert told["status"] == "booked" and told["said_to_caller"]  # the model knows it was said
    assert call.result.guard_blocked == []


async def test_a_model_that_repeats_the_sentence_is_heard_once(deps, ledger):
    script = [ASK_FRIDAY_TEN, book_then({"say": "{say} Kann ich sonst noch etwas für Sie tun?"})]
    async with TextCall(runtime=deps, settings=QUIET, caller_phone=CALLER, script=script) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id

    say = await booked_say(ledger, call_id)
    assert reply.text == f"{say} Kann ich sonst noch etwas für Sie tun?"
    said = [e.data["text"] for e in await ledger.timeline(call_id) if e.kind == "bot_said"]
    assert sum(s.count(say) for s in said) == 1


async def test_asked_wirklich_gebucht_a_turn_later_the_caller_hears_a_true_yes(deps, ledger):
    script = [
        ASK_FRIDAY_TEN,
        book_then({"say": "{say}"}),
        [{"say": "Ja, Ihr Termin ist gebucht. Sie müssen nichts weiter tun."}],
    ]
    async with TextCall(runtime=deps, settings=QUIET, caller_phone=CALLER, script=script) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        sure = await call.say("Ist das jetzt wirklich gebucht?")

    assert sure.text == "Ja, Ihr Termin ist gebucht. Sie müssen nichts weiter tun."
    assert call.result.guard_blocked == []


async def test_a_cancellation_is_heard_once_even_if_the_model_says_nothing(
    deps, calendar, sandbox, ledger
):
    await book_on_the_web(
        calendar, stylist="Sophie Brandt", service="faerben", start=berlin(2026, 11, 26, 11, 0)
    )
    script = [
        [
            {"tool_calls": [{"name": "find_my_appointments", "arguments": {}}]},
            {"say": "Ich sehe Ihren Termin am Donnerstag um elf. Soll ich ihn stornieren?"},
        ],
        [
            {
                "tool_calls": [
                    {
                        "name": "cancel_appointment",
                        "arguments": {
                            "ref": "{find_my_appointments.appointments.0.ref}",
                            "customer_name": "Erika Muster",
                        },
                    }
                ]
            },
            {"say": ""},
        ],
    ]
    async with TextCall(runtime=deps, settings=QUIET, caller_phone=CALLER, script=script) as call:
        await call.say("Ich möchte meinen Termin absagen.")
        reply = await call.say("Ja, bitte.")
        call_id = call.call_id

    results = [e.data["result"] for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    cancelled = next(r for r in results if r["status"] == "cancelled")
    assert reply.text == cancelled["say"]
    assert [b["status"] for b in sandbox.bookings()] == ["cancelled"]


async def test_an_english_call_hears_the_outcome_once_too(deps, ledger):
    script = [ASK_FRIDAY_TEN, book_then({"say": "{say} Anything else?"})]
    async with TextCall(
        runtime=deps,
        settings=Settings(_env_file=None, language="en", filler_after_seconds=30),
        caller_phone=CALLER,
        script=script,
    ) as call:
        await call.say("A perm with Fabian on Friday at ten.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id
        told = tool_messages(call)[-1]

    assert reply.text == f"{await booked_say(ledger, call_id)} Anything else?"
    assert told["said_to_caller"] == SAID_NOTE["en"]
