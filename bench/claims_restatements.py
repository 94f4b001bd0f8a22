"""Claims: how much of `decide`'s time reading restatements once could save, at most.

`amended` reads a sentence's restatements (the sentence with one span rewritten: "10 a.m." ->
"10 am", "hamma" -> "haben wir", a hedge read away, …) in full through `amended.whole`: the
clause reader and all of `amended` again, and each restatement's own restatements inside it. The
plan of docs/claims.md ("perf3") is to read them once per decision with every rewording applied
together. Before building it, this script bounds what it can gain: it times each decision as
`bench/claims_speed.py` does (each read for the first time, the thread's CPU clock) and, inside
it, every restatement read under a first reading (its clause reading and its `amended`, with the
restatements nested in it), and prints the ratios old ÷ new of p50, p95 and the mean if

- `one`: all restatements of a first reading cost one reading (the costliest of them, without
  the restatements nested in it): the plan's best case, whatever the combined reading decides;
- `none`: no restatement were read at all (a bound on every plan of this family).

Run: .venv/bin/python bench/claims_restatements.py [--every 64]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class Restatements:
    """Times the restatement readings of one decision (`amended` patched in place)."""

    def __init__(self) -> None:
        import agent.claims.amended  # noqa: F401  (the module, not the package's names)

        self.mod = sys.modules["agent.claims.amended"]
        self.depth = 0  # how many `amended` calls are open
        self.read_at: dict[int, float] = {}  # a restatement's clause reading, by its level
        self.nested = 0.0  # restatements read inside the current level-1 one
        self.readings: list[tuple[float, float]] = []  # level-1: (inclusive, without nested)
        amended, read_sentence = self.mod.amended, self.mod.read_sentence

        def timed_amended(*args):
            self.depth += 1
            t0 = time.thread_time()
            try:
                return amended(*args)
            finally:
                self.depth -= 1
                self._done(self.depth, time.thread_time() - t0)

        def timed_read(*args, **kwargs):
            t0 = time.thread_time()
            try:
                return read_sentence(*args, **kwargs)
            finally:
                if sys._getframe(2).f_code.co_name == "whole":  # a restatement's reading
                    level = self.depth
                    self.read_at[level] = self.read_at.get(level, 0.0) + time.thread_time() - t0

        self.mod.amended = timed_amended
        self.mod.read_sentence = timed_read
        sys.modules["agent.claims.decide"].amended = timed_amended

    def _done(self, level: int, spent: float) -> None:
        if level == 0:  # a first reading (the sentence's, a prefix's, a repair's)
            self.nested = 0.0
            return
        reading = spent + self.read_at.pop(level, 0.0)
        if level == 1:
            self.readings.append((reading, reading - self.nested))
            self.nested = 0.0
        elif level == 2:
            self.nested += reading

    def start(self) -> None:
        self.depth, self.read_at, self.nested, self.readings = 0, {}, 0.0, []


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5))) - 1]


def _ratios(old: list[float], new: list[float]) -> str:
    return (
        f"old÷new p50 {_percentile(old, 50) / _percentile(new, 50):.2f}, "
        f"p95 {_percentile(old, 95) / _percentile(new, 95):.2f}, "
        f"mean {sum(old) / sum(new):.2f} ({len(old)} decisions)"
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--every", type=int, default=64, help="every N-th decision of the corpus")
    args = p.parse_args()
    from agent.claims import decide, warm_up
    from agent.claims.memo import forget
    from agent.claims.spoken_turn import sentence_spans
    from tests.corpus.claims_corpus import STATES, cases, facts

    warm_up()
    seen = Restatements()
    facts_for = {(s, lang): facts(s, lang) for s in STATES for lang in ("de", "en")}
    pairs = [
        (e.text, facts_for[(s, e.lang)])
        for k, (e, s, _) in enumerate(cases())
        if k % args.every == 0
    ]
    old, one, none, single, shares, counts = [], [], [], [], [], []
    for text, f in pairs:
        forget()
        seen.start()
        t0 = time.thread_time()
        decide(text, f)
        spent = time.thread_time() - t0
        restated = sum(r for r, _ in seen.readings)
        kept = max((own for _, own in seen.readings), default=0.0)
        old.append(spent)
        one.append(spent - restated + kept)
        none.append(spent - restated)
        single.append(len(sentence_spans(text)) < 2)
        shares.append(restated)
        counts.append(len(seen.readings))
    tail = sorted(range(len(old)), key=lambda k: -old[k])[: max(1, len(old) // 20)]
    print(
        f"restatements: {100 * sum(shares) / sum(old):.1f} % of all the time, "
        f"{100 * sum(shares[k] for k in tail) / sum(old[k] for k in tail):.1f} % of the "
        "slowest 5 %"
    )
    several = sum(counts[k] > 1 for k in tail)
    print(
        f"the slowest 5 % read {sum(counts[k] for k in tail) / len(tail):.2f} restatements a "
        f"decision (not counting those nested in them); {several} of {len(tail)} read two or more"
    )
    alone = [k for k in range(len(old)) if single[k]]
    for name, new in (("one", one), ("none", none)):
        print(f"{name}, all: {_ratios(old, new)}")
        print(f"{name}, one sentence: {_ratios([old[k] for k in alone], [new[k] for k in alone])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
