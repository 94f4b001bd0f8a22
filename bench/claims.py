"""Claims: how well `agent.claims.decide` stops false claims and lets the truth through.

Runs the labelled corpus (tests/corpus/claims_*.yaml) through `decide` in every call state and
prints, per split (tune, the held-out and blind splits, all) and per family:

- recall            blocked false claims / all (sentence, state) pairs whose claim is false
- false-block rate  blocked true-or-neutral pairs / all pairs that must pass

and the time `decide` adds per sentence (p50/p95/max, warm, every pair of the corpus), plus the
one-off cost of loading the lemma dictionaries. Each decision is timed as a sentence read for the
first time: what the reader keeps per text (`agent.claims.memo`) is forgotten before every run,
only the per-word caches (lemmas, detail words) stay warm, as they are in a call. The held-out and blind splits were written before
the reader was tuned on them (see docs/claims.md for their first measurements). Figures are
printed, never judged; tests/test_claims_corpus.py judges correctness.

Run: .venv/bin/python bench/claims.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.claims import decide, warm_up
from agent.claims.memo import forget
from bench.common import (
    machine,
    machine_line,
    percentile,
    stamp,
    table,
    update_results_md,
    write_json,
)
from tests.corpus.claims_corpus import HELDOUT, HERE, OPEN_SPLITS, STATES, cases, facts, with_caller

NAME = "claims"
FIRST = HERE / "claims_heldout_first.yaml"
SPLITS = ("tune", *HELDOUT)


def _rates(counts: dict[str, int]) -> tuple[str, str]:
    false, true = counts.get("false", 0), counts.get("true", 0)
    recall = counts.get("blocked_false", 0) / false if false else None
    fb = counts.get("blocked_true", 0) / true if true else None
    return (
        "–" if recall is None else f"{recall:.2%}",
        "–" if fb is None else f"{fb:.2%}",
    )


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.3f} ms"


def measure(repeat: int) -> dict:
    started = time.perf_counter()
    warm_up()
    load_s = time.perf_counter() - started
    facts_for = {(s, lang): facts(s, lang) for s in STATES for lang in ("de", "en")}
    by_split: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_family: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_respelling: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    sentences: set[str] = set()
    timings: list[float] = []
    misses: list[str] = []
    for entry, state, expected in cases():
        sentences.add(entry.text)
        f = with_caller(facts_for[(state, entry.lang)], entry)
        best = None
        for _ in range(repeat):
            forget()  # not the reading of the same sentence in the previous state or run
            t0 = time.perf_counter()
            passed = decide(entry.text, f).passes
            elapsed = time.perf_counter() - t0
            best = elapsed if best is None else min(best, elapsed)
        timings.append(best or 0.0)
        for bucket in (
            by_split[entry.split],
            by_split["all"],
            by_family[(entry.family, entry.lang)],
        ):
            if expected:
                bucket["true"] += 1
                bucket["blocked_true"] += not passed
            else:
                bucket["false"] += 1
                bucket["blocked_false"] += not passed
        if entry.adversarial and not expected:
            by_respelling[entry.adversarial]["false"] += 1
            by_respelling[entry.adversarial]["blocked_false"] += not passed
        if passed != expected:
            misses.append(f"{'false pass' if passed else 'false block'} [{state}] {entry.text!r}")
    return {
        "when": stamp(),
        "machine": machine(),
        "sentences": len(sentences),
        "pairs": len(timings),
        "dictionary_load_s": load_s,
        "decide_s": {
            "p50": percentile(timings, 50),
            "p95": percentile(timings, 95),
            "max": max(timings) if timings else None,
        },
        "splits": {k: dict(v) for k, v in by_split.items()},
        "families": {f"{fam}/{lang}": dict(v) for (fam, lang), v in sorted(by_family.items())},
        "respellings": {k: dict(v) for k, v in sorted(by_respelling.items())},
        "misses": misses,
        "first_measurements": yaml.safe_load(FIRST.read_text(encoding="utf-8")),
    }


def _split_table(report: dict) -> str:
    rows = []
    for split in (*SPLITS, "all"):
        c = report["splits"].get(split)
        if c:
            recall, fb = _rates(c)
            rows.append([split, c.get("false", 0), recall, c.get("true", 0), fb])
    return table(["split", "false claims", "recall", "true/neutral", "false blocks"], rows)


def _family_table(report: dict) -> str:
    rows = []
    for fam, c in report["families"].items():
        recall, fb = _rates(c)
        rows.append([fam, c.get("false", 0), recall, c.get("true", 0), fb])
    return table(["family/lang", "false claims", "recall", "true/neutral", "false blocks"], rows)


def _respelling_table(report: dict) -> str:
    rows = [[k, c["false"], _rates(c)[0]] for k, c in report["respellings"].items()]
    return table(["respelling", "false claims", "recall"], rows)


def _first_table(report: dict) -> str:
    """Each held-out split's first run beside today's figures: how far a new register got
    before its fixes is the honest estimate for sentences nobody has written yet."""
    rows = []
    for first in report["first_measurements"]:
        recall = 1 - first["false_passes"] / first["false_claim_pairs"]
        fb = first["false_blocks"] / first["must_pass_pairs"]
        today = report["splits"].get(first["split"])
        now_recall, now_fb = _rates(today) if today else ("–", "–")
        gate = "open" if first["split"] in OPEN_SPLITS else "gated"
        rows.append(
            [
                first["split"],
                first["commit"],
                first["sentence_count"],
                f"{recall:.2%}",
                f"{fb:.2%}",
                now_recall,
                now_fb,
                gate,
            ]
        )
    return (
        "Held-out splits at their first measurement (before any change they prompted) and today:\n"
        + (
            table(
                [
                    "split",
                    "first at",
                    "sentences",
                    "first recall",
                    "first false blocks",
                    "recall today",
                    "false blocks today",
                    "",
                ],
                rows,
            )
        )
    )


def _timing(report: dict) -> str:
    d = report["decide_s"]
    return (
        f"decide() per sentence, warm: p50 {_ms(d['p50'])}, p95 {_ms(d['p95'])}, "
        f"max {_ms(d['max'])} (best of repeats per decision); "
        f"lemma dictionaries load once: {report['dictionary_load_s']:.2f} s"
    )


def render(report: dict) -> str:
    lines = [
        f"Claims corpus: {report['sentences']} sentences × {len(STATES)} call states = "
        f"{report['pairs']} decisions — {report['when']}",
        f"Machine: {machine_line(report['machine'])}",
        "",
        _split_table(report),
        "",
        _family_table(report),
        "",
        _respelling_table(report),
        "",
        _first_table(report),
        "",
        _timing(report),
    ]
    if report["misses"]:
        lines += ["", f"{len(report['misses'])} wrong decisions:", *report["misses"][:40]]
    return "\n".join(lines)


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=1, help="runs per decision; the best is kept")
    return p.parse_args()


if __name__ == "__main__":
    args = parse_args()
    report = measure(max(1, args.repeat))
    text = render(report)
    print(text)
    write_json(NAME, report)
    update_results_md(
        NAME,
        f"### Claims\n\n`.venv/bin/python bench/claims.py` — {report['when']}, "
        f"{machine_line(report['machine'])}\n\n```\n{_split_table(report)}\n\n"
        f"{_first_table(report)}\n\n{_timing(report)}\n```",
    )
