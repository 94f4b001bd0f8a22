"""`serve`'s uvicorn: the server-side limits, and its logs in ours.

uvicorn bounds what it can: header size (`h11_max_incomplete_event_size`), idle keep-alive
connections (`timeout_keep_alive`), concurrent connections (`limit_concurrency`), websocket
message size (`ws_max_size`, larger messages close the stream with 1009). It has no timeout for
a request whose headers never finish: a client that sends them byte by byte (slow-loris) holds
its connection forever. The deadline must run before any ASGI code sees the request, so it lives
in the HTTP protocol: `HeaderDeadlineProtocol` gives every request's headers a fixed time from
its first byte (or from the connection's opening) and then closes the connection with a 408.

uvicorn's own log lines go to loguru (one stream, one level), with the secret of a Telnyx
stream URL (`?token=`) masked: uvicorn writes the path and query of every websocket it accepts.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
from typing import Any

import h11
import uvicorn
from loguru import logger
from uvicorn.protocols.http.h11_impl import H11Protocol

from agent.telephony.admission import call_limit
from agent.telephony.ws_keepalive import PatientKeepaliveProtocol
from agent.telephony.ws_text_frames import QuickTextFrames

# Headers of any real client (Twilio, Cal.com, a load balancer) fit in a fraction of this.
MAX_HEADER_BYTES = 16 * 1024

_TIMED_OUT_BODY = b"request headers not received in time"
_TIMED_OUT = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"content-length: %d\r\nconnection: close\r\n\r\n%s" % (len(_TIMED_OUT_BODY), _TIMED_OUT_BODY)
)


class HeaderDeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's headers."""

    header_timeout: float = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._header_deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.transport.get_protocol() is not self or self.conn.their_state is not h11.IDLE:
            self._disarm()  # headers complete (or upgraded to a websocket)
        elif self._header_deadline is None:
            self._arm()  # the first bytes of a request on a kept-alive connection

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._header_deadline = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _headers_too_slow(self) -> None:
        self._header_deadline = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        logger.debug(f"http: closing a connection whose headers took over {self.header_timeout} s")
        self.transport.write(_TIMED_OUT)
        self.transport.close()


def header_deadline_protocol(seconds: float) -> type[HeaderDeadlineProtocol]:
    return type("HeaderDeadlineProtocol", (HeaderDeadlineProtocol,), {"header_timeout": seconds})


class PhoneWebSocketProtocol(QuickTextFrames, PatientKeepaliveProtocol):
    """uvicorn's websockets protocol as calls need it: whole text frames read without the
    parser (ws_text_frames.py), a keepalive that waits for this server (ws_keepalive.py)."""


def server_config(
    app: Any, settings: Any, *, host: str = "127.0.0.1", port: int = 0
) -> uvicorn.Config:
    """The uvicorn configuration `serve` runs with (tests run the same one)."""
    route_uvicorn_logs()
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=header_deadline_protocol(settings.http_header_timeout_seconds),
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        timeout_keep_alive=settings.http_keep_alive_seconds,
        # Calls hold their websocket connection for the whole call: room for all of them
        # plus ordinary requests (beyond it, uvicorn answers 503).
        limit_concurrency=call_limit(settings) + settings.http_max_connections,
        ws_max_size=settings.ws_max_message_bytes,
        # A peer that stops answering pings (a dead line nobody closed) ends its call; a call
        # this server reads late is not one of them (ws_keepalive.py).
        ws=PhoneWebSocketProtocol,
        ws_ping_interval=20.0,
        ws_ping_timeout=20.0,
        ws_per_message_deflate=False,  # neither Twilio nor Telnyx compresses
        # Behind ngrok or a reverse proxy the request URL must be the public one, or Twilio's
        # signature (computed over that URL) never matches. PUBLIC_BASE_URL wins anyway.
        proxy_headers=True,
        log_config=None,  # uvicorn's loggers are ours: route_uvicorn_logs
        log_level=None,
    )


_TOKEN_IN_QUERY = re.compile(r"([?&]token=)[^&\s\"']+")


def redact(text: str) -> str:
    """`/telnyx/ws?token=SECRET` -> `/telnyx/ws?token=***`."""
    return _TOKEN_IN_QUERY.sub(r"\1***", text)


class _ToLoguru(logging.Handler):
    """loguru's recipe for stdlib records: same level, the caller's module and line."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level: str | int = logger.level(record.levelname).name
        except ValueError:
            level = record.levelno
        frame, depth = inspect.currentframe(), 0
        while frame is not None and (depth == 0 or frame.f_code.co_filename == logging.__file__):
            frame, depth = frame.f_back, depth + 1
        logger.opt(depth=depth, exception=record.exc_info).log(level, redact(record.getMessage()))


def route_uvicorn_logs() -> None:
    """uvicorn's loggers write through loguru, whose sink decides the level (idempotent).

    Another uvicorn in the process (the embedded sandbox's) reconfigures these loggers when it
    starts, so the app calls this again once its calendar is open. The access log is left as it
    is: if the sandbox switched it off, it stays off, or the sandbox's own requests (query
    strings with phone numbers) would be logged."""
    root = logging.getLogger("uvicorn")
    root.handlers = [_ToLoguru()]
    root.propagate = False
    # No lower than loguru writes: below it, every websocket frame (the `websockets` protocol
    # logs each one at DEBUG to "uvicorn.error") was formatted only to be dropped, 50 times a
    # second per call.
    level = _loguru_min_level()
    for name in ("uvicorn", "uvicorn.error", "uvicorn.asgi"):
        logging.getLogger(name).setLevel(level)


def _loguru_min_level() -> int:
    """The lowest level any loguru sink writes (loguru's levels are the stdlib's numbers)."""
    return getattr(getattr(logger, "_core", None), "min_level", logging.DEBUG)
