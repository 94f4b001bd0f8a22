"""Each worker's event loop made nicer than Smart Turn's inference threads (opt-in:
SMART_TURN_LOOP_NICER_BY; 0, the default, leaves every thread as it is).

Under load an inference (~70 ms of CPU) shares a core with the workers' event loops, which wake
often and, as sleepers, are preferred by the kernel's scheduler: the inference's run stretches by
its wait for a core (the verdict's `runnable` in bench/concurrent_calls.py), and the caller's
turn waits for it. Here the pool's threads are started first, then the loop's thread (and every
thread it starts later) is made nicer, so an inference takes a core before the loop. Raising a
thread's niceness needs no privilege; Linux's niceness is per thread.
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


def nicer_loop(pool: ThreadPoolExecutor, nicer_by: int) -> None:
    """Start `pool`'s threads at this thread's niceness, then make this thread `nicer_by` nicer
    (0: nothing changes)."""
    if nicer_by <= 0:
        return
    start_every_thread(pool)
    tid = threading.get_native_id()
    os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + nicer_by)
