"""The Prometheus registry `serve` exposes on `/metrics`: what one process and its ledger hold.

Instruments that count (Cal.com requests, tool calls, turns, outcomes, guard blocks) are
process-wide objects defined where the counting happens; this registry gathers them, reads the
admission's counters as they are (no second count), and reads the ledger's open appointments
and release outbox at each scrape (async, before the exposition is rendered; a scrape every
15 s is two small queries).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from loguru import logger
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Gauge,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from agent.observability import instruments
from calendar_adapter import telemetry as calendar_telemetry
from calendar_adapter.ledger import NON_FINAL, AppointmentState
from tools import telemetry as tool_telemetry

CONTENT_TYPE = CONTENT_TYPE_LATEST
PROCESS_WIDE = (
    *calendar_telemetry.INSTRUMENTS,
    *tool_telemetry.INSTRUMENTS,
    *instruments.INSTRUMENTS,
)


class AdmissionCollector(Collector):
    """The call limit's state (`agent.telephony.admission.Admission`), read at each scrape."""

    def __init__(self, admission: Any):
        self._admission = admission

    def collect(self) -> Iterator[Metric]:
        a = self._admission
        yield GaugeMetricFamily(
            "receptionist_active_calls",
            "Calls running in this process now (phone and browser).",
            value=a.active,
        )
        yield GaugeMetricFamily(
            "receptionist_call_limit", "Calls this process takes at once.", value=a.limit
        )
        yield GaugeMetricFamily(
            "receptionist_accepting_calls",
            "1 while a new call would find a place (places reserved for Twilio streams count).",
            value=1 if a.accepting else 0,
        )
        yield CounterMetricFamily(
            "receptionist_calls_admitted",
            "Calls given a place since the process started.",
            value=a.admitted,
        )
        yield CounterMetricFamily(
            "receptionist_calls_refused",
            "Calls refused for want of a place (apology or forwarding) since the process started.",
            value=a.refused,
        )


class Metrics:
    """One app's registry: the process-wide instruments, its admission, its ledger."""

    def __init__(self, admission: Any):
        self.registry = CollectorRegistry()
        for collector in PROCESS_WIDE:
            self.registry.register(collector)
        self.registry.register(AdmissionCollector(admission))
        ProcessCollector(registry=self.registry)
        self._holds = Gauge(
            "receptionist_holds_alive",
            "Slots held in Cal.com for a caller, as the ledger has them (state held).",
            registry=self.registry,
        )
        self._open = Gauge(
            "receptionist_appointments_open",
            "Appointments in a non-final state in the ledger (reserving, held, booking, "
            "pending, unknown).",
            ["state"],
            registry=self.registry,
        )
        self._outbox = Gauge(
            "receptionist_release_outbox",
            "Reservations whose release Cal.com has not confirmed yet (retried in the background).",
            registry=self.registry,
        )

    async def read_ledger(self, ledger: Any) -> None:
        """The ledger's gauges as of now; on a failing ledger they keep their last values."""
        try:
            rows = await ledger.non_final()
            outbox = await ledger.pending_releases()
        except Exception as exc:
            logger.warning(f"metrics: ledger not readable ({type(exc).__name__})")
            return
        counts = dict.fromkeys(sorted(s.value for s in NON_FINAL), 0)
        for row in rows:
            counts[AppointmentState(row.state).value] += 1
        for state, count in counts.items():
            self._open.labels(state).set(count)
        self._holds.set(counts[AppointmentState.HELD.value])
        self._outbox.set(len(outbox))

    async def render(self, ledger: Any) -> bytes:
        await self.read_ledger(ledger)
        return generate_latest(self.registry)
