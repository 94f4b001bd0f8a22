"""What collection loads (every test module, what they import, their parameters) lives as long as
the worker: it is moved out of the garbage collector's sight (`gc.freeze`) as it comes, so a full
collection walks only what came since, as `agent.server_process` does for a phone server.

Why: every xdist worker collects the whole suite, and the full collections CPython ran while
the heap grew (assert rewriting allocates a module's syntax tree at a time) took ~4 s of its
~14.5 s of CPU (25 of them, 3.9 s); frozen before each module, 0.4 s. Objects frozen are never
freed by the cycle collector; the cycles collection leaves behind are few (a module's imports).
"""

from __future__ import annotations

import gc

import pytest


def pytest_collectstart(collector: pytest.Collector) -> None:
    gc.freeze()


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.freeze()
