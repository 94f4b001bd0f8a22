"""Triggers (`agent.claims.triggers`): a step is skipped only on a sentence its guard patterns
cannot match, and then answers what its own code answers there; a step without a trigger always
runs; what a decision keeps for its restatements never reaches another call."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import agent.claims as claims
from agent.claims import decide
from agent.claims.memo import forget
from agent.claims.model import Claim, ClaimKind
from agent.claims.triggers import CLAIMS, Trigger, acts_on, apostrophes_straight, as_written
from tests.corpus.claims_corpus import cases, facts

_GUARD = re.compile(r"\bumgebucht\b|\bmoved\s+to\b")
_BOOKED = Claim(ClaimKind.BOOKED, 0, 5)


def _counting(**declared):
    calls: list[str] = []

    @acts_on(_GUARD, **declared)
    def step(sentence: str, claims: tuple[Claim, ...] = ()) -> tuple[Claim, ...]:
        calls.append(sentence)
        return (*claims, _BOOKED) if _GUARD.search(sentence.lower()) else claims

    return step, calls


def test_a_step_runs_where_its_words_are_and_is_skipped_where_none_is():
    step, calls = _counting(unchanged=CLAIMS)
    assert step("Ich habe Sie auf Freitag umgebucht.", ()) == (_BOOKED,)
    assert step("I've moved it to Friday.", ()) == ()  # runs: "moved" is there, no match
    assert step("Wir sehen uns am Freitag.", (_BOOKED,)) == (_BOOKED,)  # skipped
    assert calls == ["Ich habe Sie auf Freitag umgebucht.", "I've moved it to Friday."]


def test_a_skipped_filter_returns_the_claims_it_was_given_positional_or_named():
    step, calls = _counting(unchanged=CLAIMS)
    given = (_BOOKED, Claim(ClaimKind.CANCELLED, 6, 9))
    assert step("Bis Freitag!", given) is given
    assert step("Bis Freitag!", claims=given) is given
    assert calls == []


def test_a_skipped_producer_returns_its_constant():
    step, _ = _counting()
    assert step("Bis Freitag!") == ()
    rewording, calls = _counting(unchanged=None)
    assert rewording("Bis Freitag!") is None
    assert calls == []


def test_a_step_without_a_trigger_and_a_pattern_needing_no_word_always_run():
    calls: list[str] = []

    @acts_on(re.compile(r"\w+\s*\d"), text=as_written)
    def step(sentence: str) -> tuple[Claim, ...]:
        calls.append(sentence)
        return ()

    step("Nichts davon.")
    assert calls == ["Nichts davon."]


def test_case_insensitive_patterns_are_sought_in_lower_case_and_never_miss_a_special_fold():
    trigger = Trigger((re.compile(r"\bstorniert\b", re.IGNORECASE),), as_written)
    assert trigger.may_act("STORNIERT ist er.")
    assert not trigger.may_act("Er ist gebucht.")
    for odd in ("Er iſt ſtorniert.", "İch habe storniert.", "ΣΤΟΡΝΙΕΡΤ storniert"):
        assert trigger.may_act(odd)  # ſ matches s case-insensitively; İ lowers to two letters


def test_apostrophes_are_straightened_before_the_words_are_sought():
    trigger = Trigger((re.compile(r"\byou're\s+in\b", re.IGNORECASE),), apostrophes_straight)
    assert trigger.may_act("You’re in for Friday.")


def _decorated() -> list:
    found = {}
    for info in pkgutil.iter_modules(claims.__path__):
        module = importlib.import_module(f"agent.claims.{info.name}")
        for value in vars(module).values():
            if callable(value) and isinstance(getattr(value, "trigger", None), Trigger):
                found[id(value)] = value
    return list(found.values())


def test_every_declared_trigger_needs_words():
    steps = _decorated()
    assert steps
    assert [s.__name__ for s in steps if s.trigger.always] == []  # else the declaration is idle


def test_no_step_is_skipped_on_a_corpus_text_one_of_its_patterns_matches():
    texts = {e.text for k, (e, _, _) in enumerate(cases()) if k % 41 == 0}
    missed = []
    for step in _decorated():
        declared = step.trigger
        for text in texts:
            if not declared.may_act(text):
                form = declared.text(text)
                missed += [(step.__name__, text) for p in declared.patterns if p.search(form)]
    assert missed == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_one_sentence_for_two_ledgers_gets_each_ledgers_decision_with_restatements_kept(language):
    sentence = {
        "de": "Hiermit bestätigen wir Ihren Termin am Freitag um 10 Uhr.",
        "en": "We hereby confirm your appointment on Friday at 10 a.m.",
    }[language]
    booked, nothing = facts("booked", language), facts("nothing", language)
    forget()
    alone = [decide(sentence, booked).passes]
    forget()
    alone.append(decide(sentence, nothing).passes)
    assert alone == [True, False]
    forget()
    together = [decide(sentence, f).passes for f in (booked, nothing, nothing, booked, nothing)]
    assert together == [True, False, False, True, False]
