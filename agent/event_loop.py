"""The event loop a phone server runs on: uvloop where it is installed (Linux, macOS), else
asyncio's own.

All of a process's calls share one event loop, so what the loop itself costs per callback, per
socket read and per timer is paid for every frame of every call; uvloop's loop is written in C
(libuv) and costs less of each (bench/call_cpu.py measures it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's `new_event_loop`, or None (asyncio's default loop) where uvloop is missing."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop
