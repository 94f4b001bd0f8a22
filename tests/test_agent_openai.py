"""The real OpenAI LLM service in the pipeline, against a local OpenAI-compatible server that
streams chat completions (text and tool calls) the way the API does.

What must hold: the booking tools are offered to the model with the rendered system prompt; the
model's tool calls run the real tools against the sandbox; what it says after a successful
booking reaches the caller, and what it claims without one is stopped by the guard."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from aiohttp import web

from agent.call import TextCall
from agent.config import Settings
from agent.llm_fallback import APOLOGY
from calendar_adapter.ledger import AppointmentState
from tests.filler import QUIET_TOOLS
from tests.local_http import serve_locally
from tests.test_agent_call import CALLER
from tools.deps import BookingDeps

Reply = Callable[[list[dict[str, Any]]], dict[str, Any]]


def _chunk(delta: dict[str, Any], finish: str | None = None) -> str:
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "gpt-4.1-mini",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


class FakeOpenAI:
    """Answers each chat completion with the next of `replies` (text or one tool call)."""

    def __init__(self, replies: list[Reply]):
        self.replies = list(replies)
        self.requests: list[dict[str, Any]] = []
        self.stalled = asyncio.Event()  # set at teardown: a stalled stream may then finish

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        reply = self.replies.pop(0)(body["messages"]) if self.replies else {"text": ""}
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(_chunk({"role": "assistant", "content": ""}).encode())
        if "tool" in reply:
            call = {
                "index": 0,
                "id": f"call_{len(self.requests)}",
                "type": "function",
                "function": {"name": reply["tool"], "arguments": json.dumps(reply["arguments"])},
            }
            await response.write(_chunk({"tool_calls": [call]}).encode())
            await response.write(_chunk({}, "tool_calls").encode())
        else:
            for word in reply["text"].split(" "):
                await response.write(_chunk({"content": word + " "}).encode())
            if reply.get("then") == "drop":  # the connection breaks mid-stream
                request.transport.close()
                return response
            if reply.get("then") == "stall":  # the stream goes quiet and stays quiet
                await self.stalled.wait()
            await response.write(_chunk({}, "stop").encode())
        await response.write(b"data: [DONE]\n\n")
        return response


@pytest.fixture
async def fake_openai() -> AsyncIterator[tuple[FakeOpenAI, str]]:
    fake = FakeOpenAI([])
    async with serve_locally({"/v1/chat/completions": fake.chat}) as base_url:
        try:
            yield fake, f"{base_url}/v1"
        finally:
            fake.stalled.set()


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


def _last_tool_result(messages: list[dict[str, Any]]) -> dict[str, Any]:
    return json.loads(next(m for m in reversed(messages) if m["role"] == "tool")["content"])


def _settings(base_url: str, **overrides: Any) -> Settings:
    return Settings(
        _env_file=None,
        llm_provider="openai",
        openai_api_key="sk-test",
        openai_base_url=base_url,
        **{"filler_after_seconds": QUIET_TOOLS, **overrides},
    )


async def test_the_openai_model_books_through_the_tools_and_its_confirmation_passes(
    deps, sandbox, ledger, fake_openai
):
    fake, base_url = fake_openai
    fake.replies = [
        lambda m: {
            "tool": "check_availability",
            "arguments": {
                "service": "Dauerwelle",
                "stylist": "Fabian",
                "date": "Freitag",
                "weekday": "Freitag",
                "time": "10",
            },
        },
        lambda m: {"text": "Freitag um zehn ist frei und für Sie reserviert. Ihr Name, bitte?"},
        lambda m: {
            "tool": "book_appointment",
            "arguments": {"slot_id": _last_tool_result(m)["slot_id"], "customer_name": "Anna Berg"},
        },
        lambda m: {"text": _last_tool_result(m)["say"]},
    ]
    async with TextCall(runtime=deps, settings=_settings(base_url), caller_phone=CALLER) as call:
        offer = await call.say("Dauerwelle bei Fabian, Freitag um zehn, bitte.")
        confirmation = await call.say("Anna Berg.")
        call_id = call.call_id

    assert offer.text == "Freitag um zehn ist frei und für Sie reserviert. Ihr Name, bitte?"
    [booking] = sandbox.bookings()
    [appointment] = await ledger.appointments_for_call(call_id)
    assert appointment.state == AppointmentState.CONFIRMED
    assert appointment.booking_uid == booking["uid"]
    assert confirmation.text.startswith("Ihr Termin ist gebucht: Dauerwelle bei Fabian Spitzer")

    first = fake.requests[0]
    assert first["model"] == "gpt-4.1-mini"
    assert first["messages"][0]["role"] == "system"
    assert "Telefon-Rezeption von Salon Spitzer" in first["messages"][0]["content"]
    assert "Heute ist Dienstag, 24. November 2026" in first["messages"][0]["content"]
    offered = {t["function"]["name"] for t in first["tools"]}
    assert {"check_availability", "book_appointment", "cancel_appointment"} <= offered
    # every tool call the model made is answered by its tool message, in order
    last = fake.requests[-1]["messages"]
    for i, message in enumerate(last):
        for tool_call in message.get("tool_calls") or []:
            assert last[i + 1]["role"] == "tool"
            assert last[i + 1]["tool_call_id"] == tool_call["id"]


async def test_the_openai_model_cannot_confirm_a_booking_it_did_not_make(
    deps, sandbox, ledger, fake_openai
):
    fake, base_url = fake_openai
    fake.replies = [lambda m: {"text": "Kein Problem, Ihr Termin am Freitag ist gebucht!"}]
    async with TextCall(runtime=deps, settings=_settings(base_url), caller_phone=CALLER) as call:
        reply = await call.say("Dauerwelle bei Fabian am Freitag.")

    assert reply.text == "Gebucht ist noch nichts."  # the truth: nothing held, nothing booked
    assert sandbox.bookings() == []
    assert call.result.guard_blocked == ["Kein Problem, Ihr Termin am Freitag ist gebucht!"]


async def test_a_stream_that_breaks_mid_sentence_ends_in_an_apology(deps, ledger, fake_openai):
    fake, base_url = fake_openai
    fake.replies = [
        lambda m: {"text": "Gern. Für welchen", "then": "drop"},
        lambda m: {"text": "Für welchen Tag?"},
    ]
    async with TextCall(runtime=deps, settings=_settings(base_url), caller_phone=CALLER) as call:
        broken = await call.say("Ich hätte gern einen Termin.")
        again = await call.say("Einen Termin, bitte.")
        call_id = call.call_id

    assert broken.text.startswith("Gern.")
    assert broken.text.endswith(APOLOGY["de"])
    assert again.text == "Für welchen Tag?"
    assert [e.data["source"] for e in await ledger.timeline(call_id) if e.kind == "error"] == [
        "llm"
    ]


async def test_a_stream_that_goes_quiet_times_out_into_an_apology(deps, fake_openai):
    fake, base_url = fake_openai
    fake.replies = [lambda m: {"text": "Moment,", "then": "stall"}]
    settings = _settings(base_url, openai_timeout_seconds=0.5)
    async with TextCall(runtime=deps, settings=settings, caller_phone=CALLER) as call:
        reply = await call.say("Ich hätte gern einen Termin.")

    assert reply.text.endswith(APOLOGY["de"])
    assert len(fake.requests) == 1  # a stalled stream is not sent again behind the caller's back
