"""The process's log sink: plain text by default, one JSON object per line on request.

`LOG_FORMAT=json` uses loguru's own serialization (`serialize=True`): every line a JSON object
with the message, level, time and `record.extra`; the call's end line carries its fields there
(`event: call_ended`, call id, outcome, durations, `trace_id`). Lines written while a call's
span is current carry `trace_id` and `span_id` in `extra` too, so a log store joins them to the
trace. What is logged is unchanged: no names, no full numbers at INFO.
"""

from __future__ import annotations

from typing import Any, Literal

from loguru import logger
from opentelemetry import trace

LogFormat = Literal["text", "json"]


def with_trace_ids(record: Any) -> None:
    """loguru patcher: the current span's trace and span id into `extra` (when sampled)."""
    context = trace.get_current_span().get_span_context()
    if context.is_valid and context.trace_flags.sampled:
        record["extra"].setdefault("trace_id", format(context.trace_id, "032x"))
        record["extra"].setdefault("span_id", format(context.span_id, "016x"))


def add_log_sink(sink: Any, *, level: str, log_format: LogFormat = "text", prefix: str = "") -> int:
    """Add `sink` at `level` in the chosen format; returns loguru's handler id. `prefix` starts
    every message (a worker's `[w1]` when `serve` runs several)."""

    def patch(record: Any) -> None:
        with_trace_ids(record)
        if prefix:
            record["message"] = f"{prefix}{record['message']}"

    logger.configure(patcher=patch)
    return logger.add(sink, level=level, serialize=log_format == "json")
