"""Proof that a change to tools/when (or the name matching) changes no result: every case of every
understanding corpus file, open rounds included: a day/time case's whole `DateCheck` (status,
day, times, message, options, spoken, ...), a name case's answer as the corpus test reads it
(`answer_name`); written once before the change and checked after it; and the CPU each kind took
(`process_time`).

    .venv/bin/python bench/when_results_proof.py --out /tmp/when_before.txt
    .venv/bin/python bench/when_results_proof.py --check /tmp/when_before.txt
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.corpus.runner import (
    answer_name,
    check_case,
    load_names,
    load_salon,
    load_when,
    reference_catalog,
)


def results(kinds: set[str]) -> tuple[list[str], float]:
    salon = load_salon()
    lines = []
    started = time.process_time()
    for i, case in enumerate(load_when() if "when" in kinds else []):
        check = check_case(salon, case)
        digest = hashlib.sha256(repr(check).encode()).hexdigest()[:20]
        lines.append(f"{i}\t{case.source}\t{case.said!r}\t{case.now.isoformat()}\t{digest}")
    when_cpu = time.process_time() - started
    catalog = reference_catalog(salon)
    started = time.process_time()
    for i, case in enumerate(load_names() if "names" in kinds else []):
        got = answer_name(case, catalog, salon)
        lines.append(f"name {i}\t{case.source}\t{case.said!r}\t{case.service!r}\t{got!r}")
    print(f"days and times {when_cpu:.1f} s, names {time.process_time() - started:.1f} s of CPU")
    return lines, time.process_time() - started + when_cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path)
    group.add_argument("--check", type=Path)
    parser.add_argument("--kinds", default="when,names", help="when, names or both")
    args = parser.parse_args()
    lines, cpu = results(set(args.kinds.split(",")))
    print(f"{len(lines)} cases, {cpu:.1f} s of CPU")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
        return
    before = args.check.read_text().splitlines()
    changed = [(a, b) for a, b in zip(before, lines, strict=False) if a != b]
    print(
        f"{len(changed)} of {len(before)} cases changed"
        + ("" if before.__len__() == len(lines) else f" (count {len(before)} -> {len(lines)})")
    )
    for a, b in changed[:20]:
        print(f"- {a}\n+ {b}")
    sys.exit(1 if changed or len(before) != len(lines) else 0)


if __name__ == "__main__":
    main()
