"""Claims: every decision of the labelled corpus, recorded, so a change meant to make `decide`
faster can show it decides exactly as before.

`--record FILE` writes, for every corpus sentence × call state, what the guard does with it:
pass or block, every claim read (kind, span, details by role, follow-up), the unbacked ones and
the replacement the caller would hear (`agent.guard.truth`). `--check FILE` computes the same
with the code as it is now and prints every difference (exit status 1 when there is one).
Record before the change, check after it; tests/test_claims_corpus.py keeps judging the labels.
`--part K/N` records or checks only every N-th decision of the corpus, starting at the K-th (0 to
N-1): one process decides about 2,400 a minute on a loaded machine, so the whole corpus (about
400,000) runs as N parts side by side, and a part's recording is checked by the same part.

Run: .venv/bin/python bench/claims_decisions.py --record /tmp/before.jsonl
     .venv/bin/python bench/claims_decisions.py --check /tmp/before.jsonl
     .venv/bin/python bench/claims_decisions.py --part 1/4 --record /tmp/before.1
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.claims import decide, warm_up
from agent.claims.details import ClaimDetails, Details
from agent.claims.model import Claim, Decision
from agent.guard.truth import truth
from tests.corpus.claims_corpus import STATES, cases, facts


def _details(d: Details) -> dict:
    return {
        name: sorted(sorted(v) if isinstance(v, frozenset) else v for v in getattr(d, name))
        for name in Details.__dataclass_fields__
        if getattr(d, name)
    }


def _claim_details(c: ClaimDetails) -> dict:
    return {
        "parts": [[role.value, _details(d)] for role, d in c.parts],
        "several": c.several,
        "together": c.together,
    }


def _claim(c: Claim) -> dict:
    return {
        "kind": c.kind.value,
        "span": [c.start, c.end],
        "details": _claim_details(c.details),
        "follow_up": c.follow_up.value if c.follow_up else None,
    }


def described(decision: Decision, f) -> dict:
    """A decision as plain data, sets in a fixed order (independent of hash seeds)."""
    unbacked = [i for i, c in enumerate(decision.claims) if c in decision.unbacked]
    kinds = frozenset(c.kind for c in decision.unbacked)
    promises = frozenset(c.follow_up for c in decision.unbacked if c.follow_up)
    return {
        "passes": decision.passes,
        "claims": [_claim(c) for c in decision.claims],
        "unbacked": unbacked,
        "replacement": truth(kinds, f, promises) if kinds else "",
    }


def part(spec: str) -> tuple[int, int]:
    """ "K/N" as (K, N): the K-th of N strided parts, 0 <= K < N."""
    k, sep, n = spec.partition("/")
    if not (sep and k.isdigit() and n.isdigit() and int(k) < int(n)):
        raise argparse.ArgumentTypeError(f"a part is K/N with 0 <= K < N, not {spec!r}")
    return int(k), int(n)


def decisions(which: tuple[int, int] = (0, 1)) -> list[dict]:
    """Every decision of the corpus, or of one strided part of it (`part`)."""
    k, n = which
    warm_up()
    facts_for = {(s, lang): facts(s, lang) for s in STATES for lang in ("de", "en")}
    out = []
    for i, (entry, state, _) in enumerate(cases()):
        if i % n != k:
            continue
        f = facts_for[(state, entry.lang)]
        row = described(decide(entry.text, f), f)
        row = {"text": entry.text, "lang": entry.lang, "state": state, **row}
        out.append(json.loads(json.dumps(row)))  # tuples as lists, as a recording reads back
    return out


def _key(row: dict) -> tuple[str, str, str]:
    return row["text"], row["lang"], row["state"]


def compared(now: list[dict], before: list[dict], whole: bool) -> tuple[list, int]:
    """The decisions of `now` that differ from `before` (with the recorded row, None when it was
    not recorded), and how many recorded decisions are not decided now; for one part
    (`whole` false) a recording may hold the other parts too, so only those of `now` count."""
    old = {_key(r): r for r in before}
    differ = [(r, old.get(_key(r))) for r in now if old.get(_key(r)) != r]
    missing = len(set(old) - {_key(r) for r in now}) if whole else 0
    return differ, missing


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--record", type=Path, help="write every decision to this file")
    g.add_argument("--check", type=Path, help="compare every decision with this file")
    p.add_argument("--part", type=part, default=(0, 1), help="K/N: every N-th decision from K")
    args = p.parse_args()
    now = decisions(args.part)
    if args.record:
        args.record.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in now), encoding="utf-8"
        )
        print(f"{len(now)} decisions recorded in {args.record}")
        return 0
    before = [json.loads(line) for line in args.check.read_text(encoding="utf-8").splitlines()]
    differ, missing = compared(now, before, whole=args.part == (0, 1))
    for r, o in differ[:40]:
        print(f"DIFFERS [{r['state']}] {r['text']!r}\n  before: {o}\n  now:    {r}")
    of = "" if args.part == (0, 1) else f" (part {args.part[0]}/{args.part[1]})"
    print(
        f"{len(now)} decisions compared{of}: {len(differ)} differ, {missing} recorded ones missing"
    )
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
