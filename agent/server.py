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
- `POST /telnyx/events`  Telnyx call-control webhooks (Ed25519-signed, TELNYX_PUBLIC_KEY): how a
                         hand-over's transfer ended, told through the ledger to the waiting call
                         in whichever worker it runs; nobody took it -> a message for the salon
- `POST /calcom/webhook/{salon}` Cal.com booking events of one salon, checked against that
                         salon's secret, written to its ledger rows (`/calcom/webhook`: the
                         implicit salon's)
- `GET  /healthz`        calendar mode, ledger state, this worker's call load and every live
                         worker's on the ledger (`cluster`); needs no key at all
- `GET  /healthz/ready`  the same, 503 while this process would refuse a call (full, draining:
                         for load balancers)
- `GET  /metrics`        Prometheus metrics, only with METRICS_TOKEN as bearer token
                         (`agent.observability`, docs/observability.md)

A provider without its secret is closed (`agent.telephony.access`), unless `insecure_dev`.
Request bodies are bounded before anything reads them (`agent.telephony.request_limits`); no
OpenAPI schema or docs pages are served.

Salons (`agent.tenants`): the dialled number (Twilio `To`, carried to the stream with the caller's
number; Telnyx `to`) selects the salon, and the call runs on that salon's settings and calendar.
Each salon's calendar runtime (Cal.com or its embedded sandbox, its view of the ledger, its salon
file) is opened once per process on first use (`agent.salons.SalonRuntimes`); without a tenants
file the one implicit salon's is opened at start, as before, unless the caller hands one in
(tests, benchmarks). Several such processes (workers) can serve the numbers: what they share lives
in the ledger (stream tokens, their load: `agent.telephony.presence`, the Cal.com budget, slot
changes), and each drains on SIGTERM (`agent.telephony.drain`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import JSONResponse, Response
from loguru import logger

from agent.call import booking_deps, run_call
from agent.config import Settings
from agent.dashboard.app import mount_dashboards
from agent.messaging.service import run_messaging
from agent.observability import add_metrics_route
from agent.observability.tracing import http_telemetry
from agent.salons import SalonRuntimes, SalonUnavailable
from agent.telephony import twilio
from agent.telephony.access import PhoneAccess, secret_text
from agent.telephony.admission import Admission, call_limit, worker_share
from agent.telephony.caller import to_e164
from agent.telephony.drain import Drain
from agent.telephony.handover import after_dial, after_transfer
from agent.telephony.http_server import route_uvicorn_logs
from agent.telephony.lines import DIAL_STATUS_PATH, LineFactory
from agent.telephony.media_stream import PhoneLine, serve_media_stream
from agent.telephony.presence import Presence
from agent.telephony.readiness import call_refusal
from agent.telephony.request_limits import RequestLimits
from agent.telephony.rest_clients import provider_clients
from agent.telephony.standin_calls import standin_services
from agent.telephony.telnyx_events import (
    EVENTS_PATH,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    EventError,
    is_signed,
    parse_event,
    public_key,
)
from agent.telephony.transfer_outcomes import TransferOutcomes
from agent.telephony.twiml import Fallback, fallback_twiml, stream_twiml
from agent.tenants import Tenant, Tenants
from calendar_adapter.ledger import DEFAULT_SALON
from calendar_adapter.privacy import mask_phone
from calendar_adapter.retention import PurgeSchedule
from calendar_adapter.runtime import CalendarRuntime
from calendar_adapter.salon import SalonFile, load_salon
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
    salons: SalonRuntimes | None = None,
    sandboxes: Mapping[str, tuple[str, str]] | None = None,
) -> FastAPI:
    """The app for `serve`. `runtime` given: the implicit salon's, used as is and left open;
    `salons` given: the salons' runtimes (not yet open: opened and closed with the app);
    otherwise the salons of `settings` (`SALONS_FILE`, or the implicit one) are opened here.
    `insecure_dev` opens the phone providers whose secret is not set (local experiments only).
    `worker`: this process's index among `serve`'s workers, and their number (the call limits
    are shared out); `shared_sandbox`: the calendar is the sandbox `serve` runs for its workers;
    `sandboxes`: salon id -> (URL, key) of the sandboxes `serve` runs for keyless salons."""

    if salons is not None:
        tenants = salons.tenants
    else:
        tenants = Tenants.from_settings(settings)
    access = PhoneAccess.from_settings(settings, insecure_dev=insecure_dev)
    admission = Admission(
        call_limit(settings, worker=worker[0], workers=worker[1]),
        salon_limits={
            t.id: worker_share(t.max_calls, worker=worker[0], workers=worker[1])
            for t in tenants
            if t.max_calls is not None
        },
    )
    drain = Drain(admission, timeout=settings.drain_timeout_seconds)
    fallbacks = _Fallbacks(settings)
    telnyx_key = public_key(settings.telnyx_public_key) if settings.telnyx_public_key else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            clients = await stack.enter_async_context(provider_clients(settings))

            async def prepare(tenant: Tenant, opened: CalendarRuntime, own: AsyncExitStack) -> None:
                """A salon's calendar just opened in this process: what a process that died
                left of it is settled, its texts and messages are sent from now on."""
                if opened.sandbox is not None:
                    route_uvicorn_logs()  # the embedded sandbox's uvicorn took them over
                await _recover_after_crash(opened, tenant.settings)
                await own.enter_async_context(run_messaging(opened, tenant.settings, clients))
                fallbacks.learn(tenant, opened.salon)

            if runtime is not None:
                registry = SalonRuntimes.of_runtime(tenants, runtime)
            elif salons is not None:
                registry = salons
                registry.prepare = prepare
            else:
                registry = SalonRuntimes(
                    tenants,
                    upkeep=True,
                    shared_ledger=worker[1] > 1,
                    prepare=prepare,
                    sandboxes=sandboxes,
                )
            await stack.enter_async_context(registry)
            app.state.salons = registry
            if runtime is not None:
                await prepare(next(iter(tenants)), runtime, stack)
            elif tenants.is_implicit:
                await registry.runtime(DEFAULT_SALON)  # as before: at start, or no start
            else:
                # Salons open on their first call; those with work left (a worker that died,
                # holds, releases, texts) now and on every upkeep round, for their recovery.
                sweep = asyncio.create_task(
                    registry.sweep_forever(settings.calendar_upkeep_seconds), name="salons"
                )
                stack.push_async_callback(_cancel, sweep)
                logger.info(
                    f"serve: {len(tenants)} salons ({', '.join(tenants.ids)}) from "
                    f"{tenants.source}; each opens its calendar on its first call"
                )
            current = registry.ready(DEFAULT_SALON) if tenants.is_implicit else None
            presence = Presence(
                registry.ledger,
                admission,
                servable=lambda: call_refusal(settings) is None and bool(access.live()),
            )
            await presence.start()
            stack.push_async_callback(presence.stop)
            drain.on_begin(presence.wake)
            app.state.presence = presence
            stream_tokens = (
                twilio.StreamTokens(
                    access.twilio_auth_token, used=twilio.LedgerUsedTokens(registry.ledger)
                )
                if access.twilio_auth_token
                else None
            )
            app.state.stream_tokens = stream_tokens
            # Personal data past its retention period goes, now and once a day, in every
            # salon (by the first worker: one purge of a shared ledger is enough).
            if worker[0] == 0:
                for salon_id in await registry.salon_ids():
                    await stack.enter_async_context(
                        PurgeSchedule(
                            registry.view(salon_id),
                            registry.ledger.clock,
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
            app.state.fallbacks = fallbacks
            outcomes = TransferOutcomes(registry.ledger) if telnyx_key is not None else None
            app.state.transfer_outcomes = outcomes
            lines = LineFactory(
                clients, ring_seconds=settings.transfer_ring_seconds, outcomes=outcomes
            )
            app.state.line = PhoneLine(
                run_call=run_call,
                salons=registry,
                settings=settings,
                refusal=lambda: call_refusal(settings),
                services=lambda tenant, opened: standin_services(tenant.settings, opened),
                access=access,
                admission=admission,
                stream_tokens=stream_tokens,
                lines=lambda tenant: replace(
                    lines,
                    language=tenant.settings.language,
                    salon_id=None if tenant.implicit else tenant.id,
                ),
            )
            for text in clients.describe():
                logger.info(f"serve: {text}")
            if clients.telnyx is not None:
                logger.info(
                    f"serve: telnyx hand-overs: verdicts on {EVENTS_PATH}"
                    if outcomes is not None
                    else "serve: telnyx hand-overs: off (TELNYX_PUBLIC_KEY is not set)"
                )
            for authenticated, text in access.describe():
                (logger.info if authenticated else logger.warning)(f"serve: phone provider {text}")
            caps = ", ".join(f"{k} {v}" for k, v in admission.salon_limits.items())
            over = (
                _fallback_words(fallbacks.of(next(iter(tenants))))
                if tenants.is_implicit
                else "told to call again later or forwarded, as their salon says"
            )
            logger.info(
                f"serve: at most {admission.limit} calls at once"
                f"{f' (per salon: {caps})' if caps else ''}; callers over that are {over}"
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

    def calendar_of(opened: CalendarRuntime | None, tenant: Tenant) -> str:
        if opened is None:
            return "not open"
        keyless = opened.sandbox is not None or (
            (tenant.implicit and shared_sandbox) or tenant.id in (sandboxes or {})
        )
        return "sandbox" if keyless else "calcom"

    async def health(request: Request) -> tuple[dict[str, Any], bool]:
        """The health body, and whether this process would take a call now."""
        registry: SalonRuntimes = request.app.state.salons
        refusal = call_refusal(settings)
        live = access.live()
        body: dict[str, Any] = {"status": "ok"}
        if tenants.is_implicit:
            body["calendar"] = calendar_of(request.app.state.runtime, next(iter(tenants)))
        else:
            body["salons"] = {t.id: calendar_of(registry.ready(t.id), t) for t in tenants}
        body.update(
            {
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
        )
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
        dialled = to_e164(form.get("To"))
        call_sid = form.get("CallSid", "")
        tenant = tenants.by_number(dialled)
        if tenant is None:
            logger.warning(
                f"twilio: call {call_sid} to {mask_phone(dialled)} refused: no salon of this "
                "deployment has that number (SALONS_FILE)"
            )
            return Response(fallback_twiml(fallbacks.unknown()), media_type=XML)
        fallback = fallbacks.of(tenant).for_call(form.get("To"))
        reason = call_refusal(settings)
        if reason:
            logger.error(f"twilio: call from {mask_phone(caller)} refused: {reason}")
            return Response(fallback_twiml(fallback), media_type=XML)
        try:
            await request.app.state.salons.runtime(tenant.id)
        except SalonUnavailable:
            logger.error(f"twilio: call {call_sid} refused: salon {tenant.id}'s calendar is closed")
            return Response(fallback_twiml(fallback), media_type=XML)
        presence: Presence = request.app.state.presence
        if admission.draining and await presence.another_accepts():
            # Shutting down: the stream is a new connection, which the load balancer sends
            # to a worker that takes calls (this one answers /healthz/ready with 503).
            logger.info(f"twilio: call {call_sid} handed to another worker (this one drains)")
        elif not admission.reserve(call_sid, tenant.id):
            if admission.draining:
                why = "draining"
            elif admission.accepting:
                why = f"salon {tenant.id} at its limit ({admission.salon_limits.get(tenant.id)} calls)"
            else:
                why = f"over the limit ({admission.limit} calls)"
            logger.info(
                f"twilio: call {call_sid} from {mask_phone(caller)} {why}: "
                f"{_fallback_words(fallback)}"
            )
            return Response(fallback_twiml(fallback), media_type=XML)
        stream_params = {"from": caller or ""}
        if not tenant.implicit:  # the stream finds its salon by it (and the token binds it)
            stream_params["to"] = dialled or ""
        stream_tokens = request.app.state.stream_tokens
        if stream_tokens is not None and call_sid:
            stream_params["token"] = stream_tokens.issue(
                call_sid, stream_params["from"], stream_params.get("to", "")
            )
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
        tenant = tenants.get(request.query_params.get("salon") or DEFAULT_SALON)
        if tenant is None:
            return Response("unknown salon", status_code=404)
        twiml = await after_dial(
            request.app.state.salons.view(tenant.id),
            call_id=request.query_params.get("call"),
            dial_status=form.get("DialCallStatus", ""),
            caller_from=form.get("From"),
            language=tenant.settings.language,
        )
        return Response(twiml, media_type=XML)

    @app.post(EVENTS_PATH)
    async def telnyx_events(request: Request) -> JSONResponse:
        """Telnyx call-control webhooks: the verdicts of our hand-overs (handover.py)."""
        outcomes: TransferOutcomes | None = request.app.state.transfer_outcomes
        if telnyx_key is None or outcomes is None:
            logger.error("telnyx: an event was refused: TELNYX_PUBLIC_KEY is not set")
            return JSONResponse(
                {"status": "error", "error": "TELNYX_PUBLIC_KEY is not set on this server"},
                status_code=503,
            )
        body = await request.body()
        if not is_signed(
            telnyx_key,
            body,
            request.headers.get(SIGNATURE_HEADER),
            request.headers.get(TIMESTAMP_HEADER),
        ):
            logger.warning("telnyx: rejected an event with a bad, missing or stale signature")
            return JSONResponse({"status": "error", "error": "invalid signature"}, status_code=403)
        try:
            event = parse_event(body)
        except EventError as exc:
            return JSONResponse({"status": "error", "error": str(exc)}, status_code=400)
        answered = event.handover_answered()
        if answered is None or event.handover is None:
            return JSONResponse({"status": "ok", "outcome": "ignored"})
        tenant = tenants.get(event.handover.salon_id or DEFAULT_SALON)
        if tenant is None:
            logger.warning(
                f"telnyx: event {event.id} names salon {event.handover.salon_id}, unknown"
            )
            return JSONResponse({"status": "ok", "outcome": "ignored"})
        registry: SalonRuntimes = request.app.state.salons
        if not await registry.ledger.first_telnyx_event(event.id, event.event_type):
            return JSONResponse({"status": "ok", "outcome": "duplicate"})
        try:
            await after_transfer(
                registry.view(tenant.id),
                outcomes,
                handover=event.handover,
                answered=answered,
                cause=event.cause,
            )
        except Exception:
            await registry.ledger.forget_telnyx_event(event.id)  # Telnyx delivers it again
            logger.exception(f"telnyx: event {event.id} ({event.event_type}) not handled")
            return JSONResponse({"status": "error", "error": "not handled"}, status_code=500)
        return JSONResponse({"status": "ok", "outcome": "answered" if answered else "not_answered"})

    @app.websocket("/twilio/ws")
    async def twilio_ws(websocket: WebSocket) -> None:
        await serve_media_stream(websocket, "twilio", websocket.app.state.line)

    @app.websocket("/telnyx/ws")
    async def telnyx_ws(websocket: WebSocket) -> None:
        await serve_media_stream(websocket, "telnyx", websocket.app.state.line)

    @app.post("/calcom/webhook")
    async def calcom_webhook(request: Request) -> JSONResponse:
        """The implicit salon's webhook (a tenants file's salon named `default`)."""
        return await salon_webhook(request, DEFAULT_SALON)

    @app.post("/calcom/webhook/{salon_id}")
    async def calcom_salon_webhook(request: Request, salon_id: str) -> JSONResponse:
        return await salon_webhook(request, salon_id)

    async def salon_webhook(request: Request, salon_id: str) -> JSONResponse:
        """One salon's Cal.com webhook: its secret only, its rows only, its gate told."""
        tenant = tenants.get(salon_id)
        if tenant is None:
            return JSONResponse({"status": "error", "error": "no such salon"}, status_code=404)
        where = "" if tenant.implicit else f" of salon {tenant.id}"
        secret = secret_text(tenant.settings.calcom_webhook_secret)
        if not secret:
            # Refused rather than accepted unsigned: anyone could otherwise write bookings
            # into the ledger. Cal.com retries, so nothing is lost once the secret is set.
            missing = (
                "CALCOM_WEBHOOK_SECRET"
                if tenant.implicit
                else "the variable its calcom_webhook_secret_env names"
            )
            logger.error(f"calcom webhook{where} refused: {missing} is not set")
            return JSONResponse(
                {"status": "error", "error": f"{missing} is not set on this server"},
                status_code=503,
            )
        body = await request.body()
        if not verify_signature(secret, body, request.headers.get(CALCOM_SIGNATURE_HEADER)):
            logger.warning(f"calcom webhook{where} rejected: bad or missing X-Cal-Signature-256")
            return JSONResponse({"status": "error", "error": "invalid signature"}, status_code=401)
        try:
            event = json.loads(body)
        except ValueError:  # not JSON, or not UTF-8
            return JSONResponse({"status": "error", "error": "body is not JSON"}, status_code=400)
        try:
            runtime = await request.app.state.salons.runtime(tenant.id)
        except SalonUnavailable:  # Cal.com delivers it again later
            return JSONResponse(
                {"status": "error", "error": "the salon's calendar is not available"},
                status_code=503,
            )
        try:
            outcome = await apply_webhook(runtime.ledger, event, availability=runtime.backend.gate)
        except WebhookPayloadError as exc:
            logger.warning(f"calcom webhook{where} rejected: {exc}")
            return JSONResponse({"status": "error", "error": str(exc)}, status_code=400)
        return JSONResponse({"status": "ok", "outcome": outcome})

    add_metrics_route(app, secret_text(settings.metrics_token), admission)
    mount_dashboards(app, tenants)
    return app


class _Fallbacks:
    """What each salon's callers hear when their call cannot be taken (`Fallback`), learned
    from the salon file once per salon."""

    def __init__(self, settings: Settings):
        self._settings = settings
        self._known: dict[str, Fallback] = {}

    def learn(self, tenant: Tenant, salon: SalonFile) -> Fallback:
        fallback = self._known.get(tenant.id)
        if fallback is None:
            fallback = self._known[tenant.id] = _fallback(tenant.settings, salon)
        return fallback

    def of(self, tenant: Tenant) -> Fallback:
        found = self._known.get(tenant.id)
        if found is not None:
            return found
        try:
            salon = load_salon(tenant.settings.salon_file)
        except Exception:  # a broken salon file: its calls are refused with the apology
            return Fallback("say", language=tenant.settings.language)
        return self.learn(tenant, salon)

    def unknown(self) -> Fallback:
        """For a number no salon has: the apology in the deployment's language."""
        return Fallback("say", language=self._settings.language)


def _fallback(settings: Settings, salon: SalonFile) -> Fallback:
    """OVERFLOW_ACTION with the salon file's number; `forward` without a number cannot be."""
    phone = normalize_phone(salon.business.phone or "")
    if settings.overflow_action == "forward" and phone is None:
        logger.warning(
            "serve: OVERFLOW_ACTION=forward, but the salon file has no business.phone: callers "
            "the server cannot take hear an apology instead"
        )
        return Fallback("say", language=settings.language)
    return Fallback(settings.overflow_action, language=settings.language, salon_phone=phone)


async def _cancel(task: asyncio.Task) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


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
