"""Request bodies bounded before anyone reads them (ASGI middleware).

Twilio's voice webhook is a few hundred bytes of form data and a Cal.com webhook a few KB of
JSON; the signature checks need the whole body, so without a bound an unsigned 200 MB post
is held in memory before it can be refused. Here a declared Content-Length over the cap is
answered 413 without reading a byte, a body that streams past the cap (chunked, or lying about
its length) is cut at the cap, and a body that has not fully arrived within the deadline is
answered 408: the request's handler never sees more than the cap, and never waits forever.
Headers are bounded one layer down (`agent.telephony.http_server`).
"""

from __future__ import annotations

import asyncio

from loguru import logger
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _BodyTooLarge(Exception):
    pass


class _BodyTooSlow(Exception):
    pass


class RequestLimits:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, body_timeout: float):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            await _answer(send, 413, "request body too large")
            return
        if declared == -1:
            await _answer(send, 400, "invalid Content-Length")
            return

        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        received = 0
        body_done = False
        started = False

        async def bounded_receive() -> Message:
            nonlocal received, body_done
            if body_done:  # after the body: disconnect listeners wait as long as they like
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                raise _BodyTooSlow from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge
                body_done = not message.get("more_body", False)
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, bounded_receive, tracked_send)
        except _BodyTooLarge:
            if not started:
                await _answer(send, 413, "request body too large")
        except _BodyTooSlow:
            logger.debug(f"http: {scope['path']}: body not received within {self.body_timeout} s")
            if not started:
                await _answer(send, 408, "request body not received in time")
        except ClientDisconnect:
            pass  # the client left mid-body: nobody to answer


def _content_length(scope: Scope) -> int | None:
    """The declared length; None when not declared, -1 when not a number."""
    for name, value in scope["headers"]:
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else -1
    return None


async def _answer(send: Send, status: int, text: str) -> None:
    """A plain answer that also closes the connection: the rest of the body is never read."""
    body = text.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
