"""A Telnyx hand-over, with the salon's phone answered or not: the line sends Telnyx's transfer
command (Telnyx's REST API, played by a local stand-in), the stand-in reports the dialled leg's
events as Telnyx does, signed with an Ed25519 key, to `/telnyx/events` of `serve`, and the line
waits for the verdict. Answered: the agent leaves the call. Not answered (or no word in time):
the transfer did not happen, and the caller is not left on a silent line; a message with their
number is taken for the salon. Events are believed only with a fresh, valid signature, and
counted once however often Telnyx delivers them, by whichever worker shares the ledger."""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from agent.server import create_app
from agent.telephony.lines import TelnyxLine
from agent.telephony.rest_clients import provider_clients
from agent.telephony.telnyx_events import EVENTS_PATH
from agent.telephony.transfer_outcomes import TransferOutcomes
from calendar_adapter.ledger import Ledger, MessageKind
from calendar_adapter.runtime import open_calendar
from tests.provider_standin import TELNYX_KEY, provider_standin
from tests.test_telephony_call import phone_settings, serving

CALLER = "+4915112345678"
SALON = "+493012345678"
CONTROL_ID = "v3:caller-leg"
CALL_ID = "call-telnyx-1"


class Signer:
    """The Telnyx account's webhook key pair: Telnyx signs with the private half."""

    def __init__(self) -> None:
        self._key = Ed25519PrivateKey.generate()
        raw = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public = base64.b64encode(raw).decode()

    def headers(self, body: bytes, *, at: float | None = None) -> dict[str, str]:
        stamp = str(int(time.time() if at is None else at))
        signature = self._key.sign(stamp.encode() + b"|" + body)
        return {
            "telnyx-signature-ed25519": base64.b64encode(signature).decode(),
            "telnyx-timestamp": stamp,
            "content-type": "application/json",
        }


def event(kind: str, state: str, *, cause: str | None = None, event_id: str | None = None):
    payload: dict[str, Any] = {
        "call_control_id": "v3:salon-leg",
        "call_leg_id": "leg-b",
        "call_session_id": "session-1",
        "client_state": state,
        "from": CALLER,
        "to": SALON,
    }
    if cause is not None:
        payload.update(state="hangup", hangup_cause=cause, hangup_source="callee")
    return json.dumps(
        {
            "data": {
                "record_type": "event",
                "event_type": kind,
                "id": event_id or str(uuid.uuid4()),
                "occurred_at": "2026-11-26T10:00:00Z",
                "payload": payload,
            },
            "meta": {"attempt": 1, "delivered_to": "https://salon.example/telnyx/events"},
        }
    ).encode()


@dataclass
class Salon:
    """What the salon's phone does when Telnyx dials it: the events Telnyx then posts."""

    signer: Signer
    events: list[tuple[str, str | None]] = field(default_factory=list)  # (event_type, cause)
    answers: list[httpx.Response] = field(default_factory=list)

    async def report(self, seen) -> None:
        if seen.kind != "telnyx_transfer" or not self.events:
            return
        url, state = seen.json["webhook_url"], seen.json["target_leg_client_state"]
        asyncio.get_running_loop().create_task(self._post(url, state))

    async def _post(self, url: str, state: str) -> None:
        async with httpx.AsyncClient() as http:
            for kind, cause in self.events:
                body = event(kind, state, cause=cause)
                self.answers.append(
                    await http.post(url, content=body, headers=self.signer.headers(body))
                )


RINGS_AND_ANSWERS = [("call.initiated", None), ("call.bridged", None), ("call.answered", None)]
# With early media the legs are bridged while the phone still rings: no proof of an answer.
RINGS_UNANSWERED = [("call.initiated", None), ("call.bridged", None), ("call.hangup", "timeout")]
BUSY = [("call.initiated", None), ("call.hangup", "user_busy")]


@asynccontextmanager
async def server(tmp_path, clock, ledger: Ledger, signer: Signer | None) -> AsyncIterator:
    """`serve` (the app under uvicorn) on `ledger`, with the Telnyx REST stand-in."""
    async with provider_standin() as rest:
        settings = phone_settings(
            tmp_path,
            telnyx_api_key=TELNYX_KEY,
            telnyx_api_base_url=rest.base_url,
            telnyx_public_key=signer.public if signer else None,
        )
        async with open_calendar(settings, clock=clock, ledger=ledger) as runtime:
            app = create_app(settings, runtime)
            async with serving(app) as base:
                yield app, base, rest


def line_for(app, base: str, rest_clients, **kw) -> TelnyxLine:
    values: dict[str, Any] = dict(
        outcomes=app.state.transfer_outcomes,
        events_url=base + EVENTS_PATH,
        call_id=CALL_ID,
        ring_seconds=5,
    )
    values.update(kw)
    return TelnyxLine(rest_clients.telnyx, CONTROL_ID, **values)


@asynccontextmanager
async def telnyx_rest(rest) -> AsyncIterator:
    from tests.provider_standin import rest_settings

    async with provider_clients(rest_settings(rest.base_url)) as clients:
        yield clients


async def test_a_salon_that_answers_gets_the_caller_and_the_agent_leaves_the_call(
    tmp_path, clock, two_ledgers
):
    ledger = two_ledgers[0]
    await ledger.start_call(CALL_ID, caller_phone=CALLER, mode="telnyx")
    salon = Salon(Signer(), RINGS_AND_ANSWERS)
    async with server(tmp_path, clock, ledger, salon.signer) as (app, base, rest):
        rest.on_request = salon.report
        async with telnyx_rest(rest) as clients:
            assert await line_for(app, base, clients).transfer(SALON) is True

    [command] = rest.of("telnyx_transfer")
    assert command.json["to"] == SALON and command.json["timeout_secs"] == 5
    assert command.json["webhook_url"] == base + EVENTS_PATH
    # only once a person picked up does the agent stop listening
    assert [r.kind for r in rest.requests] == ["telnyx_transfer", "telnyx_streaming_stop"]
    assert [a.status_code for a in salon.answers] == [200, 200, 200]
    transferred = [e for e in await ledger.timeline(CALL_ID) if e.kind == "call_transferred"]
    assert [e.data.get("answered") for e in transferred] == [True]
    assert await ledger.messages_for_call(CALL_ID) == []


@pytest.mark.parametrize(("events", "cause"), [(RINGS_UNANSWERED, "timeout"), (BUSY, "user_busy")])
async def test_nobody_answering_is_no_transfer_and_leaves_a_message_with_the_callers_number(
    tmp_path, clock, two_ledgers, events, cause
):
    ledger = two_ledgers[0]
    await ledger.start_call(CALL_ID, caller_phone=CALLER, mode="telnyx")
    salon = Salon(Signer(), events)
    async with server(tmp_path, clock, ledger, salon.signer) as (app, base, rest):
        rest.on_request = salon.report
        async with telnyx_rest(rest) as clients:
            assert await line_for(app, base, clients).transfer(SALON) is False

    assert rest.of("telnyx_streaming_stop") == []  # the agent stays with the caller
    [message] = await ledger.messages_for_call(CALL_ID)
    assert message.kind is MessageKind.CALLBACK and message.phone == CALLER
    [unanswered] = [e for e in await ledger.timeline(CALL_ID) if e.kind == "transfer_unanswered"]
    assert unanswered.data["dial_status"] == cause
    assert unanswered.data["message_id"] == message.id


async def test_the_verdict_reaches_the_call_waiting_in_another_worker(tmp_path, clock, two_ledgers):
    """The webhook lands on the worker whose ledger connection is `b`; the call waits in the
    worker on `a`: nothing but the ledger carries the verdict across."""
    a, b = two_ledgers
    await a.start_call(CALL_ID, caller_phone=CALLER, mode="telnyx")
    salon = Salon(Signer(), RINGS_UNANSWERED)
    async with server(tmp_path, clock, b, salon.signer) as (app, base, rest):
        rest.on_request = salon.report
        async with telnyx_rest(rest) as clients:
            other_worker = TransferOutcomes(a, poll_seconds=0.05)
            assert other_worker is not app.state.transfer_outcomes
            line = line_for(app, base, clients, outcomes=other_worker)
            assert await line.transfer(SALON) is False

    [message] = await a.messages_for_call(CALL_ID)
    assert message.phone == CALLER


async def test_without_word_from_telnyx_the_wait_ends_and_nothing_is_claimed(
    tmp_path, clock, two_ledgers
):
    ledger = two_ledgers[0]
    await ledger.start_call(CALL_ID, caller_phone=CALLER, mode="telnyx")
    signer = Signer()
    async with server(tmp_path, clock, ledger, signer) as (app, base, rest):
        async with telnyx_rest(rest) as clients:  # the salon's events never arrive
            line = line_for(app, base, clients, ring_seconds=1, verdict_margin=0.2)
            assert await line.transfer(SALON) is False

    assert len(rest.of("telnyx_transfer")) == 1
    assert rest.of("telnyx_streaming_stop") == []
    assert await ledger.messages_for_call(CALL_ID) == []  # nothing known, nothing promised


@dataclass
class EventDesk:
    """`serve`'s Telnyx events endpoint, with the events of one transfer to post to it."""

    app: Any
    url: str
    state: str  # the transfer's client_state, as the line sent it
    signer: Signer
    http: httpx.AsyncClient

    async def post(
        self, body: bytes, *, at: float | None = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        """Deliver `body` as Telnyx does, signed (at `at`), or with the `headers` given."""
        sent = headers if headers is not None else self.signer.headers(body, at=at)
        return await self.http.post(self.url, content=body, headers=sent)


@asynccontextmanager
async def transfer_events(tmp_path, clock, ledger: Ledger, transfer_id: str) -> AsyncIterator:
    """`serve`, with the call going on, ready for the events of transfer `transfer_id`."""
    from agent.telephony.telnyx_events import HandoverState, transfer_state

    await ledger.start_call(CALL_ID, caller_phone=CALLER, mode="telnyx")
    signer = Signer()
    async with (
        server(tmp_path, clock, ledger, signer) as (app, base, _rest),
        httpx.AsyncClient() as http,
    ):
        state = transfer_state(HandoverState(transfer_id, CALL_ID))
        yield EventDesk(app, base + EVENTS_PATH, state, signer, http)


async def test_events_with_a_bad_stale_or_missing_signature_are_refused(
    tmp_path, clock, two_ledgers
):
    ledger = two_ledgers[0]
    impostor = Signer()
    async with transfer_events(tmp_path, clock, ledger, "t-1") as desk:
        outcomes: TransferOutcomes = desk.app.state.transfer_outcomes
        body = event("call.hangup", desk.state, cause="timeout")
        tampered = body.replace(b"timeout", b"user_busy")
        answers = [
            await desk.post(body, headers=impostor.headers(body)),
            await desk.post(body, at=time.time() - 600),
            await desk.post(body, at=time.time() + 600),
            await desk.post(tampered, headers=desk.signer.headers(body)),
            await desk.post(body, headers={"content-type": "application/json"}),
        ]
        assert [a.status_code for a in answers] == [403] * 5
        assert await outcomes.known("t-1") is None

    assert await ledger.messages_for_call(CALL_ID) == []


async def test_an_event_delivered_again_is_counted_once(tmp_path, clock, two_ledgers):
    ledger = two_ledgers[0]
    async with transfer_events(tmp_path, clock, ledger, "t-2") as desk:
        body = event("call.hangup", desk.state, cause="no_answer", event_id="ev-1")
        first = await desk.post(body)
        # Telnyx retries a delivery it got no answer for: same id, signed anew
        again = await desk.post(body, at=time.time() + 1)
        assert (await desk.app.state.transfer_outcomes.known("t-2")).answered is False

    assert first.json()["outcome"] == "not_answered" and again.json()["outcome"] == "duplicate"
    assert len(await ledger.messages_for_call(CALL_ID)) == 1


async def test_a_hang_up_after_the_salon_answered_changes_nothing(tmp_path, clock, two_ledgers):
    ledger = two_ledgers[0]
    async with transfer_events(tmp_path, clock, ledger, "t-3") as desk:
        await desk.post(event("call.answered", desk.state))
        await desk.post(event("call.hangup", desk.state, cause="originator_cancel"))
        assert (await desk.app.state.transfer_outcomes.known("t-3")).answered is True

    assert await ledger.messages_for_call(CALL_ID) == []


async def test_without_telnyx_public_key_events_are_refused_and_no_call_is_transferred(
    tmp_path, clock, two_ledgers
):
    ledger = two_ledgers[0]
    signer = Signer()
    async with server(tmp_path, clock, ledger, None) as (app, base, rest):
        body = event("call.answered", "e30=")
        async with httpx.AsyncClient() as http:
            answer = await http.post(base + EVENTS_PATH, content=body, headers=signer.headers(body))
        async with telnyx_rest(rest) as clients:
            line = line_for(app, base, clients)
            assert line.can_transfer is False  # the tool offers a message instead
            assert await line.transfer(SALON) is False
        assert rest.requests == []

    assert answer.status_code == 503
