"""`serve`'s plain HTTP side: the TwiML endpoint behind Twilio's signature check, the Cal.com
webhook behind its signature check, and a health endpoint that needs no key at all."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

import httpx
import pytest
import websockets

from agent.config import Settings
from agent.server import create_app
from agent.telephony import twilio
from calendar_adapter.runtime import open_calendar
from tests.test_telephony_call import (
    AUTH_TOKEN,
    CALLER,
    SALON_LINE,
    capture_logs,
    phone_settings,
    post_voice,
    serving,
    stream_of,
    voice_form,
)
from tests.test_telephony_call import signed as twilio_signature

WEBHOOK_SECRET = "calcom-test-secret"


def offline_settings(tmp_path, **overrides) -> Settings:
    """Settings as on a fresh machine: no key of any kind, nothing read from `.env`."""
    values = dict(
        calcom_api_key=None,
        deepgram_api_key=None,
        openai_api_key=None,
        cartesia_api_key=None,
        twilio_auth_token=None,
        telnyx_stream_token=None,
        calcom_webhook_secret=None,
        public_base_url=None,
        ledger_path=tmp_path / "ledger.sqlite3",
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture
def logs():
    with capture_logs() as lines:
        yield lines


# -- Twilio's signature algorithm ------------------------------------------------------------


def test_signature_matches_twilios_published_example():
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+14158675309",
        "Digits": "1234",
        "From": "+14158675309",
        "To": "+18005551212",
    }
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    example = "RSOYDt4T1cUTdK1PDd93/VVr8B8="
    assert twilio.is_valid_request("12345", url, params.items(), example)
    assert not twilio.is_valid_request("12345", url + "&baz=3", params.items(), example)
    assert not twilio.is_valid_request("12345", url, [*params.items(), ("x", "")], example)
    assert not twilio.is_valid_request("12346", url, params.items(), example)
    assert not twilio.is_valid_request("12345", url, params.items(), None)


def test_signature_survives_a_proxy_adding_or_dropping_the_port():
    params = [("From", CALLER)]
    form = dict(params)
    bare = twilio_signature("https://salon.example/twilio/voice", form)
    with_port = twilio_signature("https://salon.example:443/twilio/voice", form)
    for url in ("https://salon.example/twilio/voice", "https://salon.example:443/twilio/voice"):
        assert twilio.is_valid_request(AUTH_TOKEN, url, params, bare)
        assert twilio.is_valid_request(AUTH_TOKEN, url, params, with_port)
    assert not twilio.is_valid_request(
        AUTH_TOKEN, "https://other.example/twilio/voice", params, bare
    )
    assert not twilio.is_valid_request(AUTH_TOKEN, "https://salon.example/twilio/ws", params, bare)


def test_signature_with_repeated_parameters_covers_every_value():
    params = [("StirVerstat", "TN-Validation-Passed-A"), ("StirVerstat", "x"), ("From", CALLER)]
    url = "https://salon.example/twilio/voice"
    # Twilio's algorithm written out: the URL, then name+value for every value, sorted.
    payload = url + "From" + CALLER + "StirVerstat" + "TN-Validation-Passed-A" + "StirVerstat" + "x"
    digest = hmac.new(AUTH_TOKEN.encode(), payload.encode(), hashlib.sha1).digest()
    signature = base64.b64encode(digest).decode()
    assert twilio.is_valid_request(AUTH_TOKEN, url, params, signature)
    assert not twilio.is_valid_request(AUTH_TOKEN, url, params[1:], signature)


class ManualTime:
    def __init__(self, at: float = 1_800_000_000.0):
        self.at = at

    def __call__(self) -> float:
        return self.at


async def test_a_stream_token_belongs_to_one_call_one_caller_and_one_auth_token():
    now = ManualTime()
    token = twilio.StreamTokens(AUTH_TOKEN, now=now).issue("CA1", CALLER)
    for sid, caller, auth in [
        ("CA2", CALLER, AUTH_TOKEN),
        ("CA1", "+4917000000000", AUTH_TOKEN),
        ("CA1", "", AUTH_TOKEN),
        ("CA1", CALLER, "another-token"),
    ]:
        assert not await twilio.StreamTokens(auth, now=now).redeem(sid, caller, token)
    tokens = twilio.StreamTokens(AUTH_TOKEN, now=now)
    for bad in [None, "", "0" * 64, "x." + token.split(".")[1], token[:-1] + "0"]:
        assert not await tokens.redeem("CA1", CALLER, bad)
    assert await tokens.redeem("CA1", CALLER, token)


async def test_a_stream_token_opens_one_stream_and_only_while_fresh():
    now = ManualTime()
    tokens = twilio.StreamTokens(AUTH_TOKEN, ttl=60, now=now)
    first = tokens.issue("CA1", CALLER)
    assert await tokens.redeem("CA1", CALLER, first)
    assert not await tokens.redeem("CA1", CALLER, first)  # single use
    assert not await tokens.redeem("CA1", CALLER, tokens.issue("CA1", CALLER))  # per call, too

    late = tokens.issue("CA2", CALLER)
    now.at += 61
    assert not await tokens.redeem("CA2", CALLER, late)  # expired
    now.at += 1000  # long after: the used-set forgot CA1, but its old token stays expired
    assert not await tokens.redeem("CA1", CALLER, first)
    future = twilio.stream_token(AUTH_TOKEN, "CA3", CALLER, issued_at=now.at + 600)
    assert not await tokens.redeem("CA3", CALLER, future)


# -- the TwiML endpoint ----------------------------------------------------------------------


@pytest.fixture
async def runtime(tmp_path, clock):
    settings = offline_settings(tmp_path)
    async with open_calendar(settings, clock=clock, ledger_path=":memory:") as rt:
        yield rt


async def test_twiml_points_the_call_at_our_websocket_with_the_callers_number(tmp_path, runtime):
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        form = voice_form()
        response = await post_voice(base, form)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    url, params = stream_of(response.text)
    assert url == base.replace("http://", "ws://") + "/twilio/ws"
    assert params["from"] == CALLER
    assert await twilio.StreamTokens(AUTH_TOKEN).redeem(form["CallSid"], CALLER, params["token"])


async def test_twiml_uses_the_public_base_url_for_signature_and_stream(tmp_path, runtime):
    settings = phone_settings(tmp_path, public_base_url="https://salon.example/")
    async with serving(create_app(settings, runtime)) as base:
        form = voice_form()
        public = "https://salon.example/twilio/voice"
        good = await post_voice(base, form, twilio_signature(public, form))
        local = twilio_signature(f"{base}/twilio/voice", form)
        signed_for_another_url = await post_voice(base, form, local)

    assert good.status_code == 200
    assert stream_of(good.text)[0] == "wss://salon.example/twilio/ws"
    assert signed_for_another_url.status_code == 403


@pytest.mark.parametrize("tamper", ["missing", "garbage", "other_token", "changed_caller"])
async def test_twiml_refuses_requests_twilio_did_not_sign(tmp_path, runtime, tamper):
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        form = voice_form()
        url = f"{base}/twilio/voice"
        signature: str | None = twilio_signature(url, form)
        if tamper == "missing":
            signature = None
        elif tamper == "garbage":
            signature = "bm90IGEgc2lnbmF0dXJl"
        elif tamper == "other_token":
            signature = twilio_signature(url, form, "someone-else")
        else:
            form["From"] = "+4917000000000"
        response = await post_voice(base, form, signature)

    assert response.status_code == 403
    assert "<Stream" not in response.text


async def test_without_an_auth_token_the_voice_webhook_refuses_everyone(tmp_path, runtime, logs):
    """Unsigned TwiML would let anyone open a stream claiming any caller number."""
    settings = phone_settings(tmp_path, twilio_auth_token=None)
    async with serving(create_app(settings, runtime)) as base:
        unsigned = await post_voice(base, voice_form(), signature=None)
        signed_anyway = await post_voice(base, voice_form(), signature="sign")
        with pytest.raises(websockets.InvalidStatus) as stream_refused:
            async with websockets.connect(base.replace("http://", "ws://") + "/twilio/ws"):
                pass

    for response in (unsigned, signed_anyway):
        assert response.status_code == 503
        assert "<Stream" not in response.text
    assert stream_refused.value.response.status_code == 403  # not even accepted
    assert await runtime.ledger.recent_calls() == []
    assert any("TWILIO_AUTH_TOKEN is not set" in line for line in logs)


async def test_insecure_dev_serves_unsigned_twiml_loudly_and_carries_no_token(
    tmp_path, runtime, logs
):
    settings = phone_settings(tmp_path, twilio_auth_token=None)
    async with serving(create_app(settings, runtime, insecure_dev=True)) as base:
        response = await post_voice(base, voice_form(), signature=None)
        async with httpx.AsyncClient() as http:
            health = (await http.get(f"{base}/healthz")).json()

    assert response.status_code == 200
    _, params = stream_of(response.text)
    assert params == {"from": CALLER}
    assert health["insecure_dev"] is True
    assert any("OPEN WITHOUT AUTHENTICATION" in line and "twilio" in line for line in logs)


def said_and_dialled(twiml: str) -> tuple[list[str], list[str], bool]:
    root = ElementTree.fromstring(twiml)
    assert root.find("./Connect") is None, twiml
    says = [(say.get("language"), say.text) for say in root.findall("./Say")]
    assert all(language == "de-DE" for language, _ in says)
    return (
        [text for _, text in says],
        [d.text for d in root.findall("./Dial")],
        (root.find("./Hangup") is not None),
    )


@pytest.mark.parametrize(
    ("missing", "settings_of"),
    [
        # real providers configured, none of their keys
        ("DEEPGRAM_API_KEY", lambda tmp: offline_settings(tmp, twilio_auth_token=AUTH_TOKEN)),
        ("STANDIN_SCRIPT", lambda tmp: phone_settings(tmp, standin_script=None)),
    ],
)
async def test_a_call_the_server_cannot_serve_hears_an_apology_instead_of_silence(
    tmp_path, runtime, missing, settings_of, logs
):
    async with serving(create_app(settings_of(tmp_path), runtime)) as base:
        response = await post_voice(base, voice_form())

    assert response.status_code == 200
    says, dials, hangs_up = said_and_dialled(response.text)
    assert len(says) == 1 and "Entschuldigung" in says[0] and not dials and hangs_up
    assert any("refused" in line and missing in line for line in logs)


async def test_with_overflow_forward_a_call_the_server_cannot_serve_goes_to_the_salon(
    tmp_path, runtime
):
    settings = phone_settings(tmp_path, standin_script=None, overflow_action="forward")
    async with serving(create_app(settings, runtime)) as base:
        response = await post_voice(base, voice_form())

    says, dials, hangs_up = said_and_dialled(response.text)
    assert dials == ["+493012345678"]  # business.phone of the salon file, E.164
    assert "verbinde" in says[0]
    assert "Entschuldigung" in says[-1] and hangs_up  # nobody answered at the salon


async def test_a_call_that_came_in_on_the_salons_own_number_is_never_forwarded_to_it(
    tmp_path, runtime
):
    settings = phone_settings(tmp_path, standin_script=None, overflow_action="forward")
    async with serving(create_app(settings, runtime)) as base:
        form = voice_form()
        form["To"] = "+49 30 12345678"
        response = await post_voice(base, form)

    says, dials, hangs_up = said_and_dialled(response.text)
    assert dials == [] and len(says) == 1 and hangs_up


async def test_the_stream_twiml_falls_back_when_the_server_ends_the_stream(tmp_path, runtime):
    """Twilio runs what follows <Connect> only once our server closes the stream."""
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        response = await post_voice(base, voice_form())

    root = ElementTree.fromstring(response.text)
    assert [child.tag for child in root] == ["Connect", "Say", "Hangup"]
    assert SALON_LINE not in response.text


# -- health and what is not served -------------------------------------------------------------


async def test_health_needs_no_key_and_reports_the_embedded_sandbox(tmp_path):
    settings = offline_settings(tmp_path)
    async with serving(create_app(settings)) as base:  # the app opens its own calendar
        async with httpx.AsyncClient() as http:
            response = await http.get(f"{base}/healthz")
            ready = await http.get(f"{base}/healthz/ready")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["calendar"] == "sandbox"
    assert body["ledger"] == "ok"
    assert body["calls"] == "refused"  # no DEEPGRAM/OPENAI key: health says calls cannot work
    assert body["providers"] == []  # no provider's secret set: every phone endpoint closed
    assert body["load"]["accepting"] is False and body["load"]["active_calls"] == 0
    assert ready.status_code == 503  # a load balancer sends no call here
    assert (tmp_path / "ledger.sqlite3").exists()


async def test_health_says_nothing_secret(tmp_path, runtime):
    settings = phone_settings(tmp_path, calcom_webhook_secret=WEBHOOK_SECRET)
    async with serving(create_app(settings, runtime)) as base:
        async with httpx.AsyncClient() as http:
            texts = [
                (await http.get(f"{base}{path}")).text for path in ("/healthz", "/healthz/ready")
            ]

    for text in texts:
        for secret in (AUTH_TOKEN, "telnyx-test-token", WEBHOOK_SECRET, str(tmp_path)):
            assert secret not in text


@pytest.mark.parametrize("path", ["/openapi.json", "/docs", "/redoc", "/docs/oauth2-redirect"])
async def test_no_api_schema_or_docs_pages_are_served(tmp_path, runtime, path):
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with httpx.AsyncClient() as http:
            response = await http.get(f"{base}{path}")

    assert response.status_code == 404


# -- the Cal.com webhook ---------------------------------------------------------------------


def cancelled_event(uid: str) -> dict:
    start = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    return {
        "triggerEvent": "BOOKING_CANCELLED",
        "createdAt": "2026-11-24T08:05:00.000Z",
        "payload": {
            "uid": uid,
            "bookingId": 99,
            "startTime": start.isoformat(),
            "endTime": (start + timedelta(minutes=60)).isoformat(),
            "status": "CANCELLED",
            "metadata": {},
        },
    }


def signed(body: bytes, secret: str = WEBHOOK_SECRET) -> dict[str, str]:
    return {
        "X-Cal-Signature-256": hmac.new(secret.encode(), body, hashlib.sha256).hexdigest(),
        "Content-Type": "application/json",
    }


async def test_a_signed_webhook_lands_on_the_ledger_timeline(tmp_path, runtime):
    settings = offline_settings(tmp_path, calcom_webhook_secret=WEBHOOK_SECRET)
    body = json.dumps(cancelled_event("uid-from-the-web")).encode()
    async with serving(create_app(settings, runtime)) as base:
        async with httpx.AsyncClient() as http:
            response = await http.post(f"{base}/calcom/webhook", content=body, headers=signed(body))
            again = await http.post(f"{base}/calcom/webhook", content=body, headers=signed(body))

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "outcome": "recorded"}
    assert again.json()["outcome"] == "duplicate"
    events = await runtime.ledger.timeline("webhook")
    assert [(e.kind, e.data["uid"]) for e in events] == [("webhook_received", "uid-from-the-web")]


@pytest.mark.parametrize("tamper", ["missing", "wrong_secret", "changed_body"])
async def test_an_unsigned_or_forged_webhook_is_refused_and_not_recorded(tmp_path, runtime, tamper):
    settings = offline_settings(tmp_path, calcom_webhook_secret=WEBHOOK_SECRET)
    body = json.dumps(cancelled_event("uid-forged")).encode()
    headers = signed(body)
    if tamper == "missing":
        del headers["X-Cal-Signature-256"]
    elif tamper == "wrong_secret":
        headers = signed(body, secret="guessed")
    else:
        body = body.replace(b"uid-forged", b"uid-other")
    async with serving(create_app(settings, runtime)) as base:
        async with httpx.AsyncClient() as http:
            response = await http.post(f"{base}/calcom/webhook", content=body, headers=headers)

    assert response.status_code == 401
    assert await runtime.ledger.timeline("webhook") == []


async def test_without_a_webhook_secret_the_endpoint_refuses_everything(tmp_path, runtime):
    settings = offline_settings(tmp_path)
    body = json.dumps(cancelled_event("uid-unsigned")).encode()
    async with serving(create_app(settings, runtime)) as base:
        async with httpx.AsyncClient() as http:
            response = await http.post(f"{base}/calcom/webhook", content=body, headers=signed(body))

    assert response.status_code == 503
    assert "CALCOM_WEBHOOK_SECRET" in response.json()["error"]
    assert await runtime.ledger.timeline("webhook") == []


async def test_a_signed_body_that_is_not_a_webhook_is_a_bad_request(tmp_path, runtime):
    settings = offline_settings(tmp_path, calcom_webhook_secret=WEBHOOK_SECRET)
    async with serving(create_app(settings, runtime)) as base:
        async with httpx.AsyncClient() as http:
            not_json = b"triggerEvent=BOOKING_CREATED"
            no_trigger = json.dumps({"payload": {}}).encode()
            r1 = await http.post(
                f"{base}/calcom/webhook", content=not_json, headers=signed(not_json)
            )
            r2 = await http.post(
                f"{base}/calcom/webhook", content=no_trigger, headers=signed(no_trigger)
            )

    assert (r1.status_code, r2.status_code) == (400, 400)


async def test_serve_releases_the_holds_a_dead_process_left_before_taking_calls(tmp_path, runtime):
    from agent.call import booking_deps
    from calendar_adapter.ledger import AppointmentState
    from tools.booking_tools import BookingTools
    from tools.session import CallSession

    settings = phone_settings(tmp_path)
    # A call of a previous process placed a hold and died without ending its session.
    session = CallSession(booking_deps(runtime, settings), caller_phone=CALLER, mode="twilio")
    await session.start()
    held = await BookingTools(session).call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": "2026-11-26", "time": "10:00"},
    )
    assert held["status"] == "held"
    assert len(runtime.sandbox.active_reservations()) == 1

    async with serving(create_app(settings, runtime)) as base:
        async with httpx.AsyncClient() as http:
            assert (await http.get(f"{base}/healthz")).status_code == 200
        assert runtime.sandbox.active_reservations() == []
        [appointment] = await runtime.ledger.appointments_for_call(session.call_id)
        assert appointment.state is AppointmentState.RELEASED
