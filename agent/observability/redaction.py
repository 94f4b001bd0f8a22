"""No caller's words, names or numbers leave the process in a span, unless asked for.

Pipecat's service spans carry what was said: the STT span the transcript (`transcript`,
`user_id`), the LLM span the whole context and the reply (`input`, `output`, the system prompt),
the TTS span the spoken text (`text`). `ContentRedactor` wraps the span processor that exports
and hands it a copy of each finished span with those attributes replaced by their length, and
any caller number left in another string (an error message quoting a request) masked; an HTTP
server span's query string (FastAPI's own spans) likewise. Timing,
models, token counts and our own attributes (ids, statuses, routes) pass unchanged.

Opt-in, for a trace store that may hold conversations:
`OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true` (the OpenTelemetry GenAI convention's
switch) exports spans as they are.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from opentelemetry.context import Context
from opentelemetry.sdk.trace import Event, ReadableSpan, Span, SpanProcessor

CAPTURE_CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"

# Attributes whose value is conversation content (pipecat.utils.tracing.service_attributes and
# service_decorators, and the GenAI semantic conventions' message attributes).
CONTENT_KEYS = frozenset(
    {
        "text",
        "transcript",
        "user_id",
        "input",
        "output",
        "text_output",
        "tools",
        "tools.definitions",
        "gen_ai.system_instructions",
        "gen_ai.input.messages",
        "gen_ai.output.messages",
        "gen_ai.prompt",
        "gen_ai.completion",
        # an HTTP span's query may carry a token or a number (FastAPI's own server spans)
        "url.query",
        "url.full",
    }
)
CONTENT_PREFIXES = ("transcript.", "function_calls.", "gen_ai.prompt.", "gen_ai.completion.")

# A number someone could dial: `+` and 7 or more digits (spaces, dashes allowed), or 8 or more
# digits in a row standing alone (no id or hex string around them).
_NUMBER = re.compile(r"\+\d(?:[\s\-/]?\d){6,}|(?<![\w.:-])\d{8,}(?![\w.:-])")
MASK = "[number]"


def capture_content(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get(CAPTURE_CONTENT_ENV, "").strip().lower() in ("1", "true", "yes")


def is_content(key: str) -> bool:
    return key in CONTENT_KEYS or key.startswith(CONTENT_PREFIXES)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _NUMBER.sub(MASK, value)
    if isinstance(value, tuple | list):
        return type(value)(_clean(v) for v in value)
    return value


def redact_attributes(attributes: Mapping[str, Any] | None) -> dict[str, Any]:
    """Content replaced by its length; numbers masked in what is left."""
    out: dict[str, Any] = {}
    for key, value in (attributes or {}).items():
        if is_content(key):
            out[key] = f"[redacted: {len(value) if isinstance(value, str) else 1}]"
        else:
            out[key] = _clean(value)
    return out


def redacted(span: ReadableSpan) -> ReadableSpan:
    """A copy of `span` that carries no conversation content."""
    return ReadableSpan(
        name=span.name,
        context=span.context,
        parent=span.parent,
        resource=span.resource,
        attributes=redact_attributes(span.attributes),
        events=[Event(e.name, redact_attributes(e.attributes), e.timestamp) for e in span.events],
        links=span.links,
        kind=span.kind,
        status=span.status,
        start_time=span.start_time,
        end_time=span.end_time,
        instrumentation_scope=span.instrumentation_scope,
    )


class ContentRedactor(SpanProcessor):
    """Wraps the exporting processor: it only ever sees redacted copies (unless opted in)."""

    def __init__(self, inner: SpanProcessor, *, keep_content: bool | None = None):
        self._inner = inner
        self._keep = capture_content() if keep_content is None else keep_content

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        self._inner.on_start(span, parent_context)

    def on_end(self, span: ReadableSpan) -> None:
        self._inner.on_end(span if self._keep else redacted(span))

    def shutdown(self) -> None:
        self._inner.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self._inner.force_flush(timeout_millis)
