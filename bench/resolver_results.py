"""Every phrase of the whole corpus resolved, the full result's repr one a line: to prove a speed
change result-identical, dump with the tree before and after (`--tree`) and compare the files.

    .venv/bin/python bench/resolver_results.py --tree /path/to/before before.txt
    .venv/bin/python bench/resolver_results.py after.txt [--reverse]
    cmp before.txt after.txt

Day/time phrases give `check_request`'s DateCheck (each with its own "now"), names and services
`resolve_service`'s match or `is_no_preference` and `resolve_stylist`'s. `--reverse` resolves in
the opposite order (a cache that kept state between phrases would show).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--reverse", action="store_true")
    args = parser.parse_args(argv)
    tree = args.tree.resolve()
    sys.path.insert(0, str(tree))

    import tools
    from tests.corpus import runner
    from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist

    if Path(tools.__file__).resolve().parent.parent != tree:
        raise SystemExit(f"tools imported from {tools.__file__}, not {tree}")
    salon = runner.load_salon()
    catalog = runner.reference_catalog(salon)
    when, names = runner.load_when(), runner.load_names()
    step = -1 if args.reverse else 1
    got_when: dict[int, str] = {}
    for i in list(range(len(when)))[::step]:
        c = when[i]
        check = runner.check_request(
            salon, c.now, c.date or "", c.time, c.weekday, c.minutes, c.language
        )
        got_when[i] = repr(check)
    got_names: dict[int, str] = {}
    for i in list(range(len(names)))[::step]:
        c = names[i]
        if c.kind == "service":
            got_names[i] = repr(("service", resolve_service(catalog, c.said, salon)))
        else:
            open_ = is_no_preference(c.said, catalog, c.service, salon)
            match = resolve_stylist(catalog, c.said, c.service, salon)
            got_names[i] = repr(("stylist", open_, match))
    with args.out.open("w", encoding="utf-8") as f:
        for i, c in enumerate(when):
            f.write(f"W|{c.source}|{c.family}|{c.said}|{c.now}|{c.minutes}|{c.language}\t")
            f.write(got_when[i] + "\n")
        for i, c in enumerate(names):
            f.write(f"N|{c.source}|{c.family}|{c.kind}|{c.service}|{c.said}\t{got_names[i]}\n")
    print(f"{len(when)} day/time and {len(names)} name phrases -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
