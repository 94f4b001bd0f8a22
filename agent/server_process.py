"""How a phone server's process runs: on which event loop, and what it does before its first
call. All of a process's calls share one event loop, so what the loop and the interpreter cost
per frame is paid fifty times a second for every call (bench/call_cpu.py measures it).

- The loop is uvloop's where it is installed (Linux, macOS): written in C (libuv), it costs less
  per callback, socket read and timer than asyncio's own.
- The audio models are loaded before the first call, not while it connects and stalls the
  others (~0.3 s of CPU); so is the claims reader the guard reads every reply with (its lemma
  dictionaries and tables, ~1 s of CPU, ~20 MB), which the first call used to wait for, and
  the time phrases' patterns the booking tools compiled inside the first call's first tool.
- What is loaded by then (modules, models, the app) lives as long as the process: it is moved out
  of the garbage collector's sight (`gc.freeze`), so a full collection walks only what calls
  create (~115 -> ~40 ms of a stalled loop), and young collections run a tenth as often.
- asyncio's queues, events and locks, on which pipecat waits several times per caller frame,
  find their loop without a `getpid` system call each time (`agent.loop_lookup`).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from typing import Any

# Young objects allocated before a collection (CPython's default: 700).
GC_YOUNG_THRESHOLD = 7_000


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's `new_event_loop`, or None (asyncio's default loop) where uvloop is missing."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


async def prepare_for_calls(settings: Any) -> None:
    """Load the audio models the calls will use (Smart Turn run once, its pool sized) and the
    guard's sentence reader (off the loop), then settle the heap."""
    from agent import loop_lookup
    from agent.claims import warm_up_once
    from agent.pipeline import user_turn_params
    from tools.when.caller_place import place_zone
    from tools.when.times import compile_patterns

    await asyncio.to_thread(user_turn_params, settings, text_input=False)
    if settings.turn_detection == "smart":
        from agent.audio_models import size_smart_turn_pool, smart_turn_threads, warm_smart_turn

        size_smart_turn_pool(smart_turn_threads(settings.smart_turn_threads))
        await asyncio.to_thread(warm_smart_turn)  # its first run's buffers, before any call
        from agent.audio_models import _smart_turn_pool
        from agent.loop_priority import nicer_loop

        # Last of the Smart Turn steps: its threads started before the loop gives way.
        nicer_loop(_smart_turn_pool(), settings.smart_turn_loop_nicer_by)
    await warm_up_once()
    await asyncio.to_thread(compile_patterns)  # the time phrases the booking tools read
    await asyncio.to_thread(place_zone, "Berlin")  # CLDR's place names, built once (~20 ms)
    loop_lookup.install()
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, older, oldest)
