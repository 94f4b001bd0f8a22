"""Waiting in tests for what background work does, on a machine that may be slow.

A test that waits for a timer, a retry or a server polls until the thing it waits for is there.
The budget is a guard against waiting forever, never a pace: CI shares a slow machine among
six workers, so the budget is a minute, and running out of it fails with what never came.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable

import pytest

# A guard against a test hanging, not a speed check: generous for a loaded CI machine.
PATIENCE_SECONDS = 60.0


async def eventually(
    condition: Callable[[], bool | Awaitable[bool]],
    what: str,
    *,
    seconds: float = PATIENCE_SECONDS,
    every: float = 0.01,
) -> None:
    """Return once `condition()` (sync or async) is true; fail naming `what` if it never is."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + seconds
    while True:
        held = condition()
        if inspect.isawaitable(held):
            held = await held
        if held:
            return
        if loop.time() > give_up:
            pytest.fail(f"never happened (waited {seconds:g} s): {what}")
        await asyncio.sleep(every)
