"""asyncio's queues, events and locks find their event loop without a system call.

Every time one of them must wait (a processor's queue empty, a websocket's receive, an
observer's proxy), Python 3.11 asks `asyncio.events._get_running_loop()` for the running loop
and checks it is the one the primitive is bound to. That C function compares the process id
with `getpid()` on every call, a system call (glibc no longer caches it): ~0.2-0.9 µs on the
2-vCPU VMs, and pipecat waits on a queue several times per caller frame in every call
(py-spy, 40 silence calls: `getpid` under `_LoopBoundMixin._get_loop` ~7 % of the loop's
samples). Python 3.12 dropped the check (CPython issue 100363); the image runs 3.11.

With `install()`, a primitive already bound to the loop this thread last found running, while
that loop runs, gets it back without asking; anything else (first use, another thread, another
loop, a loop that stopped) goes through asyncio's own check as before, which records the loop
for this thread when it passes. The check it skips guards against a forked child using its
parent's primitives, which nothing here does (workers are separate processes that build their
own).
"""

from __future__ import annotations

import asyncio
import threading
from asyncio import mixins

_stock_get_loop = mixins._LoopBoundMixin._get_loop
_this_thread = threading.local()


def _get_loop(self: mixins._LoopBoundMixin) -> asyncio.AbstractEventLoop:
    loop = self._loop
    if loop is not None and loop is getattr(_this_thread, "loop", None) and loop.is_running():
        return loop
    loop = _stock_get_loop(self)  # raises for a primitive bound to another loop
    _this_thread.loop = loop
    return loop


def install() -> None:
    """Bound primitives find their loop without `getpid` (idempotent)."""
    mixins._LoopBoundMixin._get_loop = _get_loop


def uninstall() -> None:
    """asyncio's own lookup again (for benchmarks comparing the two)."""
    mixins._LoopBoundMixin._get_loop = _stock_get_loop
    _this_thread.__dict__.clear()


def installed() -> bool:
    return mixins._LoopBoundMixin._get_loop is _get_loop
