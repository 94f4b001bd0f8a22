"""How well callers' days, times and names are understood, on the labelled corpus
(tests/corpus/*.yaml), and how the libraries considered for it do on the same corpus.

Prints accuracy per family, the count of confident wrong answers, the share of clear phrases
resolved without a question and the time per phrase; per corpus part (the hand corpus and each
blind round, written before the resolver was read) today and at the blind rounds' first
measurement (tests/corpus/blind_first_measurements.yaml); then the comparisons: dateparser (a general
date parser) against `tools.when`, `tools.when` without text2num (number words left as words),
and simplemma as the word stemmer of the service matcher. Writes bench/results/understanding.json
and its section of bench/RESULTS.md.

    .venv/bin/pip install -e ".[dev,bench]"   # dateparser and simplemma, for the comparisons
    .venv/bin/python bench/understanding.py
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine, machine_line, stamp, table, update_results_md, write_json
from calendar_adapter.salon import load_salon
from tests.corpus.runner import (
    CORPUS,
    Case,
    Result,
    corpus_files,
    load_names,
    load_when,
    run_names,
    run_when,
    summary,
)

FIRST = CORPUS / "blind_first_measurements.yaml"


def _per_family(results: list[Result]) -> list[list[Any]]:
    families: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        families[r.case.family].append(r)
    rows = []
    for family, rs in families.items():
        correct = sum(r.verdict == "correct" for r in rs)
        rows.append(
            [
                family,
                len(rs),
                f"{100 * correct / len(rs):.1f} %",
                sum(r.verdict == "asked" for r in rs),
                sum(r.verdict == "wrong" for r in rs),
            ]
        )
    return rows


def _totals(results: list[Result]) -> dict[str, Any]:
    s = summary(results)
    times = sorted(r.seconds for r in results)
    return {
        **s,
        "clear_resolved_share": s["clear_resolved"] / s["clear"] if s["clear"] else None,
        "ms_mean": 1000 * sum(times) / len(times),
        "ms_p95": 1000 * times[int(0.95 * (len(times) - 1))],
    }


def _total_row(name: str, t: dict[str, Any]) -> list[Any]:
    return [
        name,
        t["items"],
        t["wrong"],
        f"{100 * t['clear_resolved_share']:.1f} % of {t['clear']}",
        f"{t['ms_mean']:.2f}",
        f"{t['ms_p95']:.2f}",
    ]


def _share(resolved: int, clear: int) -> str:
    return f"{100 * resolved / clear:.1f} % of {clear}" if clear else "-"


def _parts(when: list[Result], names: list[Result]) -> tuple[list[list[Any]], list[dict]]:
    """Today's figures per corpus part: the hand corpus, each blind round's files, then the
    probes written after a round's fixes (`*_probe_*.yaml`, in other words than the round)."""
    rounds = yaml.safe_load(FIRST.read_text(encoding="utf-8")) if FIRST.exists() else []
    probes = {
        p.stem for kind in ("when", "names") for p in corpus_files(kind) if "_probe_" in p.stem
    }
    parts = (
        [("hand", {"when", "names"})]
        + [(r["round"], {f.removesuffix(".yaml") for f in r["files"]}) for r in rounds]
        + ([("probes", probes)] if probes else [])
    )
    rows = []
    for name, stems in parts:
        row: list[Any] = [name]
        for results in (when, names):
            s = summary([r for r in results if r.case.source in stems])
            row += [s["items"], s["wrong"], _share(s["clear_resolved"], s["clear"])]
        rows.append(row)
    return rows, rounds


def _first_rows(rounds: list[dict]) -> list[list[Any]]:
    return [
        [
            r["round"],
            r["corpus_commit"],
            *(
                x
                for kind in ("when", "names")
                for x in (
                    r[kind]["items"],
                    r[kind]["wrong"],
                    _share(r[kind]["clear_resolved"], r[kind]["clear"]),
                )
            ),
        ]
        for r in rounds
    ]


# -- the libraries ------------------------------------------------------------------------------


def _dateparser(cases: list[Case]) -> dict[str, Any] | None:
    """dateparser on the same phrases: a date (and time) or nothing; it has no way to ask."""
    try:
        import dateparser
    except ImportError:
        return None
    salon = load_salon()
    correct = wrong = none = 0
    started = time.perf_counter()
    for case in cases:
        assert case.now is not None
        text = " ".join(x for x in (case.weekday, case.date, case.time) if x)
        settings = {
            "RELATIVE_BASE": case.now.astimezone(salon.tz).replace(tzinfo=None),
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        got = dateparser.parse(text, languages=["de", "en"], settings=settings)
        want = case.expect.split("||")[0].strip()
        exact = want[:4].isdigit() and ("-" not in want.split(" ")[-1] or " " not in want)
        if got is None:
            none += 1
        elif not exact:
            wrong += 1  # a question, a window, a closed day or the past: a date is not the answer
        elif (
            got.strftime("%Y-%m-%d %H:%M") == want
            if " " in want
            else got.date().isoformat() == want
        ):
            correct += 1
        else:
            wrong += 1
    seconds = time.perf_counter() - started
    return {
        "items": len(cases),
        "correct": correct,
        "wrong": wrong,
        "no_answer": none,
        "ms_mean": 1000 * seconds / len(cases),
    }


@contextmanager
def _patched(
    module: Any, name: str, value: Any, clear: Callable[[], None] = lambda: None
) -> Iterator:
    original = getattr(module, name)
    setattr(module, name, value)
    clear()
    try:
        yield
    finally:
        setattr(module, name, original)
        clear()


def _without_text2num(cases: list[Case]) -> dict[str, Any]:
    """tools.when with number words left as words: what text2num contributes."""
    import tools.when.normalize as normalize

    with _patched(normalize, "words_to_digits", lambda text: text):
        return summary(run_when(cases))


def _with_simplemma(cases: list[Case]) -> dict[str, Any] | None:
    """The service matcher with simplemma's lemmas instead of its own ending stripper."""
    try:
        import simplemma
    except ImportError:
        return None
    import tools.service_words as words

    def lemmas(word: str) -> list[str]:
        return [words.fold(simplemma.lemmatize(word, lang=("de", "en"))).replace(" ", "")]

    def clear() -> None:
        words._index.cache_clear()
        words.concepts.cache_clear()

    services = [c for c in cases if c.kind == "service"]
    with _patched(words, "_stems", lemmas, clear):
        return summary(run_names(services))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)

    when_cases, name_cases = load_when(), load_names()
    run_when(when_cases[:20])  # warm up: holiday tables, regexes, caches
    when, names = run_when(when_cases), run_names(name_cases)
    totals = {"days and times": _totals(when), "names and services": _totals(names)}

    out = [f"Understanding callers ({stamp()}; {machine_line(machine())})", ""]
    headers = ["family", "items", "correct", "asked (clear phrase)", "confident wrong"]
    out += ["Days and times", table(headers, _per_family(when)), ""]
    out += ["Names and services", table(headers, _per_family(names)), ""]
    out += [
        table(
            ["corpus", "items", "confident wrong", "clear phrases resolved", "ms/phrase", "p95 ms"],
            [_total_row(k, v) for k, v in totals.items()],
        ),
        "",
    ]

    part_rows, rounds = _parts(when, names)
    part_headers = ["part", "day/time", "wrong", "resolved", "names", "wrong", "resolved"]
    out += ["Per corpus part, today", table(part_headers, part_rows), ""]
    if rounds:
        out += [
            "Blind rounds at their first measurement, before any change they prompted",
            table(["round", "corpus", *part_headers[1:]], _first_rows(rounds)),
        ]
        for r in rounds:
            wrongs = r["when"]["wrong_answers"] + r["names"]["wrong_answers"]
            out += [f"  {r['round']} confident wrong answers at first run: {len(wrongs)}"]
            out += [f"    - {w}" for w in wrongs]
        out += [""]

    rows = []
    dp = _dateparser(when_cases)
    ours = totals["days and times"]
    rows.append(
        [
            "tools.when (chosen)",
            ours["correct"],
            ours["wrong"],
            ours["items"] - ours["correct"] - ours["wrong"],
            f"{ours['ms_mean']:.2f}",
        ]
    )
    if dp:
        rows.append(
            [
                "dateparser 'de','en'",
                dp["correct"],
                dp["wrong"],
                dp["no_answer"],
                f"{dp['ms_mean']:.2f}",
            ]
        )
    plain = _without_text2num(when_cases)
    rows.append(["tools.when without text2num", plain["correct"], plain["wrong"], "-", "-"])
    out += [
        f"Libraries on the {len(when_cases)} day/time phrases",
        table(["parser", "correct", "confident wrong", "asked / no answer", "ms/phrase"], rows),
        "",
    ]
    service_cases = [c for c in name_cases if c.kind == "service"]
    own = summary(run_names(service_cases))
    lemma = _with_simplemma(name_cases)
    rows = [["own ending stripper (chosen)", own["correct"], own["wrong"]]]
    if lemma:
        rows.append(["simplemma lemmas", lemma["correct"], lemma["wrong"]])
    out += [
        f"Service words on the {len(service_cases)} service phrases",
        table(["stemmer", "correct", "confident wrong"], rows),
    ]
    if not dp or not lemma:
        out += ["", "(dateparser/simplemma not installed: pip install -e '.[bench]')"]
    text = "\n".join(out)
    print(text)
    if not args.no_write:
        write_json(
            "understanding",
            {
                "machine": machine(),
                "totals": totals,
                "parts": part_rows,
                "blind_first": rounds,
                "dateparser": dp,
                "without_text2num": plain,
                "services_own": own,
                "services_simplemma": lemma,
            },
        )
        update_results_md("understanding", "## Understanding callers\n\n```\n" + text + "\n```")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
