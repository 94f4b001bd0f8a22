"""Claims: every decision tests/test_claims_corpus.py makes, hashed, so a change meant to make the
corpus cheaper to decide can show it decides exactly as before, in the test's own order.

The corpus test decides each distinct sentence first gate-checked (`rule_gate.checking`, after
`memo.forget`), then every entry of it in all call states with its caller's words, reusing what
a sentence's earlier decisions kept (`read_once`, the memo). A change to those kept readings is
sound only if every decision made that way is the one made before: this script runs the test's
own procedure (`tests.test_claims_corpus.decided`, every split: the open ones too) and writes one
line per decision: a hash of the entry, the state and the full `repr` of the Decision (or of what
the gate hid), then the state and the sentence. Sets print in hash order, so the run fixes
PYTHONHASHSEED (it starts itself again with it). `--jobs N` decides N strided parts side by side.

Run: nice -n 10 .venv/bin/python bench/claims_corpus_proof.py --jobs 2 --out /tmp/before.txt
     nice -n 10 .venv/bin/python bench/claims_corpus_proof.py --jobs 2 --out /tmp/after.txt
     diff /tmp/before.txt /tmp/after.txt   (or --check /tmp/before.txt)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SEED = "0"


def _lines(part: int, parts: int) -> list[str]:
    sys.path.insert(0, str(HERE))
    from tests.test_claims_corpus import decided

    out = []
    for d in decided(part, parts, skip=()):
        first = repr(d.checked) if d.hid is None else f"hid {d.hid}"
        out.append(f"{_hash(d.text, d.lang, first)}\tchecked\t{d.lang}\t{d.text}")
        for entry, state, decision in d.decisions:
            out.append(f"{_hash(repr(entry), state, repr(decision))}\t{state}\t{d.lang}\t{d.text}")
    return out


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()[:16]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, required=True, help="write the decisions' lines here")
    p.add_argument("--check", type=Path, help="then compare them with this earlier recording")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--part", help=argparse.SUPPRESS)  # K/N: one worker's share
    args = p.parse_args()
    if os.environ.get("PYTHONHASHSEED") != SEED:
        env = {**os.environ, "PYTHONHASHSEED": SEED}
        return subprocess.call([sys.executable, *sys.argv], env=env)
    if args.part:
        k, n = map(int, args.part.split("/"))
        start = time.process_time()
        lines = _lines(k, n)
        args.out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        print(f"part {k}/{n}: {len(lines)} decisions, {time.process_time() - start:.1f} s CPU")
        return 0
    outs = [args.out.with_name(f"{args.out.name}.{k}") for k in range(args.jobs)]
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--out", str(o), "--part", f"{k}/{args.jobs}"], cwd=HERE
        )
        for k, o in enumerate(outs)
    ]
    if any(w.wait() for w in workers):
        return 1
    lines = [line for o in outs for line in o.read_text(encoding="utf-8").splitlines()]
    args.out.write_text("".join(f"{line}\n" for line in sorted(lines)), encoding="utf-8")
    for o in outs:
        o.unlink()
    print(f"{len(lines)} decisions in {args.out}")
    if not args.check:
        return 0
    before = Counter(args.check.read_text(encoding="utf-8").splitlines())
    now = Counter(lines)
    new, gone = now - before, before - now
    for line in sorted(new.elements())[:40]:
        print(f"NEW   {line}")
    for line in sorted(gone.elements())[:40]:
        print(f"GONE  {line}")
    print(f"{new.total()} new, {gone.total()} gone (of {before.total()} recorded)")
    return 1 if new or gone else 0


if __name__ == "__main__":
    sys.exit(main())
