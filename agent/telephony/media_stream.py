"""One phone call over a provider's media websocket, from the start message to the hang-up.

The call ends on the provider's `stop` message, on a websocket disconnect, or on an error;
whichever comes first, `run_call` returns and the session has released its holds.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import WebSocket
from loguru import logger
from pipecat.pipeline.worker import PipelineParams
from pipecat.runner.utils import parse_telephony_websocket
from pipecat.transports.websocket.fastapi import FastAPIWebsocketParams, FastAPIWebsocketTransport
from starlette.websockets import WebSocketState

from agent.telephony.caller import CallStart, Provider, read_call_start
from agent.telephony.serializers import build_serializer
from agent.telephony.twilio import StreamTokens
from calendar_adapter.privacy import mask_phone

# pipecat's start-message parser logs the parsed call data, caller number included, unmasked.
logger.disable("pipecat.runner.utils")

# Twilio and Telnyx send their start message right after connecting; a socket that stays
# silent longer than this is not a call.
START_TIMEOUT_SECONDS = 10.0

PHONE_SAMPLE_RATE = 8000
OPENAI_TTS_SAMPLE_RATE = 24000

# Policy violation: the peer is not who it claims to be, or not allowed in right now.
CLOSE_REFUSED = 1008


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
    runtime: Any
    settings: Any
    refusal: Callable[[], str | None]  # why calls cannot be taken now (missing key), or None
    services: Callable[[], Awaitable[Any]]  # per-call services (stand-ins), None: from settings
    stream_tokens: StreamTokens | None = None  # Twilio streams need one when an auth token is set
    telnyx_token: str | None = None  # Telnyx streams need `?token=` when set


async def serve_media_stream(websocket: WebSocket, provider: Provider, line: PhoneLine) -> None:
    """Accept the websocket, read the start message, run the call until it ends."""
    await websocket.accept()
    if provider == "telnyx" and line.telnyx_token:
        offered = websocket.query_params.get("token") or ""
        if not hmac.compare_digest(offered.encode(), line.telnyx_token.encode()):
            logger.warning("telnyx websocket refused: stream token missing or wrong")
            await _close(websocket, CLOSE_REFUSED)
            return
    try:
        transport_type, call_data = await asyncio.wait_for(
            parse_telephony_websocket(websocket), START_TIMEOUT_SECONDS
        )
        start = read_call_start(provider, transport_type, call_data)
    except (ValueError, KeyError, TimeoutError) as exc:
        logger.warning(f"{provider} websocket refused: no valid start message ({exc})")
        await _close(websocket, CLOSE_REFUSED)
        return

    if provider == "twilio" and line.stream_tokens is not None:
        parameters = start.parameters or {}
        caller = str(parameters.get("from") or "")
        if not line.stream_tokens.redeem(start.call_id, caller, parameters.get("token")):
            logger.warning("twilio websocket refused: stream token missing or wrong")
            await _close(websocket, CLOSE_REFUSED)
            return

    reason = line.refusal()
    if reason:
        logger.error(f"{provider} call from {mask_phone(start.caller_phone)} refused: {reason}")
        await _close(websocket, CLOSE_REFUSED)
        return

    try:
        services = await line.services()
    except Exception:
        logger.exception(f"{provider} call {start.call_id}: services could not be built")
        await _close(websocket, 1011)
        return

    logger.info(f"{provider} call {start.call_id} from {mask_phone(start.caller_phone)} connected")
    await _run_until_hang_up(websocket, start, line, services)


async def _run_until_hang_up(
    websocket: WebSocket, start: CallStart, line: PhoneLine, services: Any
) -> None:
    """Run the call; `stop` from the provider ends its pipeline like a hang-up, a dropped
    websocket is noticed by `run_call` itself, and a server shutdown cancels it."""
    label = f"{start.provider} call {start.call_id}"
    stopped = asyncio.Event()
    pipelines: list[Any] = []
    transport = FastAPIWebsocketTransport(
        websocket=websocket,
        params=FastAPIWebsocketParams(
            audio_in_enabled=True,
            audio_out_enabled=True,
            add_wav_header=False,
            serializer=build_serializer(start, stopped.set),
        ),
    )
    call = asyncio.create_task(
        line.run_call(
            transport,
            runtime=line.runtime,
            settings=line.settings,
            caller_phone=start.caller_phone,
            mode=start.provider,
            services=services,
            on_pipeline=pipelines.append,
            pipeline_params=phone_pipeline_params(line.settings),
        ),
        name=label,
    )
    hung_up = asyncio.create_task(stopped.wait())
    try:
        await asyncio.wait({call, hung_up}, return_when=asyncio.FIRST_COMPLETED)
        if not call.done():
            logger.info(f"{label}: stop received, ending the call")
            if pipelines:
                await pipelines[0].worker.cancel(reason="caller hung up")
            else:  # still starting: nothing to wind down yet
                call.cancel()
        await asyncio.gather(call, return_exceptions=True)
        if not call.cancelled() and call.exception() is not None:
            logger.opt(exception=call.exception()).error(f"{label} ended with an error")
    finally:
        hung_up.cancel()
        if not call.done():  # the server itself is shutting down
            call.cancel()
            await asyncio.gather(call, return_exceptions=True)
        await _close(websocket, 1000)
        logger.info(f"{label} ended")


async def _close(websocket: WebSocket, code: int) -> None:
    if websocket.application_state == WebSocketState.DISCONNECTED:
        return
    try:
        await websocket.close(code=code)
    except RuntimeError:
        pass  # already closed by the peer or by the transport
