"""A phone stream's whole text frames are read without `websockets`' parser, and the app sees
exactly what uvicorn's own protocol gives it: the same messages in the same order, the same
replies on the wire (pongs, closes), however the bytes are cut into reads and whatever other
frames come between (fragmented messages, pings, binary, too large, a close)."""

from __future__ import annotations

import asyncio
import logging
import re
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
import uvicorn
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from websockets.client import ClientProtocol
from websockets.frames import Frame, Opcode
from websockets.server import ServerProtocol
from websockets.uri import parse_uri

from agent.telephony.http_server import PhoneWebSocketProtocol
from agent.telephony.ws_text_frames import whole_text_frames
from tests.waiting import eventually

MAX_SIZE = 4096
FRAME_LINE = re.compile(r"[<>] (TEXT|BINARY|CONT|PING|PONG|CLOSE) ")  # websockets' debug line


def _client() -> ClientProtocol:
    return ClientProtocol(parse_uri("ws://127.0.0.1/stream"))


def _frames(client: ClientProtocol, *frames: Frame) -> bytes:
    for frame in frames:
        client.send_frame(frame)
    return b"".join(client.data_to_send())


def _text(payload: str, fin: bool = True) -> Frame:
    return Frame(Opcode.TEXT, payload.encode(), fin=fin)


def _media(n: int) -> str:
    return (
        '{"event": "media", "media": {"payload": "' + "fw" * 80 + f'"}}, "n": {n:03d}'
    )  # one length


# -- reading frames off a chunk ---------------------------------------------------------------


def test_whole_masked_text_frames_are_read_as_the_parser_reads_them():
    client = _client()
    client.state = client.state.__class__.OPEN
    texts = [_media(1), "kurz", "x" * 300, ""]  # 7-bit, 16-bit and empty lengths
    data = _frames(client, *(_text(t) for t in texts))
    payloads, taken = whole_text_frames(data, MAX_SIZE)
    assert [p.decode() for p in payloads] == texts
    assert taken == len(data)


@pytest.mark.parametrize(
    "other",
    [
        Frame(Opcode.BINARY, b"\x00\x01"),
        Frame(Opcode.PING, b"p"),
        Frame(Opcode.PONG, b"p"),
        Frame(Opcode.CLOSE, b"\x03\xe8"),
        _text("erst ein Teil", fin=False),
        Frame(Opcode.TEXT, b"y" * (MAX_SIZE + 1)),  # over the limit: the parser refuses it
        Frame(Opcode.TEXT, b"z" * 70_000),  # a 64-bit length
    ],
)
def test_any_other_frame_ends_the_run_and_is_left_to_the_parser(other):
    client = _client()
    client.state = client.state.__class__.OPEN
    first = _frames(client, _text("vorher"))
    rest = _frames(client, other, _text("nachher"))
    payloads, taken = whole_text_frames(first + rest, MAX_SIZE)
    assert payloads == [b"vorher"]
    assert taken == len(first)


def test_an_unmasked_cut_off_or_extended_frame_is_left_to_the_parser():
    server_side = ServerProtocol()
    server_side.state = server_side.state.__class__.OPEN
    server_side.send_frame(_text("vom Server: unmaskiert"))
    (unmasked,) = server_side.data_to_send()
    assert whole_text_frames(unmasked, MAX_SIZE) == ([], 0)
    client = _client()
    client.state = client.state.__class__.OPEN
    whole = _frames(client, _text("x" * 200))
    for cut in (1, 2, 3, 5, 8, len(whole) - 1):
        assert whole_text_frames(whole[:cut], MAX_SIZE) == ([], 0)
    for reserved_bit in (0x40, 0x20, 0x10):  # an extension's bit: the parser refuses it
        assert whole_text_frames(bytes([whole[0] | reserved_bit]) + whole[1:], MAX_SIZE) == (
            [],
            0,
        )


# -- through uvicorn, against its own protocol ------------------------------------------------


@asynccontextmanager
async def _server(protocol: type) -> AsyncIterator[tuple[int, list[list[dict]]]]:
    """uvicorn on loopback with `protocol`; each connection's ASGI messages in a list."""
    connections: list[list[dict]] = []

    async def app(scope, receive, send):
        assert scope["type"] == "websocket"
        got: list[dict] = []
        connections.append(got)
        await receive()
        await send({"type": "websocket.accept"})
        while True:
            message = await receive()
            got.append(message)
            if message["type"] == "websocket.disconnect":
                return

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        app,
        ws=protocol,
        ws_max_size=MAX_SIZE,
        ws_per_message_deflate=False,
        log_config=None,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield sock.getsockname()[1], connections
    finally:
        server.should_exit = True
        await task
        sock.close()


async def _until_disconnected(connections: list[list[dict]]) -> None:
    await eventually(
        lambda: bool(connections and connections[0][-1:] and "code" in connections[0][-1]),
        "the connection closed with a code",
    )


def _stream(client: ClientProtocol) -> bytes:
    """What a caller sends: media, then every other kind of frame between media frames."""
    client.state = client.state.__class__.OPEN
    frames = [_text(_media(n)) for n in range(5)]
    frames += [Frame(Opcode.PING, b"ping"), _text(_media(5))]
    frames += [_text("Teil 1, ", fin=False), Frame(Opcode.CONT, b"Teil 2", fin=True)]
    frames += [Frame(Opcode.BINARY, b"\x00\xffbin"), _text("ü" * 200), _text(_media(6))]
    frames += [Frame(Opcode.CLOSE, b"\x03\xe8bye")]
    return _frames(client, *frames)


async def _talk(port: int, cut: int | None, stream: bytes | None = None) -> tuple[bytes, bytes]:
    """The handshake, then `stream` (default `_stream`) in pieces of `cut` bytes (None: at
    once); what the server sent back after its handshake response."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.transport.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    client = _client()
    client.send_request(client.connect())
    writer.write(b"".join(client.data_to_send()))
    head = await reader.readuntil(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 101"), head
    data = _stream(client) if stream is None else stream
    pieces = [data] if cut is None else [data[i : i + cut] for i in range(0, len(data), cut)]
    for piece in pieces:
        writer.write(piece)
        await writer.drain()
        if cut is not None:
            await asyncio.sleep(0.002)  # one read each
    replies = await asyncio.wait_for(reader.read(), 10)
    writer.close()
    return head, replies


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.mark.parametrize("cut", [None, 7, 61, 400])
@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG])
async def test_the_app_gets_what_uvicorns_own_protocol_gives_it_however_reads_are_cut(
    cut, level, monkeypatch
):
    uvicorn_log = logging.getLogger("uvicorn.error")
    monkeypatch.setattr(uvicorn_log, "propagate", False)
    monkeypatch.setattr(uvicorn_log, "handlers", [])
    before = uvicorn_log.level
    seen = {}
    for protocol in (WebSocketsSansIOProtocol, PhoneWebSocketProtocol):
        lines = _Lines()
        uvicorn_log.addHandler(lines)
        uvicorn_log.setLevel(level)
        try:
            async with _server(protocol) as (port, connections):
                _, replies = await _talk(port, cut)
                await _until_disconnected(connections)
        finally:
            uvicorn_log.removeHandler(lines)
            uvicorn_log.setLevel(before)
        frame_lines = [line for line in lines.lines if FRAME_LINE.match(line)]
        seen[protocol] = (connections, replies, frame_lines)
    (old_connections, old_replies, old_lines), (new_connections, new_replies, new_lines) = (
        seen.values()
    )
    assert new_connections == old_connections
    assert new_replies == old_replies  # the pong and the close's echo
    assert new_lines == old_lines  # websockets' debug line for every frame, in order
    assert bool(new_lines) == (level == logging.DEBUG)
    (messages,) = new_connections
    texts = [m.get("text") for m in messages if "text" in m]
    assert texts[:6] == [_media(n) for n in range(6)]
    assert "Teil 1, Teil 2" in texts and _media(6) in texts
    assert messages[-1] == {"type": "websocket.disconnect", "code": 1000, "reason": "bye"}


async def test_a_frame_over_the_limit_closes_the_stream_as_before():
    seen = {}
    for protocol in (WebSocketsSansIOProtocol, PhoneWebSocketProtocol):
        async with _server(protocol) as (port, connections):
            client = _client()
            client.state = client.state.__class__.OPEN
            data = _frames(client, _text("davor"), Frame(Opcode.TEXT, b"g" * (MAX_SIZE + 1)))
            _, replies = await _talk(port, None, data)
            await _until_disconnected(connections)
            seen[protocol] = (connections, replies)
    (old_connections, old_replies), (new_connections, new_replies) = seen.values()
    assert new_connections == old_connections
    assert new_replies == old_replies
    assert new_replies[2:4] == (1009).to_bytes(2, "big")  # message too big


async def test_media_frames_that_arrive_whole_skip_the_parser(monkeypatch):
    fed: list[bytes] = []
    receive_data = ServerProtocol.receive_data

    def counted(self, data):
        fed.append(bytes(data))
        return receive_data(self, data)

    monkeypatch.setattr(ServerProtocol, "receive_data", counted)
    async with _server(PhoneWebSocketProtocol) as (port, connections):
        client = _client()
        client.state = client.state.__class__.OPEN
        media = [_frames(client, _text(_media(n))) for n in range(20)]
        close = _frames(client, Frame(Opcode.CLOSE, b"\x03\xe8"))
        await _talk(port, len(media[0]), b"".join(media) + close)
        await _until_disconnected(connections)
    (messages,) = connections
    assert [m["text"] for m in messages if "text" in m] == [_media(n) for n in range(20)]
    handshake, *after = fed
    assert handshake.startswith(b"GET ")
    assert after == [close]  # only the close went through the parser
