"""A phone stream's media messages read without the `websockets` library's frame parser.

Twilio and Telnyx send fifty text messages a second per call, each one small frame. uvicorn's
websocket protocol feeds every chunk it reads to `websockets`' sans-I/O parser, a chain of
generators that costs ~11 µs per frame (a profiled listening call: ~13 % of the event loop's
time) before uvicorn hands the text to the app. A frame of the plainest kind (a whole text
message in one masked frame, no extension bits, within the size limit) is read here in ~2 µs
and handed to uvicorn's own `handle_text`, the same `Frame` the parser would have made.
Anything else, and anything while the parser is not waiting at a frame boundary with nothing
buffered (a frame split over two reads, a fragmented message, a close), goes to the parser as
before, from the first byte this path did not take: the parser sees a stream of whole frames,
so it behaves as if it had read the ones taken here itself (its debug line for each frame
included).
"""

from __future__ import annotations

from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from websockets.frames import Frame, Opcode, apply_mask
from websockets.protocol import State

_WHOLE_TEXT = 0x81  # FIN, no RSV bits, opcode TEXT
_MASKED = 0x80
_LENGTH_16 = 126  # the length follows in 2 bytes; 127 (8 bytes) is never taken here


def whole_text_frames(data: bytes, max_size: int | None) -> tuple[list[bytes], int]:
    """The payloads of the whole, masked, single-frame text messages at the start of `data`,
    and how many bytes they took; the first frame of any other kind, or cut off, ends them."""
    payloads: list[bytes] = []
    end = len(data)
    at = 0
    while at + 2 <= end:
        head, second = data[at], data[at + 1]
        if head != _WHOLE_TEXT or not second & _MASKED:
            break
        length = second & 0x7F
        start = at + 2
        if length == _LENGTH_16:
            if start + 2 > end:
                break
            length = (data[start] << 8) | data[start + 1]
            start += 2
        elif length > _LENGTH_16:
            break
        if max_size is not None and length > max_size:
            break  # the parser fails the connection as it always did
        if start + 4 + length > end:
            break  # cut off: the parser waits for the rest
        payloads.append(apply_mask(data[start + 4 : start + 4 + length], data[start : start + 4]))
        at = start + 4 + length
    return payloads, at


def _parser_at_frame_boundary(conn: object) -> bool:
    """Whether `websockets`' parser waits for a frame's first byte with nothing buffered."""
    reader = conn.reader  # type: ignore[attr-defined]
    if reader.buffer or reader.eof:
        return False
    generator = conn.parser  # type: ignore[attr-defined]
    while (inner := getattr(generator, "gi_yieldfrom", None)) is not None:
        generator = inner
    return getattr(getattr(generator, "gi_code", None), "co_qualname", "") == "StreamReader.at_eof"


def _frame_limit(conn: object) -> int | None:
    """The largest frame the parser takes when no fragmented message is open (its rule)."""
    limit = conn.max_message_size  # type: ignore[attr-defined]
    fragment = conn.max_fragment_size  # type: ignore[attr-defined]
    if fragment is not None:
        limit = fragment if limit is None else min(limit, fragment)
    return limit


class QuickTextFrames(WebSocketsSansIOProtocol):
    """uvicorn's websockets protocol, whole text frames read without the parser (module doc)."""

    def data_received(self, data: bytes) -> None:
        conn = self.conn
        if (
            conn.state is not State.OPEN
            or conn.current_size is not None
            or conn.parser_exc is not None
            or conn.extensions
            or not _parser_at_frame_boundary(conn)
        ):
            super().data_received(data)
            return
        payloads, taken = whole_text_frames(data, _frame_limit(conn))
        frames = [Frame(Opcode.TEXT, payload) for payload in payloads]
        if conn.debug:  # the parser's line for each frame it reads
            for frame in frames:
                conn.logger.debug("< %s", frame)
        if taken < len(data):
            # The rest goes through the parser; uvicorn's order: a parser or handshake
            # failure is handled before any frame of this read reaches the app.
            conn.receive_data(data[taken:])
            if conn.parser_exc is not None:
                self.handle_parser_exception()
                return
        for frame in frames:
            self.handle_text(frame)
        if taken < len(data):
            self.handle_events()
