"""Traces in tests: the SDK's in-memory exporter behind the production redactor, and a phone
booking call through `serve` to trace.

OpenTelemetry allows one tracer provider per process, so one is installed for the whole test
session; `traced()` switches recording on for one block (a sampler drops everything outside it,
so other tests pay nothing) and turns `tracing_enabled()` on, as `configure_from_env` does.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import Decision, Sampler, SamplingResult

from agent.observability import tracing
from agent.observability.redaction import ContentRedactor
from tests.standin_scripts import ASK_THURSDAY_TEN, OFFER_THURSDAY_TEN, thursday_ten_script


class _Switch(Sampler):
    """Records while `on`; drops (non-recording spans, no cost) otherwise."""

    def __init__(self) -> None:
        self.on = False

    def should_sample(
        self, parent_context, trace_id, name, kind=None, attributes=None, links=None, **kwargs
    ):
        if not self.on:
            return SamplingResult(Decision.DROP)
        return SamplingResult(Decision.RECORD_AND_SAMPLE, attributes)  # a span keeps them

    def get_description(self) -> str:
        return "test switch"


_SWITCH = _Switch()
_EXPORTER = InMemorySpanExporter()


def _provider() -> TracerProvider:
    provider = TracerProvider(sampler=_SWITCH)
    provider.add_span_processor(ContentRedactor(SimpleSpanProcessor(_EXPORTER)))
    return provider


_PROVIDER = _provider()


@contextmanager
def traced(*, sampled: bool = True) -> Iterator[InMemorySpanExporter]:
    """Calls in this block are traced into the yielded exporter (redacted, as exported);
    `sampled=False`: tracing is on, but the sampler leaves every call out."""
    _EXPORTER.clear()
    tracing.install(_PROVIDER)
    _SWITCH.on = sampled
    try:
        yield _EXPORTER
    finally:
        _SWITCH.on = False
        tracing.uninstall()


# -- reading a trace -----------------------------------------------------------------------------


@dataclass
class Node:
    span: ReadableSpan
    children: list[Node] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.span.name

    @property
    def attributes(self) -> dict[str, Any]:
        return dict(self.span.attributes or {})

    def find(self, name: str) -> list[Node]:
        """Descendants (self included) with this span name, in start order."""
        found = [self] if self.name == name else []
        for child in self.children:
            found += child.find(name)
        return sorted(found, key=lambda n: n.span.start_time or 0)

    def child_names(self) -> list[str]:
        return [c.name for c in self.children]


def trees(spans: Sequence[ReadableSpan]) -> list[Node]:
    """The spans as trees (roots: spans whose parent is not among them), children in order."""
    nodes = {s.context.span_id: Node(s) for s in spans}
    roots = []
    for node in nodes.values():
        parent = node.span.parent
        if parent is not None and parent.span_id in nodes:
            nodes[parent.span_id].children.append(node)
        else:
            roots.append(node)
    for node in nodes.values():
        node.children.sort(key=lambda n: n.span.start_time or 0)
    return sorted(roots, key=lambda n: n.span.start_time or 0)


def call_tree(spans: Sequence[ReadableSpan], call_id: str | None = None) -> Node:
    """The one `call` root (of `call_id`, when given)."""
    calls = [
        n
        for n in trees(spans)
        if n.name == "call" and call_id in (None, n.attributes.get("call.id"))
    ]
    assert len(calls) == 1, [n.attributes for n in calls]
    return calls[0]


def exported_text(span: ReadableSpan) -> str:
    """Everything a span carries that an exporter sends: name, attributes, events, links."""
    return json.dumps(
        {
            "name": span.name,
            "attributes": dict(span.attributes or {}),
            "events": [(e.name, dict(e.attributes or {})) for e in span.events],
        },
        default=str,
        ensure_ascii=False,
    )


# -- a booking call over the phone ---------------------------------------------------------------

NAME = "Tobias Brandt"
ASK = ASK_THURSDAY_TEN
OFFER = OFFER_THURSDAY_TEN
# A claim the guard checks (not a piece of code's booked sentence: that would be dropped as its
# echo before the guard decides it)
GOODBYE = "Ihr Termin steht. Bis Donnerstag!"
PHONE_BOOKING = thursday_ten_script(name_said=NAME, after_booking=GOODBYE)


@asynccontextmanager
async def phone_server(tmp_path: Path, clock: Any, **overrides: Any):
    """`serve`'s app on loopback with the stand-ins playing PHONE_BOOKING; yields (base, app)."""
    from agent.server import create_app
    from calendar_adapter.runtime import open_calendar
    from tests.test_telephony_call import phone_settings, serving

    settings = phone_settings(tmp_path, **overrides)
    script = tmp_path / "booking.yaml"
    script.write_text(json.dumps(PHONE_BOOKING, ensure_ascii=False), encoding="utf-8")
    settings = settings.model_copy(update={"standin_script": script})
    async with open_calendar(settings, clock=clock, ledger_path=":memory:") as runtime:
        app = create_app(settings, runtime)
        async with serving(app) as base:
            yield base, app


async def book_by_phone(
    base: str, ledger: Any, *, while_held: Callable[[], Awaitable[None]] | None = None
) -> str:
    """A caller asks for a slot, hears it held, gives a name, hears it booked, hangs up.
    `while_held` runs once the offer was heard (the call running, the slot held). Returns the
    call id once the call has ended."""
    import websockets

    from agent.telephony.synthetic_voice import silence, synthetic_speech
    from tests.test_telephony_call import bot_said, call_of, twilio_call, until

    async with twilio_call(base) as call:

        async def heard(text: str) -> bool:
            calls = await ledger.recent_calls()
            return bool(calls) and any(text in s for s in await bot_said(ledger, calls[0].call_id))

        # A polite caller: the greeting first, then the request, then the name.
        await until(lambda: heard("Salon"), feed=lambda: call.play(silence(0.2)))
        await call.play(synthetic_speech() + silence(0.2))
        await until(lambda: heard(OFFER), feed=lambda: call.play(silence(0.2)))
        if while_held is not None:
            await while_held()
        await call.play(synthetic_speech(seed=11) + silence(0.2))
        await until(lambda: heard("Bis Donnerstag"), feed=lambda: call.play(silence(0.2)), limit=30)
        await call.stop()
        await until(lambda: call.ws.state is websockets.State.CLOSED)
    record = await call_of(ledger, "twilio")

    async def ended() -> bool:
        return (await ledger.get_call(record.call_id)).ended_at is not None

    await until(ended)
    await asyncio.sleep(0.1)  # the end line and the span are written right after
    return record.call_id
