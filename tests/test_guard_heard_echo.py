"""The rule for a telephony provider's echo of an outcome's mark (`OutcomeHearing.echoed`).

Twilio echoes a mark once the audio before it has played, and every pending mark at once when
it gets our `clear`. An outcome is heard by the echo of its latest sending while it is still
sent; once the caller's interruption cut it (which happens before our `clear` goes out), an
echo is the clear's and counts for nothing; an echo of an earlier sending of an outcome said
again counts for nothing either.
"""

from __future__ import annotations

import asyncio
from typing import Any

from agent.guard.heard import Heard, LineMark, OutcomeHearing
from tests.waiting import PATIENCE_SECONDS

SAY = "Ihr Termin ist gebucht."


def hearing_with_log() -> tuple[OutcomeHearing, list[tuple[str, dict[str, Any]]]]:
    events: list[tuple[str, dict[str, Any]]] = []

    async def log(kind: str, **data: Any) -> None:
        events.append((kind, data))

    return OutcomeHearing(log=log), events


async def test_the_echo_of_a_sent_outcomes_mark_makes_it_heard_once():
    hearing, events = hearing_with_log()
    outcome = hearing.expect(SAY)
    mark = hearing.sent(outcome)

    await hearing.echoed(LineMark(label=mark.label))
    await hearing.echoed(LineMark(label=mark.label))  # echoed twice: heard once

    assert outcome.state is Heard.HEARD
    assert [kind for kind, _ in events] == ["outcome_heard"]


async def test_an_echo_after_the_interruption_cut_the_outcome_counts_for_nothing():
    hearing, events = hearing_with_log()
    outcome = hearing.expect(SAY)
    mark = hearing.sent(outcome)

    await hearing.interrupted()  # the caller talked over it; our clear goes out after this
    await hearing.echoed(LineMark(label=mark.label))  # Twilio echoes the pending mark on clear

    assert outcome.state is Heard.CUT
    assert hearing.unheard() == [outcome]
    assert [kind for kind, _ in events] == ["outcome_cut"]


async def test_only_the_echo_of_the_latest_sending_of_an_outcome_said_again_counts():
    hearing, events = hearing_with_log()
    outcome = hearing.expect(SAY)
    first = hearing.sent(outcome)
    await hearing.interrupted()
    [again] = hearing.repeats()
    second = hearing.sent(again)

    await hearing.echoed(LineMark(label=first.label))  # the clear's echo, arriving late
    assert outcome.state is Heard.SENT
    await hearing.echoed(LineMark(label=second.label))

    assert first.label != second.label
    assert outcome.state is Heard.HEARD
    assert [(kind, data["repeated"]) for kind, data in events] == [
        ("outcome_cut", False),
        ("outcome_heard", True),
    ]


async def test_an_echo_of_a_mark_no_outcome_carries_is_ignored():
    hearing, events = hearing_with_log()
    outcome = hearing.expect(SAY)
    hearing.sent(outcome)

    await hearing.echoed(LineMark(label="answer-played"))

    assert outcome.state is Heard.SENT and events == []


async def test_the_hang_up_waits_for_the_echo_of_an_outcome_still_playing():
    """`settled`: code hangs up once no outcome sent is still waiting for its echo."""
    hearing, _ = hearing_with_log()
    mark = hearing.sent(hearing.expect(SAY))

    waiting = asyncio.create_task(hearing.settled(within=PATIENCE_SECONDS))
    await asyncio.sleep(0.05)
    assert not waiting.done()  # Twilio has not played it yet
    await hearing.echoed(LineMark(label=mark.label))

    assert await asyncio.wait_for(waiting, PATIENCE_SECONDS) is True


async def test_the_hang_up_waits_for_an_echo_only_so_long():
    hearing, _ = hearing_with_log()
    hearing.sent(hearing.expect(SAY))

    assert await hearing.settled(within=0.1) is False
    cut, _ = hearing_with_log()
    cut.sent(cut.expect(SAY))
    await cut.interrupted()
    assert await cut.settled(within=0.0) is True  # a cut outcome waits for nothing
