"""Claims: the time `decide` adds per sentence, alone, as a ratio against another checkout.

bench/claims.py prints recall, false blocks and the time per sentence; on a shared, loaded
machine an absolute time says more about the neighbours than about the code, and even two runs
a minute apart see different neighbours (runs of the same code differ by 20 % and more). This
script times `decide` alone (each decision as a sentence read for the first time: `memo.forget`
before it, as bench/claims.py does) on the thread's CPU clock, and with `--against DIR` compares
it with another checkout of the repository (an export of an older commit, say): one warmed-up
worker process per checkout, both given the same chunks of the corpus in turn (which goes first
alternates), so every chunk is timed under the same load in both. The ratios old ÷ new of p50,
p95 and the mean are printed for the whole run and per `--rounds` part of it, to show how far
they wander, and for the decisions of one spoken sentence alone (the live guard decides one
sentence at a time: agent/guard/processor.py). `--profile` prints where the time goes
(cProfile, by own and by cumulative time), with `--tail 0.05` only in the slowest 5 % of the
decisions (the p95 is theirs).

Run: .venv/bin/python bench/claims_speed.py [--every N]
     .venv/bin/python bench/claims_speed.py --against /tmp/base [--every N] [--chunk 50]
     .venv/bin/python bench/claims_speed.py --profile [--every N] [--top 40] [--tail 0.05]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CLOCKS = {"cpu": time.thread_time, "wall": time.perf_counter}


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


def _timed(decide, forget, pairs, clock) -> list[float]:
    out = []
    for text, f in pairs:
        forget()
        t0 = clock()
        decide(text, f)
        out.append(clock() - t0)
    return out


def timings(tree: Path, every: int, clock_name: str = "cpu") -> list[float]:
    """Seconds per decision, each read for the first time, in corpus order. The default clock
    is the thread's CPU time: on a shared machine the wall clock also counts the time the
    thread waited for a core, which says nothing about the code."""
    decide, forget, pairs = _pairs(tree, every)
    return _timed(decide, forget, pairs, CLOCKS[clock_name])


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _figures(t: list[float]) -> dict:
    return {
        "n": len(t),
        "p50": _percentile(t, 50),
        "p95": _percentile(t, 95),
        "mean": sum(t) / len(t),
    }


def _single(text: str) -> bool:
    """Whether the guard hands `text` over as one sentence (as it decides every sentence)."""
    from agent.claims.spoken_turn import sentence_spans

    return len(sentence_spans(text)) < 2


def serve(tree: Path, every: int, clock: str) -> None:
    """A worker: reads "start end" lines, times those decisions, answers with their times."""
    decide, forget, pairs = _pairs(tree, every)
    single = [k for k, (text, _) in enumerate(pairs) if _single(text)]
    print(json.dumps({"n": len(pairs), "single": single}), flush=True)
    for line in sys.stdin:
        start, end = map(int, line.split())
        print(json.dumps(_timed(decide, forget, pairs[start:end], CLOCKS[clock])), flush=True)


class _Worker:
    def __init__(self, tree: Path, every: int, clock: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", "--tree", str(tree), "--every", str(every),
             "--clock", clock],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        hello = json.loads(self._line())
        self.n, self.single = hello["n"], hello["single"]

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline()

    def time(self, start: int, end: int) -> list[float]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{start} {end}\n")
        self.proc.stdin.flush()
        return json.loads(self._line())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def _ratios(old: list[float], new: list[float]) -> str:
    o, n = _figures(old), _figures(new)
    return (
        f"old÷new p50 {o['p50'] / n['p50']:.2f}, p95 {o['p95'] / n['p95']:.2f}, "
        f"mean {o['mean'] / n['mean']:.2f} ({n['n']} decisions)"
    )


def compare(old: Path, new: Path, rounds: int, every: int, clock: str, chunk: int) -> str:
    """Both checkouts time the same chunks in turn; ratios old ÷ new per part and overall."""
    workers = {"old": _Worker(old, every, clock), "new": _Worker(new, every, clock)}
    try:
        n = workers["old"].n
        if workers["new"].n != n:
            return f"different corpora: {n} vs {workers['new'].n} decisions"
        times: dict[str, list[float]] = {"old": [], "new": []}
        part = -(-n // rounds)  # decisions per part, the last one maybe shorter
        mark = 0  # where the part being timed starts
        for k, start in enumerate(range(0, n, chunk)):
            order = ("old", "new") if k % 2 == 0 else ("new", "old")
            for name in order:
                times[name] += workers[name].time(start, min(n, start + chunk))
            done = len(times["old"])
            if done - mark >= part or done == n:
                ratios = _ratios(times["old"][mark:], times["new"][mark:])
                print(f"part {mark // part + 1}: {ratios}", flush=True)
                mark = done
        one = workers["new"].single  # the decisions of one spoken sentence, as the guard's
        alone = _ratios([times["old"][k] for k in one], [times["new"][k] for k in one])
        return "all: " + _ratios(times["old"], times["new"]) + "\none sentence: " + alone
    finally:
        for w in workers.values():
            w.close()


def slowest(times: list[float], share: float) -> list[int]:
    """The indexes of the slowest `share` of the decisions (at least one), slowest first."""
    n = max(1, round(share * len(times)))
    return sorted(range(len(times)), key=lambda k: -times[k])[:n]


def profile(tree: Path, every: int, top: int, tail: float | None = None) -> None:
    """cProfile of the decisions; with `tail` (a share, 0.05 for the slowest 5 %) of only the
    slowest ones, picked by a timed pass over all of them first (each read for the first time
    in both passes)."""
    import cProfile
    import pstats

    decide, forget, pairs = _pairs(tree, every)
    if tail is not None:
        times = _timed(decide, forget, pairs, CLOCKS["cpu"])
        picked = slowest(times, tail)
        share = sum(times[k] for k in picked) / sum(times)
        print(
            f"profiling the slowest {len(picked)} of {len(pairs)} decisions "
            f"({100 * share:.0f} % of the time)"
        )
        pairs = [pairs[k] for k in picked]
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
    p.add_argument("--rounds", type=int, default=3, help="parts the ratios are also shown for")
    p.add_argument("--chunk", type=int, default=50, help="decisions timed in one turn")
    p.add_argument("--every", type=int, default=1, help="time every Nth decision of the corpus")
    p.add_argument("--clock", choices=sorted(CLOCKS), default="cpu", help="thread CPU or wall")
    p.add_argument("--profile", action="store_true", help="print a cProfile of the decisions")
    p.add_argument("--top", type=int, default=40, help="profile lines printed")
    p.add_argument("--tail", type=float, help="with --profile: only the slowest share (0.05: 5 %%)")
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    every, tree = max(1, args.every), args.tree.resolve()
    if args.serve:
        serve(tree, every, args.clock)
    elif args.against:
        rounds, chunk = max(1, args.rounds), max(1, args.chunk)
        print(compare(args.against.resolve(), tree, rounds, every, args.clock, chunk))
    elif args.profile:
        profile(tree, every, args.top, args.tail)
    else:
        r = _figures(timings(tree, every, args.clock))
        print(f"{r['n']} decisions: p50 {r['p50'] * 1e3:.3f} ms, p95 {r['p95'] * 1e3:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
