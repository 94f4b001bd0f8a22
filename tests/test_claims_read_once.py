"""A sentence is read once for every state of a call: what it claims does not depend on the
ledger, only which of those claims the ledger backs. Two slots offered in one sentence stay two
claims with their own details, also when the sentence is read in other words (respelled)."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.read_once import frozen_kept
from tests.corpus.claims_corpus import STATES, facts

TWO_OFFERS = "Ich hätte Donnerstag um 15 Uhr oder Samstag um 11 Uhr frei."
RESPELLED = (
    "Ich hätte Donners\u200btag um 15 Uhr oder Samstag um 11 Uhr frei.",  # zero-width space
    "Ich hätte Donnerstag um 15 Uhr oder Samst\u00adag um 11 Uhr frei.",  # soft hyphen
    "Ich hätte Donnerstag um 15 Uhr oder Samstag um 11 Uhr fr\u0435i.",  # Cyrillic е
)


@pytest.mark.parametrize("sentence", (TWO_OFFERS, *RESPELLED))
def test_what_a_sentence_claims_is_the_same_in_every_state(sentence):
    readings = {st: decide(sentence, facts(st, "de")).claims for st in STATES}
    first = next(iter(readings.values()))
    assert all(claims == first for claims in readings.values())
    assert all(
        [c.details for c in claims] == [c.details for c in first] for claims in readings.values()
    )


@pytest.mark.parametrize("sentence", RESPELLED)
def test_two_offers_respelled_are_two_claims_each_with_its_own_slot(sentence):
    plain = decide(TWO_OFFERS, facts("two", "de"))
    read = decide(sentence, facts("two", "de"))
    assert len(read.claims) == len(plain.claims) >= 2
    assert len({repr(c.details) for c in read.claims}) == len(read.claims)


@pytest.mark.parametrize("sentence", (TWO_OFFERS, *RESPELLED))
def test_two_offers_pass_only_where_both_slots_were_offered(sentence):
    verdicts = {st: decide(sentence, facts(st, "de")).passes for st in STATES}
    assert {st for st, passes in verdicts.items() if passes} == {"offered"}


def test_equal_facts_built_anew_are_compared_as_one_value():
    # each call state (each turn of a call) builds the salon's names anew: equal tuples of
    # different objects stand for one kept value, so a kept reading's facts compare by identity
    names = tuple(f"Stylist {k}" for k in range(3))
    again = tuple(list(names))
    assert again is not names
    assert frozen_kept(again) is frozen_kept(names)
    assert frozen_kept((*names, "Lena")) != frozen_kept(names)
    assert frozen_kept((1,)) != frozen_kept((True,))  # equal in Python, not as data
