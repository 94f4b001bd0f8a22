"""Claims: how much of `decide` the clause readers' rule methods take, and how rarely they find.

Each `_Context` rule method of `RULES` (German and English readers; `candidates()` runs them
through their `@needs` gates, agent/claims/rule_gate.py) is wrapped to count its calls, the calls
that found a candidate and its thread CPU time, over every Nth decision of the corpus (each read
for the first time, as bench/claims.py times them). It tells which methods a gate by the words
they need would save most on: a method that finds something in 1 % of clauses still runs in
every clause its gate opens (in every clause when it has none). Times include the wrapper's own
cost; read them as shares, not as figures (never publish them from a loaded machine).

Run: .venv/bin/python bench/claims_rule_methods.py [--every 8] [--top 25]
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.claims import reader_de, reader_en
from bench.claims_speed import HERE, _pairs


def _wrap(stats: dict[str, list[float]], key: str, method):
    def timed(self):
        t0 = time.thread_time()
        out = method(self)
        if inspect.isgenerator(out):
            out = list(out)
            found = any(x is not None for x in out)
            out = iter(out)
        else:
            found = out is not None
        s = stats[key]
        s[0] += 1
        s[1] += found
        s[2] += time.thread_time() - t0
        return out

    return timed


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--every", type=int, default=8, help="every Nth decision of the corpus")
    p.add_argument("--top", type=int, default=25, help="methods listed")
    args = p.parse_args()
    stats: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for module, lang in ((reader_de, "de"), (reader_en, "en")):
        cls = module._Context
        for name in cls.RULES:
            setattr(cls, name, _wrap(stats, f"{lang}.{name}", getattr(cls, name)))
    decide, forget, pairs = _pairs(HERE, max(1, args.every))
    t0 = time.thread_time()
    for text, f in pairs:
        forget()
        decide(text, f)
    total = time.thread_time() - t0
    in_rules = sum(s[2] for s in stats.values())
    calls, found = sum(s[0] for s in stats.values()), sum(s[1] for s in stats.values())
    print(
        f"{len(pairs)} decisions; clause rule methods: {100 * in_rules / total:.0f} % of the "
        f"time, {calls} calls, {found} found something ({100 * found / max(1, calls):.1f} %)"
    )
    for key, (n, hit, spent) in sorted(stats.items(), key=lambda kv: -kv[1][2])[: args.top]:
        print(
            f"{key:40s} {100 * spent / total:5.1f} % of the time, "
            f"found in {100 * hit / max(1, n):4.1f} % of {int(n)} calls"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
