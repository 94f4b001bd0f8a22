"""The presupposition and preparation rules both languages' clause readers run the same way:
only the language code differs, so they are written once here and mixed into each `_Context`."""

from __future__ import annotations

from typing import Any

from agent.claims.prepared import PREPARING, prepared
from agent.claims.presupposed import (
    advice_for_the_visit,
    condition_on_appointment,
    only_be_there,
    then_cancel,
    visit_instruction,
)
from agent.claims.reading import Candidate
from agent.claims.rule_gate import needs


class PresupposingRules:
    """Needs the clause context's `r` (the reader, with `lang`), `clause`, `sentence`, `words`,
    `lemmas`, `toks` and `negated`."""

    r: Any
    clause: Any
    sentence: Any
    words: Any
    lemmas: Any
    toks: Any
    negated: bool

    def _visit_instruction(self) -> Candidate | None:
        bare = [t.text == lm for t, lm in zip(self.toks, self.lemmas, strict=True)]
        args = (self.clause, self.sentence, self.words, self.lemmas)
        services = self.r._name_words - self.r._stylist_words
        return (
            visit_instruction(*args, bare, self.negated, self.r.lang)
            or only_be_there(*args, self.negated, self.r.lang)
            or advice_for_the_visit(self.clause, self.sentence, self.words, self.r.lang, services)
        )

    @needs(PREPARING)
    def _prepared(self) -> Candidate | None:
        stylists = self.r._stylist_words
        services = self.r._name_words - stylists
        return prepared(
            self.clause, self.sentence, self.words, self.lemmas, self.r.lang, services, stylists
        )

    def _presupposing_condition(self) -> Candidate | None:
        args = (self.clause, self.sentence, self.words)
        return condition_on_appointment(
            *args, self.lemmas, self.r.lang, self.r._stylist_words
        ) or then_cancel(*args, self.r.lang)
