"""A test that reaches its timeout is one failed test, whatever instruction the timeout found it
at: the run goes on and reports it (tests/line_numbers.py), never an INTERNALERROR that ends the
whole run with no results."""

from __future__ import annotations

import dis
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from types import SimpleNamespace

from tests.line_numbers import with_line_numbers

REPO = Path(__file__).resolve().parent.parent

# A loop whose body ends in an `if`: the jump back to its head has no line number in CPython
# 3.11, and it is where the interpreter runs signal handlers (pytest-timeout's among them).
SPINNING = textwrap.dedent(
    """
    import itertools

    import pytest


    def spin():
        turns = 0
        for turn in itertools.count():
            if turn % 3:
                turns += 1  # the line the report points at
        return turns


    @pytest.fixture
    def spun():
        return spin()


    def test_spinning_past_the_timeout():
        spin()


    def test_a_fixture_spinning_past_the_timeout(spun):
        assert spun


    def test_after_them():
        assert 2 + 2 == 4
    """
)


def test_a_timed_out_test_fails_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "test_spinning.py").write_text(SPINNING)
    plugins = ["-p", "tests.line_numbers", "-p", "no:xdist", "-p", "no:asyncio"]
    options = ["-p", "no:cacheprovider", "-o", "addopts=", "-rfE", "--rootdir", str(tmp_path)]
    timeout = ["--timeout=1", "--timeout-method=signal"]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", *plugins, *options, *timeout, str(tmp_path)],
        cwd=tmp_path,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "COLUMNS": "240"},
        capture_output=True,
        text=True,
        check=False,
    )
    out = run.stdout + run.stderr
    assert "INTERNALERROR" not in out, out
    assert "1 failed, 1 passed, 1 error" in out, out
    assert "FAILED test_spinning.py::test_spinning_past_the_timeout - Failed: Timeout" in out
    assert "ERROR test_spinning.py::test_a_fixture_spinning_past_the_timeout - Failed: Tim" in out
    pointed = [line for line in out.splitlines() if line.startswith(">")]
    at_the_loop = [line for line in pointed if line.endswith("# the line the report points at")]
    assert len(at_the_loop) == 2, out  # the loop's last line, the one before its jump back


def _looped() -> types.FrameType:
    frame = sys._getframe()
    for turn in range(3):
        if turn % 2:
            turn += 1  # the last line before the jump back
    return frame


def test_an_entry_without_a_line_gets_the_line_before_it_and_keeps_its_frame() -> None:
    frame = _looped()
    jump = next(i for i in dis.get_instructions(frame.f_code) if i.opname == "JUMP_BACKWARD")
    # as CPython 3.11 gives it for the loop's jump back (the compiler leaves it without a line)
    entry = SimpleNamespace(tb_next=None, tb_frame=frame, tb_lasti=jump.offset, tb_lineno=None)
    rebuilt = with_line_numbers(entry)  # type: ignore[arg-type]
    assert rebuilt is not None
    assert rebuilt.tb_lineno == frame.f_code.co_firstlineno + 4  # `turn += 1`
    assert (rebuilt.tb_frame, rebuilt.tb_lasti, rebuilt.tb_next) == (frame, jump.offset, None)


def test_a_traceback_with_every_line_is_left_as_it_is() -> None:
    try:
        raise ValueError("no timeout here")
    except ValueError as exc:
        tb = exc.__traceback__
    assert with_line_numbers(tb) is tb
