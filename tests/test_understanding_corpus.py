"""The labelled corpus of how callers name days, times, stylists and services
(tests/corpus/*.yaml, written by hand, not from the parser's output): never a confident wrong
answer, and at least 98 % of the clear phrases resolved without a question. A blind round whose
misses are not fixed yet (runner.OPEN_ROUNDS, empty when all are fixed) is measured by
bench/understanding.py, not held here."""

from __future__ import annotations

import pytest

from tests.corpus.runner import (
    Result,
    gated,
    load_names,
    load_when,
    run_names,
    run_when,
    summary,
)

TARGET_RESOLVED = 0.98

# ~18,000 days and times, ~6,700 names: minutes on a loaded machine (scheduled first; the days
# and times' fixture ran past the default 120 s timeout there). The names' tests are an xdist
# unit apart (tests/conftest.py APART), so the two corpora are read on two workers at once.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def when_results() -> list[Result]:
    return run_when(gated(load_when()))


@pytest.fixture(scope="module")
def name_results() -> list[Result]:
    return run_names(gated(load_names()))


def _report(results: list[Result], verdict: str) -> str:
    return "\n".join(
        f"{r.case.family}: {r.case.said!r} (now {r.case.now}) wanted {r.case.expect!r}, got {r.got!r}"
        for r in results
        if r.verdict == verdict
    )


def test_the_names_corpus_is_big_enough(name_results):
    assert len(name_results) >= 300


def test_the_corpus_is_big_enough_and_covers_its_families(when_results):
    assert len(when_results) >= 600
    families = {r.case.family for r in when_results}
    assert {"named_days_december", "dst_start_day", "dst_end_day", "year_end"} <= families
    nows = {r.case.now for r in when_results}
    assert len(nows) >= 12


def test_no_day_or_time_is_answered_confidently_wrong(when_results):
    assert summary(when_results)["wrong"] == 0, _report(when_results, "wrong")


def test_clear_days_and_times_are_resolved_without_a_question(when_results):
    s = summary(when_results)
    assert s["clear_resolved"] / s["clear"] >= TARGET_RESOLVED, _report(when_results, "asked")


def test_no_name_or_service_is_answered_confidently_wrong(name_results):
    assert summary(name_results)["wrong"] == 0, _report(name_results, "wrong")


def test_clear_names_and_services_are_resolved_without_a_question(name_results):
    s = summary(name_results)
    assert s["clear_resolved"] / s["clear"] >= TARGET_RESOLVED, _report(name_results, "asked")


def test_open_phrases_are_asked_back_with_the_candidates(when_results):
    """Every phrase labelled as a question got one, with the days or times to offer."""
    open_ones = [r for r in when_results if not r.case.clear]
    assert len(open_ones) >= 80
    assert all(r.verdict == "correct" for r in open_ones), _report(open_ones, "wrong")
