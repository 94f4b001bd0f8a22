"""Traces: one per call, shaped call -> turn -> tool -> Cal.com request; nothing a caller said,
no name and no number in them; off unless the standard OTEL_* environment switches them on.

Calls here are typed replays (the same pipeline, tools, guard and Cal.com client as a phone
call, over the embedded sandbox); the phone path is in test_observability_phone.py.
"""

from __future__ import annotations

import os
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from opentelemetry import trace
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from agent.call import TextCall
from agent.config import Settings
from agent.observability import tracing
from agent.observability.call import CallObservation
from agent.observability.redaction import ContentRedactor
from agent.replay.loader import load_replay
from agent.replay.report import verdict_lines
from agent.replay.runner import run_replay
from calendar_adapter.backend import NotSentError
from calendar_adapter.calcom import CalComClient
from calendar_adapter.telemetry import CALCOM_REQUESTS
from tests.observability_support import call_tree, exported_text, traced
from tools.deps import BookingDeps

REPLAYS = Path(__file__).resolve().parent.parent / "replays"
CALLER = "+4915112345678"
CUSTOMER = "Tobias Brandt"  # the name plain_booking.yaml books under


async def replay_traced(name: str):
    with traced() as exporter:
        outcome = await run_replay(load_replay(REPLAYS / name))
    assert outcome.passed, "\n".join(verdict_lines(outcome))
    return list(exporter.get_finished_spans())


async def test_a_replayed_booking_call_is_one_trace_from_the_call_to_each_calcom_request():
    spans = await replay_traced("plain_booking.yaml")

    call = call_tree(spans)
    assert call.attributes["call.mode"] == "replay"
    assert call.attributes["salon.name"] == "Salon Spitzer"
    assert call.attributes["call.outcome"] == "booked"
    [conversation] = call.children
    assert conversation.name == "conversation"
    assert conversation.attributes["call.id"] == call.attributes["call.id"]
    turns = conversation.find("turn")
    assert turns and all(t in conversation.children for t in turns)

    # each tool call is a child of a turn; each Cal.com request a child of its tool
    [check] = call.find("tool check_availability")
    [book] = call.find("tool book_appointment")
    for tool in (check, book):
        assert any(tool in t.children for t in turns), tool.name
    assert check.attributes["tool.status"] == "held"
    assert [c.name for c in check.children] == [
        "calcom GET /v2/slots",
        "calcom POST /v2/slots/reservations",
    ]
    assert book.attributes["tool.status"] == "booked"
    assert [c.name for c in book.children] == ["calcom POST /v2/bookings"]
    # pipecat's own service spans, under the turn (the stand-ins carry its decorators)
    names = {n.name for t in turns for n in t.children}
    assert {"stt", "llm", "tts"} <= names
    # one trace
    assert {s.context.trace_id for s in spans if s.name.startswith(("tool", "turn"))} == {
        call.span.context.trace_id
    }


async def test_no_transcript_prompt_name_or_number_is_exported():
    spans = await replay_traced("plain_booking.yaml")
    exported = "\n".join(exported_text(s) for s in spans)

    digits = re.sub(r"\D", "", CALLER)
    for private in (CUSTOMER, "Brandt", digits, digits[-7:], "Herrenhaarschnitt bei Mehmet"):
        assert private not in exported, private
    llm = next(s for s in spans if s.name == "llm")
    assert re.fullmatch(r"\[redacted: \d+\]", llm.attributes["input"])
    assert re.fullmatch(r"\[redacted: \d+\]", llm.attributes["gen_ai.system_instructions"])
    assert llm.attributes["gen_ai.request.model"] == "scripted"  # what is not content stays


def test_content_and_numbers_are_kept_only_when_opted_in():
    def export(keep: bool | None) -> dict:
        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(
            ContentRedactor(SimpleSpanProcessor(exporter), keep_content=keep)
        )
        with provider.get_tracer("t").start_as_current_span("stt") as span:
            span.set_attribute("transcript", "Tobias Brandt, +49 151 1234 5678")
            span.set_attribute("calcom.note", "caller +4915112345678 at 2026-11-26")
            span.set_attribute("call.id", "call-12345678-aaaa")
            span.add_event("exception", {"exception.message": "no slot for 015112345678"})
        [exported] = exporter.get_finished_spans()
        return {**exported.attributes, **exported.events[0].attributes}

    redacted = export(keep=False)
    assert redacted["transcript"] == "[redacted: 32]"
    assert redacted["calcom.note"] == "caller [number] at 2026-11-26"
    assert redacted["exception.message"] == "no slot for [number]"
    assert redacted["call.id"] == "call-12345678-aaaa"  # ids are not numbers to mask
    kept = export(keep=True)
    assert kept["transcript"] == "Tobias Brandt, +49 151 1234 5678"


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


async def test_an_untraced_call_runs_without_pipecats_tracing_or_an_added_observer(deps):
    runtime, settings = deps, Settings(_env_file=None)
    script = [[{"say": "Gern. Was darf es sein?"}]]
    assert not tracing.tracing_enabled()
    async with TextCall(
        runtime=runtime, settings=settings, caller_phone=CALLER, script=script
    ) as c:
        await c.say("Hallo")
        assert c.pipeline.worker.turn_trace_observer is None
    observation = CallObservation(call_id="c", mode="text", salon="s")
    assert observation.observers([]) == []

    with traced():
        async with TextCall(
            runtime=runtime, settings=settings, caller_phone=CALLER, script=script
        ) as c:
            await c.say("Hallo")
            assert c.pipeline.worker.turn_trace_observer is not None
        assert CallObservation(call_id="c", mode="text", salon="s").observers([])

    # tracing on, but the sampler leaves the call out: it runs as an untraced one
    with traced(sampled=False) as exporter:
        async with TextCall(
            runtime=runtime, settings=settings, caller_phone=CALLER, script=script
        ) as c:
            await c.say("Hallo")
            assert c.pipeline.worker.turn_trace_observer is None
    assert exporter.get_finished_spans() == ()


async def test_a_failing_calcom_request_is_a_span_per_attempt_with_what_happened(salon):
    with socket.socket() as s:  # a port nobody listens on: every connect is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def no_wait(seconds: float) -> None:
        return None

    client = CalComClient(
        f"http://127.0.0.1:{port}", None, salon=salon, max_retries=2, sleep=no_wait
    )
    counted = CALCOM_REQUESTS.labels("DELETE", "/v2/slots/reservations/{id}", "not_sent")
    before = counted._value.get()
    with traced() as exporter, trace.get_tracer("test").start_as_current_span("tool x"):
        with pytest.raises(NotSentError):
            await client.release_reservation("7f3c2a9e-4b1d-4c55-9a0e-2d6b8f1e0c33")
    await client.aclose()

    attempts = [s for s in exporter.get_finished_spans() if s.name.startswith("calcom")]
    assert [s.name for s in attempts] == ["calcom DELETE /v2/slots/reservations/{id}"] * 3
    assert [s.attributes["calcom.attempt"] for s in attempts] == [0, 1, 2]
    assert [s.attributes["calcom.retry"] for s in attempts] == [False, True, True]
    assert {s.attributes["calcom.outcome"] for s in attempts} == {"not_sent"}
    assert {s.status.status_code for s in attempts} == {StatusCode.ERROR}
    assert {s.parent.span_id for s in attempts} == {
        next(s for s in exporter.get_finished_spans() if s.name == "tool x").context.span_id
    }
    assert counted._value.get() - before == 3


# -- switched on by the environment ------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "exporters"),
    [
        ({}, []),
        ({"OTEL_SERVICE_NAME": "x"}, []),  # naming the service alone exports nothing
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}, ["otlp_proto_http"]),
        ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://c:4318/v1/traces"}, ["otlp_proto_http"]),
        ({"OTEL_TRACES_EXPORTER": "otlp"}, ["otlp_proto_http"]),
        (
            {"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"},
            ["otlp_proto_grpc"],
        ),
        ({"OTEL_TRACES_EXPORTER": "console,otlp"}, ["console", "otlp_proto_http"]),
        ({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}, []),
        ({"OTEL_SDK_DISABLED": "true", "OTEL_TRACES_EXPORTER": "otlp"}, []),
    ],
)
def test_tracing_is_off_unless_the_standard_environment_asks_for_an_exporter(environ, exporters):
    assert tracing.exporter_names(environ) == exporters


def test_an_unknown_protocol_or_exporter_is_a_clear_error():
    with pytest.raises(ValueError, match="OTLP protocol"):
        tracing.exporter_names({"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "x"})
    with pytest.raises(ValueError, match="zipkin"):
        tracing.span_processors({"OTEL_TRACES_EXPORTER": "zipkin"})


def test_nothing_in_the_environment_leaves_tracing_off(monkeypatch, tmp_path):
    for key in [k for k in os.environ if k.startswith("OTEL_")]:
        monkeypatch.delenv(key)
    assert tracing.configure_from_env(env_file=tmp_path / "missing.env") is False
    assert not tracing.tracing_enabled()


def test_otel_lines_of_the_env_file_reach_the_sdk_and_the_environment_wins(monkeypatch, tmp_path):
    env = tmp_path / ".env"
    env.write_text(
        "OTEL_SERVICE_NAME=from-file\nOTEL_TRACES_SAMPLER=always_on\nCALCOM_API_KEY=x\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("OTEL_SERVICE_NAME", "from-env")
    monkeypatch.delenv("OTEL_TRACES_SAMPLER", raising=False)
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    tracing.otel_from_env_file(env)

    assert os.environ["OTEL_SERVICE_NAME"] == "from-env"
    assert os.environ["OTEL_TRACES_SAMPLER"] == "always_on"
    assert "CALCOM_API_KEY" not in os.environ  # only OTEL_* lines are the SDK's
    monkeypatch.delenv("OTEL_TRACES_SAMPLER")


class _Collector(BaseHTTPRequestHandler):
    """An OTLP/HTTP trace receiver: keeps each request's path and body."""

    received: list[tuple[str, bytes]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_otlp_configured_by_the_environment_sends_redacted_spans_to_the_collector(monkeypatch):
    received: list[tuple[str, bytes]] = []
    handler = type("Collector", (_Collector,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        endpoint = f"http://127.0.0.1:{server.server_address[1]}"
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
        environ = {"OTEL_EXPORTER_OTLP_ENDPOINT": endpoint}
        provider = TracerProvider(resource=tracing.resource())
        for processor in tracing.span_processors(environ):
            provider.add_span_processor(processor)
        with provider.get_tracer("t").start_as_current_span("stt") as span:
            span.set_attribute("transcript", CUSTOMER)
            span.set_attribute("call.id", "call-1")
        assert provider.force_flush(5000)
        provider.shutdown()
    finally:
        server.shutdown()

    [(path, body)] = received
    assert path == "/v1/traces"
    request = ExportTraceServiceRequest.FromString(body)
    [resource_spans] = request.resource_spans
    service = {a.key: a.value.string_value for a in resource_spans.resource.attributes}
    assert service["service.name"] == "salon-receptionist"
    [span] = resource_spans.scope_spans[0].spans
    attributes = {a.key: a.value.string_value for a in span.attributes}
    assert span.name == "stt"
    assert attributes == {"transcript": "[redacted: 13]", "call.id": "call-1"}
