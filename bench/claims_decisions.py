"""Claims: every decision of the labelled corpus, recorded, so a change meant to make `decide`
faster can show it decides exactly as before.

`--record FILE` writes, for every corpus sentence × call state, what the guard does with it:
pass or block, every claim read (kind, span, details by role, follow-up), the unbacked ones and
the replacement the caller would hear (`agent.guard.truth`). `--check FILE` computes the same
with the code as it is now and prints every difference (exit status 1 when there is one).
Record before the change, check after it; tests/test_claims_corpus.py keeps judging the labels.

Run: .venv/bin/python bench/claims_decisions.py --record /tmp/before.jsonl
     .venv/bin/python bench/claims_decisions.py --check /tmp/before.jsonl
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


def decisions() -> list[dict]:
    warm_up()
    facts_for = {(s, lang): facts(s, lang) for s in STATES for lang in ("de", "en")}
    out = []
    for entry, state, _ in cases():
        f = facts_for[(state, entry.lang)]
        row = described(decide(entry.text, f), f)
        row = {"text": entry.text, "lang": entry.lang, "state": state, **row}
        out.append(json.loads(json.dumps(row)))  # tuples as lists, as a recording reads back
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--record", type=Path, help="write every decision to this file")
    g.add_argument("--check", type=Path, help="compare every decision with this file")
    args = p.parse_args()
    now = decisions()
    if args.record:
        args.record.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in now), encoding="utf-8"
        )
        print(f"{len(now)} decisions recorded in {args.record}")
        return 0
    before = [json.loads(line) for line in args.check.read_text(encoding="utf-8").splitlines()]
    key = lambda r: (r["text"], r["lang"], r["state"])  # noqa: E731
    old = {key(r): r for r in before}
    differ = [(r, old.get(key(r))) for r in now if old.get(key(r)) != r]
    for r, o in differ[:40]:
        print(f"DIFFERS [{r['state']}] {r['text']!r}\n  before: {o}\n  now:    {r}")
    missing = len(set(old) - {key(r) for r in now})
    print(f"{len(now)} decisions compared: {len(differ)} differ, {missing} recorded ones missing")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
