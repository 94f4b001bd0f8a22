"""Opt-in timing plugin (TEST_CPU_PROFILE=<dir>): per test, the CPU time of this process and of
every process it started (live descendants read from /proc, reaped ones from RUSAGE_CHILDREN,
so a PostgreSQL server's backends and a subprocess test's children count), and the wall time;
per worker, how long start-up took (imports, collection) and every session- or module-scoped
fixture's set-up. One JSON line per record in <dir>/<worker>.jsonl; `python -m
tests.cpu_profile <dir>` ranks modules by CPU and by waiting (wall minus CPU).

Timing only: it changes no test. Figures from a loaded machine are for ratios within one run.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

TICK = os.sysconf("SC_CLK_TCK")


def _children_of(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                out += [
                    int(p) for p in Path(f"/proc/{pid}/task/{task}/children").read_text().split()
                ]
            except OSError:
                pass
    except OSError:
        pass
    return out


def _proc_cpu(pid: int) -> float:
    """utime + stime + cutime + cstime of a live process, in seconds (0 if gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / TICK


EXTRA_ROOTS: list[int] = []  # processes of ours that are not our descendants (the postmaster)


def descendants_cpu() -> float:
    total = 0.0
    todo = _children_of(os.getpid()) + EXTRA_ROOTS
    while todo:
        pid = todo.pop()
        total += _proc_cpu(pid)
        todo += _children_of(pid)
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return total + ru.ru_utime + ru.ru_stime


def runqueue_wait() -> float:
    """Seconds this process's threads have waited for a CPU (run queue), from schedstat: on a
    loaded machine the share of wall time that is other processes' load, not the test's own."""
    total = 0
    for task in os.listdir("/proc/self/task"):
        try:
            total += int(Path(f"/proc/self/task/{task}/schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            pass
    return total / 1e9


def _self_start_wall() -> float:
    """The wall-clock time this process started (from /proc)."""
    stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    start_ticks = int(stat[19])
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return time.time() - (uptime - start_ticks / TICK)


class CpuProfile:
    def __init__(self, out_dir: Path, worker: str) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.file = (out_dir / f"{worker}.jsonl").open("a")
        self.worker = worker
        self.started = _self_start_wall()
        self.first_test_seen = False
        self.mark("configure")

    def write(self, **record: object) -> None:
        record["worker"] = self.worker
        self.file.write(json.dumps(record) + "\n")
        self.file.flush()

    def mark(self, what: str) -> None:
        self.write(
            kind="startup",
            what=what,
            wall_since_start=time.time() - self.started,
            cpu=time.process_time(),
            children_cpu=descendants_cpu(),
        )

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.mark("collected")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_fixture_setup(self, fixturedef, request):
        if fixturedef.scope == "function":
            yield
            return
        w, c, k = time.perf_counter(), time.process_time(), descendants_cpu()
        outcome = yield
        if fixturedef.argname == "postgres_server" and outcome.excinfo is None:
            server = outcome.get_result()
            try:
                pid = int((server.data / "postmaster.pid").read_text().split()[0])
                EXTRA_ROOTS.append(pid)
                k -= _proc_cpu(pid)  # its start-up so far counts to this fixture
            except (OSError, ValueError, IndexError):
                pass
        self.write(
            kind="fixture",
            name=fixturedef.argname,
            scope=fixturedef.scope,
            module=getattr(request.node, "nodeid", "").split("::")[0],
            wall=time.perf_counter() - w,
            cpu=time.process_time() - c,
            children_cpu=descendants_cpu() - k,
        )

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem):
        if not self.first_test_seen:
            self.first_test_seen = True
            self.mark("first_test")
        w, c, k = time.perf_counter(), time.process_time(), descendants_cpu()
        q = runqueue_wait()
        yield
        self.write(
            kind="test",
            nodeid=item.nodeid,
            end=time.time(),  # when it ended: the run's timeline, worker by worker
            wall=time.perf_counter() - w,
            runqueue=runqueue_wait() - q,
            cpu=time.process_time() - c,
            children_cpu=descendants_cpu() - k,
        )

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed or (report.when == "call" and report.skipped):
            self.write(
                kind="outcome", nodeid=report.nodeid, when=report.when, outcome=report.outcome
            )

    def pytest_sessionfinish(self) -> None:
        self.mark("finish")
        self.file.close()


def register(config: pytest.Config) -> None:
    out = os.environ.get("TEST_CPU_PROFILE")
    if not out:
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    if worker == "main" and getattr(config.option, "numprocesses", None):
        return  # the xdist controller runs no tests
    config.pluginmanager.register(CpuProfile(Path(out), worker), "cpu_profile")


def report(out_dir: Path, top: int = 40) -> None:
    mods: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0, 0.0])
    fixtures, tests, outcomes = [], [], []
    for path in sorted(out_dir.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            r = json.loads(line)
            if r["kind"] == "test":
                m = mods[r["nodeid"].split("::")[0]]
                m[0] += r["wall"]
                m[1] += r["cpu"]
                m[2] += r["children_cpu"]
                m[3] += 1
                m[4] += r.get("runqueue", 0.0)
                tests.append(r)
            elif r["kind"] == "startup":
                print(
                    f"startup {r['worker']:5} {r['what']:11} wall {r['wall_since_start']:8.1f}"
                    f" cpu {r['cpu']:8.1f} children {r['children_cpu']:8.1f}"
                )
            elif r["kind"] == "fixture":
                fixtures.append(r)
            elif r["kind"] == "outcome":
                outcomes.append(r)
    tw = sum(m[0] for m in mods.values())
    tc = sum(m[1] + m[2] for m in mods.values())
    print(f"\ntests: wall {tw:.0f} s, cpu (self+children) {tc:.0f} s, waiting {tw - tc:.0f} s\n")
    tq = sum(m[4] for m in mods.values())
    print(f"run queue (waiting for a core: the machine's load) {tq:.0f} s\n")
    head = f"{'module':55} {'n':>5} {'wall':>7} {'cpu':>7} {'child':>7} {'runq':>7} {'idle':>7}"
    print(head)

    def row(name: str, m: list[float]) -> str:
        w, c, k, n, q = m
        return f"{name:55} {n:5d} {w:7.1f} {c:7.1f} {k:7.1f} {q:7.1f} {w - c - q:7.1f}"

    print("-- by CPU (self + children)")
    for name, m in sorted(mods.items(), key=lambda kv: -(kv[1][1] + kv[1][2]))[:top]:
        print(row(name, m))
    print("-- by idle (wall - own cpu - own run-queue wait: sleeps, subprocesses, servers)")
    for name, m in sorted(mods.items(), key=lambda kv: -(kv[1][0] - kv[1][1] - kv[1][4]))[:top]:
        print(row(name, m))
    print("-- scoped fixtures, by wall")
    for r in sorted(fixtures, key=lambda r: -r["wall"])[:25]:
        print(
            f"{r['worker']:5} {r['scope']:8} {r['name']:32} {r['module']:45}"
            f" wall {r['wall']:6.1f} cpu {r['cpu']:6.1f} child {r['children_cpu']:6.1f}"
        )
    print("-- tests, by CPU (self + children)")
    for r in sorted(tests, key=lambda r: -(r["cpu"] + r["children_cpu"]))[:top]:
        print(f"{r['cpu'] + r['children_cpu']:7.1f} cpu {r['wall']:7.1f} wall  {r['nodeid']}")
    for r in outcomes:
        print(f"{r['outcome']} ({r['when']}): {r['nodeid']}")


if __name__ == "__main__":
    report(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40)
