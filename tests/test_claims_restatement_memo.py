"""A restatement read in full (`amended.whole`) is kept for the rest of the decision by its
text and the very facts it was read with: one sentence decided for two ledgers, in any order,
gets each ledger's own decision, and nothing kept for one call's facts answers another's."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest

import agent.claims.amended  # noqa: F401 - the module, for what it keeps
from agent.claims import decide
from agent.claims.memo import forget
from agent.claims.read_once import facts_behind
from tests.corpus.claims_corpus import facts

_KEPT = sys.modules["agent.claims.amended"]._WHOLE
_CONFIRMED = {
    "de": "Der Termin am Freitag um 10 Uhr steht in der App.",  # read whole as "… gebucht"
    "en": "I think you're booked for Friday at ten.",  # read whole without the hedge
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_one_sentence_for_two_ledgers_gets_each_ledgers_own_decision(language):
    sentence = _CONFIRMED[language]
    booked, nothing = facts("booked", language), facts("nothing", language)
    forget()
    first = [decide(sentence, booked)]
    forget()
    first.append(decide(sentence, nothing))
    assert [d.passes for d in first] == [True, False]
    forget()
    together = [decide(sentence, f) for f in (booked, nothing, nothing, booked, nothing)]
    assert together == [first[0], first[1], first[1], first[0], first[1]]


def test_the_restatement_is_kept_for_the_facts_it_was_read_with_only():
    sentence = _CONFIRMED["de"]
    booked = facts("booked", "de")
    forget()
    decide(sentence, booked)
    # the facts it was read with, behind the view the reading saw them through (read_once.py)
    assert _KEPT and all(facts_behind(kept[0]) is booked for kept in _KEPT.values())
    emptied = replace(booked, appointments=())  # another call: equal names, no booking
    assert not decide(sentence, emptied).passes
    assert decide(sentence, booked).passes
    forget()
    assert not _KEPT
