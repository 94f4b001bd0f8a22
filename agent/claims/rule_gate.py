"""The clause readers' rule methods, run only where a clause could match them.

A clause reader's `_Context` lists its rule methods in order (`RULES`); `candidates()` runs them
through `run_rules`. A rule method may carry a gate, written above it with `@needs(...)`: the
words of which a clause must hold at least one for the method to find anything, looked up among
the clause's words, their lemmas and the letter runs of a word with other characters in it
("e-mail": "e", "mail"; what a pattern's `\b` sees as words). `@needs({"drin", "stehen"})`: the
rule runs where "drin" is a word or "stehen" a lemma of the clause. A method without a gate
runs on every clause, so a rule added without one is never skipped.

A gate states what the method's own first tests already require (a word set it intersects, a
lemma it looks for, a pattern's whole word), never a guess at what it usually finds; it must
never hide a match. `checking()` runs every method the gate would skip anyway and raises
`GateHidMatch` when one of them finds something (tests/test_claims_rule_gate.py does so over
every distinct sentence of the corpus). Methods whose first test is a prefix, a suffix, the
salon's names or a neighbouring clause carry no gate.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from agent.claims.lazy_pattern import lazy

F = TypeVar("F", bound=Callable[..., Any])

_NEEDS = "_rule_needs"


def needs(*groups: Iterable[str]) -> Callable[[F], F]:
    """The rule method below finds something only in a clause whose words or lemmas hold one of
    the words of `groups` (sets united)."""
    words = frozenset().union(*(frozenset(g) for g in groups))
    if not words:
        raise ValueError("a gate needs at least one word")

    def mark(method: F) -> F:
        setattr(method, _NEEDS, words)
        return method

    return mark


def gate_of(method: Callable[..., Any]) -> frozenset[str] | None:
    """The words `method`'s gate needs, None when it has no gate (it always runs)."""
    return getattr(method, _NEEDS, None)


class GateHidMatch(AssertionError):
    """A rule method found something in a clause its gate would have skipped."""


@dataclass(frozen=True)
class RuleTable:
    """A reader's rule methods in order, which always run, and which ones each word opens."""

    names: tuple[str, ...]
    generators: tuple[bool, ...]  # `yield from` the method (it yields several candidates)
    always: frozenset[int]
    by_word: dict[str, frozenset[int]]

    @classmethod
    def of(cls, context: type, names: Iterable[str]) -> RuleTable:
        names = tuple(names)
        methods = [getattr(context, n) for n in names]
        by_word: dict[str, set[int]] = {}
        always = set()
        for i, method in enumerate(methods):
            words = gate_of(method)
            if words is None:
                always.add(i)
                continue
            for w in words:
                by_word.setdefault(w, set()).add(i)
        return cls(
            names,
            tuple(inspect.isgeneratorfunction(m) for m in methods),
            frozenset(always),
            {w: frozenset(ix) for w, ix in by_word.items()},
        )

    def opened(self, keys: Iterable[str]) -> set[int]:
        """The rules a clause with these words and lemmas runs."""
        out = set(self.always)
        by_word = self.by_word
        for k in keys:
            hit = by_word.get(k)
            if hit is not None:
                out |= hit
        return out


_WORD_RUNS = lazy(r"\w+")


def clause_keys(words: Iterable[str], lemmas: Iterable[str]) -> set[str]:
    """What a clause's gates look at: its words, its lemmas, and the letter runs of a word with
    other characters in it ("e-mail": "e", "mail"), which a pattern's `\b` sees as words."""
    keys = set(words)
    keys.update(lemmas)
    for w in [w for w in keys if not w.isalnum()]:
        keys.update(_WORD_RUNS.findall(w))
    return keys


_checking = False


@contextmanager
def checking() -> Iterator[None]:
    """Within it, every gated-off rule still runs and must find nothing (`GateHidMatch`)."""
    global _checking
    before, _checking = _checking, True
    try:
        yield
    finally:
        _checking = before


def is_checking() -> bool:
    """Whether `checking()` runs now (then no kept result may stand in for a reading)."""
    return _checking


def run_rules(table: RuleTable, context: Any, keys: Iterable[str]) -> Iterator[Any]:
    """What the rules of `table` find in `context` (a clause), in the table's order; None where a
    rule found nothing, as a rule method returns it."""
    opened = table.opened(keys)
    if not _checking:  # the opened rules alone, in the table's order
        for i in sorted(opened):
            out = getattr(context, table.names[i])()
            if table.generators[i]:
                yield from out
            else:
                yield out
        return
    for i, name in enumerate(table.names):
        if i in opened:
            out = getattr(context, name)()
            if table.generators[i]:
                yield from out
            else:
                yield out
        else:
            out = getattr(context, name)()
            found = [x for x in out if x is not None] if table.generators[i] else [out]
            found = [x for x in found if x is not None]
            if found:
                words = " ".join(getattr(context, "words", ()))
                raise GateHidMatch(f"{name} found {found!r} in {words!r}; its gate skips it")
