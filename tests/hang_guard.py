"""A test that times out or fails never hangs its worker or the session.

Why: pytest-timeout's `signal` method raises its `Failed` at whatever instruction the process is
at. Two ways an asyncio test then hangs instead of failing:

1. The exception leaves the test's task (or the loop's `select`): the test fails, but its loop
   keeps pipecat's pipeline tasks. Closing the loop (`asyncio.Runner.close`, pytest-asyncio's
   teardown) cancels every task once and waits for all of them; a `PipelineWorker` cancelled
   from outside catches that cancellation, queues a `CancelFrame` and waits for it to reach the
   pipeline's end (pipecat 1.14 `PipelineWorker.run`), which never happens: the processors'
   tasks were cancelled in the same round. Here a loop's leftover tasks are cancelled again,
   round after round (a second cancellation ends that wait), for a bounded time; what is still
   pending after it is named in an error of the test's teardown, and the loop is closed anyway.
2. The exception lands in another task (a pipeline processor deciding a sentence): that task
   dies with it, the test waits for its pipeline for ever and pytest-timeout does not fire
   again. A watchdog thread per test then, `hang_guard_grace` seconds after the timeout,
   cancels the tasks of the test's loop from outside, round after round as above: the test
   fails with that cancellation and the session goes on. Only if the test is still running
   after another grace (its thread never comes back to the loop) does the watchdog print
   every thread's stack and end the process, so the run fails instead of hanging (under
   xdist's `loadscope` a crashed worker's replacement is not given work: xdist 3.8).
"""

from __future__ import annotations

import asyncio
import asyncio.runners
import faulthandler
import os
import sys
import threading
from collections.abc import Generator
from typing import Any

import pytest
import pytest_timeout

FIRST_ROUND_SECONDS = 5.0  # as long as a task's own clean-up after one cancellation may take
ROUND_SECONDS = 1.0
ROUNDS = 5


_closing = threading.Event()  # a loop's leftover tasks are being cancelled (bounded by itself)


class LeftoverTasks(Exception):
    """Tasks of a closing loop that cancelling them round after round did not end."""


def _cancel_all_tasks(loop: asyncio.AbstractEventLoop) -> None:
    """asyncio's `_cancel_all_tasks` (Runner.close, asyncio.run), bounded: cancel, wait a round,
    cancel what is left again, up to ROUNDS; exceptions are reported as asyncio does."""
    _closing.set()
    try:
        _cancel_in_rounds(loop)
    finally:
        _closing.clear()


def _cancel_in_rounds(loop: asyncio.AbstractEventLoop) -> None:
    tasks = asyncio.all_tasks(loop)
    everything = set(tasks)
    for n in range(ROUNDS):
        if not tasks:
            break
        for task in tasks:
            task.cancel()
        seconds = ROUND_SECONDS if n else FIRST_ROUND_SECONDS
        try:
            loop.run_until_complete(asyncio.wait(tasks, timeout=seconds))
        except asyncio.CancelledError:  # the watchdog's cancel, just before this began
            pass
        tasks = asyncio.all_tasks(loop)  # new ones a cancellation started count too
        everything |= tasks
    for task in everything:
        if task.done() and not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": task.exception(),
                    "task": task,
                }
            )
    if tasks:
        names = ", ".join(sorted(f"{t.get_name()} ({t.get_coro()!r})" for t in tasks))
        raise LeftoverTasks(
            f"{len(tasks)} task(s) ignored cancellation for {ROUNDS} rounds: {names}"
        )


asyncio.runners._cancel_all_tasks = _cancel_all_tasks  # type: ignore[attr-defined]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "hang_guard_grace",
        "seconds after a test's timeout before a test still running has its loop's tasks"
        " cancelled, and as many again before its process is ended (tests/hang_guard.py)",
        default="60",
    )


def _timeout(item: pytest.Item) -> float:
    """The test's timeout as pytest-timeout resolves it (marker, option, PYTEST_TIMEOUT, ini;
    0 or none: no timeout, no watchdog)."""
    return float(pytest_timeout._get_item_settings(item).timeout or 0)


def _runner_loop(item: pytest.Item) -> asyncio.AbstractEventLoop | None:
    """The loop pytest-asyncio runs this test in (its runner is one of the test's fixtures)."""
    for value in getattr(item, "funcargs", {}).values():
        if isinstance(value, asyncio.Runner):
            return value.get_loop()
    return None


def _cancel_from_outside(loop: asyncio.AbstractEventLoop, why: str) -> None:
    def cancel() -> None:
        for task in asyncio.all_tasks(loop):
            task.cancel(why)

    try:
        loop.call_soon_threadsafe(cancel)
    except RuntimeError:  # closed meanwhile
        pass


def _watch(item: pytest.Item, grace: float, done: threading.Event) -> None:
    """After the timeout and a grace: cancel the test's loop's tasks each round; after
    another grace: end the process."""
    why = f"hang_guard: {item.nodeid} still running {grace:.0f} s after its timeout"
    rounds = max(1, int(grace / ROUND_SECONDS))
    while rounds:
        if _closing.is_set():  # the teardown's own bounded rounds: not counted
            if done.wait(ROUND_SECONDS):
                return
            continue
        rounds -= 1
        loop = _runner_loop(item)
        if loop is not None and not loop.is_closed():
            sys.stderr.write(f"\n+++ {why}: cancelling its loop's tasks\n")
            _cancel_from_outside(loop, why)
        if done.wait(ROUND_SECONDS):
            return
    sys.stderr.write(f"\n+++ {why} and cancelling: ending the process\n")
    faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
    sys.stderr.flush()
    os._exit(1)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: Any) -> Generator[None, Any, None]:
    timeout = _timeout(item)
    if timeout <= 0:
        yield
        return
    grace = float(item.config.getini("hang_guard_grace"))
    done = threading.Event()

    def watchdog() -> None:
        if not done.wait(timeout + grace):
            _watch(item, grace, done)

    thread = threading.Thread(target=watchdog, name="hang_guard", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
