"""When code hangs up after a goodbye, the line first plays what was sent: at most 3 s more.

A caller books Thursday at ten over a Twilio call (a real websocket, Twilio's serializer) and
hears the booking; then says goodbye. The bot answers with the call's summary ("Gebucht ist:
...") and its goodbye, a mark behind each (the summary's as an outcome, the goodbye's as
speech). After the goodbye's silence code hangs up, but only once the line has echoed those
marks, or `PLAYED_WITHIN_SECONDS` (3 s) have passed. The fake Twilio here plays like Twilio
(`tests.line_player`) with a long buffer, so its echo comes late:

- within the wait (1.5 s): the hang-up comes after the echo; the summary is heard
  (`outcome_heard`, tool `summary`) before `call_closed`; no caller notice, nothing `bot_cut`.
- beyond it (8 s): the hang-up comes after 3 s, before the echo; the summary was not heard, but
  the caller heard the booking itself, so it leaves no caller notice (the summary would have told
  them nothing new: callers often hang up on the goodbye, and are not texted what they heard);
  the bot's goodbye is on the timeline as not heard (`bot_cut`, why `call_ended`). A booking
  whose own sentence was not heard does leave one (`tests/test_e2e_outcome_heard.py`).
"""

from __future__ import annotations

import time

import pytest
import websockets

from agent.call_end import PLAYED_WITHIN_SECONDS
from agent.telephony.synthetic_voice import silence, synthetic_speech
from tests.test_agent_outcomes import booked_say
from tests.test_telephony_call import phone_runtime, serving
from tests.test_telephony_heard_marks import (
    PlayingTwilio,
    booking_script,
    books_and_sends_the_outcome,
    has_event,
    playing_twilio_call,
)

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

GOODBYE = "Das war's, danke, tschüss."
BOTS_GOODBYE = "Auf Wiederhören!"
AFTER_GOODBYE_SECONDS = 1.0


@pytest.fixture
async def runtime(clock, tmp_path):
    async with phone_runtime(clock, tmp_path) as rt:
        yield rt


async def goodbye_until_hung_up(call: PlayingTwilio, clock) -> float:
    """The caller, having heard the booking, says goodbye and stays silent; the goodbye's
    silence passes on the call's clock. Returns when our side closed the line (monotonic). No
    wall-clock deadline of its own (a loaded machine takes longer): a call never hung up meets
    the suite's timeout."""
    before = set(call.outcome_marks())
    await call.play(synthetic_speech(seed=7) + silence(0.2))
    while call.ws.state is not websockets.State.CLOSED:
        if set(call.outcome_marks()) - before:  # the summary went out: silence passes
            clock.advance(AFTER_GOODBYE_SECONDS / 2)
        try:
            await call.play(silence(0.1))
        except websockets.ConnectionClosed:
            break
    return time.monotonic()


async def until_heard(call: PlayingTwilio, ledger, call_id: str) -> None:
    """Until the booking was heard (no deadline: one never heard meets the suite's timeout)."""
    while not await has_event(ledger, call_id, "outcome_heard"):
        await call.play(silence(0.1))


async def timeline(ledger, call_id: str) -> list[tuple[str, dict]]:
    return [(e.kind, e.data) for e in await ledger.timeline(call_id)]


def after_the_goodbye(events: list[tuple[str, dict]], kind: str) -> list[dict]:
    """The entries of `kind` since the caller said goodbye (the caller may have talked over
    the greeting: that is cut too, and not what these specs are about)."""
    [said] = [i for i, (k, d) in enumerate(events) if k == "user_said" and d["text"] == GOODBYE]
    return [d for k, d in events[said:] if k == kind]


async def test_an_echo_that_comes_within_the_wait_is_awaited_and_the_summary_is_heard(
    tmp_path, runtime, clock
):
    from agent.server import create_app

    ledger = runtime.ledger
    script = booking_script(
        tmp_path, (GOODBYE, BOTS_GOODBYE), hang_up_after_goodbye_seconds=AFTER_GOODBYE_SECONDS
    )
    app = create_app(script, runtime)
    async with serving(app) as base, playing_twilio_call(base, buffer_seconds=0.2) as call:
        call_id = await books_and_sends_the_outcome(call, ledger)
        await until_heard(call, ledger, call_id)
        call.buffer_seconds = 1.5  # what is sent from now on plays 1.5 s late
        closed_at = await goodbye_until_hung_up(call, clock)

    [_, summary] = call.outcome_marks()
    echo = call.echo_of(summary)
    assert echo is not None and echo.why == "played"
    # Twilio played it late: 1.5 s behind its audio (the mark may leave a little after the
    # last audio on a loaded machine, so measured from the mark it can be a bit less)...
    assert echo.at - call.marks_at[summary] >= 1.0
    assert closed_at >= echo.at  # ...and the hang-up waited for it
    events = await timeline(ledger, call_id)
    kinds = [kind for kind, _ in events]
    [heard_at] = [
        i for i, (k, d) in enumerate(events) if k == "outcome_heard" and d["tool"] == "summary"
    ]
    assert heard_at < kinds.index("call_closed")
    said = [d["text"] for k, d in events if k == "outcome_heard" and d["tool"] == "summary"]
    assert said[0].startswith("Gebucht ist:")
    assert after_the_goodbye(events, "bot_cut") == []
    assert "caller_must_be_told" not in kinds
    assert await ledger.open_caller_notices(call_id=call_id) == []
    assert [d["reason"] for k, d in events if k == "call_closed"] == ["goodbye"]


async def test_an_echo_beyond_the_wait_is_not_awaited_and_an_unheard_summary_of_a_heard_booking_leaves_no_notice(
    tmp_path, runtime, clock
):
    from agent.server import create_app

    ledger = runtime.ledger
    script = booking_script(
        tmp_path, (GOODBYE, BOTS_GOODBYE), hang_up_after_goodbye_seconds=AFTER_GOODBYE_SECONDS
    )
    app = create_app(script, runtime)
    async with serving(app) as base, playing_twilio_call(base, buffer_seconds=0.2) as call:
        call_id = await books_and_sends_the_outcome(call, ledger)
        await until_heard(call, ledger, call_id)
        call.buffer_seconds = 8.0  # far longer than the hang-up waits
        closed_at = await goodbye_until_hung_up(call, clock)

    [booking, summary] = call.outcome_marks()
    [goodbye] = [m for m in call.speech_marks() if call.marks_at[m] > call.marks_at[booking]]
    assert call.echo_of(summary) is None and call.echo_of(goodbye) is None  # never played
    waited = closed_at - call.marks_at[summary]
    assert PLAYED_WITHIN_SECONDS <= waited < 8.0  # waited its 3 s, not for the echo

    say = await booked_say(ledger, call_id)
    events = await timeline(ledger, call_id)
    heard = [(d["tool"], d["text"]) for k, d in events if k == "outcome_heard"]
    assert heard == [("book_appointment", say)]  # the booking was; the summary was not
    assert [d for k, d in events if k == "caller_must_be_told"] == []
    assert await ledger.open_caller_notices(call_id=call_id) == []
    cut = after_the_goodbye(events, "bot_cut")
    assert cut == [{"text": BOTS_GOODBYE, "played": None, "why": "call_ended"}]
