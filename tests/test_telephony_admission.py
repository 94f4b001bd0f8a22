"""Admission: one process takes a limited number of calls at once. A caller over the limit hears
a short apology (or is put through to the salon) instead of a call that degrades everyone's;
the admitted calls go on as before, and /healthz tells a load balancer the process is full."""

from __future__ import annotations

import contextlib
from xml.etree import ElementTree

import httpx
import pytest
import websockets

from agent.config import Settings
from agent.telephony.admission import Admission, call_limit
from tests.test_telephony_call import (
    CALLER,
    TwilioMediaStream,
    asks_and_is_answered,
    call_of,
    capture_logs,
    closed_by_server,
    errors_in,
    minted_token,
    phone_runtime,
    phone_settings,
    post_voice,
    raw_twilio_stream,
    serving,
    silence,
    stream_of,
    twilio_call,
    until,
    voice_form,
)
from tests.test_telephony_telnyx import telnyx_call


@pytest.fixture
async def runtime(clock, tmp_path):
    async with phone_runtime(clock, tmp_path) as rt:
        yield rt


@pytest.fixture
def logs():
    with capture_logs() as lines:
        yield lines


# -- the limit and its places ------------------------------------------------------------------


@pytest.mark.parametrize(("cores", "limit"), [(1, 10), (2, 20), (4, 40), (16, 160)])
def test_the_default_limit_is_the_measured_calls_per_core_times_the_cores(cores, limit):
    """bench/concurrent_calls.py held 20 calls on a 2-vCPU AMD EPYC VM with Smart Turn in three
    sweeps (2026-12-03): 10 per core (the lowest of the machines measured)."""
    assert call_limit(Settings(_env_file=None), cores=cores) == limit


def test_the_benchmark_prints_smart_turns_level_per_core_as_admissions_default():
    """The rule behind CALLS_PER_CORE: the largest level bench/concurrent_calls.py holds with
    Smart Turn (serve's default turn detection), per core; not silence's higher level."""
    from bench.concurrent_calls import calls_per_core

    modes = {"smart": {"largest_m_held": 30}, "silence": {"largest_m_held": 60}}
    assert calls_per_core({"modes": modes, "machine": {"nproc": 2}}) == 15
    assert calls_per_core({"modes": {"silence": modes["silence"]}, "machine": {"nproc": 2}}) is None
    assert Settings(_env_file=None).turn_detection == "smart"


def test_the_limit_is_a_setting():
    assert call_limit(Settings(_env_file=None, max_concurrent_calls=3), cores=64) == 3
    assert call_limit(Settings(_env_file=None, calls_per_core=4), cores=2) == 8
    assert call_limit(Settings(_env_file=None, calls_per_core=0.2), cores=1) == 1  # never 0


class ManualTime:
    def __init__(self) -> None:
        self.at = 1000.0

    def __call__(self) -> float:
        return self.at


def test_a_reserved_place_waits_for_its_stream_and_lapses_if_it_never_comes():
    now = ManualTime()
    admission = Admission(2, reservation_seconds=20, now=now)
    assert admission.reserve("CA-a") and admission.reserve("CA-b")
    assert not admission.accepting
    assert not admission.reserve("CA-c")  # full: the third caller is refused at TwiML time
    assert admission.admit(None) is None  # and so is a stream without a reservation
    assert admission.admit("CA-unknown") is None

    place = admission.admit("CA-a")  # the reserved place becomes the call's
    assert place is not None and admission.active == 1
    now.at += 21  # CA-b's stream never came
    assert admission.accepting
    other = admission.admit(None)
    assert other is not None and admission.admit("CA-b") is None  # its place went to another

    place.release()
    place.release()  # idempotent
    assert admission.active == 1
    other.release()
    assert admission.active == 0 and admission.accepting
    assert (admission.admitted, admission.refused) == (2, 4)


# -- through the server ------------------------------------------------------------------------


def refusal_of(twiml: str) -> tuple[list[str], list[str]]:
    root = ElementTree.fromstring(twiml)
    assert root.find("./Connect") is None, twiml
    assert root.find("./Hangup") is not None
    return [s.text for s in root.findall("./Say")], [d.text for d in root.findall("./Dial")]


async def health(base: str) -> tuple[dict, int, int]:
    async with httpx.AsyncClient() as http:
        live = await http.get(f"{base}/healthz")
        ready = await http.get(f"{base}/healthz/ready")
    return live.json()["load"], live.status_code, ready.status_code


async def test_over_the_limit_a_caller_hears_an_apology_and_the_admitted_call_goes_on(
    tmp_path, runtime, logs
):
    from agent.server import create_app

    settings = phone_settings(tmp_path, max_concurrent_calls=1)
    async with serving(create_app(settings, runtime)) as base:
        assert await health(base) == ({"active_calls": 0, "limit": 1, "accepting": True}, 200, 200)
        async with twilio_call(base) as first:
            await until(lambda: first.bot_audio, feed=lambda: first.play(silence(0.1)))
            assert await health(base) == (
                {"active_calls": 1, "limit": 1, "accepting": False},
                200,  # alive
                503,  # but a load balancer should send the next call elsewhere
            )

            second = await post_voice(base, voice_form(caller="+4917098765432"))
            says, dials = refusal_of(second.text)
            assert dials == [] and len(says) == 1 and "Entschuldigung" in says[0]

            # the admitted caller notices nothing
            await asks_and_is_answered(first, runtime.ledger)
            await first.stop()
            await until(lambda: first.ws.state is websockets.State.CLOSED)

        async def free_again() -> bool:
            return (await health(base))[2] == 200

        await until(free_again)
        async with twilio_call(base) as third:  # the place is free again
            await until(lambda: third.bot_audio, feed=lambda: third.play(silence(0.1)))
            await third.stop()
            await until(lambda: third.ws.state is websockets.State.CLOSED)

    calls = [c for c in await runtime.ledger.recent_calls() if c.mode == "twilio"]
    assert len(calls) == 2 and {c.caller_phone for c in calls} == {CALLER}
    assert any("over the limit" in line and "+49170****5432" in line for line in logs)
    assert errors_in(logs) == []


async def test_with_overflow_forward_the_caller_over_the_limit_is_put_through_to_the_salon(
    tmp_path, runtime
):
    from agent.server import create_app

    settings = phone_settings(tmp_path, max_concurrent_calls=1, overflow_action="forward")
    async with serving(create_app(settings, runtime)) as base:
        async with twilio_call(base) as first:
            await until(lambda: first.bot_audio, feed=lambda: first.play(silence(0.1)))
            second = await post_voice(base, voice_form(caller="+4917098765432"))
            await first.stop()

    says, dials = refusal_of(second.text)
    assert dials == ["+493012345678"]  # the salon file's business.phone
    assert "verbinde" in says[0]


async def test_a_stream_that_arrives_over_the_limit_anyway_is_refused_cleanly(
    tmp_path, runtime, logs
):
    """No reservation (its TwiML was never fetched here, or it came too late): the stream is
    closed with 1013 (try again later), before any call starts; Twilio then plays the TwiML
    after <Connect>."""
    from agent.server import create_app

    settings = phone_settings(tmp_path, max_concurrent_calls=1)
    async with serving(create_app(settings, runtime)) as base:
        async with twilio_call(base) as first:
            await until(lambda: first.bot_audio, feed=lambda: first.play(silence(0.1)))
            sid = "CA" + "1" * 32
            async with raw_twilio_stream(
                base, call_sid=sid, parameters={"token": minted_token(sid)}
            ) as late:
                assert await closed_by_server(late) == 1013
            async with telnyx_call(base) as telnyx:
                await until(lambda: telnyx.ws.state is websockets.State.CLOSED)
                assert telnyx.ws.close_code == 1013
            assert first.ws.state is websockets.State.OPEN
            await first.stop()

    assert (await call_of(runtime.ledger, "twilio")).call_id  # only the first call
    assert [c for c in await runtime.ledger.recent_calls() if c.mode == "telnyx"] == []
    assert errors_in(logs) == []


async def test_the_place_given_at_twiml_time_is_kept_for_that_calls_stream(tmp_path, runtime):
    from agent.server import create_app

    settings = phone_settings(tmp_path, max_concurrent_calls=1)
    async with serving(create_app(settings, runtime)) as base:
        form = voice_form()
        twiml = await post_voice(base, form)
        assert ElementTree.fromstring(twiml.text).find("./Connect") is not None
        # Before Twilio opens that stream, another call arrives: the place is taken.
        async with telnyx_call(base) as telnyx:
            await until(lambda: telnyx.ws.state is websockets.State.CLOSED)
            assert telnyx.ws.close_code == 1013
        refused = await post_voice(base, voice_form(caller="+4917098765432"))
        refusal_of(refused.text)

        url, parameters = stream_of(twiml.text)
        async with websockets.connect(url) as ws:
            call = TwilioMediaStream(ws, None, call_sid=form["CallSid"], parameters=parameters)
            await call.connect()
            with contextlib.suppress(websockets.ConnectionClosed):
                async for message in ws:  # the greeting: the reserved call was admitted
                    if '"media"' in message:
                        break
            await call.stop()

    assert (await call_of(runtime.ledger, "twilio")).caller_phone == CALLER
