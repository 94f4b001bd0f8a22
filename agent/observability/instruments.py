"""The per-call Prometheus instruments: created unregistered, exposed by `registry.Metrics`.

Counted for every call that runs through `run_call` in this process (phone, browser, console);
the turn latency wherever pipecat measures it (calls with audio: phone and browser).
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

TURN_LATENCY = Histogram(
    "receptionist_turn_latency_seconds",
    "End of the caller's speech to the bot's first audio, per turn (pipecat's "
    "UserBotLatencyObserver).",
    ["mode"],
    buckets=(0.3, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0, 10.0),
    registry=None,
)
CALLS_ENDED = Counter(
    "receptionist_calls_ended",
    "Calls ended, by mode and outcome (booked, requested, moved, cancelled, message, "
    "transferred, unknown, refused, not_booked, nothing).",
    ["mode", "outcome"],
    registry=None,
)
CALL_SECONDS = Histogram(
    "receptionist_call_duration_seconds",
    "Length of a call, from its session's start to its end.",
    ["mode"],
    buckets=(10, 30, 60, 120, 180, 300, 600, 1200),
    registry=None,
)
GUARD_BLOCKS = Counter(
    "receptionist_guard_blocks",
    "Sentences the confirmation guard stopped, by the kind of claim the calendar did not back.",
    ["claim"],
    registry=None,
)
INSTRUMENTS = (TURN_LATENCY, CALLS_ENDED, CALL_SECONDS, GUARD_BLOCKS)
