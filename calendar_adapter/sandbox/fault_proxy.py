"""A TCP proxy between a client and the sandbox that fails the way networks do.

The sandbox's own faults (`Faults`) are answers Cal.com gives; these are what happens to the
connection: the calendar acts and the answer never arrives, half an answer, a request that
reaches the calendar late, a calendar that cannot be reached. Each request is matched like a
sandbox fault ("POST /v2/bookings", "DELETE /v2/slots/reservations/*"); the first plan that
matches is used (and counted down), anything else passes through.

Actions:
- `reset_after_send`: the request is forwarded and answered (the calendar acted); the client's
  connection is then reset (RST), and the answer never reaches it.
- `half_answer`: the calendar acts; the client gets the status line, the headers and half of the
  body, then the connection closes.
- `black_hole`: the calendar acts; the client never hears back (its timeout decides).
- `drop_request`: the request never reaches the calendar, and the client never hears back.
- `delay_request`: the request reaches the calendar `seconds` later, whether or not the client
  is still waiting (a request delayed past the client's timeout lands anyway).

`refuse()` stops accepting connections (a client's connect fails: the request never left);
`accept()` takes them again on the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
from dataclasses import dataclass
from typing import Literal

from calendar_adapter.sandbox.faults import endpoint_matches

Action = Literal["reset_after_send", "half_answer", "black_hole", "drop_request", "delay_request"]
ACTIONS = ("reset_after_send", "half_answer", "black_hole", "drop_request", "delay_request")
_HEAD_LIMIT = 64 * 1024


@dataclass
class _Plan:
    endpoint: str
    action: Action
    remaining: int | None  # None: every matching request (subject to `probability`)
    seconds: float
    probability: float = 1.0


@dataclass
class _Message:
    head: bytes
    body: bytes

    @property
    def raw(self) -> bytes:
        return self.head + self.body


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int, *, seed: int | None = None) -> None:
        self._upstream = (upstream_host, upstream_port)
        self._random = random.Random(seed)
        self._plans: list[_Plan] = []
        self._server: asyncio.Server | None = None
        self._port: int | None = None
        self._host = "127.0.0.1"
        self._clients: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task] = set()
        self._delayed_forwards: set[asyncio.Task] = set()
        self.seen: list[tuple[str, str]] = []  # (request "METHOD /path", what happened)

    @classmethod
    def to(cls, url: str) -> FaultProxy:
        """A proxy in front of `http://host:port`."""
        host, _, port = url.removeprefix("http://").rstrip("/").partition(":")
        return cls(host, int(port))

    @property
    def url(self) -> str:
        if self._port is None:
            raise RuntimeError("proxy not started")
        return f"http://{self._host}:{self._port}"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> FaultProxy:
        self._host = host
        self._server = await asyncio.start_server(
            self._serve, host, port or self._port or 0, reuse_address=True
        )
        self._port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        await self.refuse()
        for forward in list(self._delayed_forwards):
            forward.cancel()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)

    async def __aenter__(self) -> FaultProxy:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # -- the plan ------------------------------------------------------------------------------

    def plan(
        self,
        endpoint: str,
        action: Action,
        *,
        n: int | None = 1,
        seconds: float = 0.0,
        probability: float = 1.0,
    ) -> None:
        """Fail the next `n` matching requests (`n=None`: every one), each with `probability`
        (drawn from the proxy's seeded generator)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r} ({', '.join(ACTIONS)})")
        self._plans.append(_Plan(endpoint, action, n, seconds, probability))

    def retarget(self, url: str) -> None:
        """Send new connections to another upstream (a calendar restarted elsewhere)."""
        host, _, port = url.removeprefix("http://").rstrip("/").partition(":")
        self._upstream = (host, int(port))

    def clear(self) -> None:
        self._plans.clear()

    async def refuse(self) -> None:
        """Stop accepting connections and close the open ones: the next request cannot even
        connect."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._clients):
            writer.close()
        self._clients.clear()

    async def accept(self) -> None:
        """Take connections again, on the same port."""
        if self._server is None:
            await self.start(self._host, self._port or 0)

    async def delivered(self) -> None:
        """Wait until every delayed request has reached the calendar (and been answered)."""
        while self._delayed_forwards:
            await asyncio.gather(*self._delayed_forwards, return_exceptions=True)

    def _take(self, key: str) -> _Plan | None:
        for plan in self._plans:
            if not endpoint_matches(plan.endpoint, key, key):
                continue
            if plan.probability < 1.0 and self._random.random() >= plan.probability:
                continue
            if plan.remaining is not None:
                plan.remaining -= 1
                if plan.remaining <= 0:
                    self._plans.remove(plan)
            return plan
        return None

    # -- the connections -----------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._clients.add(writer)
        upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            while True:
                request = await _read_message(reader, is_request=True)
                if request is None:
                    return
                key = _request_key(request.head)
                plan = self._take(key)
                action = plan.action if plan else "pass"
                self.seen.append((key, action))
                if plan is not None and plan.action == "delay_request":
                    forward = asyncio.ensure_future(self._delayed(request, writer, plan.seconds))
                    self._delayed_forwards.add(forward)
                    forward.add_done_callback(self._delayed_forwards.discard)
                    await asyncio.shield(forward)
                    return
                if action == "drop_request":
                    await _wait_for_close(reader)
                    return
                if upstream is None:
                    upstream = await asyncio.open_connection(*self._upstream)
                upstream[1].write(request.raw)
                await upstream[1].drain()
                response = await _read_message(upstream[0], is_request=False)
                if response is None:
                    return
                if action == "pass":
                    writer.write(response.raw)
                    await writer.drain()
                    continue
                await self._fail(action, response, reader, writer)
                return
        except (ConnectionError, asyncio.IncompleteReadError, OSError):
            return
        except asyncio.CancelledError:  # the proxy stops: this connection just ends
            return
        finally:
            self._clients.discard(writer)
            self._tasks.discard(task)
            if upstream is not None:
                upstream[1].close()
            with contextlib.suppress(Exception):
                writer.close()

    async def _fail(
        self,
        action: str,
        response: _Message,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        if action == "reset_after_send":
            _reset(writer)
        elif action == "half_answer":
            writer.write(response.head + response.body[: len(response.body) // 2])
            await writer.drain()
            writer.close()
        elif action == "black_hole":
            await _wait_for_close(reader)

    async def _delayed(
        self, request: _Message, writer: asyncio.StreamWriter, seconds: float
    ) -> None:
        """Forward after `seconds` on a connection of its own, whether or not the client still
        waits; answer it if it does."""
        await asyncio.sleep(seconds)
        up_reader, up_writer = await asyncio.open_connection(*self._upstream)
        try:
            up_writer.write(request.raw)
            await up_writer.drain()
            response = await _read_message(up_reader, is_request=False)
        finally:
            up_writer.close()
        status = response.head.split(b" ", 2)[1].decode() if response else "no answer"
        self.seen.append((_request_key(request.head), f"delivered late: {status}"))
        if response is not None and not writer.is_closing():
            with contextlib.suppress(ConnectionError, OSError):
                writer.write(response.raw)
                await writer.drain()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST, not FIN: what a crashed peer or a middlebox dropping state looks like."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _wait_for_close(reader: asyncio.StreamReader) -> None:
    with contextlib.suppress(ConnectionError, OSError):
        while await reader.read(4096):
            pass


def _request_key(head: bytes) -> str:
    line = head.split(b"\r\n", 1)[0].decode("latin-1")
    method, _, rest = line.partition(" ")
    path = rest.split(" ", 1)[0].split("?", 1)[0]
    return f"{method} {path}"


async def _read_message(reader: asyncio.StreamReader, *, is_request: bool) -> _Message | None:
    """One HTTP/1.1 message (head and body by Content-Length or chunked); None at EOF."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial:
            return None
        raise
    except asyncio.LimitOverrunError:
        raise ConnectionError("HTTP head too long") from None
    if len(head) > _HEAD_LIMIT:
        raise ConnectionError("HTTP head too long")
    headers = {}
    for line in head.decode("latin-1").split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return _Message(head, await _read_chunked(reader))
    length = int(headers.get("content-length", "0") or 0)
    if not is_request and length == 0 and "content-length" not in headers:
        return _Message(head, b"")
    return _Message(head, await reader.readexactly(length) if length else b"")


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = b""
    while True:
        size_line = await reader.readuntil(b"\r\n")
        body += size_line
        size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
        chunk = await reader.readexactly(size + 2)
        body += chunk
        if size == 0:
            return body
