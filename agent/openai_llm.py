"""OpenAI's LLM service with a deadline fit for a phone call.

The OpenAI client's defaults wait ten minutes for a response and retry twice. On a call, a
completion that connects or streams nothing for a few seconds has failed: it should end in
pipecat's error path (the caller hears an apology, `agent.llm_fallback`) rather than in silence.
Imported only when the OpenAI LLM is configured.
"""

from __future__ import annotations

from pipecat.services.openai.llm import OpenAILLMService


class TimedOpenAILLMService(OpenAILLMService):
    """`OpenAILLMService` whose client gives up after `timeout_seconds` without data."""

    def __init__(self, *, timeout_seconds: float, max_retries: int = 1, **kwargs):
        # create_client runs inside the parent's __init__, so these are set first.
        self._timeout_seconds = timeout_seconds
        self._max_retries = max_retries
        super().__init__(**kwargs)

    def create_client(self, *args, **kwargs):
        client = super().create_client(*args, **kwargs)
        return client.with_options(timeout=self._timeout_seconds, max_retries=self._max_retries)
