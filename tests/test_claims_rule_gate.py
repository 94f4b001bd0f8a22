"""The clause readers' rule gates (`agent.claims.rule_gate`): a rule method is skipped only in a
clause where it would have found nothing. That no gate hides a match in any sentence of the
labelled corpus is checked in the corpus's own pass (tests/test_claims_corpus.py), which reads
every sentence anyway."""

from __future__ import annotations

import pytest

from agent.claims import reader_de, reader_en
from agent.claims.rule_gate import GateHidMatch, RuleTable, checking, gate_of, needs, run_rules


class _Clause:
    """A clause context with three rules: one gated on "drin", one always run, one gated
    generator."""

    RULES = ("_inside", "_always", "_several")

    def __init__(self, words: list[str], found: bool = True) -> None:
        self.words = words
        self.found = found

    @needs({"drin"})
    def _inside(self) -> str | None:
        return "inside" if self.found else None

    def _always(self) -> str:
        return "always"

    @needs({"buchen"}, {"gebucht"})
    def _several(self):
        if self.found:
            yield "one"
            yield "two"

    def run(self) -> list:
        return list(run_rules(_TABLE, self, set(self.words)))


_TABLE = RuleTable.of(_Clause, _Clause.RULES)


def test_a_gated_rule_runs_where_its_word_is() -> None:
    assert _Clause(["ist", "drin"]).run() == ["inside", "always"]
    assert _Clause(["gebucht"]).run() == ["always", "one", "two"]


def test_a_gated_rule_is_skipped_where_none_of_its_words_is() -> None:
    assert _Clause(["ist", "frei"]).run() == ["always"]


def test_a_rule_without_a_gate_always_runs() -> None:
    assert gate_of(_Clause._always) is None
    assert _Clause([]).run() == ["always"]


def test_a_gate_unites_its_word_groups() -> None:
    assert gate_of(_Clause._several) == {"buchen", "gebucht"}


def test_a_gate_without_words_is_refused() -> None:
    with pytest.raises(ValueError):
        needs(set())


def test_checking_runs_skipped_rules_and_accepts_when_they_find_nothing() -> None:
    with checking():
        assert _Clause(["ist", "frei"], found=False).run() == ["always"]


def test_checking_reports_a_gate_that_hides_a_match() -> None:
    """A gate written too narrow (the rule finds something without its word): the check names
    the rule instead of letting the clause pass unread."""
    with checking(), pytest.raises(GateHidMatch, match="_inside"):
        _Clause(["ist", "frei"]).run()
    with checking(), pytest.raises(GateHidMatch, match="_several"):
        _Clause(["drin"]).run()


def test_the_readers_list_every_rule_method_once() -> None:
    for module in (reader_de, reader_en):
        rules = module._Context.RULES
        assert len(set(rules)) == len(rules)
        assert all(callable(getattr(module._Context, name)) for name in rules)
