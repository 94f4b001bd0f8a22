"""Runs the labelled corpus (when.yaml, names.yaml) and judges every answer: correct, a question
where the phrase was clear (asked), or a confident wrong answer. Used by the corpus test and by
`bench/understanding.py`, so both count the same way."""

from __future__ import annotations

import time as clock
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Literal

import yaml

from calendar_adapter.backend import Catalog, Offering, Service, Stylist
from calendar_adapter.salon import SalonFile, load_salon
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request
from tools.when import DateCheck

CORPUS = Path(__file__).parent
Verdict = Literal["correct", "asked", "wrong"]
QUESTIONS = {"ambiguous_date", "ambiguous_time", "invalid_date", "invalid_time", "weekday_mismatch"}
WINDOW_SLACK = timedelta(minutes=60)
# libyaml's parser where PyYAML has it: the same data as yaml.safe_load (every YAML file of the
# repository parses identically with both), several times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Blind rounds whose misses are not all fixed yet (file stems): measured by bench/understanding.py,
# not yet gated by tests/test_understanding_corpus.py. Remove a round once its families are fixed.
OPEN_ROUNDS: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    family: str
    said: str  # what is shown in reports
    expect: str
    now: datetime | None = None
    date: str | None = None
    time: str | None = None
    weekday: str | None = None
    minutes: int = 30
    kind: str = "when"  # when | stylist | service
    service: str = ""
    source: str = ""  # the corpus file's stem: "when", "when_blind_days", ...
    language: str = "de"  # the call's language ("en": an English call), as the tools are told

    @property
    def clear(self) -> bool:
        """A phrase with one right answer (not a question back)."""
        return all(not alt.strip().startswith(("ask", "mismatch")) for alt in self._alternatives)

    @property
    def _alternatives(self) -> list[str]:
        return self.expect.split("||")


@dataclass(frozen=True)
class Result:
    case: Case
    got: str
    verdict: Verdict
    seconds: float


def corpus_files(kind: Literal["when", "names"]) -> list[Path]:
    """Every corpus file of a kind: the hand corpus (when.yaml, names.yaml) and the blind rounds
    (when_blind_*.yaml, names_blind_*.yaml), written before reading the resolver."""
    return sorted(CORPUS.glob(f"{kind}.yaml")) + sorted(CORPUS.glob(f"{kind}_*.yaml"))


def gated(cases: list[Case]) -> list[Case]:
    """The cases the corpus test holds to its targets: every file but the open blind rounds."""
    return [c for c in cases if c.source not in OPEN_ROUNDS]


def load_when(path: Path | None = None) -> list[Case]:
    """The day/time cases of one file, or of every when*.yaml file."""
    if path is None:
        return [c for p in corpus_files("when") for c in load_when(p)]
    cases = []
    for group in yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)["groups"]:
        now = datetime.fromisoformat(group["now"])
        fixed = group.get("with", {})
        minutes = group.get("minutes", 30)
        items = group["items"]
        rows: Iterable[dict] = (
            items
            if isinstance(items, list)
            else ({group.get("field", "date"): str(k), "expect": v} for k, v in items.items())
        )
        for row in rows:
            fields = {**fixed, **{k: str(v) for k, v in row.items() if k != "expect"}}
            said = " / ".join(f"{k}={v}" for k, v in fields.items())
            cases.append(
                Case(
                    group["family"],
                    said,
                    str(row["expect"]),
                    now=now,
                    minutes=minutes,
                    source=path.stem,
                    **fields,
                )
            )
    return cases


def load_names(path: Path | None = None) -> list[Case]:
    """The name/service cases of one file, or of every names*.yaml file."""
    if path is None:
        return [c for p in corpus_files("names") for c in load_names(p)]
    cases = []
    for group in yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)["groups"]:
        for said, expect in group["items"].items():
            cases.append(
                Case(
                    group["family"],
                    str(said),
                    str(expect),
                    kind=group["kind"],
                    service=group.get("service", ""),
                    source=path.stem,
                )
            )
    return cases


def reference_catalog(salon: SalonFile) -> Catalog:
    """The catalog the sandbox builds from the salon file (ids as in the tool tests)."""
    stylists = tuple(
        Stylist(100 + i, s.username, s.name, s.email) for i, s in enumerate(salon.staff)
    )
    services = tuple(Service(s.slug, s.name, s.minutes, tuple(s.aliases)) for s in salon.services)
    minutes = {s.slug: s.minutes for s in salon.services}
    offerings = tuple(
        Offering(1000 + 10 * i + j, 100 + i, slug, minutes[slug])
        for i, s in enumerate(salon.staff)
        for j, slug in enumerate(s.services)
    )
    return Catalog(stylists, services, offerings)


# -- days and times ----------------------------------------------------------------------------


def describe(check: DateCheck) -> str:
    """A DateCheck in the corpus' expectation language."""
    s = check.status
    if s == "ok":
        if check.start_local is not None:
            return check.start_local.strftime("%Y-%m-%d %H:%M")
        if check.window is not None:
            lo, hi = check.window
            return f"{lo:%Y-%m-%d %H:%M}-{hi:%H:%M}"
        return f"{'earliest ' if check.earliest else ''}{check.day}"
    if s == "past_date":
        return "past"
    if s == "closed":
        return f"closed {check.day} {check.holiday or ''}".strip()
    if s == "outside_hours":
        return f"outside {check.day}"
    if s == "ambiguous_date":
        return "ask: " + " | ".join(o["date"] for o in check.options)
    if s == "ambiguous_time":
        return "asktime: " + " | ".join(o["time"] for o in check.options)
    if s == "weekday_mismatch":
        return "mismatch"
    return f"ask ({s}: {check.message})"


def _window_matches(check: DateCheck, want: str, salon: SalonFile) -> bool:
    day_text, span = want.split(" ")
    lo_text, hi_text = span.split("-")
    day = date.fromisoformat(day_text)
    if check.window is None or check.day != day:
        return False
    hours = salon.hours_on(day)
    assert hours is not None, want
    tz = salon.tz
    lo = datetime.combine(day, time.fromisoformat(lo_text), tzinfo=tz)
    hi = datetime.combine(day, time.fromisoformat(hi_text), tzinfo=tz)
    lo = max(lo, datetime.combine(day, hours[0], tzinfo=tz))
    hi = min(hi, datetime.combine(day, hours[1], tzinfo=tz))
    got_lo, got_hi = check.window
    return abs(got_lo - lo) <= WINDOW_SLACK and abs(got_hi - hi) <= WINDOW_SLACK


def _matches_when(check: DateCheck, want: str, salon: SalonFile) -> bool:
    want = want.strip()
    s = check.status
    if want == "ask" or want.startswith("ask:"):
        if s not in QUESTIONS:
            return False
        if want == "ask":
            return True
        offered = {o.get("date") for o in check.options}
        return all(d.strip() in offered for d in want.removeprefix("ask:").split("|"))
    if want.startswith("asktime:"):
        offered = {o.get("time") for o in check.options}
        wanted = {t.strip() for t in want.removeprefix("asktime:").split("|")}
        return s == "ambiguous_time" and wanted <= offered
    if want == "mismatch":
        return s == "weekday_mismatch"
    if want == "past":
        return s == "past_date"
    if want.startswith("closed"):
        parts = want.split(" ", 2)
        if s != "closed":
            return False
        if len(parts) > 1 and str(check.day) != parts[1]:
            return False
        return len(parts) < 3 or check.holiday == parts[2]
    if want.startswith("outside"):
        return s == "outside_hours" and str(check.day) == want.split(" ")[1]
    if want.startswith("earliest"):
        return s == "ok" and check.earliest and str(check.day) == want.split(" ")[1]
    if s != "ok":
        return False
    if "-" in want.split(" ")[-1] and " " in want:
        return _window_matches(check, want, salon)
    if " " in want:
        return check.start_local is not None and describe(check) == want
    return check.start_local is None and check.window is None and str(check.day) == want


def judge_when(case: Case, check: DateCheck, salon: SalonFile) -> Verdict:
    if any(_matches_when(check, alt, salon) for alt in case._alternatives):
        return "correct"
    if check.status in QUESTIONS:
        return "asked" if case.clear else "correct"
    return "wrong"


def check_case(salon: SalonFile, case: Case) -> DateCheck:
    """The availability check's reading of a day/time case, as the booking tool calls it."""
    assert case.now is not None
    return check_request(
        salon, case.now, case.date or "", case.time, case.weekday, case.minutes, case.language
    )


def run_when(cases: list[Case], salon: SalonFile | None = None) -> list[Result]:
    salon = salon or load_salon()
    results = []
    for case in cases:
        started = clock.perf_counter()
        check = check_case(salon, case)
        seconds = clock.perf_counter() - started
        results.append(Result(case, describe(check), judge_when(case, check, salon), seconds))
    return results


# -- names -------------------------------------------------------------------------------------


def answer_name(case: Case, catalog: Catalog, salon: SalonFile) -> str:
    if case.kind == "service":
        m = resolve_service(catalog, case.said, salon)
        if m.status == "ok":
            return f"ok {m.service.slug}"
        if m.status == "ambiguous_service":  # asked with the services the words fit
            return "ask: " + " | ".join(s.slug for s in m.candidates) if m.candidates else "ask"
        return f"not_offered {m.not_offered}" if m.not_offered else "unknown"
    if is_no_preference(case.said, catalog, case.service, salon):  # as tools/asked.py asks it
        return "any"
    m = resolve_stylist(catalog, case.said, case.service, salon)
    if m.status == "ok":
        return f"ok {m.stylist.name}"
    if m.status == "among":  # any one of a set ("eine der Damen")
        return "among " + ", ".join(s.name for s in m.candidates)
    if m.status == "stylist_does_not_offer":
        return f"does_not_offer {m.stylist.name}"
    return "ask" if m.status == "ambiguous_stylist" else "unknown"


def _listed(answer: str, head: str, sep: str) -> set[str]:
    return {part.strip() for part in answer.removeprefix(head).split(sep) if part.strip()}


def _matches_name(case: Case, want: str, got: str) -> bool:
    if got == want or (want == "not_offered" and got.startswith("not_offered")):
        return True
    if want == "ask":  # any question back; an unclear service may be asked with the whole list
        return got.startswith("ask") or (got == "unknown" and case.kind == "service")
    if want.startswith("ask:"):  # asked with (at least) these services, never the whole list
        return got.startswith("ask:") and _listed(want, "ask:", "|") <= _listed(got, "ask:", "|")
    if want.startswith("among "):  # any one of exactly this set of stylists
        return got.startswith("among ") and _listed(want, "among ", ",") == _listed(
            got, "among ", ","
        )
    return False


def judge_name(case: Case, got: str) -> Verdict:
    if any(_matches_name(case, alt.strip(), got) for alt in case._alternatives):
        return "correct"
    if got.startswith("ask"):
        return "asked" if case.clear else "correct"
    return "wrong"


def run_names(
    cases: list[Case],
    salon: SalonFile | None = None,
    answer: Callable[[Case, Catalog, SalonFile], str] = answer_name,
) -> list[Result]:
    salon = salon or load_salon()
    catalog = reference_catalog(salon)
    results = []
    for case in cases:
        started = clock.perf_counter()
        got = answer(case, catalog, salon)
        seconds = clock.perf_counter() - started
        results.append(Result(case, got, judge_name(case, got), seconds))
    return results


def summary(results: list[Result]) -> dict[str, float]:
    clear = [r for r in results if r.case.clear]
    return {
        "items": len(results),
        "correct": sum(r.verdict == "correct" for r in results),
        "wrong": sum(r.verdict == "wrong" for r in results),
        "clear": len(clear),
        "clear_resolved": sum(r.verdict == "correct" for r in clear),
    }
