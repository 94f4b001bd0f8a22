"""A call from the browser: the page's microphone to the agent over WebRTC (pipecat's
`SmallWebRTCTransport`), through `agent.call.run_call` like any phone call: the same pipeline,
tools, guard and ledger. The page shows the conversation live from the call's timeline
(`/calls/{call_id}/live`). Needs what `mic` needs (`call_refusal`), and the `webrtc` extra.

Signalling is one POST: the page sends its offer once its ICE candidates are gathered, the
answer carries ours (no trickle, no STUN: host candidates reach a server on the same machine or
network; a server elsewhere needs an ICE server, which this page does not configure).
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from loguru import logger

from agent.call import run_call
from agent.dashboard.context import DashboardContext
from agent.dashboard.web import LoggedIn, Posted, render
from agent.telephony.readiness import call_refusal
from agent.telephony.standin_calls import standin_services

router = APIRouter()
INSTALL_HINT = 'pip install -e ".[webrtc]"'
MAX_SDP = 64_000


def webrtc_problem() -> str | None:
    """Why this process cannot speak WebRTC (the extra is not installed), or None."""
    try:
        import aiortc  # noqa: F401
        from pipecat.transports.smallwebrtc.transport import SmallWebRTCTransport  # noqa: F401
    except ImportError as exc:
        return f"WebRTC is not installed ({exc.name}): {INSTALL_HINT}"
    return None


class CallsFullError(RuntimeError):
    """The process takes no more calls (serve's admission limit)."""


class BrowserCalls:
    """The browser calls of this process: their peer connections and running calls."""

    def __init__(self, ctx: DashboardContext):
        self.ctx = ctx
        self._handler: Any = None
        self._calls: dict[str, asyncio.Task] = {}  # call id -> the task running it
        self._connections: dict[str, Any] = {}  # pc id -> connection

    def problem(self) -> str | None:
        return webrtc_problem() or call_refusal(self.ctx.settings)

    async def offer(self, sdp: str, kind: str) -> dict[str, str]:
        """Answer a browser's offer and start its call; the answer names the call."""
        from pipecat.transports.smallwebrtc.request_handler import (
            SmallWebRTCRequest,
            SmallWebRTCRequestHandler,
        )

        if self._handler is None:
            self._handler = SmallWebRTCRequestHandler(ice_servers=[])  # offline: no STUN
        place = self.ctx.admit() if self.ctx.admit is not None else None
        if self.ctx.admit is not None and place is None:
            raise CallsFullError("all lines are busy: the process is at its call limit")
        call_id = f"web-{uuid.uuid4().hex[:12]}"
        started: list[str] = []

        async def start(connection: Any) -> None:
            self._connections[connection.pc_id] = connection
            self._calls[call_id] = asyncio.create_task(
                self._run(connection, call_id, place), name=call_id
            )
            started.append(call_id)

        try:
            answer = await self._handler.handle_web_request(
                SmallWebRTCRequest(sdp=sdp, type=kind), start
            )
        finally:
            if not started and place is not None:
                place.release()
        if not started:
            raise RuntimeError("the call could not be started")
        # The page follows the call at /calls/{id}/live as soon as it has the id: the call is
        # in the ledger before the id is handed out (run_call's own start keeps this record).
        await self.ctx.ledger.start_call(
            call_id, caller_phone=self.ctx.settings.caller_phone, mode="browser"
        )
        return {**answer, "call_id": call_id}

    async def _run(self, connection: Any, call_id: str, place: Any = None) -> None:
        from pipecat.transports.base_transport import TransportParams
        from pipecat.transports.smallwebrtc.transport import SmallWebRTCTransport

        from agent.call_metrics import CallMetrics

        ctx = self.ctx

        async def log(kind: str, **data: Any) -> None:
            await ctx.ledger.log(call_id, kind, **data)

        metrics = CallMetrics(log)
        try:
            transport = SmallWebRTCTransport(
                webrtc_connection=connection,
                params=TransportParams(audio_in_enabled=True, audio_out_enabled=True),
            )
            result = await run_call(
                transport,
                runtime=ctx.runtime,
                settings=ctx.settings,
                caller_phone=ctx.settings.caller_phone,  # as `console` and `mic` do
                mode="browser",
                services=await standin_services(ctx.settings, ctx.runtime),
                call_id=call_id,
                observers=metrics.observers(),
            )
            await metrics.write_usage()
            logger.info(f"browser call {call_id} ended ({result.reason})")
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception(f"browser call {call_id} failed")
            # recorded at the offer: a call that failed before its session ended is closed here
            await ctx.ledger.end_call(call_id, reason="error")
        finally:
            if place is not None:
                place.release()
            self._calls.pop(call_id, None)
            self._connections.pop(connection.pc_id, None)
            await connection.disconnect()

    async def hang_up(self, pc_id: str) -> bool:
        """The page hung up: closing the connection ends the call (its holds are released)."""
        connection = self._connections.get(pc_id)
        if connection is None:
            return False
        await connection.disconnect()
        return True

    async def close(self) -> None:
        tasks = list(self._calls.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._handler is not None:
            await self._handler.close()


def calls_of(request: Request) -> BrowserCalls:
    return request.app.state.browser_calls


@router.get("/browser-call")
async def browser_call_page(request: Request, session: LoggedIn) -> Response:
    return render(request, "browser_call.html", session, problem=calls_of(request).problem())


@router.post("/browser-call/offer")
async def browser_call_offer(
    request: Request,
    session: Posted,
    sdp: Annotated[str, Body(max_length=MAX_SDP)],
    type: Annotated[str, Body()] = "offer",
) -> JSONResponse:
    calls = calls_of(request)
    problem = calls.problem()
    if problem:
        return JSONResponse({"error": problem}, status_code=503)
    if type != "offer":
        raise HTTPException(400, "expected an SDP offer")
    try:
        answer = await calls.offer(sdp, type)
    except CallsFullError as exc:
        return JSONResponse({"error": str(exc)}, status_code=503)
    except Exception as exc:
        logger.opt(exception=exc).warning("browser call: offer refused")
        return JSONResponse({"error": f"the call could not be started: {exc}"}, status_code=400)
    return JSONResponse(answer)


@router.post("/browser-call/hangup")
async def browser_call_hangup(
    request: Request, session: Posted, pc_id: Annotated[str, Body(embed=True)]
) -> JSONResponse:
    return JSONResponse({"hung_up": await calls_of(request).hang_up(pc_id)})
