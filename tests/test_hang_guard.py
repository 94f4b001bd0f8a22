"""A pipecat test that reaches its timeout is one failed test and the session goes on, wherever
the timeout found it (tests/hang_guard.py): never a worker hung in the loop's teardown or in a
pipeline whose task the timeout's exception ended."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pipecat.tests.utils import run_test

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent

PIPELINES = textwrap.dedent(
    """
    import asyncio
    import time

    from pipecat.frames.frames import TextFrame
    from pipecat.processors.frame_processor import FrameProcessor
    from pipecat.tests.utils import run_test


    class Waiting(FrameProcessor):
        async def process_frame(self, frame, direction):
            await super().process_frame(frame, direction)
            if isinstance(frame, TextFrame):
                await asyncio.sleep(40)
            await self.push_frame(frame, direction)


    class Computing(FrameProcessor):
        async def process_frame(self, frame, direction):
            await super().process_frame(frame, direction)
            if isinstance(frame, TextFrame):
                started = time.monotonic()
                while time.monotonic() - started < 40:
                    pass
            await self.push_frame(frame, direction)
    """
)

# Each its own xdist unit (module): the timeout ends the first while its test's own task waits,
# so the loop keeps the pipeline's tasks; the second inside a processor's task, which it ends.
WAITING = textwrap.dedent(
    """
    import asyncio

    from pipelines import TextFrame, Waiting, run_test


    async def test_a_pipeline_waiting_past_the_timeout():
        await run_test(Waiting(), frames_to_send=[TextFrame("a")])


    async def test_after_it():
        await asyncio.sleep(0)
    """
)
COMPUTING = textwrap.dedent(
    """
    from pipelines import Computing, TextFrame, run_test


    async def test_a_pipeline_computing_past_the_timeout():
        await run_test(Computing(), frames_to_send=[TextFrame("a")])
    """
)
AFTER = "def test_after_them():\n    assert 2 + 2 == 4\n"


def test_a_timed_out_pipeline_test_fails_and_the_session_goes_on(tmp_path: Path) -> None:
    (tmp_path / "pipelines.py").write_text(PIPELINES)
    (tmp_path / "test_a_waiting.py").write_text(WAITING)
    (tmp_path / "test_b_computing.py").write_text(COMPUTING)
    (tmp_path / "test_c_after.py").write_text(AFTER)
    plugins = ["-p", "tests.hang_guard", "-p", "no:cacheprovider", "-p", "no:randomly"]
    options = ["-o", "addopts=", "-o", "asyncio_mode=auto", "-rfE", "--rootdir", str(tmp_path)]
    workers = ["-n", "1", "--dist", "loadscope"]
    timeout = ["--timeout=2", "--timeout-method=signal", "-o", "hang_guard_grace=2"]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", *plugins, *options, *workers, *timeout, str(tmp_path)],
        cwd=tmp_path,
        env={"PYTHONPATH": f"{REPO}:{tmp_path}", "PATH": "/usr/bin:/bin", "COLUMNS": "240"},
        capture_output=True,
        text=True,
        check=False,
        timeout=100,  # a hang fails this test instead of holding its worker
    )
    out = run.stdout + run.stderr

    assert "FAILED test_a_waiting.py::test_a_pipeline_waiting_past_the_timeout - Failed: Ti" in out
    # the loop's teardown ended the pipeline's tasks (cancelled again), none left to report
    assert "LeftoverTasks" not in out, out
    assert "test_b_computing.py::test_a_pipeline_computing_past_the_timeout" in out, out
    # the timeout ended the processor's task: the test waited on its pipeline until the guard
    # cancelled its loop's tasks, and failed with that, in the same worker
    assert "FAILED test_b_computing.py::test_a_pipeline_computing_past_the_timeout" in out, out
    assert "hang_guard: test_b_computing.py::test_a_pipeline_computing_past_the_timeout" in out
    assert "crashed" not in out, out
    assert "2 failed, 2 passed" in out, out


def test_a_pipeline_under_test_is_given_the_time_it_takes_to_start() -> None:
    """No wall-clock deadline for pipecat's test pipeline to start (tests/conftest.py): a loaded
    machine is not a failed test; a pipeline that never starts meets the suite's timeout."""
    assert run_test.__kwdefaults__["start_timeout"] is None
