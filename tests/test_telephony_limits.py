"""Limits before work, against `serve`'s real uvicorn on loopback, spoken to over raw sockets
where a polite HTTP client would not misbehave: bodies over the cap are refused before they are
read, slow bodies and slow headers (slow-loris) are cut, oversized headers refused."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit

import httpx
import pytest

from tests.test_telephony_call import (
    capture_logs,
    errors_in,
    phone_runtime,
    phone_settings,
    serving,
    voice_form,
)

CAP = 64 * 1024


@pytest.fixture
async def runtime(clock, tmp_path):
    async with phone_runtime(clock, tmp_path) as rt:
        yield rt


@pytest.fixture
def logs():
    with capture_logs() as lines:
        yield lines


def limited_settings(tmp_path, **overrides):
    values = dict(
        max_request_body_bytes=CAP,
        http_header_timeout_seconds=0.5,
        http_body_timeout_seconds=0.5,
        calcom_webhook_secret="calcom-test-secret",
    )
    values.update(overrides)
    return phone_settings(tmp_path, **values)


class RawClient:
    """One TCP connection, bytes in, bytes out: what a misbehaving client sends. What the
    server sends is read as it arrives, so an answer is kept even when the server resets the
    connection right after it."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer
        self.received = bytearray()
        self._reading = asyncio.create_task(self._read())

    @classmethod
    async def open(cls, base: str) -> RawClient:
        parts = urlsplit(base)
        return cls(*await asyncio.open_connection(parts.hostname, parts.port))

    async def _read(self) -> None:
        with contextlib.suppress(ConnectionError, OSError):
            while chunk := await self.reader.read(65536):
                self.received += chunk

    @property
    def closed_by_server(self) -> bool:
        return self._reading.done()

    async def send(self, data: bytes) -> bool:
        """False once the server has closed the connection."""
        if self.closed_by_server:
            return False
        try:
            self.writer.write(data)
            await self.writer.drain()
        except (ConnectionError, OSError):
            return False
        return True

    async def answer(self, limit: float = 10.0) -> bytes:
        """Everything the server sent until it closed the connection (bounded)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._reading), limit)
        return bytes(self.received)

    async def response(self, limit: float = 10.0) -> bytes:
        """The first complete response: status line, headers, Content-Length bytes of body."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while loop.time() < deadline:
            head, found, rest = bytes(self.received).partition(b"\r\n\r\n")
            if found:
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                if len(rest) >= length:
                    del self.received[: len(head) + 4 + length]
                    return head + found + rest[:length]
            await asyncio.sleep(0.01)
        raise TimeoutError("no complete response")

    def close(self) -> None:
        self._reading.cancel()
        self.writer.close()


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def headers_for(path: str, **fields: str) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: salon.example"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


# -- bodies -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/twilio/voice", "/calcom/webhook"])
async def test_a_body_declared_over_the_cap_is_refused_before_a_byte_of_it_is_read(
    tmp_path, runtime, logs, path
):
    from agent.server import create_app

    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        client = await RawClient.open(base)
        # 200 MB announced, nothing sent: the answer cannot have waited for the body
        await client.send(headers_for(path, Content_Length="200000000"))
        answer = await client.answer()
        client.close()

    assert status_of(answer) == 413
    assert b"connection: close" in answer.lower()
    # the handler never ran: no signature was checked
    assert not any("signature" in line for line in logs)


@pytest.mark.parametrize("path", ["/twilio/voice", "/calcom/webhook"])
async def test_a_body_streaming_past_the_cap_is_cut_at_the_cap(tmp_path, runtime, logs, path):
    """Chunked, so no length is declared: the bytes are counted as they arrive."""
    from agent.server import create_app

    chunk = b"x" * 16 * 1024
    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        client = await RawClient.open(base)
        await client.send(headers_for(path, Transfer_Encoding="chunked"))
        sent = 0
        for _ in range(64):  # up to 1 MB, 16× the cap, unless the server stops reading
            if not await client.send(b"%x\r\n%s\r\n" % (len(chunk), chunk)):
                break
            sent += len(chunk)
            await asyncio.sleep(0.01)
        answer = await client.answer()
        client.close()

    assert status_of(answer) == 413
    assert sent < 64 * len(chunk)  # the server stopped taking it
    assert not any("signature" in line for line in logs)
    assert errors_in(logs) == []


async def test_a_body_within_the_cap_still_reaches_the_signature_check(tmp_path, runtime):
    from agent.server import create_app

    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        async with httpx.AsyncClient() as http:
            form = voice_form()
            form["Padding"] = "p" * (CAP - 1024)
            response = await http.post(f"{base}/twilio/voice", data=form)

    assert response.status_code == 403  # read whole, checked, unsigned


async def test_a_body_that_stops_arriving_gets_a_408(tmp_path, runtime, logs):
    from agent.server import create_app

    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        client = await RawClient.open(base)
        await client.send(headers_for("/calcom/webhook", Content_Length="1000") + b"{" * 10)
        answer = await client.answer()
        client.close()

    assert status_of(answer) == 408
    assert errors_in(logs) == []


# -- headers ------------------------------------------------------------------------------------


async def dribble(client: RawClient, data: bytes, pause: float) -> int:
    """Send `data` a byte at a time; how many bytes went out before the server hung up."""
    for k in range(len(data)):
        if not await client.send(data[k : k + 1]):
            return k
        await asyncio.sleep(pause)
    return len(data)


async def test_headers_sent_byte_by_byte_are_cut_off(tmp_path, runtime):
    """A slow-loris: every byte arrives in time, the headers never finish. uvicorn alone keeps
    such a connection forever; serve closes it at the header deadline (0.5 s here)."""
    from agent.server import create_app

    # 40 s of dribbling at 0.05 s a byte: far past the deadline, bounded if it never comes
    request = headers_for("/twilio/voice", X_Padding="a" * 750)
    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        client = await RawClient.open(base)
        sent = await dribble(client, request, 0.05)
        answer = await client.answer()
        client.close()

    assert sent < len(request)  # cut while the headers were still coming
    assert status_of(answer) == 408


async def test_a_kept_alive_connection_gets_the_same_deadline_for_its_next_request(
    tmp_path, runtime
):
    from agent.server import create_app

    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        client = await RawClient.open(base)
        await client.send(b"GET /healthz HTTP/1.1\r\nHost: salon.example\r\n\r\n")
        first = await client.response()
        request = b"GET /healthz HTTP/1.1\r\nHost: salon.example\r\nX-Padding: " + b"a" * 800
        sent = await dribble(client, request, 0.05)
        answer = await client.answer()
        client.close()

    assert status_of(first) == 200
    assert sent < len(request)
    assert status_of(answer) == 408


async def test_a_connection_that_never_sends_anything_is_closed(tmp_path, runtime):
    from agent.server import create_app

    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        client = await RawClient.open(base)
        answer = await client.answer()  # we send nothing; the server hangs up
        client.close()

    assert status_of(answer) == 408


async def test_headers_growing_past_16_kb_are_refused(tmp_path, runtime):
    """h11 holds at most 16 KB of a request it has not fully parsed."""
    from agent.server import create_app

    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        client = await RawClient.open(base)
        await client.send(b"GET /healthz HTTP/1.1\r\nHost: salon.example\r\nX-Padding: ")
        sent = 0
        while sent < 64 * 1024 and await client.send(b"a" * 1024):
            sent += 1024
            await asyncio.sleep(0.001)
        answer = await client.answer()
        client.close()

    assert sent < 64 * 1024
    assert status_of(answer) == 400


async def test_ordinary_requests_on_one_kept_alive_connection_are_not_cut(tmp_path, runtime):
    from agent.server import create_app

    async with serving(create_app(limited_settings(tmp_path), runtime)) as base:
        async with httpx.AsyncClient() as http:
            statuses = []
            for _ in range(3):
                statuses.append((await http.get(f"{base}/healthz")).status_code)
                await asyncio.sleep(0.3)  # idle, within keep-alive, longer than half a deadline
    assert statuses == [200, 200, 200]
