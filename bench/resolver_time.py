"""CPU time of the day/time and name resolvers over a set of corpus files, in one fresh process:
the first phrase (the per-process warm-up: holiday tables, regexes, caches), then every phrase.

Built to compare two trees of the repository on the same phrases (ABBA on one boot): run it with
`--tree` pointing at the tree whose `tools` should answer and `--corpus` at the corpus files to
time; it prints one JSON line (CPU seconds, process_time, so other processes' load counts less).

    nice -n 10 .venv/bin/python bench/resolver_time.py --tree /path/to/old --corpus /path/to/old/tests/corpus
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--corpus", type=Path, help="a tests/corpus folder (default: the tree's)")
    parser.add_argument("--skip-names", action="store_true")
    args = parser.parse_args(argv)
    tree = args.tree.resolve()
    sys.path.insert(0, str(tree))

    started = time.process_time()
    import tools
    from tests.corpus import runner

    if Path(tools.__file__).resolve().parent.parent != tree:
        raise SystemExit(f"tools imported from {tools.__file__}, not {tree}")
    corpus = (args.corpus or tree / "tests" / "corpus").resolve()
    salon = runner.load_salon()
    imported = time.process_time() - started

    when = [c for p in _files(corpus, "when") for c in runner.load_when(p)]
    names = [c for p in _files(corpus, "names") for c in runner.load_names(p)]
    started = time.process_time()
    runner.check_request(salon, when[0].now, when[0].date or "", when[0].time, when[0].weekday)
    first = time.process_time() - started

    per_family: dict[str, float] = defaultdict(float)
    for case in when:
        started = time.process_time()
        runner.check_request(
            salon, case.now, case.date or "", case.time, case.weekday, case.minutes
        )
        per_family[case.family] += time.process_time() - started
    when_s = sum(per_family.values())

    names_s = None
    if not args.skip_names:
        catalog = runner.reference_catalog(salon)
        started = time.process_time()
        for case in names:
            runner.answer_name(case, catalog, salon)
        names_s = time.process_time() - started

    digest = hashlib.sha1(
        "\n".join(f"{c.now}|{c.date}|{c.time}|{c.weekday}|{c.minutes}" for c in when).encode()
    ).hexdigest()[:12]
    print(
        json.dumps(
            {
                "tree": str(tree),
                "tools": tools.__file__,
                "corpus": str(corpus),
                "phrases": digest,
                "when_items": len(when),
                "names_items": len(names),
                "import_s": round(imported, 3),
                "first_phrase_s": round(first, 3),
                "when_s": round(when_s, 3),
                "when_ms": round(1000 * when_s / len(when), 4),
                "names_s": None if names_s is None else round(names_s, 3),
                "names_ms": None if names_s is None else round(1000 * names_s / len(names), 4),
                "families": {k: round(v, 4) for k, v in per_family.items()},
            }
        )
    )
    return 0


def _files(corpus: Path, kind: str) -> list[Path]:
    return sorted(corpus.glob(f"{kind}.yaml")) + sorted(corpus.glob(f"{kind}_*.yaml"))


if __name__ == "__main__":
    raise SystemExit(main())
