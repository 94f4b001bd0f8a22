"""SMART_TURN_LOOP_NICER_BY: the event loop's thread gives way to Smart Turn's inference threads,
which keep the niceness they started with; below 0 the inference threads give way to the loop,
which keeps its own; nothing changes when it is 0. Each case runs in a
thread of its own (niceness is per thread on Linux), so the test process keeps its own."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from agent.loop_priority import nicer_loop

pytestmark = pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="Linux niceness")


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def _in_a_thread_of_its_own(nicer_by: int, threads: int = 2) -> dict:
    seen: dict = {}

    def loop_thread() -> None:
        pool = ThreadPoolExecutor(max_workers=threads)
        seen["before"] = _nice()
        nicer_loop(pool, nicer_by)
        seen["loop"] = _nice()
        seen["pool"] = sorted(os.getpriority(os.PRIO_PROCESS, t.native_id) for t in pool._threads)
        seen["inference"] = [pool.submit(_nice).result() for _ in range(threads)]
        later = threading.Thread(target=lambda: seen.setdefault("started later", _nice()))
        later.start()
        later.join()
        pool.shutdown()

    thread = threading.Thread(target=loop_thread)
    thread.start()
    thread.join()
    return seen


def test_the_loop_gives_way_and_every_inference_thread_keeps_its_niceness():
    seen = _in_a_thread_of_its_own(5, threads=3)
    base = seen["before"]
    assert seen["loop"] == min(base + 5, 19)
    assert seen["pool"] == [base] * 3  # all started before the loop gave way
    assert seen["inference"] == [base] * 3
    assert seen["started later"] == seen["loop"]  # the loop's helpers give way with it


def test_below_zero_every_inference_thread_gives_way_and_the_loop_keeps_its_niceness():
    seen = _in_a_thread_of_its_own(-5, threads=3)
    base = seen["before"]
    assert seen["loop"] == base
    assert seen["pool"] == [min(base + 5, 19)] * 3  # every one, started before
    assert seen["inference"] == [min(base + 5, 19)] * 3  # and running there
    assert seen["started later"] == base  # the loop's helpers keep the loop's niceness


def test_the_setting_goes_both_ways_within_niceness(monkeypatch):
    import pydantic

    from agent.config import Settings

    monkeypatch.setenv("SMART_TURN_LOOP_NICER_BY", "-5")
    assert Settings(_env_file=None).smart_turn_loop_nicer_by == -5
    monkeypatch.setenv("SMART_TURN_LOOP_NICER_BY", "-20")
    with pytest.raises(pydantic.ValidationError):
        Settings(_env_file=None)


def test_zero_changes_nothing():
    seen = _in_a_thread_of_its_own(0)
    assert seen["loop"] == seen["before"]
    assert seen["started later"] == seen["before"]
    assert seen["pool"] == []  # not even started early
