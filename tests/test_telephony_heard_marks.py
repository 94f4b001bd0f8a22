"""On a Twilio call an outcome is heard when Twilio has played it, not when we sent its audio.

Twilio plays the bot's audio from a queue, behind a jitter buffer: the last chunk of a sentence
is sent well before it is heard. Code's voice sends a Media Streams `mark` right behind each
outcome's audio, and Twilio echoes it once the audio before it has played; our `clear` (the
caller talked over the bot) drops what is queued and echoes every pending mark at once. The
websocket client here plays like Twilio: it queues the bot's audio, plays it at real time behind
a buffer (`buffer_seconds`, made long so the gap is seen), echoes each mark when the audio before
it has played, and echoes pending marks at once on `clear`.

A booking whose mark Twilio echoes after playing it is heard once; one the caller cuts off
after all of it was sent, before Twilio played it, is cut (its mark's echo after our clear
counts for nothing) and said once more at the caller's pause; one still queued at Twilio when
the caller hangs up leaves a notice. Telnyx documents the same marks (its media streaming
reference: a mark comes back once the media before it has played; a `clear` returns the queued
ones), and a Telnyx call is heard by their echo the same way.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import pytest
import websockets

from agent.telephony.synthetic_voice import mulaw, silence, synthetic_speech
from tests.line_player import PlaysLikeTheLine
from tests.standin_scripts import OFFER_THURSDAY_TEN, thursday_ten_script
from tests.test_agent_outcomes import booked_say
from tests.test_telephony_call import (
    CALLER,
    TwilioMediaStream,
    bot_said,
    call_of,
    phone_runtime,
    phone_settings,
    post_voice,
    serving,
    stream_of,
    until,
    voice_form,
)
from tests.test_telephony_telnyx import TelnyxMediaStream, telnyx_url

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

NAME = "Anna Berg."
TALKS_OVER = "Moment, wie bitte?"
AFTER_CUT = "Gerne."


@pytest.fixture
async def runtime(clock, tmp_path):
    async with phone_runtime(clock, tmp_path) as rt:
        yield rt


@dataclass
class PlayingTwilio(TwilioMediaStream, PlaysLikeTheLine):
    """Twilio's side of a Media Streams websocket, with Twilio's player (`tests.line_player`)."""

    buffer_seconds: float = 0.2

    def __post_init__(self) -> None:
        self._start_playing(self.buffer_seconds)

    async def listen(self) -> None:
        echoer = asyncio.create_task(self._echo_played())
        try:
            async for raw in self.ws:
                message = json.loads(raw)
                now = time.monotonic()
                self.received.append(message)
                self.received_at.append(now)
                await self._play(message, now)
        except websockets.ConnectionClosed:
            pass
        finally:
            echoer.cancel()

    async def _send_echo(self, name: str) -> None:
        await self.mark(name)


@asynccontextmanager
async def playing_twilio_call(base: str, *, buffer_seconds: float) -> AsyncIterator[PlayingTwilio]:
    """A call as Twilio places it (signed voice webhook, then its stream), played by Twilio."""
    form = voice_form()
    response = await post_voice(base, form)
    assert response.status_code == 200, response.text
    url, parameters = stream_of(response.text)
    async with websockets.connect(url) as ws:
        call = PlayingTwilio(
            ws, None, call_sid=form["CallSid"], parameters=parameters, buffer_seconds=buffer_seconds
        )
        listener = asyncio.create_task(call.listen())
        await call.connect()
        try:
            yield call
        finally:
            await ws.close()
            await listener


def booking_script(tmp_path, *more: tuple[str, str], **overrides):
    """The caller asks for Thursday at ten, gives the name, the booking is said by code; then
    each (transcript, reply) of `more`."""
    script = thursday_ten_script(name_said=NAME, customer_name="Anna Berg")
    for transcript, reply in more:
        script["transcripts"].append(transcript)
        script["turns"].append([{"say": reply}])
    path = tmp_path / "booking.yaml"
    path.write_text(json.dumps(script, ensure_ascii=False), encoding="utf-8")
    return phone_settings(tmp_path, standin_script=path, **overrides)


async def outcome_events(ledger, call_id: str) -> list[tuple[str, str, bool]]:
    return [
        (e.kind, e.data["text"], e.data["repeated"])
        for e in await ledger.timeline(call_id)
        if e.kind in ("outcome_heard", "outcome_cut")
    ]


async def has_event(ledger, call_id: str, kind: str) -> bool:
    return any(e.kind == kind for e in await ledger.timeline(call_id))


async def books_and_sends_the_outcome(call: PlayingTwilio, ledger) -> str:
    """The caller asks, hears the slot held, gives the name; returns once the booking's whole
    sentence was sent to Twilio, its mark behind it (the call's id)."""
    await call.play(silence(0.3) + synthetic_speech() + silence(0.2))
    record = await call_of_when_there(ledger)

    async def offered() -> bool:
        return OFFER_THURSDAY_TEN in await bot_said(ledger, record.call_id)

    await until(offered, feed=lambda: call.play(silence(0.2)))
    await call.play(synthetic_speech(seed=3) + silence(0.2))
    await until(lambda: call.outcome_marks(), feed=lambda: call.play(silence(0.1)))
    return record.call_id


async def call_of_when_there(ledger):
    async def there() -> bool:
        return bool([c for c in await ledger.recent_calls() if c.mode == "twilio"])

    await until(there)
    return await call_of(ledger, "twilio")


async def test_a_booking_is_heard_once_when_twilio_echoes_its_mark_after_playing_it(
    tmp_path, runtime
):
    from agent.server import create_app

    ledger = runtime.ledger
    app = create_app(booking_script(tmp_path), runtime)
    async with serving(app) as base, playing_twilio_call(base, buffer_seconds=2.0) as call:
        call_id = await books_and_sends_the_outcome(call, ledger)
        [mark] = call.outcome_marks()
        # all of it was sent, none of it played yet: not heard
        assert not await has_event(ledger, call_id, "outcome_heard")
        await until(
            lambda: has_event(ledger, call_id, "outcome_heard"),
            feed=lambda: call.play(silence(0.1)),
        )
        [echo] = [e for e in call.echoes if e.name == mark]
        await call.play(silence(0.5))
        await call.stop()
        await until(lambda: call.ws.state is websockets.State.CLOSED)

    say = await booked_say(ledger, call_id)
    assert echo.why == "played"
    assert echo.at - call.marks_at[mark] >= 2.0  # Twilio's buffer: heard well after it was sent
    assert await outcome_events(ledger, call_id) == [("outcome_heard", say, False)]
    assert call.clears_since(mark) == []
    assert await ledger.open_caller_notices(call_id=call_id) == []


async def test_a_booking_sent_whole_but_cut_off_before_twilio_played_it_is_said_once_more(
    tmp_path, runtime
):
    """All of the booking's sentence was sent (the mark passed our output) when the caller
    talked over it; Twilio had not played its end. Our clear makes Twilio echo the mark at
    once: that echo is no proof of hearing. The sentence is cut and said once more, whole,
    when the caller pauses, and heard when Twilio echoes the new mark after playing it."""
    from agent.server import create_app

    ledger = runtime.ledger
    app = create_app(booking_script(tmp_path, (TALKS_OVER, AFTER_CUT)), runtime)
    async with serving(app) as base, playing_twilio_call(base, buffer_seconds=3.0) as call:
        call_id = await books_and_sends_the_outcome(call, ledger)
        [first] = call.outcome_marks()
        await call.play(synthetic_speech(seed=5) + silence(0.2))  # talks over the booking
        await until(lambda: call.clears_since(first), feed=lambda: call.play(silence(0.1)))
        call.buffer_seconds = 0.2  # the sentence said again plays without a long wait
        await until(
            lambda: has_event(ledger, call_id, "outcome_heard"),
            feed=lambda: call.play(silence(0.1)),
        )
        await call.play(silence(0.3))
        await call.stop()
        await until(lambda: call.ws.state is websockets.State.CLOSED)

    say = await booked_say(ledger, call_id)
    first_echo, *later = [e for e in call.echoes if e.name.startswith("heard-")]
    # the mark was sent (the old "heard") before the clear, and echoed only because of it
    assert call.clears_since(first)
    assert (first_echo.name, first_echo.why) == (first, "cleared")
    [second] = [name for name in call.outcome_marks() if name != first]
    assert [(e.name, e.why) for e in later] == [(second, "played")]
    assert await outcome_events(ledger, call_id) == [
        ("outcome_cut", say, False),
        ("outcome_heard", say, True),
    ]
    said = await bot_said(ledger, call_id)
    assert said[-2:] == [say, AFTER_CUT]  # said again whole, before the reply to the turn
    assert await ledger.open_caller_notices(call_id=call_id) == []


async def test_the_models_reply_sent_whole_but_cut_off_before_twilio_played_it_is_not_heard(
    tmp_path, runtime
):
    """The offer was sent whole (pipecat's transcript has it, not interrupted) when the caller
    talked over it; Twilio had not played it. The timeline says so: `bot_cut`, talked over, not
    heard. It is not said again (the model answers the turn)."""
    from agent.server import create_app

    ledger = runtime.ledger
    app = create_app(booking_script(tmp_path), runtime)
    async with serving(app) as base, playing_twilio_call(base, buffer_seconds=3.0) as call:
        await call.play(silence(0.3) + synthetic_speech() + silence(0.2))
        record = await call_of_when_there(ledger)

        def after_the_greeting() -> list[str]:
            """Speech marks of what came after the greeting (the first words the hearing
            expected: `said-1-…`, if the caller let it be sent whole)."""
            return [m for m in call.speech_marks() if int(m.split("-")[1]) > 1]

        async def offer_sent() -> bool:
            said = OFFER_THURSDAY_TEN in await bot_said(ledger, record.call_id)
            return said and bool(after_the_greeting())

        await until(offer_sent, feed=lambda: call.play(silence(0.1)))
        [offer_mark] = after_the_greeting()
        await call.play(synthetic_speech(seed=3) + silence(0.2))  # talks over it
        await until(lambda: call.clears_since(offer_mark), feed=lambda: call.play(silence(0.1)))
        await call.play(silence(0.3))
        await call.stop()
        await until(lambda: call.ws.state is websockets.State.CLOSED)

    events = [(e.kind, e.data) for e in await ledger.timeline(record.call_id)]
    [sent] = [d for k, d in events if k == "bot_said" and d["text"] == OFFER_THURSDAY_TEN]
    assert sent["interrupted"] is False  # all of it had left for Twilio
    cut = [d for k, d in events if k == "bot_cut" and d["text"] == OFFER_THURSDAY_TEN]
    assert cut == [{"text": OFFER_THURSDAY_TEN, "played": None, "why": "talked_over"}]
    echo = call.echo_of(offer_mark)
    assert echo is not None and echo.why == "cleared"  # the clear's echo: no proof of hearing
    said = [d["text"] for k, d in events if k == "bot_said"]
    assert said.count(OFFER_THURSDAY_TEN) == 1  # not said again


async def test_a_booking_twilio_had_not_played_when_the_caller_hung_up_leaves_a_notice(
    tmp_path, runtime
):
    from agent.server import create_app

    ledger = runtime.ledger
    app = create_app(booking_script(tmp_path), runtime)
    async with serving(app) as base, playing_twilio_call(base, buffer_seconds=3.0) as call:
        call_id = await books_and_sends_the_outcome(call, ledger)
        await call.stop()  # the line drops while Twilio still has the sentence queued
        await until(lambda: call.ws.state is websockets.State.CLOSED)

    say = await booked_say(ledger, call_id)
    assert not any(e.name.startswith("heard-") for e in call.echoes)
    assert await outcome_events(ledger, call_id) == []
    [appointment] = await ledger.appointments_for_call(call_id)
    [notice] = await ledger.open_caller_notices(call_id=call_id)
    assert (notice.appointment_id, notice.outcome) == (appointment.id, "confirmed")
    [told] = [e.data for e in await ledger.timeline(call_id) if e.kind == "caller_must_be_told"]
    assert told["reason"] == "not_heard" and told["text"] == say


async def test_an_echo_that_is_not_the_outcomes_latest_mark_counts_for_nothing(tmp_path, runtime):
    """A mark name Twilio echoes that no outcome carries (a stale or foreign one) is ignored:
    the booking is heard only by its own mark's echo."""
    from agent.server import create_app

    ledger = runtime.ledger
    app = create_app(booking_script(tmp_path), runtime)
    async with serving(app) as base, playing_twilio_call(base, buffer_seconds=3.0) as call:
        call_id = await books_and_sends_the_outcome(call, ledger)
        [mark] = call.outcome_marks()
        await call.mark(mark + "0")  # not its name
        await call.mark("answer-played")
        await call.play(silence(0.5))
        assert not await has_event(ledger, call_id, "outcome_heard")
        await call.stop()
        await until(lambda: call.ws.state is websockets.State.CLOSED)

    assert await outcome_events(ledger, call_id) == []
    assert len(await ledger.open_caller_notices(call_id=call_id)) == 1


# -- Telnyx: heard when Telnyx echoes the mark -------------------------------------------------


class PlayingTelnyx(TelnyxMediaStream, PlaysLikeTheLine):
    """Telnyx's side of a media streaming websocket, with its player (`tests.line_player`):
    marks come back, in Telnyx's format, once the media before them has played."""

    def __init__(self, ws, caller: str, *, buffer_seconds: float = 0.2):
        super().__init__(ws, caller)
        self.bot_audio = bytearray()
        self._start_playing(buffer_seconds)

    async def listen(self) -> None:
        echoer = asyncio.create_task(self._echo_played())
        try:
            async for raw in self.ws:
                message = json.loads(raw)
                self.received.append(message)
                await self._play(message, time.monotonic())
        except websockets.ConnectionClosed:
            pass
        finally:
            echoer.cancel()

    async def _send_echo(self, name: str) -> None:
        message = {
            "event": "mark",
            "sequence_number": self._next(),
            "stream_id": self.stream_id,
            "mark": {"name": name},
        }
        await self.ws.send(json.dumps(message))


@asynccontextmanager
async def playing_telnyx_call(base: str, *, buffer_seconds: float) -> AsyncIterator[PlayingTelnyx]:
    async with websockets.connect(telnyx_url(base)) as ws:
        call = PlayingTelnyx(ws, CALLER, buffer_seconds=buffer_seconds)
        listener = asyncio.create_task(call.listen())
        await call.connect()
        try:
            yield call
        finally:
            await ws.close()
            await listener


async def speak_to_telnyx(call: TelnyxMediaStream, pcm: bytes) -> None:
    """Caller audio as Telnyx sends it: 20 ms mu-law chunks at real-time pace."""
    audio = mulaw(pcm)
    for offset in range(0, len(audio), 160):
        payload = base64.b64encode(audio[offset : offset + 160]).decode()
        message = {
            "event": "media",
            "sequence_number": call._next(),
            "media": {"track": "inbound", "chunk": "1", "timestamp": "0", "payload": payload},
            "stream_id": call.stream_id,
        }
        await call.ws.send(json.dumps(message))
        await asyncio.sleep(0.02)


async def test_on_telnyx_a_booking_is_heard_once_when_telnyx_echoes_its_mark_after_playing_it(
    tmp_path, runtime
):
    from agent.server import create_app

    ledger = runtime.ledger
    app = create_app(booking_script(tmp_path), runtime)
    async with serving(app) as base, playing_telnyx_call(base, buffer_seconds=2.0) as call:
        await speak_to_telnyx(call, silence(0.3) + synthetic_speech() + silence(0.2))

        async def there() -> bool:
            return bool([c for c in await ledger.recent_calls() if c.mode == "telnyx"])

        await until(there)
        record = await call_of(ledger, "telnyx")

        async def offered() -> bool:
            return OFFER_THURSDAY_TEN in await bot_said(ledger, record.call_id)

        await until(offered, feed=lambda: call.media(0.2))
        await speak_to_telnyx(call, synthetic_speech(seed=3) + silence(0.2))
        await until(lambda: call.outcome_marks(), feed=lambda: call.media(0.1))
        [mark] = call.outcome_marks()
        # all of it was sent, none of it played yet: not heard
        assert not await has_event(ledger, record.call_id, "outcome_heard")
        await until(
            lambda: has_event(ledger, record.call_id, "outcome_heard"),
            feed=lambda: call.media(0.1),
        )
        echo = call.echo_of(mark)
        await call.media(0.3)
        await call.stop()

    say = await booked_say(ledger, record.call_id)
    assert echo is not None and echo.why == "played"
    assert echo.at - call.marks_at[mark] >= 2.0  # heard when Telnyx played it, not when sent
    assert await outcome_events(ledger, record.call_id) == [("outcome_heard", say, False)]
    assert await ledger.open_caller_notices(call_id=record.call_id) == []
