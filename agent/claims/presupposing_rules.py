"""The presupposition and preparation rules both languages' clause readers run the same way:
only the language code differs, so they are written once here and mixed into each `_Context`."""

from __future__ import annotations

from typing import Any

from agent.claims.details import RELATIVE_DAYS, WEEKDAYS
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

_NOBODY = frozenset({"niemand", "niemanden", "niemandem", "nobody", "no-one"})


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
        # which words are their own lemma: `visit_instruction` reads it only once it has found a
        # day word ("am Freitag"), so a clause without one does not work it out
        day = any(w in WEEKDAYS or w in RELATIVE_DAYS for w in self.words)
        bare = [t.text == lm for t, lm in zip(self.toks, self.lemmas, strict=True)] if day else []
        args = (self.clause, self.sentence, self.words, self.lemmas)
        # "…, erwartet Sie am Freitag niemand" / "nobody expects you": no visit (claims68)
        negated = self.negated or not _NOBODY.isdisjoint(self.words)
        return (
            visit_instruction(*args, bare, negated, self.r.lang)
            or only_be_there(*args, negated, self.r.lang)
            or advice_for_the_visit(
                self.clause, self.sentence, self.words, self.r.lang, _service_names(self.r)
            )
        )

    @needs(PREPARING)
    def _prepared(self) -> Candidate | None:
        stylists = self.r._stylist_words
        services = _service_names(self.r)
        return prepared(
            self.clause, self.sentence, self.words, self.lemmas, self.r.lang, services, stylists
        )

    def _presupposing_condition(self) -> Candidate | None:
        args = (self.clause, self.sentence, self.words)
        return condition_on_appointment(
            *args, self.lemmas, self.r.lang, self.r._stylist_words
        ) or then_cancel(*args, self.r.lang)


def _service_names(reader: Any) -> frozenset[str]:
    """The words of the salon's names that are no stylist's, worked out once per reader (a
    reader is kept per salon)."""
    kept = reader.__dict__.get("_service_names")
    if kept is None:
        kept = reader._service_names = reader._name_words - reader._stylist_words
    return kept
