"""bench/claims_decisions.py --part K/N: the corpus's decisions recorded and checked in strided
parts (run side by side on a loaded machine), each part checked against its own recording or
against a recording of the whole corpus."""

from __future__ import annotations

import argparse

import pytest

from bench.claims_decisions import compared, part


def row(text: str, state: str = "booked", passes: bool = True) -> dict:
    return {"text": text, "lang": "de", "state": state, "passes": passes, "claims": []}


def test_a_part_is_k_of_n():
    assert part("0/1") == (0, 1)
    assert part("3/4") == (3, 4)


@pytest.mark.parametrize("spec", ["4/4", "1", "a/4", "1/0", "-1/4", "1/4/2"])
def test_a_part_outside_its_parts_is_refused(spec):
    with pytest.raises(argparse.ArgumentTypeError):
        part(spec)


def test_a_part_checked_against_the_whole_recording_misses_nothing():
    whole = [row("Gebucht.", s) for s in ("booked", "cancelled", "none")]
    differ, missing = compared(whole[1:2], whole, whole=False)
    assert (differ, missing) == ([], 0)


def test_the_whole_corpus_checked_counts_recorded_decisions_no_longer_made():
    recorded = [row("Gebucht."), row("Storniert.")]
    differ, missing = compared(recorded[:1], recorded, whole=True)
    assert (differ, missing) == ([], 1)


def test_a_changed_decision_differs_with_its_recorded_row():
    before = row("Gebucht.", passes=True)
    now = row("Gebucht.", passes=False)
    assert compared([now], [before], whole=False) == ([(now, before)], 0)


def test_a_decision_the_recording_lacks_differs():
    now = row("Neu im Korpus.")
    assert compared([now], [row("Gebucht.")], whole=False) == ([(now, None)], 0)
