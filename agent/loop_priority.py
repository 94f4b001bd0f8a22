"""Each worker's event loop and Smart Turn's inference threads at different niceness (opt-in:
SMART_TURN_LOOP_NICER_BY; 0, the default, leaves every thread as it is).

An inference (~46-70 ms of CPU) and a worker's event loop share a core whenever they run at
once: with 2 workers on 2 cores every core has a loop, so every inference shares one with a
loop (perf13: on the quiet 40-call sweep an inference waited 20 ms for a core at p50, 74 ms at
p95, with the machine 0.9 of its 2 cores busy), and the kernel decides on every wake-up which of
the two goes first. Above 0 the loop's thread is made that much nicer: an inference takes the
core first (the verdict sooner, the loop's frames, VAD windows and tool hops later). Below 0 the
pool's threads are made that much nicer instead: the loop's wake-ups take the core first (its
work sooner, the inference stretched by the loop's share of the core). Either way the pool's
threads are started first, so the threads the loop starts later inherit the loop's niceness.
Raising a thread's niceness needs no privilege; Linux's niceness is per thread.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor, wait


def start_every_thread(pool: ThreadPoolExecutor) -> None:
    """Start all of `pool`'s threads now, from this thread (they inherit its niceness)."""
    threads = pool._max_workers
    barrier = threading.Barrier(threads)
    wait([pool.submit(barrier.wait, 10) for _ in range(threads)])


def _nicer(thread_id: int, by: int) -> None:
    os.setpriority(os.PRIO_PROCESS, thread_id, os.getpriority(os.PRIO_PROCESS, thread_id) + by)


def nicer_loop(pool: ThreadPoolExecutor, nicer_by: int) -> None:
    """Start `pool`'s threads at this thread's niceness, then make this thread `nicer_by`
    nicer, or, below 0, `pool`'s threads `-nicer_by` nicer (0: nothing changes)."""
    if nicer_by == 0:
        return
    start_every_thread(pool)
    if nicer_by > 0:
        _nicer(threading.get_native_id(), nicer_by)
        return
    for thread in pool._threads:
        if thread.native_id is not None:
            _nicer(thread.native_id, -nicer_by)
