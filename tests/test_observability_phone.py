"""A booking call over the phone, as an operator sees it: one trace, the numbers on /metrics,
the measured latency on the call's timeline, one line at its end.

The call goes through `serve` as Twilio places it (signed voice webhook, Media Streams
websocket, mu-law at real-time pace), with the real Silero VAD and the offline stand-ins for
speech and model: a caller asks for Dauerwelle with Fabian on Thursday at ten, hears it held,
gives a name, hears it booked and hangs up. It runs once for this module (about 25 s of
calls at the phone's pace); each test reads one aspect of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import pytest_asyncio
from loguru import logger
from prometheus_client.parser import text_string_to_metric_families

from calendar_adapter.clock import FixedClock
from tests.conftest import PINNED_NOW
from tests.observability_support import (
    ASK,
    NAME,
    OFFER,
    Node,
    book_by_phone,
    call_tree,
    exported_text,
    phone_server,
    traced,
)
from tests.test_telephony_call import CALLER, brief_greeting_salon

pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.slow]

TOKEN = "metrics-test-token"
Samples = dict[tuple[str, frozenset], float]


def samples(text: str) -> Samples:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(scrape: Samples, name: str, **labels: str) -> float:
    return scrape.get((name, frozenset(labels.items())), 0.0)


async def scrape(base: str) -> Samples:
    async with httpx.AsyncClient() as http:
        response = await http.get(f"{base}/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    return samples(response.text)


@dataclass
class ObservedCall:
    call_id: str
    root: Node  # the call's trace
    spans: list[Any]  # every span exported meanwhile
    before: Samples
    while_held: Samples
    after: Samples
    timeline: list[Any]
    log: list[dict[str, Any]]  # loguru records at INFO and above


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def observed(tmp_path_factory) -> ObservedCall:
    tmp = tmp_path_factory.mktemp("phone-observed")
    records: list[dict[str, Any]] = []
    sink = logger.add(lambda message: records.append(message.record), level="INFO")
    try:
        with traced() as exporter:
            clock = FixedClock(PINNED_NOW)
            # the reference salon greeting briefly: the call waits its greeting out
            salon = brief_greeting_salon(tmp)
            async with phone_server(tmp, clock, metrics_token=TOKEN, salon_file=salon) as (
                base,
                app,
            ):
                ledger = app.state.runtime.ledger
                before = await scrape(base)
                during: list[Samples] = []

                async def while_held() -> None:
                    during.append(await scrape(base))

                call_id = await book_by_phone(base, ledger, while_held=while_held)
                after = await scrape(base)
                timeline = await ledger.timeline(call_id)
            spans = list(exporter.get_finished_spans())
    finally:
        logger.remove(sink)
    return ObservedCall(
        call_id=call_id,
        root=call_tree(spans, call_id),
        spans=spans,
        before=before,
        while_held=during[0],
        after=after,
        timeline=timeline,
        log=records,
    )


# -- the trace ---------------------------------------------------------------------------------


async def test_the_call_is_one_trace_of_turns_tools_and_calcom_requests(observed):
    call = observed.root
    assert call.attributes == {
        "call.id": observed.call_id,
        "call.mode": "twilio",
        "salon.name": "Salon Spitzer",
        "call.outcome": "booked",
        "call.end_reason": "hangup",
        "call.turns": 3,  # the greeting, the request, the name
    }
    # pipecat's conversation and turns, under the call
    [conversation] = call.find("conversation")
    assert conversation.attributes["conversation.id"] == observed.call_id
    turns = [c for c in conversation.children if c.name == "turn"]
    assert [t.attributes["turn.number"] for t in turns] == [1, 2, 3]

    # the request's turn: the tool, and the two Cal.com requests it made
    [check] = turns[1].find("tool check_availability")
    assert check in turns[1].children
    assert check.attributes["tool.status"] == "held"
    assert check.attributes["call.id"] == observed.call_id
    assert [(c.name, c.attributes["http.response.status_code"]) for c in check.children] == [
        ("calcom GET /v2/slots", 200),
        ("calcom POST /v2/slots/reservations", 201),
    ]
    # the name's turn: the booking
    [book] = turns[2].find("tool book_appointment")
    assert book in turns[2].children
    assert book.attributes["tool.status"] == "booked"
    [post] = book.children
    assert post.name == "calcom POST /v2/bookings"
    assert post.attributes["url.template"] == "/v2/bookings"
    assert post.attributes["calcom.attempt"] == 0
    assert post.attributes["http.response.status_code"] == 201

    # one trace: every span under the call carries its trace id
    trace_ids = {n.span.context.trace_id for n in _all(call)}
    assert trace_ids == {call.span.context.trace_id}
    # the call is its trace's root; the websocket it came in on is linked, not its parent
    assert call.span.parent is None
    [link] = call.span.links
    [ws] = [s for s in observed.spans if s.context.span_id == link.context.span_id]
    assert ws.name == "WS /twilio/ws"


async def test_each_turn_shows_where_its_time_went(observed):
    turn = observed.root.find("turn")[1]  # the caller's request
    assert turn.attributes["turn.user_bot_latency_seconds"] > 0
    # pipecat's service spans: STT to the final transcript, LLM with time to first token, TTS
    assert [s.attributes["is_final"] for s in turn.find("stt")] == [True]
    assert all("metrics.ttfb" in s.attributes for s in turn.find("stt") + turn.find("llm"))
    assert turn.find("tts")
    # the response time, part by part (pipecat's latency breakdown of this turn)
    [response] = turn.find("response latency")
    parts = {c.name: c for c in response.children}
    assert {"endpointing wait", "transcription", "turn detection"} <= set(parts)
    detection = parts["turn detection"]
    assert detection.attributes["latency.key"] == "turn_detection"
    seconds = (detection.span.end_time - detection.span.start_time) / 1e9
    # it is the silence wait (TURN_SILENCE_SECONDS=0.4 in these settings); no upper bound on
    # time: a loaded machine stretches it, so it is bounded by its place in the turn instead
    assert seconds > 0.35
    assert response.span.start_time >= turn.span.start_time
    assert response.span.start_time <= detection.span.start_time
    assert detection.span.end_time <= response.span.end_time

    # the guard's verdicts on the model's "Ihr Termin steht. Bis Donnerstag!": each
    # sentence claims the booking (a goodbye that presupposes the visit does too), backed: passed
    guards = observed.root.find("turn")[2].find("guard")
    assert len(guards) == 2
    for guard in guards:
        assert guard.attributes["guard.verdict"] == "passed"
        assert list(guard.attributes["guard.claims"]) == ["booked"]


async def test_nothing_the_caller_said_and_no_name_or_number_leaves_in_a_span(observed):
    exported = "\n".join(exported_text(s) for s in observed.spans)
    digits = re.sub(r"\D", "", CALLER)
    for secret in (NAME, NAME.split()[1], digits, digits[-8:], ASK, OFFER):
        assert secret not in exported, secret
    # the transcripts were there, and were replaced by their length
    [stt, *_] = observed.root.find("stt")
    assert re.fullmatch(r"\[redacted: \d+\]", stt.attributes["transcript"])


# -- the numbers -------------------------------------------------------------------------------


async def test_the_call_is_counted_on_metrics(observed):
    before, held, after = observed.before, observed.while_held, observed.after

    def added(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    # while the caller decides: one call running, one slot held
    assert value(held, "receptionist_active_calls") == 1
    assert value(held, "receptionist_holds_alive") == 1
    assert value(held, "receptionist_appointments_open", state="held") == 1
    # afterwards: nothing running, nothing held, the call's outcome counted once
    assert value(after, "receptionist_active_calls") == 0
    assert value(after, "receptionist_holds_alive") == 0
    assert value(after, "receptionist_release_outbox") == 0
    assert added("receptionist_calls_admitted_total") == 1
    assert added("receptionist_calls_refused_total") == 0
    assert added("receptionist_calls_ended_total", mode="twilio", outcome="booked") == 1
    assert added("receptionist_call_duration_seconds_count", mode="twilio") == 1
    # each measured turn is one observation (the greeting is timed from the connect, no turn)
    latencies = [e.data["seconds"] for e in observed.timeline if e.kind == "turn_latency"]
    assert added("receptionist_turn_latency_seconds_count", mode="twilio") == len(latencies)
    assert added("receptionist_turn_latency_seconds_sum", mode="twilio") == pytest.approx(
        sum(latencies), abs=0.002 * len(latencies)
    )
    # tools by name and status, Cal.com requests by route and status
    tool = "receptionist_tool_call_seconds_count"
    assert added(tool, tool="check_availability", status="held") == 1
    assert added(tool, tool="book_appointment", status="booked") == 1
    requests = "receptionist_calcom_requests_total"
    assert added(requests, method="GET", route="/v2/slots", status="200") == 1
    assert added(requests, method="POST", route="/v2/slots/reservations", status="201") == 1
    assert added(requests, method="POST", route="/v2/bookings", status="201") == 1
    # the budget Cal.com's (the sandbox's) rate-limit headers announced
    assert value(after, "receptionist_calcom_rate_limit_limit") == 120
    assert 0 < value(after, "receptionist_calcom_rate_limit_remaining") < 120


async def test_phone_calls_record_pipecats_measured_latency_and_usage_on_their_timeline(observed):
    """As browser calls do: the dashboard's numbers read them."""
    latencies = [e.data["seconds"] for e in observed.timeline if e.kind == "turn_latency"]
    assert len(latencies) >= 2  # the request and the name
    [usage] = [e.data for e in observed.timeline if e.kind == "usage"]
    assert usage["tts_characters"] > len(OFFER)
    # the same measurement as the trace's (pipecat measures each turn, within a few ms)
    traced_latencies = [
        t.attributes["turn.user_bot_latency_seconds"]
        for t in observed.root.find("turn")
        if "turn.user_bot_latency_seconds" in t.attributes
    ]
    assert len(traced_latencies) == len(latencies)
    for timeline_s, trace_s in zip(latencies, traced_latencies, strict=True):
        assert timeline_s == pytest.approx(trace_s, abs=0.02)


# -- the line at its end -----------------------------------------------------------------------


async def test_one_line_tells_how_the_call_ended_joined_to_its_trace(observed):
    ended = [r for r in observed.log if r["extra"].get("event") == "call_ended"]
    [line] = [r for r in ended if r["extra"]["call_id"] == observed.call_id]
    fields = line["extra"]
    assert line["level"].name == "INFO"
    assert fields["outcome"] == "booked"
    assert fields["mode"] == "twilio"
    assert fields["reason"] == "hangup"
    assert fields["turns"] == 3
    assert fields["duration_s"] > 1
    latencies = [e.data["seconds"] for e in observed.timeline if e.kind == "turn_latency"]
    assert fields["turn_latency_max_ms"] == pytest.approx(max(latencies) * 1000, abs=1)
    assert fields["trace_id"] == format(observed.root.span.context.trace_id, "032x")
    digits = re.sub(r"\D", "", CALLER)
    text = line["message"] + repr(fields)
    assert digits not in text and NAME not in text


def _all(node: Node) -> list[Node]:
    return [node, *(n for c in node.children for n in _all(c))]
