"""uvicorn's loggers write through loguru at loguru's level, and no lower: below it the
websocket protocol would format a DEBUG line for every frame of every call (fifty a second per
call) only for loguru to drop it."""

from __future__ import annotations

import logging
import sys

from loguru import logger

from agent.telephony.http_server import route_uvicorn_logs


def _sink_at(level: str) -> tuple[int, list[str]]:
    lines: list[str] = []
    return logger.add(lines.append, level=level, format="{level} {message}"), lines


def test_at_info_uvicorns_websocket_frames_are_not_even_formatted():
    logger.remove()
    handler, lines = _sink_at("INFO")
    try:
        route_uvicorn_logs()
        error_log = logging.getLogger("uvicorn.error")
        assert not error_log.isEnabledFor(logging.DEBUG)  # websockets' per-frame `debug` is off
        error_log.info("started")
        error_log.debug('< TEXT \'{"event":"media"...\' [300 bytes]')
        assert [line.strip() for line in lines] == ["INFO started"]
    finally:
        logger.remove(handler)
        logger.add(sys.stderr)
        route_uvicorn_logs()


def test_at_debug_uvicorns_debug_lines_still_reach_the_log():
    logger.remove()
    handler, lines = _sink_at("DEBUG")
    try:
        route_uvicorn_logs()
        logging.getLogger("uvicorn.error").debug("< TEXT frame")
        assert [line.strip() for line in lines] == ["DEBUG < TEXT frame"]
    finally:
        logger.remove(handler)
        logger.add(sys.stderr)
        route_uvicorn_logs()
