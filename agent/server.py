"""The telephony server: one FastAPI app for phone calls, Cal.com webhooks and health checks.

Routes:
- `POST /twilio/voice`   TwiML that connects the call to our media websocket
- `WS   /twilio/ws`      Twilio Media Streams: one call per connection; with TWILIO_AUTH_TOKEN
                         only with the single-use, expiring stream token of a signed TwiML
- `WS   /telnyx/ws`      Telnyx media streaming: one call per connection; with
                         TELNYX_STREAM_TOKEN only with `?token=` (Telnyx signs no websocket)
- `POST /calcom/webhook` Cal.com booking events, signature-checked, written to the ledger
- `GET  /healthz`        calendar mode and ledger state; needs no key at all

The calendar runtime (Cal.com or the embedded sandbox, ledger, salon) is opened once per process
in the app's lifespan, unless the caller hands one in (tests, benchmarks).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import JSONResponse, Response
from loguru import logger

from agent.call import booking_deps, run_call
from agent.config import Settings
from agent.dashboard.app import mount_dashboard
from agent.telephony import twilio
from agent.telephony.caller import to_e164
from agent.telephony.media_stream import PhoneLine, serve_media_stream
from agent.telephony.readiness import call_refusal
from agent.telephony.standin_calls import standin_services
from calendar_adapter.privacy import mask_phone
from calendar_adapter.runtime import CalendarRuntime, open_calendar
from calendar_adapter.webhooks import WebhookPayloadError, apply_webhook, verify_signature
from tools.recovery import recover_after_crash

TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature"
CALCOM_SIGNATURE_HEADER = "X-Cal-Signature-256"

# What a caller hears when the server cannot take calls (a key is missing): better than silence.
SORRY_TWIML = (
    '<?xml version="1.0" encoding="UTF-8"?><Response>'
    '<Say language="de-DE">Entschuldigung, unser Telefonassistent ist gerade nicht erreichbar. '
    "Bitte rufen Sie später noch einmal an.</Say><Hangup/></Response>"
)


def create_app(settings: Settings, runtime: CalendarRuntime | None = None) -> FastAPI:
    """The app for `serve`. `runtime` given: used as is and left open; otherwise opened here."""

    twilio_token = _secret(settings.twilio_auth_token)
    stream_tokens = twilio.StreamTokens(twilio_token) if twilio_token else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            current = runtime
            if current is None:
                current = await stack.enter_async_context(open_calendar(settings, upkeep=True))
            await _recover_after_crash(current, settings)
            reason = call_refusal(settings)
            if reason:
                logger.warning(
                    f"serve: phone calls will be refused until this is fixed: {reason.rstrip('.')}."
                    " Health check and webhooks work."
                )
            app.state.runtime = current
            app.state.line = PhoneLine(
                run_call=run_call,
                runtime=current,
                settings=settings,
                refusal=lambda: call_refusal(settings),
                services=lambda: standin_services(settings, current),
                stream_tokens=stream_tokens,
                telnyx_token=_secret(settings.telnyx_stream_token),
            )
            _warn_unauthenticated(settings)
            yield

    app = FastAPI(title="Salon receptionist", lifespan=lifespan, docs_url=None, redoc_url=None)

    @app.get("/healthz")
    async def healthz(request: Request) -> JSONResponse:
        current: CalendarRuntime = request.app.state.runtime
        body: dict[str, Any] = {
            "status": "ok",
            "calendar": "sandbox" if current.sandbox is not None else "calcom",
            "ledger": "ok",
            "calls": "ok" if call_refusal(settings) is None else "refused",
        }
        try:
            await current.ledger.get_call("healthz-probe")
        except Exception as exc:  # any failure of the ledger means unhealthy, whatever it is
            body.update(status="error", ledger=f"error: {exc.__class__.__name__}")
            return JSONResponse(body, status_code=503)
        return JSONResponse(body)

    @app.post("/twilio/voice")
    async def twilio_voice(request: Request) -> Response:
        raw = (await request.body()).decode("utf-8", errors="replace")
        params = parse_qsl(raw, keep_blank_values=True)
        token = _secret(settings.twilio_auth_token)
        if token:
            url = public_url(request, settings)
            signature = request.headers.get(TWILIO_SIGNATURE_HEADER)
            if not twilio.is_valid_signature(token, url, params, signature):
                logger.warning(f"twilio: rejected a voice request with a bad signature for {url}")
                return Response("invalid Twilio signature", status_code=403)
        form = dict(params)
        caller = to_e164(form.get("From"))
        reason = call_refusal(settings)
        if reason:
            logger.error(f"twilio: call from {mask_phone(caller)} refused: {reason}")
            return Response(SORRY_TWIML, media_type="application/xml")
        stream_params = {"from": caller or ""}
        call_sid = form.get("CallSid", "")
        if stream_tokens is not None and call_sid:
            stream_params["token"] = stream_tokens.issue(call_sid, stream_params["from"])
        logger.info(f"twilio: call {call_sid} from {mask_phone(caller)}, connecting the stream")
        stream_url = twilio.websocket_url(public_base(request, settings))
        return Response(
            twilio.connect_twiml(stream_url, stream_params), media_type="application/xml"
        )

    @app.websocket("/twilio/ws")
    async def twilio_ws(websocket: WebSocket) -> None:
        await serve_media_stream(websocket, "twilio", websocket.app.state.line)

    @app.websocket("/telnyx/ws")
    async def telnyx_ws(websocket: WebSocket) -> None:
        await serve_media_stream(websocket, "telnyx", websocket.app.state.line)

    @app.post("/calcom/webhook")
    async def calcom_webhook(request: Request) -> JSONResponse:
        secret = _secret(settings.calcom_webhook_secret)
        if not secret:
            # Refused rather than accepted unsigned: anyone could otherwise write bookings
            # into the ledger. Cal.com retries, so nothing is lost once the secret is set.
            logger.error("calcom webhook refused: CALCOM_WEBHOOK_SECRET is not set")
            return JSONResponse(
                {"status": "error", "error": "CALCOM_WEBHOOK_SECRET is not set on this server"},
                status_code=503,
            )
        body = await request.body()
        if not verify_signature(secret, body, request.headers.get(CALCOM_SIGNATURE_HEADER)):
            logger.warning("calcom webhook rejected: bad or missing X-Cal-Signature-256")
            return JSONResponse({"status": "error", "error": "invalid signature"}, status_code=401)
        try:
            event = json.loads(body)
        except ValueError:  # not JSON, or not UTF-8
            return JSONResponse({"status": "error", "error": "body is not JSON"}, status_code=400)
        try:
            outcome = await apply_webhook(request.app.state.runtime.ledger, event)
        except WebhookPayloadError as exc:
            logger.warning(f"calcom webhook rejected: {exc}")
            return JSONResponse({"status": "error", "error": str(exc)}, status_code=400)
        return JSONResponse({"status": "ok", "outcome": outcome})

    mount_dashboard(app, settings)
    return app


def _warn_unauthenticated(settings: Settings) -> None:
    """Without these secrets anyone who reaches the server can open a call and claim any
    caller number (which `find_my_appointments` and cancellations trust)."""
    if not _secret(settings.twilio_auth_token):
        logger.warning(
            "serve: TWILIO_AUTH_TOKEN is not set: /twilio/voice and /twilio/ws accept "
            "unsigned requests. Set it on any server reachable from the internet."
        )
    if not _secret(settings.telnyx_stream_token):
        logger.warning(
            "serve: TELNYX_STREAM_TOKEN is not set: /telnyx/ws accepts any connection. Set it "
            "and configure the stream URL as wss://<host>/telnyx/ws?token=<TELNYX_STREAM_TOKEN>."
        )


def public_base(request: Request, settings: Settings) -> str:
    """The base URL callers' providers use to reach us: PUBLIC_BASE_URL, else what the request
    says (uvicorn's proxy headers included)."""
    if settings.public_base_url:
        return settings.public_base_url.rstrip("/")
    return str(request.base_url).rstrip("/")


def public_url(request: Request, settings: Settings) -> str:
    """The URL Twilio signed: the public base, the path, and the query string as sent."""
    url = public_base(request, settings) + request.url.path
    if request.url.query:
        url += "?" + request.url.query
    return url


async def _recover_after_crash(runtime: CalendarRuntime, settings: Settings) -> None:
    """Holds and unknown bookings left by a previous process are settled before new calls
    (each step is logged by the recovery itself)."""
    await recover_after_crash(booking_deps(runtime, settings))


def _secret(value: Any) -> str | None:
    if value is None:
        return None
    text = value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)
    return text or None
