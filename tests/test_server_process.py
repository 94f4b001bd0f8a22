"""`serve` runs on uvloop (every frame of every call pays the event loop's own costs); the
other commands run on asyncio's loop, as the tests do. Before its first call, `serve` has its
audio models and the guard's sentence reader loaded and its long-lived heap out of the garbage
collector's sight."""

from __future__ import annotations

import argparse
import asyncio
import sys
import types

import uvloop

import run_agent
from agent.commands import serve
from agent.server_process import loop_factory


def test_serve_names_uvloop_as_its_event_loop():
    assert serve.loop_factory is loop_factory
    assert loop_factory() is uvloop.new_event_loop


def _command(name: str, factory=None) -> types.ModuleType:
    module = types.ModuleType(name)
    module.configure = lambda parser: None

    async def run(args: argparse.Namespace) -> int:
        module.loop = type(asyncio.get_running_loop())
        return 0

    module.run = run
    if factory is not None:
        module.loop_factory = factory
    return module


def test_run_agent_runs_a_command_on_the_loop_its_module_names(monkeypatch):
    fast, plain = _command("fast_cmd", loop_factory), _command("plain_cmd")
    monkeypatch.setitem(sys.modules, "fast_cmd", fast)
    monkeypatch.setitem(sys.modules, "plain_cmd", plain)
    monkeypatch.setattr(
        run_agent, "COMMANDS", {"fast": ("fast_cmd", "a"), "plain": ("plain_cmd", "b")}
    )
    assert run_agent.main(["fast"]) == 0
    assert run_agent.main(["plain"]) == 0
    assert fast.loop is uvloop.Loop
    assert plain.loop is not uvloop.Loop and issubclass(plain.loop, asyncio.AbstractEventLoop)


async def test_before_its_first_call_the_process_has_its_models_and_a_settled_heap(monkeypatch):
    import gc

    from agent import loop_lookup
    from agent.audio_models import _silero_prototype, _smart_turn_session, warm_smart_turn
    from agent.claims import read
    from agent.config import Settings
    from agent.server_process import GC_YOUNG_THRESHOLD, prepare_for_calls
    from tools.when import times

    _silero_prototype.cache_clear()
    _smart_turn_session.cache_clear()
    warm_smart_turn.cache_clear()
    monkeypatch.setattr(read, "_warmed", None)  # as in a process that has read nothing yet
    monkeypatch.setattr(times, "_COMPILED", {})
    threshold = gc.get_threshold()
    frozen = gc.get_freeze_count()  # the suite's collection freezes too (tests/settled_heap.py)
    try:
        await prepare_for_calls(Settings(_env_file=None, turn_detection="smart"))
        assert _silero_prototype.cache_info().currsize == 1
        assert _smart_turn_session.cache_info().currsize == 1
        assert warm_smart_turn.cache_info().currsize == 1  # its first inference is behind it
        assert read._warmed is not None and read._warmed.done()  # calls find it read
        assert set(times._COMPILED) == {"time", "date"}
        assert gc.get_freeze_count() > frozen
        assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD
        assert loop_lookup.installed()  # queues find their loop without getpid (agent.loop_lookup)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
