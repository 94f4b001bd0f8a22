"""The concurrent-calls workers' own readings (bench/server_workers.py): each garbage collection's
pause, and each thread role's CPU and wait for a core, so a level says which of them was late."""

from __future__ import annotations

import gc
import os
import threading

import pytest

from bench.server_workers import GcPauses, _since, thread_waits


def test_each_collection_is_timed_with_its_generation():
    pauses = GcPauses()
    pauses.install()
    try:
        gc.collect(1)
    finally:
        gc.callbacks.remove(pauses._callback)
    generation, wall, cpu, _ = pauses.pauses[-1]
    assert generation == 1
    assert wall >= 0 and cpu >= 0


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="Linux schedstat")
def test_the_loop_and_smart_turn_threads_are_told_apart():
    from agent.audio_models import _smart_turn_pool

    pool = _smart_turn_pool()
    started = threading.Event()
    pool.submit(started.set)
    started.wait()
    waits = thread_waits()
    assert {"loop", "smart turn"} <= waits.keys()
    assert all(cpu >= 0 and wait >= 0 for cpu, wait in waits.values())


def test_a_level_reads_what_each_role_took_since_the_last_mark():
    before = {"loop": (1.0, 0.5), "silero": (0.2, 0.1)}
    now = {"loop": (3.0, 1.5), "silero": (0.2, 0.4), "other": (0.1, 0.0)}
    assert _since(before, now) == {
        "loop": [2.0, 1.0],
        "silero": [0.0, pytest.approx(0.3)],
        "other": [0.1, 0.0],  # new since: all of it
    }
