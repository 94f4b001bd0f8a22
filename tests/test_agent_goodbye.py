"""The last word is the calendar's. When the call is ending (the caller says goodbye, the bot
says goodbye, or the agent ends the call) the caller hears one short summary of what this call
changed, composed by code from the ledger: before the bot's goodbye, or at the end of its reply
to the caller's goodbye at the latest. Once; again only if something changed after it."""

from __future__ import annotations

import pytest

from agent.call import TextCall
from agent.config import Settings
from tests.filler import QUIET_TOOLS
from tests.test_agent_call import ASK_FRIDAY_TEN, BOOK_IT, CALLER
from tools.deps import BookingDeps

BOOKED_FRIDAY = "Gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer."
NOTHING_HELD = "Heute wurde nichts gebucht; der reservierte Termin wird wieder freigegeben."
NOTHING_FREED = "Heute wurde nichts gebucht; der reservierte Termin ist wieder frei."
BYE = [{"say": "Vielen Dank für Ihren Anruf, auf Wiederhören!"}]


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(
        backend=calendar,
        ledger=ledger,
        clock=clock,
        salon=salon,
        hold_minutes=10,
        lost_answer_settle_seconds=0.0,
    )


def settings(language: str = "de") -> Settings:
    return Settings(_env_file=None, language=language, filler_after_seconds=QUIET_TOOLS)


async def test_a_caller_who_says_goodbye_after_booking_hears_what_is_booked_first(deps):
    script = [ASK_FRIDAY_TEN, BOOK_IT, BYE]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        bye = await call.say("Super, danke. Tschüss!")
        messages = [m for m in call.pipeline.context.messages if isinstance(m, dict)]

    assert bye.text == f"{BOOKED_FRIDAY} Vielen Dank für Ihren Anruf, auf Wiederhören!"
    # The model was told before answering that the system sums up, so it does not.
    notes = [m["content"] for m in messages if m.get("role") == "developer"]
    assert any("fasst das System ihm selbst zusammen" in n for n in notes)


async def test_booking_and_goodbye_in_one_breath_ends_with_the_booking(deps):
    script = [ASK_FRIDAY_TEN, [BOOK_IT[0], {"say": "Danke, auf Wiederhören!"}]]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        bye = await call.say("Anna Berg, ja bitte buchen. Tschüss!")
        call_id = call.call_id

    say = next(
        e.data["result"]["say"]
        for e in await deps.ledger.timeline(call_id)
        if e.kind == "tool_result" and e.data["tool"] == "book_appointment"
    )
    assert bye.text == f"{say} {BOOKED_FRIDAY} Danke, auf Wiederhören!"


async def test_a_reply_to_a_goodbye_without_one_of_its_own_ends_with_the_summary(deps):
    script = [ASK_FRIDAY_TEN, BOOK_IT, [{"say": "Sehr gern."}]]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        bye = await call.say("Danke, das war's.")

    assert bye.text == f"Sehr gern. {BOOKED_FRIDAY}"


async def test_a_declined_hold_ends_with_nothing_booked(deps, sandbox):
    release = {"tool_calls": [{"name": "release_hold", "arguments": {}}]}
    script = [ASK_FRIDAY_TEN, [release, {"say": "Schade. Auf Wiederhören!"}]]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        bye = await call.say("Ach nein, lieber doch nicht. Tschüss.")

    assert bye.text == f"Schade. {NOTHING_FREED} Auf Wiederhören!"
    assert sandbox.active_reservations() == []


async def test_a_hold_left_standing_at_the_goodbye_is_said_to_be_released(deps, sandbox):
    script = [ASK_FRIDAY_TEN, [{"say": "Schade. Auf Wiederhören!"}]]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        bye = await call.say("Ach nein, lieber doch nicht. Tschüss.")

    assert bye.text == f"Schade. {NOTHING_HELD} Auf Wiederhören!"
    assert sandbox.active_reservations() == []  # and so it is, once the call has ended


async def test_a_failed_booking_ends_with_what_failed(deps, sandbox):
    sandbox.faults.fail_next(1, "400", endpoint="POST /v2/bookings")  # Cal.com refuses
    script = [ASK_FRIDAY_TEN, [BOOK_IT[0], {"say": "Das hat leider nicht geklappt."}], BYE]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        bye = await call.say("Dann eben nicht, auf Wiederhören.")

    assert bye.text == (
        "Nicht gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer. "
        "Vielen Dank für Ihren Anruf, auf Wiederhören!"
    )
    assert sandbox.bookings() == []


async def test_a_booking_whose_answer_was_lost_ends_with_what_is_still_open(deps, sandbox):
    """Cal.com may still carry the request out: neither "gebucht" nor "nicht gebucht"."""
    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings")  # the answer is lost
    script = [ASK_FRIDAY_TEN, [BOOK_IT[0], {"say": "Einen Moment."}], BYE]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        bye = await call.say("Gut, dann auf Wiederhören.")

    assert bye.text == (
        "Noch offen ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer; "
        "der Salon prüft das und meldet sich bei Ihnen. "
        "Vielen Dank für Ihren Anruf, auf Wiederhören!"
    )
    assert sandbox.bookings() == []


async def test_the_bots_goodbye_comes_after_the_summary_and_is_not_repeated(deps):
    script = [
        ASK_FRIDAY_TEN,
        BOOK_IT,
        [{"say": "Gern geschehen. Einen schönen Tag noch, auf Wiederhören!"}],
        BYE,
    ]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        thanks = await call.say("Nein, danke.")
        bye = await call.say("Tschüss!")  # nothing changed since: no second summary

    assert (
        thanks.text == f"Gern geschehen. {BOOKED_FRIDAY} Einen schönen Tag noch, auf Wiederhören!"
    )
    assert bye.text == "Vielen Dank für Ihren Anruf, auf Wiederhören!"


async def test_a_change_after_the_summary_gets_a_new_one(deps):
    script = [
        ASK_FRIDAY_TEN,
        [{"say": "Gern. Auf Wiederhören!"}],
        BOOK_IT,
        BYE,
    ]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        first = await call.say("Ich überlege noch. Tschüss!")
        await call.say("Ach warten Sie, doch buchen, auf Anna Berg.")
        second = await call.say("Danke, tschüss!")

    assert first.text == f"Gern. {NOTHING_HELD} Auf Wiederhören!"
    assert second.text == f"{BOOKED_FRIDAY} Vielen Dank für Ihren Anruf, auf Wiederhören!"


async def test_when_the_agent_ends_the_call_the_caller_hears_the_summary_last(deps, ledger):
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=[ASK_FRIDAY_TEN, BOOK_IT]
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        call_id = call.call_id
        result = await call.end_call()

    assert result.reason == "hangup"
    assert call.heard[-1].text == BOOKED_FRIDAY
    said = [e.data["text"] for e in await ledger.timeline(call_id) if e.kind == "bot_said"]
    assert said[-1] == BOOKED_FRIDAY


async def test_an_english_call_ends_with_an_english_summary(deps):
    script = [ASK_FRIDAY_TEN, BOOK_IT, [{"say": "Thank you for calling, goodbye!"}]]
    async with TextCall(
        runtime=deps, settings=settings("en"), caller_phone=CALLER, script=script
    ) as call:
        await call.say("A perm with Fabian on Friday at ten.")
        await call.say("Anna Berg.")
        bye = await call.say("Great, thanks. Bye!")

    assert bye.text == (
        "Booked: Dauerwelle on Friday, 27 November, 10 am with Fabian Spitzer. "
        "Thank you for calling, goodbye!"
    )
