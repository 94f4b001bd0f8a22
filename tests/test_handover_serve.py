"""Hand-over through `serve`: a Twilio caller asks for a person, the agent's line redirects the
live call (Twilio's REST API, played by a local stand-in) to the announcement and a `<Dial>` to
the salon; Twilio posts how the dial ended to `/twilio/dial-status`, and when nobody answered
the caller hears the apology and a message is taken for the salon with their number."""

from __future__ import annotations

import asyncio
import base64
import json
from urllib.parse import urlsplit
from xml.etree import ElementTree

import httpx
import pytest

from agent.server import create_app
from agent.telephony.lines import DIAL_STATUS_PATH
from agent.telephony.synthetic_voice import silence, synthetic_speech
from agent.telephony.twiml import CALL_AGAIN, CALLBACK_NOTED, CONNECTING, NOBODY_ANSWERED
from calendar_adapter.ledger import MessageKind
from tests.provider_standin import ACCOUNT_SID, provider_standin
from tests.test_telephony_call import (
    AUTH_TOKEN,
    CALLER,
    SALON_LINE,
    call_of,
    phone_runtime,
    phone_settings,
    serving,
    signed,
    twilio_call,
    until,
)

SALON_PHONE = "+493012345678"  # business.phone of the reference salon
ASK_FOR_A_PERSON = "Kann ich bitte mit jemandem aus dem Salon sprechen?"
SCRIPT = {
    "transcripts": [ASK_FOR_A_PERSON],
    "turns": [
        [
            {
                "tool_calls": [
                    {"name": "transfer_call", "arguments": {"reason": "möchte jemanden sprechen"}}
                ]
            },
            {"say": "Gern."},
        ]
    ],
}


@pytest.fixture
async def runtime(clock, tmp_path):
    async with phone_runtime(clock, tmp_path) as rt:
        yield rt


def handover_settings(tmp_path, rest_base: str, **overrides):
    script = tmp_path / "handover.yaml"
    script.write_text(json.dumps(SCRIPT, ensure_ascii=False), encoding="utf-8")
    return phone_settings(
        tmp_path,
        standin_script=script,
        twilio_account_sid=ACCOUNT_SID,
        twilio_api_base_url=rest_base,
        **overrides,
    )


async def post_dial_status(url: str, form: dict[str, str], *, sign: bool = True):
    headers = {"X-Twilio-Signature": signed(url, form)} if sign else {}
    async with httpx.AsyncClient() as http:
        return await http.post(url, data=form, headers=headers)


def dial_form(status: str, caller: str | None = CALLER) -> dict[str, str]:
    return {
        "AccountSid": ACCOUNT_SID,
        "CallSid": "CA" + "9" * 32,
        "From": caller or "anonymous",
        "To": SALON_LINE,
        "DialCallStatus": status,
        "DialCallSid": "CA" + "8" * 32,
    }


def says(twiml: str) -> tuple[list[str], list[str]]:
    root = ElementTree.fromstring(twiml)
    return [s.text for s in root.findall("./Say")], [child.tag for child in root]


async def test_a_caller_asking_for_a_person_is_put_through_and_a_missed_dial_leaves_a_message(
    tmp_path, runtime
):
    ledger = runtime.ledger
    async with provider_standin(auth_token=AUTH_TOKEN) as rest:
        settings = handover_settings(tmp_path, rest.base_url)
        async with serving(create_app(settings, runtime)) as base, twilio_call(base) as call:
            rest.add_call(call.call_sid, to=SALON_LINE, from_=CALLER)
            await call.play(silence(0.2) + synthetic_speech() + silence(0.2))
            await until(lambda: rest.of("twilio_call"), feed=lambda: call.play(silence(0.2)))
            record = await call_of(ledger, "twilio")
            await call.stop()  # Twilio ends the stream once the call runs the new TwiML

            [redirect] = rest.of("twilio_call")
            root = ElementTree.fromstring(redirect.form["Twiml"])
            assert [s.text for s in root.findall("./Say")] == [CONNECTING["de"]]
            dial = root.find("./Dial")
            assert dial is not None and dial.text == SALON_PHONE
            action = dial.get("action")
            assert urlsplit(action).path == DIAL_STATUS_PATH
            assert urlsplit(action).query == f"call={record.call_id}"
            assert action.startswith(base)

            # Nobody in the salon picks up: Twilio asks what the caller hears now.
            answer = await post_dial_status(action, dial_form("no-answer"))

    assert answer.status_code == 200
    spoken, verbs = says(answer.text)
    assert spoken == [NOBODY_ANSWERED["de"], CALLBACK_NOTED["de"]] and verbs[-1] == "Hangup"
    [message] = await ledger.messages_for_call(record.call_id)
    assert message.kind is MessageKind.CALLBACK and message.phone == CALLER
    assert "möchte jemanden sprechen" in message.reason
    kinds = [e.kind for e in await ledger.timeline(record.call_id)]
    assert kinds.index("call_transferred") < kinds.index("transfer_unanswered")
    assert "message_taken" in kinds


async def test_a_dial_the_salon_answered_just_hangs_up_afterwards(tmp_path, runtime):
    await runtime.ledger.start_call("call-1", caller_phone=CALLER, mode="twilio")
    async with provider_standin(auth_token=AUTH_TOKEN) as rest:
        app = create_app(handover_settings(tmp_path, rest.base_url), runtime)
        async with serving(app) as base:
            url = f"{base}{DIAL_STATUS_PATH}?call=call-1"
            answer = await post_dial_status(url, dial_form("completed"))
    spoken, verbs = says(answer.text)
    assert spoken == [] and verbs == ["Hangup"]
    assert await runtime.ledger.messages_for_call("call-1") == []


@pytest.mark.parametrize("status", ["busy", "failed", "no-answer"])
async def test_a_withheld_number_gets_the_apology_without_a_promise(tmp_path, runtime, status):
    await runtime.ledger.start_call("call-2", caller_phone=None, mode="twilio")
    async with provider_standin(auth_token=AUTH_TOKEN) as rest:
        app = create_app(handover_settings(tmp_path, rest.base_url), runtime)
        async with serving(app) as base:
            url = f"{base}{DIAL_STATUS_PATH}?call=call-2"
            answer = await post_dial_status(url, dial_form(status, caller=None))
    spoken, _ = says(answer.text)
    assert spoken == [NOBODY_ANSWERED["de"], CALL_AGAIN["de"]]
    assert await runtime.ledger.messages_for_call("call-2") == []


async def test_a_dial_status_without_twilios_signature_is_refused(tmp_path, runtime):
    await runtime.ledger.start_call("call-3", caller_phone=CALLER, mode="twilio")
    async with provider_standin(auth_token=AUTH_TOKEN) as rest:
        app = create_app(handover_settings(tmp_path, rest.base_url), runtime)
        async with serving(app) as base:
            url = f"{base}{DIAL_STATUS_PATH}?call=call-3"
            forged = await post_dial_status(url, dial_form("no-answer"), sign=False)
            tampered = await post_dial_status(
                f"{base}{DIAL_STATUS_PATH}?call=call-3", dial_form("no-answer")
            )
            form = dial_form("no-answer")
            headers = {"X-Twilio-Signature": signed(url, form)}
            async with httpx.AsyncClient() as http:  # signed for another call
                moved = await http.post(
                    f"{base}{DIAL_STATUS_PATH}?call=call-4", data=form, headers=headers
                )
    assert forged.status_code == 403 and moved.status_code == 403
    assert tampered.status_code == 200  # the genuine one
    assert len(await runtime.ledger.messages_for_call("call-3")) == 1


async def test_without_twilio_configured_the_dial_status_route_is_closed(tmp_path, runtime):
    async with provider_standin() as rest:
        settings = handover_settings(tmp_path, rest.base_url, twilio_auth_token=None)
        async with serving(create_app(settings, runtime)) as base:
            async with httpx.AsyncClient() as http:
                answer = await http.post(f"{base}{DIAL_STATUS_PATH}", data=dial_form("busy"))
    assert answer.status_code == 503


BOOK_AT_ONCE = {
    "transcripts": ["Dauerwelle bei Fabian am Donnerstag um zehn, auf Sabine Keller, bitte."],
    "turns": [
        [
            {
                "tool_calls": [
                    {
                        "name": "check_availability",
                        "arguments": {
                            "service": "Dauerwelle",
                            "stylist": "Fabian",
                            "date": "2026-11-26",
                            "time": "10:00",
                        },
                    }
                ]
            },
            {
                "tool_calls": [
                    {
                        "name": "book_appointment",
                        "arguments": {
                            "slot_id": "{check_availability.slot_id}",
                            "customer_name": "Sabine Keller",
                        },
                    }
                ]
            },
            {"say": "Bis Donnerstag!"},
        ]
    ],
}


async def test_serve_texts_the_caller_after_the_booking_without_holding_up_the_call(
    tmp_path, runtime
):
    """SMS_PROVIDER=twilio: the booking queues the text, serve's sender posts it to Twilio's
    Messages API (the stand-in), and the outbox records it sent."""
    script = tmp_path / "book.yaml"
    script.write_text(json.dumps(BOOK_AT_ONCE, ensure_ascii=False), encoding="utf-8")
    ledger = runtime.ledger
    async with provider_standin(auth_token=AUTH_TOKEN) as rest:
        settings = handover_settings(
            tmp_path,
            rest.base_url,
            sms_provider="twilio",
            sms_from="+4915799990000",
            outbox_poll_seconds=0.1,
        ).model_copy(update={"standin_script": script})
        async with serving(create_app(settings, runtime)) as base, twilio_call(base) as call:
            await call.play(silence(0.2) + synthetic_speech() + silence(0.2))
            await until(lambda: rest.of("twilio_message"), feed=lambda: call.play(silence(0.2)))
            record = await call_of(ledger, "twilio")
            await call.stop()

    [text] = rest.of("twilio_message")
    assert text.form["To"] == CALLER and text.form["From"] == "+4915799990000"
    assert (
        "Ihr Termin ist gebucht: Dauerwelle bei Fabian Spitzer, Donnerstag, 26. November"
        in (text.form["Body"])
    )
    [item] = await ledger.outbox_items(call_id=record.call_id)
    assert item.sent_at is not None and item.provider_id.startswith("SM")


async def test_a_telnyx_caller_hears_the_announcement_then_nobody_answers_and_a_message_is_left(
    tmp_path, runtime
):
    """Telnyx's transfer command has no announcement of its own: the agent says it first, and
    the command leaves only once it has been spoken. The salon's phone rings out (Telnyx posts
    the dialled leg's signed events to /telnyx/events): the caller is not transferred, stays
    with the agent, and a callback message with their number is stored for the salon."""
    from tests.provider_standin import TELNYX_KEY
    from tests.test_telephony_telnyx import telnyx_call
    from tests.test_telnyx_handover import RINGS_UNANSWERED, Salon, Signer

    ledger = runtime.ledger
    spoken_before: list[list[str]] = []
    salon = Salon(Signer(), RINGS_UNANSWERED)
    async with provider_standin(auth_token=AUTH_TOKEN) as rest:

        async def look(seen) -> None:
            if seen.kind == "telnyx_transfer":
                record = await call_of(ledger, "telnyx")
                events = await ledger.timeline(record.call_id)
                spoken_before.append([e.data["text"] for e in events if e.kind == "bot_said"])
            await salon.report(seen)

        rest.on_request = look
        settings = handover_settings(
            tmp_path,
            rest.base_url,
            telnyx_api_key=TELNYX_KEY,
            telnyx_api_base_url=rest.base_url,
            telnyx_public_key=salon.signer.public,
        )
        async with serving(create_app(settings, runtime)) as base, telnyx_call(base) as call:
            await until(call.heard, feed=call.media)  # the greeting: the call is up
            await play_to_telnyx(call, silence(0.2) + synthetic_speech() + silence(0.3))
            await until(lambda: rest.of("telnyx_transfer"), feed=call.media, limit=30)
            record = await call_of(ledger, "telnyx")

            async def told() -> bool:
                kinds = [e.kind for e in await ledger.timeline(record.call_id)]
                return "transfer_failed" in kinds

            await until(told, feed=call.media, limit=30)
            await call.stop()

    [transfer] = rest.of("telnyx_transfer")
    assert transfer.path == f"/v2/calls/{call.call_control_id}/actions/transfer"
    assert transfer.json["to"] == SALON_PHONE
    assert urlsplit(transfer.json["webhook_url"]).path == "/telnyx/events"
    [said] = spoken_before
    assert any(CONNECTING["de"] in text for text in said), said
    assert rest.of("telnyx_streaming_stop") == []  # the agent never left the caller
    [message] = await ledger.messages_for_call(record.call_id)
    assert message.kind is MessageKind.CALLBACK and message.phone == CALLER
    [failed] = [e for e in await ledger.timeline(record.call_id) if e.kind == "transfer_failed"]
    assert failed.data["reason"] == "not_answered"


async def play_to_telnyx(call, pcm: bytes) -> None:
    """Caller audio as Telnyx sends it: 20 ms of mu-law per media event, at real-time pace."""
    from agent.telephony.synthetic_voice import mulaw

    audio = mulaw(pcm)
    for offset in range(0, len(audio), 160):
        await call.ws.send(
            json.dumps(
                {
                    "event": "media",
                    "sequence_number": call._next(),
                    "media": {
                        "track": "inbound",
                        "chunk": "1",
                        "timestamp": "0",
                        "payload": base64.b64encode(audio[offset : offset + 160]).decode(),
                    },
                    "stream_id": call.stream_id,
                }
            )
        )
        await asyncio.sleep(0.02)
