"""asyncio's primitives find their loop without asking for it each time (agent.loop_lookup),
and still refuse a loop they are not bound to, as asyncio's own check does."""

from __future__ import annotations

import asyncio
import threading
from asyncio import events

import pytest
import uvloop

from agent import loop_lookup


@pytest.fixture
def cached_lookup():
    was = loop_lookup.installed()
    loop_lookup.install()
    yield
    if not was:
        loop_lookup.uninstall()


@pytest.fixture
def stock_lookup():
    was = loop_lookup.installed()
    loop_lookup.uninstall()
    yield
    if was:
        loop_lookup.install()


@pytest.fixture
def lookups(monkeypatch):
    """How often asyncio's running-loop lookup (the one with the getpid check) is asked."""
    asked = []
    stock = events._get_running_loop

    def counted():
        asked.append(1)
        return stock()

    monkeypatch.setattr(events, "_get_running_loop", counted)
    return asked


async def _ping_pong(rounds: int) -> list[int]:
    """Two tasks hand numbers over a queue and an event, waiting on both every round."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    done, got = asyncio.Event(), []

    async def consumer():
        for _ in range(rounds):
            got.append(await queue.get())
        done.set()

    task = asyncio.create_task(consumer())
    for i in range(rounds):
        await asyncio.sleep(0)
        queue.put_nowait(i)
    await done.wait()
    await task
    return got


def _lookups_for(rounds: int, new_loop, lookups: list[int]) -> int:
    lookups.clear()
    with asyncio.Runner(loop_factory=new_loop) as runner:
        assert runner.run(_ping_pong(rounds)) == list(range(rounds))
    return len(lookups)


@pytest.mark.parametrize("new_loop", [uvloop.new_event_loop, asyncio.new_event_loop])
def test_a_bound_queue_waits_without_asking_for_its_loop_again(cached_lookup, lookups, new_loop):
    # the first wait of each primitive asks (and records the loop); later rounds do not
    assert _lookups_for(500, new_loop, lookups) == _lookups_for(50, new_loop, lookups)


def test_asyncio_own_lookup_asks_at_every_wait(stock_lookup, lookups):
    more = _lookups_for(500, uvloop.new_event_loop, lookups)
    assert more - _lookups_for(50, uvloop.new_event_loop, lookups) >= 450


def test_a_queue_bound_to_a_loop_that_ended_refuses_the_next_loop(cached_lookup):
    queue: asyncio.Queue[int] = asyncio.Queue()

    async def wait_briefly():
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(queue.get(), 0.01)

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(wait_briefly())
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        with pytest.raises(RuntimeError, match="bound to a different event loop"):
            runner.run(wait_briefly())


def test_a_queue_bound_on_one_thread_refuses_another_threads_loop(cached_lookup):
    queue: asyncio.Queue[int] = asyncio.Queue()
    bound, release = threading.Event(), threading.Event()
    refused: list[BaseException] = []

    async def hold_the_loop():
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(queue.get(), 0.01)
        bound.set()
        await asyncio.to_thread(release.wait, 5)  # the first loop keeps running meanwhile

    async def use_it_here():
        try:
            await asyncio.wait_for(queue.get(), 0.01)
        except BaseException as exc:
            refused.append(exc)

    owner = threading.Thread(target=asyncio.run, args=(hold_the_loop(),))
    owner.start()
    assert bound.wait(5)
    try:
        asyncio.run(use_it_here())
    finally:
        release.set()
        owner.join(5)
    assert len(refused) == 1 and isinstance(refused[0], RuntimeError)
    assert "bound to a different event loop" in str(refused[0])
