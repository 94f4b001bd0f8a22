"""Where the test suite's time goes, per module: CPU (the worker's and its processes') against
wall time, so that waiting modules (real-time audio, sleeps, servers starting) and computing ones
can be told apart on a shared machine whose wall times are inflated.

    .venv/bin/python bench/test_suite_time.py [DIR] [-- pytest args]

runs the suite's own command (pyproject addopts) with TEST_CPU_PROFILE=DIR (tests/cpu_profile.py,
default bench/results/suite_time) and prints `python -m tests.cpu_profile DIR`'s ranking. With no
pytest args the whole suite runs; give test files to time only those.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    args = argv[1:]
    pytest_args = args[args.index("--") + 1 :] if "--" in args else []
    head = args[: args.index("--")] if "--" in args else args
    out = Path(head[0]) if head else ROOT / "bench" / "results" / "suite_time"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "TEST_CPU_PROFILE": str(out)}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args]
    started = time.perf_counter()
    rc = subprocess.call(cmd, cwd=ROOT, env=env)
    print(f"\npytest exit {rc}, wall {time.perf_counter() - started:.0f} s\n")
    subprocess.call([sys.executable, "-m", "tests.cpu_profile", str(out), "80"], cwd=ROOT)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
