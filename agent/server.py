"""The telephony server: one FastAPI app for phone calls, Cal.com webhooks and health checks.

Routes:
- `POST /twilio/voice`   TwiML that connects the call to our media websocket (signed by Twilio
                         with TWILIO_AUTH_TOKEN), or the fallback when the call cannot be taken
- `WS   /twilio/ws`      Twilio Media Streams: one call per connection, only with the single-use,
                         expiring stream token of a signed TwiML
- `WS   /telnyx/ws`      Telnyx media streaming: one call per connection, only with `?token=`
                         TELNYX_STREAM_TOKEN (Telnyx signs no websocket)
- `POST /twilio/dial-status` how a hand-over's <Dial> ended (signed by Twilio): nobody took
                         it -> a message for the salon and the apology
- `POST /calcom/webhook` Cal.com booking events, signature-checked, written to the ledger
- `GET  /healthz`        calendar mode, ledger state, this worker's call load and every live
                         worker's on the ledger (`cluster`); needs no key at all
- `GET  /healthz/ready`  the same, 503 while this process would refuse a call (full, draining:
                         for load balancers)
- `GET  /metrics`        Prometheus metrics, only with METRICS_TOKEN as bearer token
                         (`agent.observability`, docs/observability.md)

A provider without its secret is closed (`agent.telephony.access`), unless `insecure_dev`.
Request bodies are bounded before anything reads them (`agent.telephony.request_limits`); no
OpenAPI schema or docs pages are served.

The calendar runtime (Cal.com or the embedded sandbox, ledger, salon) is opened once per process
in the app's lifespan, unless the caller hands one in (tests, benchmarks). Several such
processes (workers) can serve one number: what they share lives in the ledger (stream tokens,
their load: `agent.telephony.presence`), and each drains on SIGTERM (`agent.telephony.drain`).
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
from agent.messaging.service import run_messaging
from agent.observability import add_metrics_route
from agent.observability.tracing import http_telemetry
from agent.telephony import twilio
from agent.telephony.access import PhoneAccess, secret_text
from agent.telephony.admission import Admission, call_limit
from agent.telephony.caller import to_e164
from agent.telephony.drain import Drain
from agent.telephony.handover import after_dial
from agent.telephony.http_server import route_uvicorn_logs
from agent.telephony.lines import DIAL_STATUS_PATH, LineFactory
from agent.telephony.media_stream import PhoneLine, serve_media_stream
from agent.telephony.presence import Presence
from agent.telephony.readiness import call_refusal
from agent.telephony.request_limits import RequestLimits
from agent.telephony.rest_clients import provider_clients
from agent.telephony.standin_calls import standin_services
from agent.telephony.twiml import Fallback, fallback_twiml, stream_twiml
from calendar_adapter.privacy import mask_phone
from calendar_adapter.retention import PurgeSchedule
from calendar_adapter.runtime import CalendarRuntime, open_calendar
from calendar_adapter.webhooks import WebhookPayloadError, apply_webhook, verify_signature
from tools.phone import normalize_phone
from tools.recovery import recover_after_crash

TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature"
TWILIO_SIGNATURE_SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"
CALCOM_SIGNATURE_HEADER = "X-Cal-Signature-256"
XML = "application/xml"


def create_app(
    settings: Settings,
    runtime: CalendarRuntime | None = None,
    *,
    insecure_dev: bool = False,
    worker: tuple[int, int] = (0, 1),
    shared_sandbox: bool = False,
) -> FastAPI:
    """The app for `serve`. `runtime` given: used as is and left open; otherwise opened here.
    `insecure_dev` opens the phone providers whose secret is not set (local experiments only).
    `worker`: this process's index among `serve`'s workers, and their number (the call limit
    is shared out); `shared_sandbox`: the calendar is the sandbox `serve` runs for its workers."""

    access = PhoneAccess.from_settings(settings, insecure_dev=insecure_dev)
    admission = Admission(call_limit(settings, worker=worker[0], workers=worker[1]))
    drain = Drain(admission, timeout=settings.drain_timeout_seconds)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            current = runtime
            if current is None:
                current = await stack.enter_async_context(open_calendar(settings, upkeep=True))
                route_uvicorn_logs()  # the embedded sandbox's uvicorn took them over
            await _recover_after_crash(current, settings)
            presence = Presence(
                current.ledger,
                admission,
                servable=lambda: call_refusal(settings) is None and bool(access.live()),
            )
            await presence.start()
            stack.push_async_callback(presence.stop)
            drain.on_begin(presence.wake)
            app.state.presence = presence
            stream_tokens = (
                twilio.StreamTokens(
                    access.twilio_auth_token, used=twilio.LedgerUsedTokens(current.ledger)
                )
                if access.twilio_auth_token
                else None
            )
            app.state.stream_tokens = stream_tokens
            # Personal data past its retention period goes, now and once a day (by the first
            # worker: one purge of a shared ledger is enough).
            if worker[0] == 0:
                await stack.enter_async_context(
                    PurgeSchedule(
                        current.ledger,
                        current.clock,
                        days=settings.retention_days,
                        every_hours=settings.purge_every_hours,
                    )
                )
            reason = call_refusal(settings)
            if reason:
                logger.warning(
                    f"serve: phone calls will be refused until this is fixed: {reason.rstrip('.')}."
                    " Health check and webhooks work."
                )
            app.state.runtime = current
            app.state.fallback = _fallback(settings, current)
            clients = await stack.enter_async_context(provider_clients(settings))
            await stack.enter_async_context(run_messaging(current, settings, clients))
            app.state.line = PhoneLine(
                run_call=run_call,
                runtime=current,
                settings=settings,
                refusal=lambda: call_refusal(settings),
                services=lambda: standin_services(settings, current),
                access=access,
                admission=admission,
                stream_tokens=stream_tokens,
                lines=LineFactory(
                    clients,
                    language=settings.language,
                    ring_seconds=settings.transfer_ring_seconds,
                ),
            )
            for text in clients.describe():
                logger.info(f"serve: {text}")
            for authenticated, text in access.describe():
                (logger.info if authenticated else logger.warning)(f"serve: phone provider {text}")
            logger.info(
                f"serve: at most {admission.limit} calls at once; callers over that are "
                f"{_fallback_words(app.state.fallback)}"
            )
            yield

    app = FastAPI(
        title="Salon receptionist",
        lifespan=lifespan,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        telemetry=http_telemetry(),
    )
    app.state.settings = settings
    app.state.admission = admission
    app.state.drain = drain
    app.add_middleware(
        RequestLimits,
        max_body_bytes=settings.max_request_body_bytes,
        body_timeout=settings.http_body_timeout_seconds,
    )

    async def health(request: Request) -> tuple[dict[str, Any], bool]:
        """The health body, and whether this process would take a call now."""
        current: CalendarRuntime = request.app.state.runtime
        refusal = call_refusal(settings)
        live = access.live()
        body: dict[str, Any] = {
            "status": "ok",
            "calendar": "sandbox" if current.sandbox is not None or shared_sandbox else "calcom",
            "ledger": "ok",
            "calls": "ok" if refusal is None and live else "refused",
            "providers": live,
            "load": {
                "active_calls": admission.active,
                "limit": admission.limit,
                "accepting": refusal is None and bool(live) and admission.accepting,
            },
            "draining": admission.draining,
        }
        if insecure_dev:
            body["insecure_dev"] = True
        presence: Presence = request.app.state.presence
        body["worker"] = presence.worker_id
        try:
            body["cluster"] = await presence.cluster()
        except Exception as exc:  # any failure of the ledger means unhealthy, whatever it is
            body.update(status="error", ledger=f"error: {exc.__class__.__name__}")
            body["load"]["accepting"] = False
            return body, False
        return body, True

    @app.get("/healthz")
    async def healthz(request: Request) -> JSONResponse:
        """Liveness: 503 only when the ledger fails; a full process is alive."""
        body, ok = await health(request)
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/healthz/ready")
    async def healthz_ready(request: Request) -> JSONResponse:
        """Readiness: 503 whenever a new call would be refused (full, key missing, no provider)."""
        body, ok = await health(request)
        return JSONResponse(body, status_code=200 if ok and body["load"]["accepting"] else 503)

    @app.post("/twilio/voice")
    async def twilio_voice(request: Request) -> Response:
        if not access.is_open("twilio"):
            logger.error(
                f"twilio: voice request refused: Twilio is not enabled on this server "
                f"({access.closed_because('twilio')})"
            )
            return Response("Twilio is not enabled on this server", status_code=503)
        params = await _twilio_params(request, "voice")
        if params is None:
            return Response("invalid Twilio signature", status_code=403)
        form = dict(params)
        caller = to_e164(form.get("From"))
        call_sid = form.get("CallSid", "")
        fallback: Fallback = request.app.state.fallback.for_call(form.get("To"))
        reason = call_refusal(settings)
        if reason:
            logger.error(f"twilio: call from {mask_phone(caller)} refused: {reason}")
            return Response(fallback_twiml(fallback), media_type=XML)
        presence: Presence = request.app.state.presence
        if admission.draining and await presence.another_accepts():
            # Shutting down: the stream is a new connection, which the load balancer sends
            # to a worker that takes calls (this one answers /healthz/ready with 503).
            logger.info(f"twilio: call {call_sid} handed to another worker (this one drains)")
        elif not admission.reserve(call_sid):
            why = "draining" if admission.draining else f"over the limit ({admission.limit} calls)"
            logger.info(
                f"twilio: call {call_sid} from {mask_phone(caller)} {why}: "
                f"{_fallback_words(fallback)}"
            )
            return Response(fallback_twiml(fallback), media_type=XML)
        stream_params = {"from": caller or ""}
        stream_tokens = request.app.state.stream_tokens
        if stream_tokens is not None and call_sid:
            stream_params["token"] = stream_tokens.issue(call_sid, stream_params["from"])
        logger.info(f"twilio: call {call_sid} from {mask_phone(caller)}, connecting the stream")
        stream_url = twilio.websocket_url(public_base(request, settings))
        return Response(stream_twiml(stream_url, stream_params, fallback), media_type=XML)

    async def _twilio_params(request: Request, what: str) -> list[tuple[str, str]] | None:
        """The POSTed form of a Twilio webhook; None when its signature is wrong."""
        raw = (await request.body()).decode("utf-8", errors="replace")
        params = parse_qsl(raw, keep_blank_values=True)
        if access.twilio_auth_token:
            url = public_url(request, settings)
            if not twilio.is_valid_request(
                access.twilio_auth_token,
                url,
                params,
                request.headers.get(TWILIO_SIGNATURE_HEADER),
                signature_settings=request.headers.get(TWILIO_SIGNATURE_SETTINGS_HEADER),
            ):
                logger.warning(f"twilio: rejected a {what} request with a bad signature for {url}")
                return None
        return params

    @app.post(DIAL_STATUS_PATH)
    async def twilio_dial_status(request: Request) -> Response:
        """How a hand-over's <Dial> ended (agent/telephony/handover.py)."""
        if not access.is_open("twilio"):
            return Response("Twilio is not enabled on this server", status_code=503)
        params = await _twilio_params(request, "dial-status")
        if params is None:
            return Response("invalid Twilio signature", status_code=403)
        form = dict(params)
        twiml = await after_dial(
            request.app.state.runtime.ledger,
            call_id=request.query_params.get("call"),
            dial_status=form.get("DialCallStatus", ""),
            caller_from=form.get("From"),
            language=settings.language,
        )
        return Response(twiml, media_type=XML)

    @app.websocket("/twilio/ws")
    async def twilio_ws(websocket: WebSocket) -> None:
        await serve_media_stream(websocket, "twilio", websocket.app.state.line)

    @app.websocket("/telnyx/ws")
    async def telnyx_ws(websocket: WebSocket) -> None:
        await serve_media_stream(websocket, "telnyx", websocket.app.state.line)

    @app.post("/calcom/webhook")
    async def calcom_webhook(request: Request) -> JSONResponse:
        secret = secret_text(settings.calcom_webhook_secret)
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
            runtime = request.app.state.runtime
            outcome = await apply_webhook(runtime.ledger, event, availability=runtime.backend.gate)
        except WebhookPayloadError as exc:
            logger.warning(f"calcom webhook rejected: {exc}")
            return JSONResponse({"status": "error", "error": str(exc)}, status_code=400)
        return JSONResponse({"status": "ok", "outcome": outcome})

    add_metrics_route(app, secret_text(settings.metrics_token), admission)
    mount_dashboard(app, settings)
    return app


def _fallback(settings: Settings, runtime: CalendarRuntime) -> Fallback:
    """OVERFLOW_ACTION with the salon file's number; `forward` without a number cannot be."""
    phone = normalize_phone(runtime.salon.business.phone or "")
    if settings.overflow_action == "forward" and phone is None:
        logger.warning(
            "serve: OVERFLOW_ACTION=forward, but the salon file has no business.phone: callers "
            "the server cannot take hear an apology instead"
        )
        return Fallback("say", language=settings.language)
    return Fallback(settings.overflow_action, language=settings.language, salon_phone=phone)


def _fallback_words(fallback: Fallback) -> str:
    if fallback.action == "forward":
        return f"forwarded to the salon ({mask_phone(fallback.salon_phone)})"
    return "told to call again later"


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
