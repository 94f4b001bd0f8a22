"""How a whole test run's time splits, from a profile bench/test_suite_time.py recorded
(tests/cpu_profile.py, TEST_CPU_PROFILE=DIR): per xdist work unit and per module, CPU (the
worker's own and its processes') against wall; each worker's fixed costs (start-up to its first
test, scoped fixtures); the idle tail (workers done while another still runs); and how busy the
machine's cores were over the run, which says what more or fewer workers could buy.

    .venv/bin/python bench/suite_profile.py DIR [--cores 2]

Figures from a loaded machine are for ratios within one run (CPU seconds, not wall).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.conftest import _own_unit  # the suite's own work units


@dataclass
class Tally:
    """Sums over the tests of one unit or module."""

    tests: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    child: float = 0.0
    runq: float = 0.0
    workers: set[str] = field(default_factory=set)

    def add(self, r: dict) -> None:
        self.tests += 1
        self.wall += r["wall"]
        self.cpu += r["cpu"]
        self.child += r["children_cpu"]
        self.runq += r.get("runqueue", 0.0)
        self.workers.add(r["worker"])

    @property
    def busy(self) -> float:
        return self.cpu + self.child

    @property
    def waiting(self) -> float:
        """Wall not spent computing nor queued for a core: sleeps, real-time pacing, waiting
        for other processes (their own run-queue waits included)."""
        return self.wall - self.cpu - self.child - self.runq


def read(out: Path) -> tuple[list[dict], list[dict], list[dict]]:
    tests, marks, fixtures = [], [], []
    for path in sorted(out.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            r = json.loads(line)
            {"test": tests, "startup": marks, "fixture": fixtures}.get(r["kind"], []).append(r)
    return tests, marks, fixtures


def row(name: str, t: Tally) -> str:
    return (
        f"| {name} | {t.tests} | {t.wall:.1f} | {t.cpu:.1f} | {t.child:.1f} | {t.runq:.1f}"
        f" | {t.waiting:.1f} |"
    )


HEAD = (
    "| {} | tests | wall s | cpu s | child s | runq s | waiting s |\n|---|---|---|---|---|---|---|"
)


def busy_cores(tests: list[dict], start: float, end: float, step: float = 5.0) -> list[float]:
    """Cores' worth of the tests' CPU per `step` seconds of the run (each test's CPU spread
    evenly over its wall time): the run's use of the machine over time."""
    bins = [0.0] * (int((end - start) / step) + 1)
    for r in tests:
        t1 = r["end"] - start
        t0 = max(t1 - r["wall"], 0.0)
        rate = (r["cpu"] + r["children_cpu"]) / max(r["wall"], 1e-9)
        i = int(t0 / step)
        while i * step < t1 and i < len(bins):
            overlap = min(t1, (i + 1) * step) - max(t0, i * step)
            bins[i] += rate * overlap / step
            i += 1
    return bins


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()
    tests, marks, fixtures = read(args.dir)

    units: dict[str, Tally] = defaultdict(Tally)
    modules: dict[str, Tally] = defaultdict(Tally)
    for r in tests:
        module = r["nodeid"].split("::", 1)[0]
        units[_own_unit(r["nodeid"]) or module].add(r)
        modules[module].add(r)
    total = Tally()
    for r in tests:
        total.add(r)

    # Workers: start (wall clock) from the first test's start and the start-up mark before it.
    workers: dict[str, dict[str, float]] = {}
    by_worker: dict[str, list[dict]] = defaultdict(list)
    for r in tests:
        by_worker[r["worker"]].append(r)
    for w, rs in by_worker.items():
        rs.sort(key=lambda r: r["end"])
        m = {x["what"]: x for x in marks if x["worker"] == w}
        first_start = rs[0]["end"] - rs[0]["wall"]
        born = first_start - m["first_test"]["wall_since_start"]
        workers[w] = {
            "born": born,
            "first": first_start,
            "last": rs[-1]["end"],
            "startup_cpu": m["first_test"]["cpu"] + m["first_test"]["children_cpu"],
            "collected_cpu": m.get("collected", m["first_test"])["cpu"],
            "finish_cpu": m["finish"]["cpu"] + m["finish"]["children_cpu"] if "finish" in m else 0,
            "tests_cpu": sum(r["cpu"] + r["children_cpu"] for r in rs),
            "tests_wall": sum(r["wall"] for r in rs),
        }
    start = min(v["born"] for v in workers.values())
    end = max(v["last"] for v in workers.values())
    span = end - start

    print(f"run: {len(tests)} tests, {len(workers)} workers, {span:.0f} s from the first worker's")
    print(f"start to the last test's end; tests' CPU {total.busy:.0f} s (own {total.cpu:.0f},")
    print(f"processes {total.child:.0f}), wall {total.wall:.0f}, run queue {total.runq:.0f},")
    print(f"waiting {total.waiting:.0f} s\n")

    print("## Workers (start-up = process start to its first test; CPU own + processes)\n")
    print(
        "| worker | start-up wall s | start-up cpu s | (collection cpu) | tests cpu s |"
        " tests wall s | scoped fixtures cpu s | after its last test s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    fixed = 0.0
    for w in sorted(workers):
        v = workers[w]
        fx = sum(f["cpu"] + f["children_cpu"] for f in fixtures if f["worker"] == w)
        fixed += v["startup_cpu"] + fx
        print(
            f"| {w} | {v['first'] - v['born']:.1f} | {v['startup_cpu']:.1f} |"
            f" {v['collected_cpu']:.1f} | {v['tests_cpu']:.0f} | {v['tests_wall']:.0f} | {fx:.1f} |"
            f" {end - v['last']:.0f} |"
        )
    tail = sum(end - v["last"] for v in workers.values())
    print(
        f"\nfixed per-worker start-up CPU (all workers) {sum(v['startup_cpu'] for v in workers.values()):.0f} s;"
        f" scoped fixtures' CPU (inside the tests' figures too) {sum(f['cpu'] + f['children_cpu'] for f in fixtures):.0f} s;"
        f" idle tail {tail:.0f} worker-seconds\n"
    )

    print("## Scoped fixtures, by CPU (top)\n")
    for f in sorted(fixtures, key=lambda f: -(f["cpu"] + f["children_cpu"]))[: args.top]:
        print(
            f"- {f['worker']} {f['scope']} `{f['name']}` ({f['module']}): cpu"
            f" {f['cpu'] + f['children_cpu']:.1f} s, wall {f['wall']:.1f} s"
        )

    for title, key in (
        ("by CPU (own + processes)", lambda kv: -kv[1].busy),
        ("by waiting (wall - CPU - run queue)", lambda kv: -kv[1].waiting),
        ("by wall", lambda kv: -kv[1].wall),
    ):
        print(f"\n## Modules, {title}\n")
        print(HEAD.format("module"))
        for name, t in sorted(modules.items(), key=key)[: args.top]:
            print(row(name, t))
        print(row("all", total))

    parts = {u: t for u, t in units.items() if u.startswith("tests/test_claims_corpus.py[")}
    if parts:
        cpus = sorted(t.busy for t in parts.values())
        walls = sorted(t.wall for t in parts.values())
        print(
            f"\n## Claims corpus parts: {len(parts)}, CPU {sum(cpus):.0f} s (min {cpus[0]:.1f},"
            f" median {cpus[len(cpus) // 2]:.1f}, max {cpus[-1]:.1f}), wall {sum(walls):.0f} s"
            f" (median {walls[len(walls) // 2]:.1f}, max {walls[-1]:.1f})"
        )
    print("\n## Longest units by wall (a unit is one worker's; the run cannot end before it)\n")
    print(HEAD.format("unit"))
    for name, t in sorted(units.items(), key=lambda kv: -kv[1].wall)[: args.top]:
        print(row(name, t))

    bins = busy_cores(tests, start, end)
    full = sum(1 for b in bins if b >= args.cores * 0.9)
    print(
        f"\n## Cores busy with tests, per 5 s (of {args.cores}): {full} of {len(bins)} intervals"
        f" at >= 90 %; mean {sum(bins) / len(bins):.2f}\n"
    )
    print(" ".join(f"{b:.1f}" for b in bins))
    bound = (total.busy + sum(v["startup_cpu"] for v in workers.values())) / args.cores
    print(
        f"\nCPU bound of this run on {args.cores} cores: {bound:.0f} s"
        f" (tests' CPU + start-ups) against {span:.0f} s of wall"
    )


if __name__ == "__main__":
    main()
