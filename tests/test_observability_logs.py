"""One structured line per call end, joined to the call's trace; JSON on request, text by
default; never a name or a number."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from loguru import logger
from opentelemetry import trace

from agent.observability import add_log_sink
from agent.replay.loader import load_replay
from agent.replay.runner import run_replay
from tests.observability_support import call_tree, traced

REPLAYS = Path(__file__).resolve().parent.parent / "replays"
CALLER_DIGITS = "4915112345678"
CUSTOMER = "Tobias Brandt"


async def replay_logging(name: str) -> list[dict]:
    records: list[dict] = []
    sink = logger.add(lambda message: records.append(message.record), level="INFO")
    try:
        outcome = await run_replay(load_replay(REPLAYS / name))
    finally:
        logger.remove(sink)
    assert outcome.passed
    return [r for r in records if r["extra"].get("event") == "call_ended"]


async def test_a_call_ends_with_one_info_line_of_its_outcome_and_durations():
    [line] = await replay_logging("plain_booking.yaml")

    assert line["level"].name == "INFO"
    fields = line["extra"]
    assert fields["call_id"].startswith("call-")
    assert fields["mode"] == "replay"
    assert fields["salon"] == "Salon Spitzer"
    assert fields["outcome"] == "booked"
    assert fields["reason"] == "hangup"
    assert isinstance(fields["duration_s"], float) and fields["duration_s"] >= 0
    assert isinstance(fields["turns"], int)
    assert "trace_id" not in fields  # not traced: nothing to join
    # the text says the same, for a reader without a JSON viewer
    assert line["message"].startswith("call ended: call_id=" + fields["call_id"])
    assert "outcome=booked" in line["message"]
    text = line["message"] + json.dumps(fields, default=str)
    assert CALLER_DIGITS not in text and CUSTOMER not in text and "Brandt" not in text


async def test_a_traced_calls_end_line_carries_its_trace_id():
    with traced() as exporter:
        [line] = await replay_logging("lost_response_unknown.yaml")
    call = call_tree(exporter.get_finished_spans())
    assert line["extra"]["trace_id"] == format(call.span.context.trace_id, "032x")
    assert line["extra"]["outcome"] == "unknown" == call.attributes["call.outcome"]


def test_json_log_lines_are_opt_in_and_carry_the_fields_and_the_trace():
    def written(log_format: str | None) -> tuple[str, str]:
        out = io.StringIO()
        kwargs = {"log_format": log_format} if log_format else {}
        handler = add_log_sink(out, level="INFO", **kwargs)
        try:
            with traced(), trace.get_tracer("t").start_as_current_span("call") as span:
                logger.bind(event="call_ended", outcome="booked").info("call ended: outcome=booked")
                trace_id = format(span.get_span_context().trace_id, "032x")
        finally:
            logger.remove(handler)
        return out.getvalue(), trace_id

    text, _ = written(None)  # the default: plain text
    assert re.search(r"\| INFO +\| .*call ended: outcome=booked$", text.strip())
    raw, trace_id = written("json")
    record = json.loads(raw)["record"]
    assert record["message"] == "call ended: outcome=booked"
    assert record["level"]["name"] == "INFO"
    assert record["extra"]["event"] == "call_ended"
    assert record["extra"]["outcome"] == "booked"
    assert record["extra"]["trace_id"] == trace_id
    assert re.fullmatch(r"[0-9a-f]{16}", record["extra"]["span_id"])
