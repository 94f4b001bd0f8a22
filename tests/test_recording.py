"""No recording without consent (§201 StGB).

By default nothing of a call's audio is stored, anywhere. A salon that turns recording on has the
greeting ask for consent (code speaks the question); only a clear yes starts the recording; a no,
a question or anything else leaves the call unrecorded and the call goes on. The ledger notes the
answer and the file."""

from __future__ import annotations

import wave

import pytest
from pipecat.frames.frames import (
    AudioBufferStartRecordingFrame,
    InputAudioRawFrame,
    OutputAudioRawFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams
from pipecat.tests.utils import SleepFrame, run_test

from agent.call import TextCall
from agent.config import Settings
from agent.consent import Consent, read_consent
from agent.recording import CallRecorder
from prompts.render import greeting
from tests.filler import QUIET_TOOLS
from tests.test_agent_call import ASK_FRIDAY_TEN, CALLER
from tools.deps import BookingDeps

ASKED = "Dürfen wir dieses Gespräch aufzeichnen? Bitte sagen Sie Ja oder Nein."


@pytest.mark.parametrize(
    ("said", "answer", "bare"),
    [
        ("Ja.", Consent.GIVEN, True),
        ("Ja, gerne.", Consent.GIVEN, True),
        ("Kein Problem!", Consent.GIVEN, True),
        ("Ich habe nichts dagegen.", Consent.GIVEN, True),
        ("Von mir aus.", Consent.GIVEN, True),
        ("Yes, sure.", Consent.GIVEN, True),
        ("I don't mind.", Consent.GIVEN, True),
        ("Ja, und ich hätte gern einen Termin am Freitag.", Consent.GIVEN, False),
        ("Nein.", Consent.REFUSED, True),
        ("Nein danke.", Consent.REFUSED, True),
        ("Lieber nicht.", Consent.REFUSED, True),
        ("Bitte nicht aufzeichnen.", Consent.REFUSED, True),
        ("Nee, lieber nicht", Consent.REFUSED, True),
        ("No thanks.", Consent.REFUSED, True),
        ("I'd rather not.", Consent.REFUSED, True),
        ("Nein, ich möchte einen Termin.", Consent.REFUSED, False),
        # unclear is no
        ("Wofür?", Consent.UNCLEAR, False),
        ("Ja?", Consent.UNCLEAR, False),
        ("Ja, äh, nein.", Consent.UNCLEAR, False),
        ("Ich hätte gern einen Termin.", Consent.UNCLEAR, False),
        ("Machen Sie mir einen Termin", Consent.UNCLEAR, False),
        ("Ich bin mir nicht sicher.", Consent.UNCLEAR, False),
        ("Das ist mir egal.", Consent.UNCLEAR, False),
        ("", Consent.UNCLEAR, False),
    ],
)
def test_only_a_clear_yes_is_consent(said, answer, bare):
    reading = read_consent(said)
    assert (reading.answer, reading.bare) == (answer, bare)


@pytest.fixture
def recording_salon(salon):
    return salon.model_copy(
        update={"recording": salon.recording.model_copy(update={"enabled": True})}
    )


def deps_for(salon, calendar, ledger, clock) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


def settings(tmp_path) -> Settings:
    return Settings(
        _env_file=None, recordings_dir=tmp_path / "recordings", filler_after_seconds=QUIET_TOOLS
    )


async def _timeline(ledger, call_id):
    return [(e.kind, e.data) for e in await ledger.timeline(call_id)]


async def test_by_default_no_question_is_asked_and_no_audio_is_stored(
    salon, calendar, ledger, clock, tmp_path
):
    async with TextCall(
        runtime=deps_for(salon, calendar, ledger, clock),
        settings=settings(tmp_path),
        caller_phone=CALLER,
        script=[ASK_FRIDAY_TEN],
    ) as call:
        assert "aufzeichnen" not in call.greeting
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        call_id = call.call_id
        assert not any("Recorder" in type(p).__name__ for p in _processors(call))
    privacy = await ledger.call_privacy(call_id)
    assert (privacy.recording_consent, privacy.recording_path) == (None, None)
    assert not (tmp_path / "recordings").exists()


def _processors(call):
    processor, found = call.transport.input(), []
    while processor is not None:
        found.append(processor)
        processor = processor.next
    return found


async def test_a_caller_who_says_yes_is_recorded_and_the_ledger_notes_it(
    recording_salon, calendar, ledger, clock, tmp_path
):
    async with TextCall(
        runtime=deps_for(recording_salon, calendar, ledger, clock),
        settings=settings(tmp_path),
        caller_phone=CALLER,
        script=[[], ASK_FRIDAY_TEN],  # the model is not asked about the bare answer
    ) as call:
        assert call.greeting == greeting(recording_salon)
        assert call.greeting.endswith(ASKED)
        ack = await call.say("Ja, gerne.")
        assert (
            ack.text == "Danke, das Gespräch wird ab jetzt aufgezeichnet. Was kann ich für Sie tun?"
        )
        offer = await call.say("Dauerwelle bei Fabian, Freitag um zehn.")  # the model's first step
        assert offer.text == ASK_FRIDAY_TEN[1]["say"]
        call_id = call.call_id
    events = await _timeline(ledger, call_id)
    assert ("recording_consent", {"answer": "given"}) in events
    [started] = [data for kind, data in events if kind == "recording_started"]
    assert started["path"] == str(tmp_path / "recordings" / f"{call_id}.wav")
    assert (await ledger.call_privacy(call_id)).recording_consent == "given"


@pytest.mark.parametrize(
    ("answer", "heard"),
    [
        (
            "Nein, danke.",
            "In Ordnung, das Gespräch wird nicht aufgezeichnet. Was kann ich für Sie tun?",
        ),
        ("Wofür brauchen Sie das?", None),
    ],
)
async def test_no_or_anything_unclear_is_not_recorded_and_the_call_goes_on(
    recording_salon, calendar, ledger, clock, tmp_path, answer, heard
):
    script = [[{"say": "Das dient nur der Qualität. Was kann ich für Sie tun?"}], ASK_FRIDAY_TEN]
    async with TextCall(
        runtime=deps_for(recording_salon, calendar, ledger, clock),
        settings=settings(tmp_path),
        caller_phone=CALLER,
        script=script if heard is None else [[], ASK_FRIDAY_TEN],
    ) as call:
        reply = await call.say(answer)
        if heard is None:  # not a bare answer: code says it does not record, the model goes on
            assert reply.text == (
                "Ich zeichne das Gespräch nicht auf. "
                "Das dient nur der Qualität. Was kann ich für Sie tun?"
            )
        else:
            assert reply.text == heard
        offer = await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        assert offer.text == ASK_FRIDAY_TEN[1]["say"]
        call_id = call.call_id
    events = await _timeline(ledger, call_id)
    expected = "refused" if heard else "unclear"
    assert ("recording_consent", {"answer": expected}) in events
    assert not [kind for kind, _ in events if kind == "recording_started"]
    assert (await ledger.call_privacy(call_id)).recording_consent == expected
    assert not (tmp_path / "recordings").exists()


async def test_the_recorder_writes_the_callers_and_the_agents_audio_to_one_file(tmp_path):
    saved = []

    async def on_saved(path, seconds):
        saved.append((path, seconds))

    recorder = CallRecorder(tmp_path, "call-7", on_saved=on_saved)
    caller = [InputAudioRawFrame(bytes(320), 8000, 1) for _ in range(50)]  # 1 s
    agent = [OutputAudioRawFrame(bytes(320), 8000, 1) for _ in range(50)]  # 1 s
    await run_test(
        Pipeline([recorder.tap, recorder.processor]),
        frames_to_send=[AudioBufferStartRecordingFrame(), *caller, SleepFrame(0.05), *agent],
        pipeline_params=PipelineParams(audio_in_sample_rate=8000, audio_out_sample_rate=8000),
    )
    path = tmp_path / "call-7.wav"
    assert saved and saved[0][0] == str(path)
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 8000)
        assert wav.getnframes() >= 8000  # at least a second of the call
