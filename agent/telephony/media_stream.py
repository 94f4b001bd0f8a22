"""One phone call over a provider's media websocket, from the start message to the hang-up.

In order: the provider must be open on this server (else the handshake is refused), the stream
must prove it is the provider's (Twilio: the stream token of a signed TwiML; Telnyx: the
`?token=` of its stream URL), the dialled number must reach a salon of this deployment, the calls
must be servable (keys), the process (and the salon) must have a place for one more (admission),
and the salon's calendar must be open. Then the call runs until the provider's `stop`, the peer's
close, an error or the server's shutdown, whichever comes first; the session releases its
holds, and one INFO line says how the call ended. A peer that closed first is the normal end of
a call, never an error.
"""

from __future__ import annotations

import asyncio
import hmac
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import WebSocket
from loguru import logger
from pipecat.pipeline.worker import PipelineParams
from pipecat.runner.utils import parse_telephony_websocket
from pipecat.transports.websocket.fastapi import FastAPIWebsocketParams
from starlette.websockets import WebSocketDisconnect, WebSocketState

from agent.call_metrics import CallMetrics
from agent.telephony.access import PhoneAccess
from agent.telephony.admission import Admission, Place
from agent.telephony.announce import Announcer
from agent.telephony.caller import CallStart, Provider, read_call_start
from agent.telephony.frame_guard import StreamGuard
from agent.telephony.lines import LineFactory
from agent.telephony.phone_transport import PhoneWebsocketTransport
from agent.telephony.serializers import TELNYX_ENCODINGS, build_serializer
from agent.telephony.twilio import StreamTokens
from calendar_adapter.privacy import mask_phone

# pipecat's start-message parser logs the parsed call data, caller number included, unmasked.
logger.disable("pipecat.runner.utils")

# Twilio and Telnyx send their start message right after connecting; a socket that stays
# silent longer than this is not a call.
START_TIMEOUT_SECONDS = 10.0

PHONE_SAMPLE_RATE = 8000
OPENAI_TTS_SAMPLE_RATE = 24000
# The bot's audio goes to the provider in 80 ms messages (pipecat's default: 40 ms), paced by
# pipecat at most twice as fast as it plays; the provider queues them and plays them out at
# real time. Each chunk is a frame through the output transport (its queue, two waits with a
# timeout, the push downstream to the observers), a serialization and a websocket message: half
# as many per second of bot speech (README "What the figures changed"). A barge-in still clears
# the provider's queue at once (pipecat's interruption sends Twilio's `clear`), and no audio of
# the cut answer follows the `clear` (phone_transport).
AUDIO_OUT_10MS_CHUNKS = 8

# Policy violation: the peer is not who it claims to be, or not allowed in right now.
CLOSE_REFUSED = 1008
# Try again later: the process is full. (Twilio then plays the TwiML after <Connect>.)
CLOSE_FULL = 1013
CLOSE_ERROR = 1011


def phone_pipeline_params(settings: Any) -> PipelineParams:
    """The phone line is 8 kHz: STT hears it as it is, and TTS speaks at 8 kHz so nothing is
    resampled, except OpenAI's TTS, which only produces 24 kHz (the serializer converts it)."""
    out_rate = OPENAI_TTS_SAMPLE_RATE if settings.tts_provider == "openai" else PHONE_SAMPLE_RATE
    return PipelineParams(audio_in_sample_rate=PHONE_SAMPLE_RATE, audio_out_sample_rate=out_rate)


RunCall = Callable[..., Awaitable[Any]]


@dataclass
class PhoneLine:
    """Everything a phone call needs from the server process."""

    run_call: RunCall
    salons: Any  # agent.salons.SalonRuntimes: the calendar of the salon a call reaches
    settings: Any  # the deployment's (frame limits); each call runs on its salon's
    refusal: Callable[[], str | None]  # why calls cannot be taken now (missing key), or None
    # per-call services (stand-ins) for a salon and its calendar; None: from settings
    services: Callable[[Any, Any], Awaitable[Any]]
    access: PhoneAccess
    admission: Admission
    stream_tokens: StreamTokens | None = None  # Twilio streams need one when an auth token is set
    # each salon's lines (hang up, transfer) for its calls; None: calls get none
    lines: Callable[[Any], LineFactory | None] | None = None


@dataclass(frozen=True)
class Admitted:
    """A stream that may become a call: what it started with, its salon, its place."""

    start: CallStart
    tenant: Any  # agent.tenants.Tenant
    place: Place


# A peer that is gone: starlette raises WebSocketDisconnect (it converts uvicorn's
# ClientDisconnected, an OSError, into one).
_GONE = (WebSocketDisconnect, OSError)


async def serve_media_stream(websocket: WebSocket, provider: Provider, line: PhoneLine) -> None:
    """Admit the stream and run its call; never raises for a peer that went away."""
    if not line.access.is_open(provider):
        logger.warning(
            f"{provider} websocket refused: {provider} is not enabled on this server "
            f"({line.access.closed_because(provider)})"
        )
        await _close(websocket, CLOSE_REFUSED)  # before accepting: the handshake gets a 403
        return
    try:
        await websocket.accept()
        admitted = await _admit(websocket, provider, line)
    except _GONE:
        logger.info(f"{provider} websocket closed by the peer before its call started")
        return
    if admitted is None:
        return
    start, tenant = admitted.start, admitted.tenant
    # The provider streams from its start message on: the frame rate counts from here, not
    # from when the call's pipeline first reads (a late start is no flood; frame_guard.py).
    guard = StreamGuard(
        f"{provider} call {start.call_id}", per_second=line.settings.ws_max_frames_per_second
    )
    try:
        try:
            runtime = await line.salons.runtime(tenant.id)
            services = await line.services(tenant, runtime)
        except Exception as exc:
            logger.error(
                f"{provider} call {start.call_id} to salon {tenant.id} cannot start "
                f"({type(exc).__name__})"
            )
            await _close(websocket, CLOSE_ERROR)
            return
        salon = "" if tenant.implicit else f" to salon {tenant.id}"
        logger.info(
            f"{provider} call {start.call_id} from {mask_phone(start.caller_phone)}{salon} "
            f"connected ({line.admission.active}/{line.admission.limit} calls)"
        )
        await _run_until_hang_up(websocket, start, line, services, tenant, runtime, guard)
    finally:
        admitted.place.release()


async def _admit(websocket: WebSocket, provider: Provider, line: PhoneLine) -> Admitted | None:
    """A stream that may become a call; None once it was refused."""
    if provider == "telnyx" and line.access.telnyx_stream_token:
        offered = websocket.query_params.get("token") or ""
        if not hmac.compare_digest(offered.encode(), line.access.telnyx_stream_token.encode()):
            return await _refuse(
                websocket, "telnyx websocket refused: stream token missing or wrong"
            )
    start = await _read_start(websocket, provider)
    if start is None:
        return None

    if provider == "twilio" and line.stream_tokens is not None:
        parameters = start.parameters or {}
        caller = str(parameters.get("from") or "")
        dialled = str(parameters.get("to") or "")
        if not await line.stream_tokens.redeem(
            start.call_id, caller, parameters.get("token"), dialled
        ):
            return await _refuse(
                websocket, "twilio websocket refused: stream token missing or wrong"
            )
    if provider == "telnyx" and start.outbound_encoding not in TELNYX_ENCODINGS:
        return await _refuse(
            websocket,
            f"telnyx call {start.call_id} refused: its audio is {start.outbound_encoding}; "
            f"set the stream codec to one of {', '.join(TELNYX_ENCODINGS)}",
        )
    if not line.access.authenticated(provider):
        logger.warning(
            f"{provider} call {start.call_id} accepted WITHOUT AUTHENTICATION (--insecure-dev)"
        )

    tenant = line.salons.tenants.by_number(start.dialled)
    if tenant is None:
        return await _refuse(
            websocket,
            f"{provider} call {start.call_id} refused: no salon has the dialled number "
            f"{mask_phone(start.dialled)}",
        )
    reason = line.refusal()
    if reason:
        logger.error(f"{provider} call from {mask_phone(start.caller_phone)} refused: {reason}")
        await _close(websocket, CLOSE_REFUSED)
        return None
    place = line.admission.admit(start.call_id, tenant.id)
    if place is None:
        if line.admission.draining:
            why = "this worker is draining"
        elif line.admission.active >= line.admission.limit:
            why = f"{line.admission.limit} calls already (over the limit)"
        else:
            why = f"salon {tenant.id} has all the calls it may have"
        logger.info(f"{provider} call {start.call_id} refused: {why}")
        await _close(websocket, CLOSE_FULL)
        return None
    return Admitted(start, tenant, place)


async def _read_start(websocket: WebSocket, provider: Provider) -> CallStart | None:
    try:
        transport_type, call_data = await asyncio.wait_for(
            parse_telephony_websocket(websocket), START_TIMEOUT_SECONDS
        )
        return read_call_start(provider, transport_type, call_data)
    except WebSocketDisconnect:
        raise
    except TimeoutError:
        await _refuse(websocket, f"{provider} websocket refused: no start message in time")
    except Exception as exc:  # whatever the start message got wrong; its content is not logged
        await _refuse(
            websocket,
            f"{provider} websocket refused: no valid start message ({type(exc).__name__})",
        )
    return None


async def _refuse(websocket: WebSocket, why: str) -> None:
    logger.warning(why)
    await _close(websocket, CLOSE_REFUSED)


async def _run_until_hang_up(
    websocket: WebSocket,
    start: CallStart,
    line: PhoneLine,
    services: Any,
    tenant: Any,
    runtime: Any,
    guard: StreamGuard,
) -> None:
    """Run the call; `stop` from the provider ends its pipeline like a hang-up, a dropped
    websocket is noticed by `run_call` itself, and a server shutdown cancels it."""
    label = f"{start.provider} call {start.call_id}"
    began = time.monotonic()
    # pipecat's measured turn latency and usage, on the call's timeline as for browser calls
    # (the dashboard's numbers), and in the turn-latency histogram (agent.observability).
    sessions: list[Any] = []

    async def log(kind: str, **data: Any) -> None:
        if sessions:
            await sessions[0].log(kind, **data)

    metrics = CallMetrics(log)
    stopped = asyncio.Event()
    pipelines: list[Any] = []
    call_id = f"call-{uuid.uuid4()}"
    announcer = Announcer()
    lines = line.lines(tenant) if line.lines is not None else None
    call_line = (
        lines.for_call(
            start,
            call_id=call_id,
            public_base=public_base(websocket, line.settings),
            announce=announcer.say,
        )
        if lines is not None
        else None
    )

    def on_pipeline(call_pipeline: Any) -> None:
        pipelines.append(call_pipeline)
        announcer.attach(call_pipeline)

    transport = PhoneWebsocketTransport(
        websocket=websocket,
        params=FastAPIWebsocketParams(
            audio_in_enabled=True,
            audio_out_enabled=True,
            audio_out_10ms_chunks=AUDIO_OUT_10MS_CHUNKS,
            add_wav_header=False,
            serializer=build_serializer(start, stopped.set, guard),
        ),
    )
    call = asyncio.create_task(
        line.run_call(
            transport,
            runtime=runtime,
            settings=tenant.settings,
            caller_phone=start.caller_phone,
            mode=start.provider,
            services=services,
            on_pipeline=on_pipeline,
            pipeline_params=phone_pipeline_params(tenant.settings),
            call_id=call_id,
            on_session=sessions.append,
            observers=[announcer, *metrics.observers()],
            line=call_line,
        ),
        name=label,
    )
    hung_up = asyncio.create_task(stopped.wait())
    try:
        await asyncio.wait({call, hung_up}, return_when=asyncio.FIRST_COMPLETED)
        if not call.done():
            logger.debug(f"{label}: stop received, ending the call")
            if pipelines:
                await pipelines[0].worker.cancel(reason="caller hung up")
            else:  # still starting: nothing to wind down yet
                call.cancel()
        await asyncio.gather(call, return_exceptions=True)
    finally:
        hung_up.cancel()
        if not call.done():  # the server itself is shutting down
            call.cancel()
            await asyncio.gather(call, return_exceptions=True)
        await _close(websocket, 1000)
        await _write_usage(metrics, label)
        why = _end_reason(call, stopped.is_set(), websocket)
        extra = guard.summary()
        seconds = time.monotonic() - began
        message = f"{label} ended: {why}; {seconds:.1f} s" + (f"; {extra}" if extra else "")
        if call.done() and not call.cancelled() and call.exception() is not None:
            logger.opt(exception=call.exception()).error(message)
        else:
            logger.info(message)


async def _write_usage(metrics: CallMetrics, label: str) -> None:
    """The call's usage totals on its timeline; a ledger that fails here loses only them."""
    try:
        await asyncio.shield(metrics.write_usage())
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        logger.warning(f"{label}: usage not written ({type(exc).__name__})")


def _end_reason(call: asyncio.Task, stop_received: bool, websocket: WebSocket) -> str:
    if call.cancelled():
        return "caller hung up" if stop_received else "server shutting down"
    if call.exception() is not None:
        return f"error ({type(call.exception()).__name__})"
    result = call.result()
    if getattr(result, "reason", None) == "error":
        return f"error ({type(result.error).__name__})"
    if stop_received:
        return "caller hung up"
    if websocket.client_state == WebSocketState.DISCONNECTED:
        return "connection closed by the peer"
    return "the call pipeline ended"


def public_base(websocket: WebSocket, settings: Any) -> str:
    """Where the provider's callbacks reach this server: PUBLIC_BASE_URL, else the stream's
    own host (ws -> http, wss -> https)."""
    configured = getattr(settings, "public_base_url", None)
    if configured:
        return configured.rstrip("/")
    return str(websocket.base_url).rstrip("/")


async def _close(websocket: WebSocket, code: int) -> None:
    """Close our side unless it is closed; a peer that left first is no error."""
    if websocket.application_state == WebSocketState.DISCONNECTED:
        return
    try:
        await websocket.close(code=code)
    except (*_GONE, RuntimeError):  # RuntimeError: closed on our side meanwhile
        pass
