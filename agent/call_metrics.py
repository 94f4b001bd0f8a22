"""A call's measured turn latency and usage, written to its timeline for the dashboard's numbers.

Pipecat measures both: `UserBotLatencyObserver` (end of the caller's speech -> the bot starts
speaking) and the services' usage metrics (STT seconds, LLM tokens, TTS characters, when
`enable_usage_metrics` is on, as `build_pipeline` sets it). `CallMetrics.observers()` goes into
`run_call(observers=...)`; each turn's latency is logged as `turn_latency` while the call runs,
the usage totals as one `usage` event by `write_usage()` after it ended.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pipecat.frames.frames import MetricsFrame
from pipecat.metrics.metrics import LLMUsageMetricsData, STTUsageMetricsData, TTSUsageMetricsData
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.observers.user_bot_latency_observer import UserBotLatencyObserver

Log = Callable[..., Awaitable[None]]  # (kind, **data): the call's timeline


class UsageTotals(BaseObserver):
    """Sums the usage metrics the services report (each frame counted once)."""

    def __init__(self) -> None:
        super().__init__(observe_every_push=False)
        self.stt_seconds = 0.0
        self.llm_prompt_tokens = 0
        self.llm_completion_tokens = 0
        self.tts_characters = 0
        self.reported = False

    async def on_push_frame(self, data: FramePushed) -> None:
        if not isinstance(data.frame, MetricsFrame):
            return
        for item in data.frame.data:
            if isinstance(item, LLMUsageMetricsData):
                self.llm_prompt_tokens += item.value.prompt_tokens
                self.llm_completion_tokens += item.value.completion_tokens
            elif isinstance(item, STTUsageMetricsData):
                self.stt_seconds += item.value.audio_seconds
            elif isinstance(item, TTSUsageMetricsData):
                self.tts_characters += item.value
            else:
                continue
            self.reported = True


class CallMetrics:
    def __init__(self, log: Log):
        self._log = log
        self.latency = UserBotLatencyObserver()
        self.usage = UsageTotals()

        @self.latency.event_handler("on_latency_measured")
        async def _measured(observer: Any, seconds: float) -> None:
            await self._log("turn_latency", seconds=round(seconds, 3))

    def observers(self) -> list[BaseObserver]:
        return [self.latency, self.usage]

    async def write_usage(self) -> None:
        """One `usage` event with the call's totals (none when nothing was reported)."""
        u = self.usage
        if u.reported:
            await self._log(
                "usage",
                stt_seconds=round(u.stt_seconds, 2),
                llm_prompt_tokens=u.llm_prompt_tokens,
                llm_completion_tokens=u.llm_completion_tokens,
                tts_characters=u.tts_characters,
            )
