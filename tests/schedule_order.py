"""The order in which the suite's xdist work units are handed out (tests/conftest.py).

Six workers share two cores (pyproject addopts). A module that mostly waits (real processes starting, audio at real
pace, a request budget's window) leaves its core to the others, so it costs wall time only when
several of them wait at once. Run back to back, as a block, they did: every worker waiting, the
cores half idle. So the long computing units (the corpora in parts) and the waiting modules are
dealt out together, the waiting ones spread evenly over the computing ones, the longest of each
kind first (the longest waits by WAITING's order; whole modules before a corpus's parts, which
are short by design); everything else follows in collection order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

# Modules whose tests mostly wait, by their idle time (wall - CPU - their processes' CPU) in the
# suite's profile (bench/test_suite_time.py; bench/RESULTS.md "Test suite time (perf8)"), the
# longest first. A module left out is scheduled as before (by its `slow` mark).
WAITING = (
    "tests/test_workers_processes.py",
    "tests/test_serve_command.py",
    "tests/test_claims_lazy_pattern.py",
    "tests/test_e2e_outcome_heard.py",
    "tests/test_agent_console.py",
    "tests/test_rate_budget_upkeep.py",
    "tests/test_dashboard.py",
    "tests/test_rate_budget.py",
    "tests/test_accept_balance.py",
    "tests/test_telephony_call.py",
    "tests/test_settings_errors.py",
    "tests/test_tenants_serve.py",
    "tests/browser/test_browser_call.py",
    "tests/test_telephony_heard_marks.py",
    "tests/test_telephony_goodbye_heard.py",
    "tests/test_observability_phone.py",
)

T = TypeVar("T")


def dealt(
    items: Sequence[T],
    unit: Callable[[T], str],
    first: Callable[[T], bool],
    waiting: Sequence[str] = WAITING,
) -> list[T]:
    """`items` reordered by work unit (`unit`: the unit's name; a module's path begins it): the
    units of `first` (the long computing ones; whole modules before the parts of one, named
    `module[part]`) with the `waiting` modules' units spread evenly among them, in `waiting`'s
    order; then the other units, in the order given. Every unit stays whole and keeps its items'
    order."""
    units: dict[str, list[T]] = {}
    for item in items:
        units.setdefault(unit(item), []).append(item)
    rank = {module: i for i, module in enumerate(waiting)}

    def module(name: str) -> str:
        return name.split("::", 1)[0].split("[", 1)[0]

    waits = sorted((u for u in units if module(u) in rank), key=lambda u: rank[module(u)])
    heavy = [u for u in units if module(u) not in rank and first(units[u][0])]
    heavy.sort(key=lambda u: "[" in u)  # whole modules before a module's parts (short by design)
    rest = [u for u in units if module(u) not in rank and not first(units[u][0])]
    before: dict[int, list[str]] = {}  # waiting unit k goes before heavy unit k * H // W
    for k, name in enumerate(waits):
        before.setdefault(k * len(heavy) // len(waits), []).append(name)
    order: list[str] = []
    for i, name in enumerate(heavy):
        order += before.pop(i, [])
        order.append(name)
    order += [name for names in before.values() for name in names] + rest
    return [item for name in order for item in units[name]]
