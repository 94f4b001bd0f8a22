"""Traces: off by default, on with the standard `OTEL_*` environment variables.

`configure_from_env()` (called once by `serve`) installs the OpenTelemetry SDK when the
environment asks for an exporter: `OTEL_TRACES_EXPORTER` (`otlp`, `console`, any installed
`opentelemetry_traces_exporter` entry point; `none` keeps tracing off), or an
`OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT` alone (then OTLP). The SDK reads the rest itself:
`OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`, `OTEL_TRACES_SAMPLER(_ARG)`, `OTEL_BSP_*`,
`OTEL_EXPORTER_OTLP_*` (endpoint, headers, timeout, protocol); `OTEL_SDK_DISABLED=true` wins.
OTLP goes over HTTP/protobuf unless `OTEL_EXPORTER_OTLP_(TRACES_)PROTOCOL=grpc` (which needs
`opentelemetry-exporter-otlp-proto-grpc`). Every exporter sits behind `ContentRedactor`.

`tracing_enabled()` is the one decision whether a call is traced (pipecat's `enable_tracing`,
the latency observer for the turn's spans). A provider installed by someone else
(`opentelemetry-instrument`) is used as it is, with a warning: its exporters bypass the redactor.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from dotenv import dotenv_values
from loguru import logger
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter

from agent.observability.redaction import ContentRedactor, capture_content

DEFAULT_SERVICE_NAME = "salon-receptionist"
_OTLP_BY_PROTOCOL = {
    "http/protobuf": "otlp_proto_http",
    "http/json": "otlp_proto_http",
    "grpc": "otlp_proto_grpc",
}

_enabled = False


def tracing_enabled() -> bool:
    """Whether calls are traced in this process (a provider was configured)."""
    return _enabled


def install(provider: TracerProvider) -> None:
    """Make `provider` the process's tracer provider and trace calls from now on.

    OpenTelemetry allows one global provider per process; a second `install` keeps the first
    provider and only switches tracing on."""
    global _enabled
    if not isinstance(trace.get_tracer_provider(), TracerProvider):
        trace.set_tracer_provider(provider)
    _enabled = True


def uninstall() -> None:
    """Stop tracing calls (the global provider stays: OpenTelemetry cannot replace it)."""
    global _enabled
    _enabled = False


def exporter_names(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The span exporters the environment asks for, as entry-point names; [] means off."""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return []
    names = environ.get("OTEL_TRACES_EXPORTER", "").strip()
    if not names:
        endpoint = environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or environ.get(
            "OTEL_EXPORTER_OTLP_ENDPOINT"
        )
        names = "otlp" if endpoint else ""
    if not names or names.lower() == "none":
        return []
    protocol = (
        environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")
        or environ.get("OTEL_EXPORTER_OTLP_PROTOCOL")
        or "http/protobuf"
    ).strip()
    out = []
    for name in (n.strip() for n in names.split(",") if n.strip()):
        if name == "otlp":
            if protocol not in _OTLP_BY_PROTOCOL:
                raise ValueError(f"unsupported OTLP protocol {protocol!r}")
            name = _OTLP_BY_PROTOCOL[protocol]
        out.append(name)
    return out


def _exporter(name: str) -> SpanExporter:
    found = list(entry_points(group="opentelemetry_traces_exporter", name=name))
    if not found:
        raise ValueError(f"no span exporter {name!r} is installed (OTEL_TRACES_EXPORTER)")
    return found[0].load()()  # each exporter reads its own OTEL_EXPORTER_* settings


def span_processors(environ: Mapping[str, str] = os.environ) -> list[SpanProcessor]:
    """One batching processor per exporter the environment asks for, each behind the
    redactor (content only with OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true)."""
    keep = capture_content(environ)
    return [
        ContentRedactor(BatchSpanProcessor(_exporter(name)), keep_content=keep)
        for name in exporter_names(environ)
    ]


def resource() -> Resource:
    """The SDK's resource from the environment (`OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`);
    our service name unless one is given."""
    found = Resource.create()
    if str(found.attributes.get("service.name", "")).startswith("unknown_service"):
        found = found.merge(Resource({"service.name": DEFAULT_SERVICE_NAME}))
    return found


def otel_from_env_file(path: str | Path | None) -> None:
    """`OTEL_*` lines of `.env` into the process environment (the SDK reads only that);
    the real environment wins, as it does for every other setting."""
    if path is None or not Path(path).is_file():
        return
    for key, value in dotenv_values(path).items():
        if key.startswith("OTEL_") and value:
            os.environ.setdefault(key, value)


def configure_from_env(env_file: str | Path | None = ".env") -> bool:
    """Install the SDK as the environment (and `.env`) says; False (tracing off) when it asks
    for nothing."""
    otel_from_env_file(env_file)
    environ = os.environ
    if not exporter_names(environ):
        return False
    existing = trace.get_tracer_provider()
    if isinstance(existing, TracerProvider):  # e.g. run under `opentelemetry-instrument`
        install(existing)
        logger.warning(
            "tracing: on with the tracer provider already installed; its exporters are not "
            "behind the content redactor (run serve without opentelemetry-instrument)"
        )
        return True
    processors = span_processors(environ)
    provider = TracerProvider(resource=resource())  # sampler: OTEL_TRACES_SAMPLER
    for processor in processors:
        provider.add_span_processor(processor)
    install(provider)
    logger.info(
        f"tracing: on, service {provider.resource.attributes.get('service.name')}, "
        f"exporters {', '.join(exporter_names(environ))}"
        + (", with conversation content" if capture_content(environ) else "")
    )
    return True


# Requests whose server spans would be noise: scrapes and probes every few seconds.
UNTRACED_PATHS = ("/metrics", "/healthz")


def http_telemetry() -> dict[str, Any]:
    """`FastAPI(telemetry=...)` for serve's app: FastAPI's own request spans (when a provider is
    installed) without its per-dependency spans, and none for scrapes and health probes."""
    return {
        "operation_spans": False,
        "exclude": lambda scope: str(scope.get("path", "")).startswith(UNTRACED_PATHS),
    }
