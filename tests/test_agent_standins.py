"""The offline stand-ins behave like the services they replace: the scripted LLM goes through
pipecat's function calling turn by turn, the text STT produces transcripts at the end of speech,
the silence TTS speaks for a time proportional to the text at the pipeline's sample rate."""

from __future__ import annotations

import pytest
from pipecat.frames.frames import (
    TranscriptionFrame,
    TTSAudioRawFrame,
    TTSSpeakFrame,
    TTSTextFrame,
    VADUserStoppedSpeakingFrame,
)
from pipecat.pipeline.worker import PipelineParams
from pipecat.tests.utils import SleepFrame, run_test

from agent.standins import (
    ScriptedLLMService,
    ScriptedSTTService,
    ScriptError,
    SilenceTTSService,
    StandInLatencies,
    load_script,
    validate_script,
)


@pytest.mark.parametrize(
    "bad",
    [
        {"turns": "say hello"},
        [{"say": "not a list of steps"}],
        [[{"speak": "unknown key"}]],
        [[{"tool_calls": [{"arguments": {}}]}]],
    ],
)
def test_a_malformed_script_is_refused_with_its_place(bad):
    with pytest.raises(ScriptError):
        validate_script(bad.get("turns") if isinstance(bad, dict) else bad)


def test_a_script_file_is_read_as_yaml(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("turns:\n  - - say: Hallo.\n  - - tool_calls: [{name: release_hold}]\n")
    assert load_script(path) == [[{"say": "Hallo."}], [{"tool_calls": [{"name": "release_hold"}]}]]


def test_placeholders_fill_from_this_turn_then_earlier_turns():
    llm = ScriptedLLMService([])
    now = [("book_appointment", {"status": "booked", "say": "Ihr Termin ist gebucht."})]
    before = [
        ("check_availability", {"slot_id": "s-1", "alternatives": [{"slot_id": "s-2"}]}),
    ]
    assert llm._fill("{say}", now, before) == "Ihr Termin ist gebucht."
    assert llm._fill({"slot_id": "{check_availability.slot_id}"}, now, before) == {"slot_id": "s-1"}
    assert llm._fill("{check_availability.alternatives.0.slot_id}", now, before) == "s-2"
    assert llm._fill("{check_availability.alternatives}", now, before) == [{"slot_id": "s-2"}]
    assert llm._fill("Um {book_appointment.status}!", now, before) == "Um booked!"
    assert llm.unfilled == []
    # {say} only reads this turn: an earlier turn's sentence is not repeated as news
    assert llm._fill("{say}", [], now) == "{say}"
    assert llm.unfilled == ["say"]


async def test_the_text_stt_transcribes_at_each_end_of_speech():
    stt = ScriptedSTTService(transcripts=["Hallo.", "Freitag um zehn."])
    down, _ = await run_test(
        stt,
        frames_to_send=[
            VADUserStoppedSpeakingFrame(stop_secs=0.0),
            VADUserStoppedSpeakingFrame(stop_secs=0.0),
            VADUserStoppedSpeakingFrame(stop_secs=0.0),
        ],
    )
    assert [f.text for f in down if isinstance(f, TranscriptionFrame)] == [
        "Hallo.",
        "Freitag um zehn.",
    ]
    assert stt.heard == ["Hallo.", "Freitag um zehn."]


async def test_the_silence_tts_speaks_in_proportion_at_the_output_rate():
    tts = SilenceTTSService(seconds_per_char=0.05, latencies=StandInLatencies(tts_first_audio=0))
    text = "Einen Moment bitte."
    down, _ = await run_test(
        tts,
        frames_to_send=[TTSSpeakFrame(text)],
        pipeline_params=PipelineParams(audio_out_sample_rate=8000),
    )
    audio = [f for f in down if isinstance(f, TTSAudioRawFrame)]
    assert {f.sample_rate for f in audio} == {8000}
    seconds = sum(len(f.audio) for f in audio) / 2 / 8000
    assert seconds == pytest.approx(len(text) * 0.05, abs=0.01)
    assert [f.text for f in down if isinstance(f, TTSTextFrame)] == [text]
    assert tts.spoken == [text]


async def test_a_transcript_delay_is_waited_for_without_blocking_the_stt():
    stt = ScriptedSTTService(
        transcripts=["Hallo."], latencies=StandInLatencies(stt_final_transcript=0.2)
    )
    down, _ = await run_test(
        stt, frames_to_send=[VADUserStoppedSpeakingFrame(stop_secs=0.0), SleepFrame(0.4)]
    )
    assert [f.text for f in down if isinstance(f, TranscriptionFrame)] == ["Hallo."]
