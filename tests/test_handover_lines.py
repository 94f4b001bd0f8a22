"""A phone call's line (hang up, put through to the salon) against Twilio's and Telnyx's REST
APIs, played by a local stand-in server: the real clients (Twilio's own library, httpx) down to
the wire. Failures are as much the specification as the happy path: a transfer is reported
done only when the provider took it."""

from __future__ import annotations

import base64
import json
from xml.etree import ElementTree

import pytest

from agent.telephony.caller import CallStart
from agent.telephony.lines import DIAL_STATUS_PATH, LineFactory, TelnyxLine, TwilioLine
from agent.telephony.rest_clients import provider_clients
from agent.telephony.telnyx_events import EVENTS_PATH
from agent.telephony.transfer_outcomes import TransferOutcomes
from agent.telephony.twiml import CONNECTING
from tests.provider_standin import ACCOUNT_SID, provider_standin, rest_settings

CALLER = "+4915112345678"
TWILIO_NUMBER = "+4930555000"  # the number callers dial (the agent's)
SALON = "+493012345678"  # where the salon's people answer
CALL_SID = "CA" + "a" * 32
CONTROL_ID = "v3:call-control-id"
ACTION = f"https://salon.example{DIAL_STATUS_PATH}?call=call-1"


@pytest.fixture
async def standin():
    async with provider_standin() as s:
        yield s


@pytest.fixture
async def clients(standin):
    async with provider_clients(rest_settings(standin.base_url)) as c:
        yield c


@pytest.fixture
def outcomes(ledger) -> TransferOutcomes:
    """Where the verdicts of Telnyx transfers arrive (from /telnyx/events, in `serve`)."""
    return TransferOutcomes(ledger)


def telnyx_line(clients, outcomes, **kw) -> TelnyxLine:
    return TelnyxLine(clients.telnyx, CONTROL_ID, outcomes=outcomes, call_id="call-1", **kw)


def salon_answers(standin, outcomes: TransferOutcomes, *, answered: bool = True) -> None:
    """When the transfer command arrives, its dialled leg's verdict is told (as the webhook
    handler would, from the leg's state)."""

    async def verdict(seen) -> None:
        if seen.kind == "telnyx_transfer":
            state = json.loads(base64.b64decode(seen.json["target_leg_client_state"]))
            await outcomes.record(
                transfer_id=state["transfer"],
                call_id=state["call"],
                answered=answered,
                cause="call.answered" if answered else "timeout",
            )

    standin.on_request = verdict


def twilio_line(clients, **kw) -> TwilioLine:
    return TwilioLine(clients.twilio, CALL_SID, ACTION, **kw)


def dial_of(twiml: str) -> tuple[list[str], ElementTree.Element]:
    root = ElementTree.fromstring(twiml)
    says = [s.text for s in root.findall("./Say")]
    dial = root.find("./Dial")
    assert dial is not None, twiml
    return says, dial


# -- Twilio ----------------------------------------------------------------------------------


async def test_twilio_redirects_the_live_call_to_an_announcement_and_a_dial(standin, clients):
    standin.add_call(CALL_SID, to=TWILIO_NUMBER, from_=CALLER)

    assert await twilio_line(clients, ring_seconds=20).transfer(SALON) is True

    [update] = standin.of("twilio_call")
    assert update.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/{CALL_SID}.json"
    says, dial = dial_of(update.form["Twiml"])
    assert says == [CONNECTING["de"]]  # the caller hears it right before the ringing
    assert dial.text == SALON
    assert dial.get("action") == ACTION and dial.get("method") == "POST"
    assert dial.get("timeout") == "20"


async def test_twilio_never_puts_a_call_through_to_the_number_it_came_in_on(standin, clients):
    standin.add_call(CALL_SID, to=SALON, from_=CALLER)  # the salon forwards its line to us

    assert await twilio_line(clients).transfer(SALON) is False
    assert standin.of("twilio_call") == []  # it would only ring this server again


async def test_twilio_refusing_the_redirect_is_a_transfer_that_did_not_happen(standin, clients):
    standin.add_call(CALL_SID, to=TWILIO_NUMBER, from_=CALLER)
    standin.fail_next(
        "twilio_call",
        400,
        body={"code": 21220, "message": "Call is not in-progress", "more_info": "", "status": 400},
    )

    assert await twilio_line(clients).transfer(SALON) is False


async def test_twilio_redirect_whose_answer_is_lost_is_not_sent_twice(standin, clients):
    """A redirect that reached Twilio but whose answer was lost would, repeated, restart the
    announcement and the ringing: it is reported not done and not repeated."""
    standin.add_call(CALL_SID, to=TWILIO_NUMBER, from_=CALLER)
    standin.drop_next("twilio_call")

    assert await twilio_line(clients).transfer(SALON) is False
    assert len(standin.of("twilio_call")) == 1


async def test_twilio_unreachable_is_no_transfer(clients):
    async with provider_standin() as gone:
        base = gone.base_url
    async with provider_clients(rest_settings(base)) as dead:  # nothing listens there now
        line = TwilioLine(dead.twilio, CALL_SID, ACTION)
        assert await line.transfer(SALON) is False


async def test_twilio_hang_up_completes_the_call_and_retries_what_twilio_could_not_serve(
    standin, clients
):
    standin.add_call(CALL_SID, to=TWILIO_NUMBER, from_=CALLER)
    standin.fail_next("twilio_call", 503)

    await twilio_line(clients).hang_up()

    updates = standin.of("twilio_call")
    assert [u.form.get("Status") for u in updates] == ["completed", "completed"]
    assert standin.calls[CALL_SID]["status"] == "completed"


async def test_twilio_hang_up_gives_up_after_three_tries_without_raising(standin, clients):
    standin.fail_next("twilio_call", 500, n=5)
    await twilio_line(clients).hang_up()
    assert len(standin.of("twilio_call")) == 3


# -- Telnyx ----------------------------------------------------------------------------------


async def test_telnyx_speaks_the_announcement_then_transfers(standin, clients, outcomes):
    heard: list[str] = []

    async def announce(text: str) -> None:
        assert standin.of("telnyx_transfer") == []  # before the command leaves
        heard.append(text)

    salon_answers(standin, outcomes)
    line = telnyx_line(clients, outcomes, announce=announce, ring_seconds=30)
    assert await line.transfer(SALON) is True

    assert heard == [CONNECTING["de"]]
    [command] = standin.of("telnyx_transfer")
    assert command.path == f"/v2/calls/{CONTROL_ID}/actions/transfer"
    assert command.json["to"] == SALON and command.json["timeout_secs"] == 30
    assert command.json["command_id"]
    state = json.loads(base64.b64decode(command.json["target_leg_client_state"]))
    assert state["call"] == "call-1" and state["transfer"]  # the dialled leg names our call
    # then, once the salon answered, the agent stops listening: its media stream ends, the people talk alone
    assert [r.kind for r in standin.requests] == ["telnyx_transfer", "telnyx_streaming_stop"]


async def test_telnyx_transfer_retried_after_a_lost_answer_runs_once(standin, clients, outcomes):
    """The command id makes the retry safe: Telnyx runs a command id once."""
    standin.drop_next("telnyx_transfer")
    salon_answers(standin, outcomes)

    assert await telnyx_line(clients, outcomes).transfer(SALON) is True

    first, again, _stop = standin.requests
    assert first.kind == "telnyx_transfer" and not first.answered
    assert again.kind == "telnyx_transfer_repeat"  # recognised, not run twice
    assert first.json["command_id"] == again.json["command_id"]


async def test_telnyx_refusal_is_no_transfer_and_not_retried(standin, clients, outcomes):
    standin.fail_next("telnyx_transfer", 422)
    assert await telnyx_line(clients, outcomes).transfer(SALON) is False
    assert len(standin.of("telnyx_transfer")) == 1
    assert standin.of("telnyx_streaming_stop") == []  # still the agent's call


async def test_telnyx_ringing_nobody_answers_is_no_transfer_and_the_agent_stays(
    standin, clients, outcomes
):
    salon_answers(standin, outcomes, answered=False)
    assert await telnyx_line(clients, outcomes).transfer(SALON) is False
    assert [r.kind for r in standin.requests] == ["telnyx_transfer"]  # no streaming stop


async def test_telnyx_never_transfers_to_the_dialled_number(standin, clients, outcomes):
    line = telnyx_line(clients, outcomes, dialled="+49 30 12345678")
    assert await line.transfer(SALON) is False
    assert standin.requests == []


async def test_telnyx_hang_up(standin, clients):
    standin.fail_next("telnyx_hangup", 502)
    await TelnyxLine(clients.telnyx, CONTROL_ID).hang_up()
    kinds = [r.kind for r in standin.requests]
    assert kinds == ["telnyx_hangup", "telnyx_hangup_repeat"]  # retried with its command id


async def test_a_wrong_key_is_refused_by_the_provider_and_no_transfer(standin, outcomes):
    settings = rest_settings(standin.base_url, telnyx_api_key="wrong")
    async with provider_clients(settings) as c:
        assert await telnyx_line(c, outcomes).transfer(SALON) is False
    assert standin.requests == []  # refused at the door (401), never run


# -- which line a call gets ------------------------------------------------------------------


async def test_each_call_gets_the_line_of_its_provider_when_its_rest_api_is_configured(
    standin, clients, outcomes
):
    factory = LineFactory(clients, ring_seconds=40, outcomes=outcomes)
    twilio = factory.for_call(
        CallStart("twilio", "MZ1", CALL_SID, CALLER),
        call_id="call-7",
        public_base="wss://salon.example",
    )
    telnyx = factory.for_call(
        CallStart("telnyx", "st-1", CONTROL_ID, CALLER, dialled=TWILIO_NUMBER),
        call_id="call-8",
        public_base="wss://salon.example",
    )
    assert isinstance(twilio, TwilioLine) and isinstance(telnyx, TelnyxLine)
    assert twilio.dial_status_url == f"https://salon.example{DIAL_STATUS_PATH}?call=call-7"
    assert twilio.ring_seconds == 40 and telnyx.dialled == TWILIO_NUMBER
    assert telnyx.events_url == f"https://salon.example{EVENTS_PATH}"
    assert telnyx.call_id == "call-8" and telnyx.outcomes is outcomes and telnyx.can_transfer


async def test_without_rest_credentials_a_phone_call_has_no_line():
    from agent.config import Settings

    async with provider_clients(Settings(_env_file=None)) as none:
        factory = LineFactory(none)
        start = CallStart("twilio", "MZ1", CALL_SID, CALLER)
        assert factory.for_call(start, call_id="c", public_base="https://x") is None
