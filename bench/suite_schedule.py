"""The suite's wall time on CI's two cores, simulated from a profile, for other unit orders and
worker counts: what a whole quiet run would take to compare, read off one run.

A profile (bench/test_suite_time.py DIR: per test its CPU, its processes' CPU, its run-queue
wait and its wall) gives each xdist work unit (tests/conftest.py `_own_unit`, else the module)
its computing C (own + processes' CPU) and its waiting W (wall - CPU - processes' CPU - run
queue: real-time audio, sleeps, processes starting). The model: each worker first collects (its
start-up CPU), then takes the next unit of the order as it frees (loadscope's hand-out, without
its two-at-first); a unit is S slices of computing C/S then waiting W/S; the computing workers
share the cores equally (at most one core each). Whatever the load inflated in the profile is
in both sides of a comparison: read ratios between orders and worker counts, not seconds.

Orders: `run` (the units in the order the profiled run began them), `cpu` (most computing first),
`total` (most computing + waiting first), `waiting-first` (most waiting first).

Run: .venv/bin/python bench/suite_schedule.py /tmp/suite_prof [--cores 2] [--workers 3 4 5 6]
     [--scale 0.75 0.8]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SLICES = 20
STEP = 0.05


@dataclass
class Unit:
    name: str
    cpu: float = 0.0
    waiting: float = 0.0
    began: float = float("inf")


def units(profile: Path) -> tuple[list[Unit], float]:
    """The profile's work units in the order the run began them, and the mean start-up CPU."""
    sys.path.insert(0, str(HERE))
    from bench.suite_profile import read
    from tests.conftest import _own_unit

    tests, marks, _ = read(profile)
    startups = [r["cpu"] for r in marks if r["what"] == "first_test"]
    by_name: dict[str, Unit] = {}
    for r in tests:
        nodeid = r["nodeid"]
        name = _own_unit(nodeid) or nodeid.split("::", 1)[0]
        u = by_name.setdefault(name, Unit(name))
        cpu = r["cpu"] + r["children_cpu"]
        u.cpu += cpu
        u.waiting += max(0.0, r["wall"] - cpu - r["runqueue"])
        u.began = min(u.began, r["end"] - r["wall"])
    order = sorted(by_name.values(), key=lambda u: u.began)
    return order, sum(startups) / max(1, len(startups))


def simulate(order: list[Unit], workers: int, cores: float, startup: float) -> tuple[float, float]:
    """The run's wall time and the cores' idle seconds (while any worker still has work)."""
    queue = list(order)
    # per worker: list of remaining phases [("cpu"|"wait", seconds)]
    phases: list[list[list]] = [[["cpu", startup]] for _ in range(workers)]
    t = idle = 0.0
    while True:
        for ph in phases:
            if not ph and queue:
                u = queue.pop(0)
                for _ in range(SLICES):
                    ph += [["cpu", u.cpu / SLICES], ["wait", u.waiting / SLICES]]
        live = [ph for ph in phases if ph]
        if not live:
            return t, idle
        computing = [ph for ph in live if ph[0][0] == "cpu"]
        rate = min(1.0, cores / len(computing)) if computing else 0.0
        idle += (cores - rate * len(computing)) * STEP
        for ph in live:
            ph[0][1] -= rate * STEP if ph[0][0] == "cpu" else STEP
            while ph and ph[0][1] <= 0:
                ph.pop(0)
        t += STEP


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("profile", type=Path)
    p.add_argument("--cores", type=float, default=2.0)
    p.add_argument("--workers", type=int, nargs="+", default=[3, 4, 5, 6])
    p.add_argument(
        "--scale",
        type=float,
        nargs=2,
        default=[1.0, 1.0],
        metavar=("CPU", "WAITING"),
        help="multiply the profile's computing and waiting (a loaded profile's, to quiet)",
    )
    args = p.parse_args()
    run, startup = units(args.profile)
    for u in run:
        u.cpu *= args.scale[0]
        u.waiting *= args.scale[1]
    startup *= args.scale[0]
    cpu = sum(u.cpu for u in run)
    waiting = sum(u.waiting for u in run)
    print(
        f"{len(run)} units: computing {cpu:.0f} s, waiting {waiting:.0f} s, start-up {startup:.1f} s CPU a worker"
    )
    orders = {
        "run": run,
        "cpu": sorted(run, key=lambda u: -u.cpu),
        "total": sorted(run, key=lambda u: -(u.cpu + u.waiting)),
        "waiting-first": sorted(run, key=lambda u: -u.waiting),
    }
    print(f"{'order':>14} " + " ".join(f"{f'-n {n}: wall / idle':>22}" for n in args.workers))
    for name, order in orders.items():
        cells = [simulate(order, n, args.cores, startup) for n in args.workers]
        print(f"{name:>14} " + " ".join(f"{w:>13.0f} / {i:>6.0f}" for w, i in cells))


if __name__ == "__main__":
    main()
