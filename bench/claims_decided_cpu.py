"""Claims: the CPU of the corpus test's own procedure, as a ratio against another checkout.

bench/claims_speed.py times `decide` per sentence read for the first time; the corpus test
(`tests.test_claims_corpus.decided`) does more per sentence: the gate check, then every entry in
every call state, reusing the sentence's kept reading (`read_once`), whose bookkeeping is part of
what the suite pays. This script runs that procedure on strided parts of the corpus in two
warmed-up worker processes, one per checkout, each part decided by both in turn (which goes
first alternates: ABBA), each timed on its process's CPU clock, and prints old ÷ new over all
parts and per half of them (how far the ratio wanders under the machine's load).

Run: nice -n 5 .venv/bin/python bench/claims_decided_cpu.py --against /tmp/base [--parts 512] [--every 8]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _serve(tree: Path) -> None:
    """A worker: decides the part asked for on stdin ("k N"), prints its CPU seconds."""
    sys.path.insert(0, str(tree))
    from tests.test_claims_corpus import _by_sentence, decided

    _by_sentence()
    for _ in decided(0, 4096):  # warm: the engine's patterns, the word caches' first words
        pass
    print("ready", flush=True)
    for line in sys.stdin:
        k, n = map(int, line.split())
        t0 = time.process_time()
        count = sum(1 + len(d.decisions) for d in decided(k, n))
        print(json.dumps([time.process_time() - t0, count]), flush=True)


class _Worker:
    def __init__(self, tree: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(tree)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=tree,
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        while True:  # (the engine's imports may log a line first)
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("worker ended")
            if line.startswith(("ready", "[")):
                return line.strip()

    def part(self, k: int, n: int) -> tuple[float, int]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{k} {n}\n")
        self.proc.stdin.flush()
        cpu, count = json.loads(self._line())
        return cpu, count

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--against", type=Path, help="the other checkout (the old side)")
    p.add_argument("--parts", type=int, default=512, help="the corpus cut in this many parts")
    p.add_argument("--every", type=int, default=8, help="decide every Nth part")
    p.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        _serve(args.serve)
        return 0
    if args.against is None:
        p.error("--against is needed")
    old, new = _Worker(args.against.resolve()), _Worker(HERE)
    rows = []
    for i, k in enumerate(range(0, args.parts, args.every)):
        sides = [("old", old), ("new", new)]
        if i % 2:
            sides.reverse()  # ABBA: who goes first alternates
        got = {name: w.part(k, args.parts) for name, w in sides}
        if got["old"][1] != got["new"][1]:
            print(f"part {k}: {got['old'][1]} decisions old, {got['new'][1]} new")
        rows.append((got["old"][0], got["new"][0], got["new"][1]))
        print(f"part {k}: old {got['old'][0]:.2f} s, new {got['new'][0]:.2f} s", flush=True)
    old.close()
    new.close()
    half = len(rows) // 2
    for name, chunk in (("all", rows), ("first half", rows[:half]), ("second half", rows[half:])):
        o, n, c = (sum(r[i] for r in chunk) for i in range(3))
        print(
            f"{name}: {len(chunk)} parts, {c} decisions: old {o:.2f} s, new {n:.2f} s CPU, "
            f"old ÷ new {o / n:.3f} ({1e3 * o / c:.3f} -> {1e3 * n / c:.3f} ms a decision)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
