"""pipecat's debug switch PIPECAT_SMART_TURN_LOG_DATA keeps every caller turn's audio on disk,
beyond `purge`: a process with it set says so once, loudly; without it, nothing is said."""

from __future__ import annotations

from loguru import logger

from agent import audio_models
from agent.audio_models import SharedSmartTurnAnalyzer


def _warnings_while(make) -> list[str]:
    seen: list[str] = []
    sink = logger.add(lambda m: seen.append(m.record["message"]), level="WARNING")
    try:
        audio_models._warn_turn_audio_kept.cache_clear()
        make()
    finally:
        logger.remove(sink)
    return [m for m in seen if "PIPECAT_SMART_TURN_LOG_DATA" in m]


def test_the_switch_set_is_warned_about_once_per_process(monkeypatch):
    monkeypatch.setenv("PIPECAT_SMART_TURN_LOG_DATA", "true")
    said = _warnings_while(lambda: [SharedSmartTurnAnalyzer() for _ in range(3)])
    assert len(said) == 1 and "smart_turn_audio_log" in said[0]


def test_without_the_switch_nothing_is_said(monkeypatch):
    monkeypatch.delenv("PIPECAT_SMART_TURN_LOG_DATA", raising=False)
    assert _warnings_while(SharedSmartTurnAnalyzer) == []
