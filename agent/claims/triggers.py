"""Triggers: a step of the sentence-level reading skipped on a sentence that cannot concern it.

Most of `amended`'s steps do nothing on most sentences, yet each pays a regular-expression
search (or several, and the Python around them) to find that out. A step whose code leaves the
sentence alone unless one of its guard patterns finds something in one form of the sentence
declares those patterns with `acts_on`, above its `def`:

    @acts_on(_TRIGGER, unchanged=CLAIMS)  # on fold(sentence).text, the default `text`
    def without_unsaid(sentence, claims, names): ...

and is then not called at all on a sentence whose text holds none of the literal strings one of
which every match of a declared pattern contains (`gate.needed`, from the pattern's own parse
tree: never a hand-written word list, so a trigger cannot miss a word its pattern matches).
Instead it returns what its code returns when its guard finds nothing: the `claims` it was
given (`unchanged=CLAIMS`) or a constant (`()`, `None`). For the folded text the literals are
looked up in the one scan per text `gate` makes for the rule tables anyway (a set test per step);
for another form (`as_written`, `apostrophes_straight`) directly in that text.

Why a skip cannot change a decision: the wrapper skips only when no declared pattern can match
the declared form of the sentence; the declaration states, and the step's docstring-free code
shows, that the step then returns `unchanged` (its first acts are the guard `if not X.search(t):
return …`, or checks that also return `unchanged`). A case-insensitive pattern is tested with
its literals in lower case against the text in lower case, only when lowering keeps every
character one character and the text has none of the characters `re` matches by a special case
fold (`ſ` for "s", `K` for "k", Greek and Cyrillic variants): then every match lowers to a
string holding a lowered literal; otherwise the step runs. A pattern with no literal every match
needs makes its step always run; a step without `acts_on` always runs (the claims helpers who add
steps need not know this mechanism).
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from re import _casefix  # type: ignore[attr-defined]
from typing import Any, TypeVar

from agent.claims import gate
from agent.claims.memo import per_text
from agent.claims.normalize import fold, straight_apostrophes

F = TypeVar("F", bound=Callable[..., Any])
CLAIMS: Any = object()  # `unchanged`: the step returns the `claims` it was given


def folded(sentence: str) -> str:
    """The sentence as the reader sees it (`fold(sentence).text`): the default form."""
    return fold(sentence).text


def as_written(sentence: str) -> str:
    """The sentence as the step was given it."""
    return sentence


def apostrophes_straight(sentence: str) -> str:
    """The sentence with "’" as "'" (`straight_apostrophes`, which many steps search)."""
    return straight_apostrophes(sentence)


# characters `re` matches case-insensitively beyond their lower case, in both directions
_SPECIAL_FOLD = frozenset(
    chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v) if c > 0x7F
)


def _lower_safe(text: str) -> str | None:
    """`text` lowered when every case-insensitive match in it lowers to its pattern's lowered
    literal (see above), else None."""
    low = text.lower()
    if len(low) != len(text) or "Σ" in text or not _SPECIAL_FOLD.isdisjoint(text):
        return None
    return low


def _needed(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """The literals `pattern` needs, and whether they are sought in lower case."""
    if not pattern.flags & re.IGNORECASE:
        lits = gate.needed(pattern)
        return None if lits is None else (lits, False)
    lits = gate.needed_any_case(pattern)  # every match holds one, in some case
    if lits is None:
        return None
    lowered = frozenset(s.lower() for s in lits)
    if any(len(s.lower()) != len(s) or not _SPECIAL_FOLD.isdisjoint(s) for s in lits):
        return None
    return lowered, True


class Trigger:
    """What a step needs: literals sought in a form of its sentence (as is, or lowered)."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...], text: Callable[[str], str]):
        self.patterns, self.text = patterns, text
        exact: set[str] = set()
        lower: set[str] = set()
        self.always = False
        for p in patterns:
            got = _needed(p)
            if got is None:
                self.always = True  # a pattern that needs no literal known: the step runs
                continue
            (lower if got[1] else exact).update(got[0])
        self.exact, self.lower = frozenset(exact), frozenset(lower)
        if text is folded:
            gate.register(self.exact)  # found by the scan of the folded text, built at warm-up

    def may_act(self, sentence: str) -> bool:
        """False only when no declared pattern can find anything in the sentence's form."""
        if self.always:
            return True
        text = self.text(sentence)
        if self.exact:
            if self.text is folded:
                if gate.holds_any(self.exact, text):
                    return True
            elif any(lit in text for lit in self.exact):
                return True
        if self.lower:
            low = _lowered(text)
            if low is None or any(lit in low for lit in self.lower):
                return True
        return False


@per_text(maxsize=64)
def _lowered(text: str) -> str | None:
    return _lower_safe(text)


def acts_on(
    *patterns: re.Pattern[str], text: Callable[[str], str] = folded, unchanged: Any = ()
) -> Callable[[F], F]:
    """The step acts only where one of `patterns` finds something in `text(sentence)`;
    elsewhere it returns `unchanged` (CLAIMS: its `claims` argument) without running."""
    trigger = Trigger(patterns, text)

    def wrap(step: F) -> F:
        params = list(inspect.signature(step).parameters)
        at = params.index("claims") if unchanged is CLAIMS else -1

        @functools.wraps(step)
        def skipping(sentence: str, *args: Any, **kwargs: Any) -> Any:
            if trigger.may_act(sentence):
                return step(sentence, *args, **kwargs)
            if at < 0:
                return unchanged
            return args[at - 1] if at - 1 < len(args) else kwargs["claims"]

        skipping.trigger = trigger  # type: ignore[attr-defined]
        skipping.step = step  # type: ignore[attr-defined]
        return skipping  # type: ignore[return-value]

    return wrap
