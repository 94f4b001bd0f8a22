"""What an operator sees of the requests to Cal.com: one span and one count per request sent.

`calcom_request(method, path, attempt)` wraps the one place the client sends
(`CalComClient._send_once`). The span (OpenTelemetry API: a no-op until a tracer provider is
installed) is a child of whatever is current (a tool call, the call's end), named by the route
with its ids folded; the counts and the rate-limit budget are Prometheus instruments, created
here unregistered and exposed by the registry that `agent.observability` builds. No body, query
or header value is recorded; ids never reach a label.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import httpx
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from prometheus_client import Counter, Gauge, Histogram

# Path words of the Cal.com v2 routes the client uses; any other segment is an id.
_ROUTE_WORDS = frozenset(
    {
        "v2",
        "me",
        "event-types",
        "slots",
        "reservations",
        "bookings",
        "cancel",
        "reschedule",
        "webhooks",
        "schedules",
    }
)

_tracer = trace.get_tracer("calendar_adapter.calcom")

CALCOM_REQUESTS = Counter(
    "receptionist_calcom_requests",
    "Requests sent to Cal.com, by route (ids folded) and answer: the HTTP status, or what "
    "happened instead (not_sent, timeout, connection_lost).",
    ["method", "route", "status"],
    registry=None,
)
CALCOM_SECONDS = Histogram(
    "receptionist_calcom_request_seconds",
    "Round trip of one request to Cal.com (one attempt; retries are requests of their own).",
    ["method", "route"],
    buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=None,
)
RATE_LIMIT_REMAINING = Gauge(
    "receptionist_calcom_rate_limit_remaining",
    "Requests left in Cal.com's rate-limit window, as its last answer said (X-RateLimit-Remaining).",
    registry=None,
)
RATE_LIMIT_LIMIT = Gauge(
    "receptionist_calcom_rate_limit_limit",
    "Requests Cal.com allows per window, as its last answer said (X-RateLimit-Limit).",
    registry=None,
)
INSTRUMENTS = (CALCOM_REQUESTS, CALCOM_SECONDS, RATE_LIMIT_REMAINING, RATE_LIMIT_LIMIT)


def fold_route(path: str) -> str:
    """`/v2/bookings/4f2a.../cancel` -> `/v2/bookings/{id}/cancel`: one route, whatever booking
    or hold; a segment that is not a known route word is an id, so no id becomes a label."""
    segments = path.split("?", 1)[0].strip("/").split("/")
    return "/" + "/".join(s if s in _ROUTE_WORDS else "{id}" for s in segments if s)


def rate_limit(headers: Mapping[str, str], kind: str) -> int | None:
    """`X-RateLimit-{kind}` or `X-RateLimit-{kind}-{Name}` (Cal.com names its throttlers): the
    smallest value, since the tightest named limit is the one that blocks first."""
    prefix = f"x-ratelimit-{kind.lower()}"
    values = []
    for key, value in headers.items():
        key = key.lower()
        if key == prefix or key.startswith(prefix + "-"):
            try:
                values.append(int(float(value)))
            except ValueError:
                continue
    return min(values) if values else None


class Exchange:
    """One request in flight: its span, and how it was answered."""

    def __init__(self, span: trace.Span):
        self.span = span
        self.status: str = "not_answered"

    def answered(self, response: httpx.Response) -> None:
        self.status = str(response.status_code)
        self.span.set_attribute("http.response.status_code", response.status_code)
        if response.status_code >= 500:
            self.span.set_status(Status(StatusCode.ERROR))
        remaining = rate_limit(response.headers, "remaining")
        if remaining is not None:
            RATE_LIMIT_REMAINING.set(remaining)
            self.span.set_attribute("calcom.rate_limit.remaining", remaining)
        limit = rate_limit(response.headers, "limit")
        if limit is not None:
            RATE_LIMIT_LIMIT.set(limit)

    def failed(self, outcome: str) -> None:
        """No answer: `outcome` says what happened (not_sent, timeout, connection_lost)."""
        self.status = outcome
        self.span.set_attribute("calcom.outcome", outcome)
        self.span.set_status(Status(StatusCode.ERROR, outcome))


@contextmanager
def calcom_request(method: str, path: str, *, attempt: int) -> Iterator[Exchange]:
    """Span and count one request; the caller reports `answered(response)` or `failed(...)`.
    `attempt` > 0 is a retry of the same request."""
    route = fold_route(path)
    began = time.perf_counter()
    with _tracer.start_as_current_span(
        f"calcom {method} {route}",
        kind=SpanKind.CLIENT,
        attributes={
            "http.request.method": method,
            "url.template": route,
            "calcom.attempt": attempt,
            "calcom.retry": attempt > 0,
        },
        record_exception=False,  # an error's text may quote what was sent
        set_status_on_exception=False,
    ) as span:
        exchange = Exchange(span)
        try:
            yield exchange
        finally:
            CALCOM_REQUESTS.labels(method, route, exchange.status).inc()
            CALCOM_SECONDS.labels(method, route).observe(time.perf_counter() - began)
