"""Claims: the time `decide` adds per sentence, alone, as a ratio against another checkout.

bench/claims.py prints recall, false blocks and the time per sentence; on a shared, loaded
machine an absolute time says more about the neighbours than about the code. This script times
`decide` alone (each decision as a sentence read for the first time: `memo.forget` before it, as
bench/claims.py does) and, with `--against DIR`, compares it with another checkout of the
repository (an export of an older commit, say) by running the two back to back, alternately,
`--rounds` times in fresh processes: the ratios old ÷ new of p50 and p95 come from runs minutes
apart on the same machine, so the load they share cancels out. `--profile` prints where the time
goes (cProfile, sorted by own time and by cumulative time).

Run: .venv/bin/python bench/claims_speed.py [--every N]
     .venv/bin/python bench/claims_speed.py --against /tmp/base --rounds 3 [--every N]
     .venv/bin/python bench/claims_speed.py --profile [--every N] [--top 40]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _load(tree: Path):
    """`decide`, `forget`, `warm_up` and the corpus cases of the checkout at `tree`."""
    sys.path.insert(0, str(tree))
    from agent.claims import decide, warm_up
    from agent.claims.memo import forget
    from tests.corpus.claims_corpus import STATES, cases, facts

    return decide, forget, warm_up, STATES, cases, facts


def _pairs(tree: Path, every: int):
    decide, forget, warm_up, states, cases, facts = _load(tree)
    warm_up()
    facts_for = {(s, lang): facts(s, lang) for s in states for lang in ("de", "en")}
    pairs = [
        (e.text, facts_for[(s, e.lang)]) for k, (e, s, _) in enumerate(cases()) if k % every == 0
    ]
    return decide, forget, pairs


CLOCKS = {"cpu": time.thread_time, "wall": time.perf_counter}


def timings(tree: Path, every: int, clock_name: str = "cpu") -> list[float]:
    """Seconds per decision, each read for the first time, in corpus order. The default clock
    is the thread's CPU time: on a shared machine the wall clock also counts the time the
    thread waited for a core, which says nothing about the code."""
    decide, forget, pairs = _pairs(tree, every)
    out = []
    clock = CLOCKS[clock_name]
    for text, f in pairs:
        forget()
        t0 = clock()
        decide(text, f)
        out.append(clock() - t0)
    return out


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _one_run(tree: Path, every: int, clock: str) -> dict:
    t = timings(tree, every, clock)
    return {
        "n": len(t),
        "p50": _percentile(t, 50),
        "p95": _percentile(t, 95),
        "mean": sum(t) / len(t),
    }


def _run_in_child(tree: Path, every: int, clock: str) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--tree",
            str(tree),
            "--every",
            str(every),
            "--clock",
            clock,
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def compare(old: Path, new: Path, rounds: int, every: int, clock: str) -> str:
    """Old and new run alternately in fresh processes; ratios old ÷ new per adjacent pair."""
    ratios: dict[str, list[float]] = {"p50": [], "p95": [], "mean": []}
    for r in range(rounds):
        first, second = (old, new) if r % 2 == 0 else (new, old)  # neither always goes first
        a = _run_in_child(first, every, clock)
        b = _run_in_child(second, every, clock)
        o, n = (a, b) if first == old else (b, a)
        if o["n"] != n["n"]:
            print(f"round {r + 1}: different corpus sizes ({o['n']} vs {n['n']})", flush=True)
        for k in ratios:
            ratios[k].append(o[k] / n[k])
        print(  # a long run shows its rounds as they end
            f"round {r + 1}: old÷new p50 {o['p50'] / n['p50']:.2f}, p95 {o['p95'] / n['p95']:.2f}, "
            f"mean {o['mean'] / n['mean']:.2f} ({n['n']} decisions)",
            flush=True,
        )
    med = {k: statistics.median(v) for k, v in ratios.items()}
    return (
        f"median over {rounds} rounds: old÷new p50 {med['p50']:.2f}, p95 {med['p95']:.2f}, "
        f"mean {med['mean']:.2f}"
    )


def profile(tree: Path, every: int, top: int) -> None:
    import cProfile
    import pstats

    decide, forget, pairs = _pairs(tree, every)
    prof = cProfile.Profile()
    prof.enable()
    for text, f in pairs:
        forget()
        decide(text, f)
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tree", type=Path, default=HERE, help="checkout whose code is timed")
    p.add_argument("--against", type=Path, help="older checkout: print old ÷ new ratios")
    p.add_argument("--rounds", type=int, default=3, help="alternating runs of each (--against)")
    p.add_argument("--every", type=int, default=1, help="time every Nth decision of the corpus")
    p.add_argument("--profile", action="store_true", help="print a cProfile of the decisions")
    p.add_argument("--top", type=int, default=40, help="profile lines printed")
    p.add_argument("--json", action="store_true", help="one run, its figures as one JSON line")
    p.add_argument("--clock", choices=sorted(CLOCKS), default="cpu", help="thread CPU or wall")
    args = p.parse_args()
    every = max(1, args.every)
    if args.against:
        print(
            compare(
                args.against.resolve(), args.tree.resolve(), max(1, args.rounds), every, args.clock
            )
        )
    elif args.profile:
        profile(args.tree.resolve(), every, args.top)
    elif args.json:
        print(json.dumps(_one_run(args.tree.resolve(), every, args.clock)))
    else:
        r = _one_run(args.tree.resolve(), every, args.clock)
        print(f"{r['n']} decisions: p50 {r['p50'] * 1e3:.3f} ms, p95 {r['p95'] * 1e3:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
