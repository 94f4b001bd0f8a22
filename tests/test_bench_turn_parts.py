"""bench/turn_parts.py cuts a caller's turn into the server's steps: the parts add up to the
latency the caller measured, and a turn whose trace lacks a step is left out, not guessed."""

from __future__ import annotations

import json

import pytest

from bench import turn_parts

SPOKE, HEARD = 10.0, 11.5  # the caller's end of speech, the reply's first audio at the caller


def events() -> list[tuple[float, str, object]]:
    """A check-and-hold turn as bench/turn_trace.py writes it (seconds)."""
    return [
        (10.30, "_handle_vad_user_stopped_speaking>", None),
        (10.30, "verdict>", None),
        (10.36, "verdict<", [True, {"queued": 0.001, "runnable": 0.01, "cpu": 0.045, "back": 0.002}]),
        (10.45, "stt: transcript pushed", None),
        (10.46, "_handle_transcription>", True),
        (10.46, "trigger_user_turn_stopped>", [True, True]),
        (10.47, "llm>", None),
        (10.82, "tool>", "check_availability"),
        (11.02, "tool<", "check_availability"),
        (11.021, "facts>", False),
        (11.025, "facts<", None),
        (11.03, "llm>", None),
        (11.38, "tts>", None),
        (11.49, "tts audio", None),
        (11.495, "audio out", None),
    ]  # fmt: skip


def test_a_turns_parts_add_up_to_what_the_caller_measured():
    parts = turn_parts.turn_parts(events(), SPOKE, HEARD)
    assert parts is not None
    assert sum(parts[p] for p in turn_parts.PARTS) == pytest.approx(parts["latency"])
    assert parts["to VAD stop"] == pytest.approx(0.30)
    assert parts["to turn stop"] == pytest.approx(0.16)
    assert parts["verdict"] == pytest.approx(0.06)
    assert parts["verdict cpu"] == pytest.approx(0.045)
    assert parts["transcript queued"] == pytest.approx(0.01)
    assert parts["tool"] == pytest.approx(0.20)
    assert parts["tool to LLM"] == pytest.approx(0.01)
    assert parts["guard's facts read"] == pytest.approx(0.004)
    assert parts["LLM to TTS"] == pytest.approx(0.35)
    assert parts["to caller"] == pytest.approx(0.005)


@pytest.mark.parametrize("missing", ["_handle_vad_user_stopped_speaking>", "audio out"])
def test_a_turn_without_a_step_in_its_trace_is_left_out(missing):
    rows = [e for e in events() if e[1] != missing]
    assert turn_parts.turn_parts(rows, SPOKE, HEARD) is None


def test_turns_are_joined_to_their_call_by_the_stream_sid(tmp_path):
    lines = [json.dumps([t, 1, name, detail, "MZone"]) for t, name, detail in events()]
    other = [json.dumps([t + 0.2, 2, name, detail, "MZother"]) for t, name, detail in events()]
    (tmp_path / "trace.0").write_text("\n".join(lines) + "\n")
    (tmp_path / "trace.1").write_text("\n".join(other) + "\n")
    traced = turn_parts.read_traces(tmp_path / "trace")
    call = {"stream_sid": "MZone", "turns": [
        {"kind": "check_and_hold", "speech_end_at": SPOKE, "first_audio_at": HEARD},
    ]}  # fmt: skip
    (turn,) = turn_parts.level_turns([call], traced)
    assert turn["to VAD stop"] == pytest.approx(0.30)  # its own events, not the other call's


def test_the_tail_is_measured_against_lone_calls_per_turn_kind():
    lone = [{"kind": "plain", "latency": 1.0, "reply": 0.5}]
    level = [{"kind": "plain", "latency": 1.0 + k / 100, "reply": 0.5 + k / 100} for k in range(20)]
    d = turn_parts.decompose(level, lone)
    assert d["tail_turns"] == 3  # the turns at or over the level's p90 (nearest rank: the 18th)
    assert d["tail_added"]["reply"] == pytest.approx(0.18)  # 0.17, 0.18, 0.19 beyond 0.5


def test_a_silence_turn_shows_how_late_its_fixed_silence_timer_ended_the_turn():
    """Silence turn detection: no verdict; the turn stops when the timer (0.8 s here, started
    as the VAD's stop is taken up) wakes, and how far past its due moment that was is a part."""
    rows = [
        (10.30, "_handle_vad_user_stopped_speaking>", None),
        (10.301, "_user_speech_timeout_handler>", 0.8),
        (10.45, "stt: transcript pushed", None),
        (10.46, "_handle_transcription>", True),
        (11.131, "trigger_user_turn_stopped>", [True, True, True]),
        (11.14, "llm>", None),
        (11.49, "tts>", None),
        (12.00, "tts audio", None),
        (12.01, "audio out", None),
    ]
    parts = turn_parts.turn_parts(rows, SPOKE, 12.02)
    assert parts is not None
    assert "verdict" not in parts
    assert parts["to turn stop"] == pytest.approx(0.831)
    assert parts["silence timer late"] == pytest.approx(0.03)
    assert sum(parts[p] for p in turn_parts.PARTS) == pytest.approx(parts["latency"])
