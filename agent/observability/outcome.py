"""A call's outcome as one metric label: the dashboard's decision (`agent.dashboard.outcomes`),
its most important tag, in the words an alert rule reads."""

from __future__ import annotations

from typing import Any

from agent.dashboard.outcomes import call_outcomes

# Dashboard tag -> label; the others are used as they are.
LABELS = {"open": "unknown", "forwarded": "transferred"}


async def call_outcome(ledger: Any, call_id: str) -> str:
    """booked, requested, moved, cancelled, message, transferred, unknown (not yet confirmed),
    refused, not_booked or nothing: from the call's tool results and its ledger rows now."""
    results = [e for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    tag = call_outcomes(results, await ledger.appointments_for_call(call_id))[0]
    return LABELS.get(tag, tag)
