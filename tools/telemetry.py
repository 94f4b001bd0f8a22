"""One span and one latency observation per tool call (`BookingTools.call`).

The span is a child of the call's current turn when the agent says which that is (`parent`),
else of whatever is current; the Cal.com requests the tool makes are its children. It carries
the tool's name, the call id and the result's status, never the arguments (names, numbers).
The latency histogram is created unregistered; `agent.observability` exposes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Status, StatusCode
from prometheus_client import Histogram

# Returns the context a tool span hangs under (the call's current turn), or None.
TraceParent = Callable[[], Context | None]

_tracer = trace.get_tracer("tools")

TOOL_SECONDS = Histogram(
    "receptionist_tool_call_seconds",
    "One tool call from the model's request to its result, by tool and result status.",
    ["tool", "status"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0),
    registry=None,
)
INSTRUMENTS = (TOOL_SECONDS,)
FAILED = frozenset({"error"})


class ToolRun:
    """The result of the tool call being traced; set once it is known."""

    def __init__(self, span: trace.Span):
        self._span = span
        self.status = "error"

    def result(self, status: object) -> None:
        self.status = str(status)
        self._span.set_attribute("tool.status", self.status)
        if self.status in FAILED:
            self._span.set_status(Status(StatusCode.ERROR))


@contextmanager
def tool_span(name: str, *, call_id: str, parent: TraceParent | None) -> Iterator[ToolRun]:
    """Span and time one tool call. `name` is a known tool's or `unknown`: the model's text
    never becomes a label."""
    began = time.perf_counter()
    with _tracer.start_as_current_span(
        f"tool {name}",
        context=parent() if parent is not None else None,
        attributes={"tool.name": name, "call.id": call_id},
        record_exception=False,
    ) as span:
        run = ToolRun(span)
        try:
            yield run
        finally:
            TOOL_SECONDS.labels(name, run.status).observe(time.perf_counter() - began)
