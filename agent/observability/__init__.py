"""What an operator sees of the agent: traces per call and turn (OpenTelemetry, off until the
`OTEL_*` environment asks), Prometheus metrics per process (`/metrics`, behind METRICS_TOKEN)
and one structured line per call end. See docs/observability.md.

| module | job |
|---|---|
| `tracing` | SDK set-up from the environment; `tracing_enabled()`, the one decision |
| `redaction` | `ContentRedactor`: no transcript, prompt or number leaves in a span |
| `call` | `CallObservation`: a call's root span, turn parent, latency spans, guard spans, end |
| `instruments` | per-call Prometheus instruments (turn latency, outcomes, guard blocks) |
| `outcome` | a call's outcome label, from the dashboard's decision |
| `registry` | `Metrics`: the registry `/metrics` renders (admission, ledger, all instruments) |
| `endpoint` | `add_metrics_route`: `/metrics` with a bearer token |
| `logs` | `add_log_sink`: text or JSON (`LOG_FORMAT`), trace ids in `extra` |
"""

from agent.observability.call import CallObservation
from agent.observability.endpoint import add_metrics_route
from agent.observability.logs import add_log_sink
from agent.observability.tracing import configure_from_env, tracing_enabled

__all__ = [
    "CallObservation",
    "add_log_sink",
    "add_metrics_route",
    "configure_from_env",
    "tracing_enabled",
]
