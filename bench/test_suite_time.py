"""Where the test suite's time goes, per module: CPU (the worker's and its processes') against
wall time, so that waiting modules (real-time audio, sleeps, servers starting) and computing ones
can be told apart on a shared machine whose wall times are inflated.

    .venv/bin/python bench/test_suite_time.py [DIR] [-- pytest args]
    .venv/bin/python bench/test_suite_time.py --table DIR   # a profile already recorded

runs the suite's own command (pyproject addopts) with TEST_CPU_PROFILE=DIR (tests/cpu_profile.py,
default bench/results/suite_time), prints `python -m tests.cpu_profile DIR`'s ranking, then the
per-module table in Markdown (bench/RESULTS.md, "Test suite time"). With no pytest args the whole
suite runs; give test files to time only those. `--table` prints the table of DIR as it is
(a run still going, or one stopped): only modules with a finished test are in it.

Columns: wall = the module's tests' wall time on its worker; cpu = the worker's own CPU; child =
CPU of the processes it started (servers, subprocesses, PostgreSQL); runq = time the worker's
threads waited for a core (the machine's other load); idle = wall - cpu - child - runq: sleeping,
real-time pacing, waiting for other processes (their own run-queue waits included).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def table(out: Path) -> str:
    """The per-module table of a profile directory, by CPU (own + children), in Markdown."""
    mods: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0])
    for path in sorted(out.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            r = json.loads(line)
            if r["kind"] == "test":
                m = mods[r["nodeid"].split("::")[0]]
                m[0] += 1
                m[1] += r["wall"]
                m[2] += r["cpu"]
                m[3] += r["children_cpu"]
                m[4] += r.get("runqueue", 0.0)
    rows = [
        "| module | tests | wall s | cpu s | child s | runq s | idle s |",
        "|---|---|---|---|---|---|---|",
    ]
    total = [0, 0.0, 0.0, 0.0, 0.0]
    for name, (n, w, c, k, q) in sorted(mods.items(), key=lambda kv: -(kv[1][2] + kv[1][3])):
        rows.append(
            f"| {name} | {n} | {w:.1f} | {c:.1f} | {k:.1f} | {q:.1f} | {w - c - k - q:.1f} |"
        )
        total = [a + b for a, b in zip(total, (n, w, c, k, q), strict=True)]
    n, w, c, k, q = total
    rows.append(f"| all | {n} | {w:.1f} | {c:.1f} | {k:.1f} | {q:.1f} | {w - c - k - q:.1f} |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    args = argv[1:]
    if args[:1] == ["--table"]:
        print(table(Path(args[1])))
        return 0
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
    print(table(out))
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
