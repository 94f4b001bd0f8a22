"""bench/concurrent_calls.py says, per level, what else ran on the machine: a level measured
while other processes (or a VM's neighbours, as steal) took the cores is told apart from one the
server lost by itself."""

from __future__ import annotations

import pytest

from bench.common import MachineCpu, others_on_the_machine

TICKS = 100  # /proc/stat counts in clock ticks (USER_HZ)


def stat(user: int, nice: int, system: int, idle: int, iowait: int, steal: int) -> str:
    """/proc/stat as Linux writes it: the machine's line first, then one per core."""
    return (
        f"cpu  {user} {nice} {system} {idle} {iowait} 7 3 {steal} 0 0\n"
        "cpu0 1 2 3 4 5 6 7 8 0 0\n"
        "intr 12345 0 0\n"
    )


def test_busy_is_all_but_idle_and_iowait_and_steal_is_counted_apart():
    cpu = MachineCpu.parse(
        stat(user=500, nice=200, system=100, idle=9000, iowait=50, steal=40), TICKS
    )
    assert cpu.busy == pytest.approx((500 + 200 + 100 + 7 + 3) / TICKS)
    assert cpu.steal == pytest.approx(40 / TICKS)


def test_a_stat_without_the_machines_line_is_refused():
    with pytest.raises(ValueError):
        MachineCpu.parse("intr 1 2 3\n", TICKS)


def test_the_benchmarks_own_cpu_is_counted_out_of_the_machines():
    before = MachineCpu(busy=100.0, steal=1.0)
    after = MachineCpu(busy=160.0, steal=3.0)  # 60 s of CPU over 40 s: 1.5 cores busy
    share = others_on_the_machine(before, after, wall=40.0, own_cpu=20.0)
    assert share == pytest.approx({"busy_cores": 1.5, "others_cores": 1.0, "steal_cores": 0.05})


def test_others_are_never_below_nothing_and_nothing_is_said_without_the_figures():
    # /proc/stat and the processes' own clocks are sampled apart: own CPU can exceed busy a bit.
    before, after = MachineCpu(busy=0.0, steal=0.0), MachineCpu(busy=10.0, steal=0.0)
    assert others_on_the_machine(before, after, wall=10.0, own_cpu=10.5)["others_cores"] == 0.0
    assert others_on_the_machine(None, after, wall=10.0, own_cpu=1.0) is None
    assert others_on_the_machine(before, after, wall=0.0, own_cpu=1.0) is None
