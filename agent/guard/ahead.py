"""A sentence decided while the guard waits for the word that releases it.

The guard releases a sentence when the next word starts (`split_sentences`), yet its text is
complete one token earlier, the one that carries its "." or "?": on a live stream 20-60 ms
before the release. `sentence_ahead` names that sentence; the guard decides it at once and keeps
the decision as an `Ahead`, with everything the decision read. At the release, the decision is
used only if all of it is still the same (`Ahead.fits`): the sentence as the guard decides it
(after what code already spoke is cut out, so with the same code speech), the language and the
facts. Otherwise the guard decides again, as it would have: the decision is the same either way.
A blocked sentence's words after its claim are decided ahead with it, and the goodbye check.

The decision ahead runs while the guard handles the token of the end mark, before it takes the
next frame: a word that comes in meanwhile waits for that one decision, the work its release
would have done itself, never for more (a later token starts at most one more, for the text it
ends). In a burst (tokens faster than decisions) the release costs what it cost before.

The facts are compared as immutable data (`agent.claims.read_once.frozen`), field by field; a
value that is not immutable data (a mutable object) never matches. `agent.claims.decide` reads
the clock (`CallFacts.now`) only for its calendar day in the salon's zone ("morgen", the weekday
of a date, the week, the year of a date without one: `decide.backed`, `slots.contradicts`;
tests/test_guard_ahead.py holds the claims reader to that), so with it the clock matches when
the day and the zone do; any other decide must see the same instant.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from agent.claims import CallFacts, Decision
from agent.claims.read_once import Unfit, frozen, frozen_kept
from agent.guard.sentences import split_sentences

_FIELDS = tuple(f.name for f in dataclasses.fields(CallFacts) if f.name != "now")
_ENDS = ".!?…"
_CLOSERS = "\"')]"
# a word that releases any sentence end ("…" ends one only before a word not in lower case)
_NEXT_WORD = " X"


def sentence_ahead(buffer: str) -> str | None:
    """The sentence `buffer` holds complete, which the next word would release, or None (it
    ends in no sentence end, or in one that is none: "am 28.11.", "z.B.")."""
    last = buffer.rstrip(_CLOSERS)[-1:]
    if not last or last not in _ENDS:
        return None
    cut, rest = split_sentences(buffer + _NEXT_WORD)
    if len(cut) != 1 or rest != _NEXT_WORD:
        return None
    return cut[0]


@dataclass(frozen=True)
class Ahead:
    """A decision made ahead of the release, with what it read."""

    sentence: str  # as decided: after what code already spoke is cut out
    code_said: tuple[str, ...]  # what code had spoken then (`ConfirmationGuard._code_said`)
    language: str
    facts: CallFacts
    decision: Decision
    farewell: bool  # the sentence is the bot's goodbye (`is_farewell`, when a summary is due)
    rest_passes: bool | None  # a blocked sentence's words after its claims pass (None: passes)
    by_day: bool  # the decide reads the clock by its day only (`agent.claims.decide`)

    def fits(self, sentence: str, code_said: list[str], language: str, facts: CallFacts) -> bool:
        """Whether deciding `sentence` now would read exactly what this decision read."""
        return (
            sentence == self.sentence
            and tuple(code_said) == self.code_said
            and language == self.language
            and same_facts(self.facts, facts, by_day=self.by_day)
        )


def same_facts(a: CallFacts, b: CallFacts, *, by_day: bool) -> bool:
    """Whether `a` and `b` are equal as immutable data, the clock by its day and zone alone
    when `by_day` (see above)."""
    if type(a) is not CallFacts or type(b) is not CallFacts:
        return False
    try:
        for name in _FIELDS:
            x, y = frozen_kept(getattr(a, name)), frozen_kept(getattr(b, name))
            if x is not y and x != y:
                return False
        if by_day:
            return frozen(_day(a.now)) == frozen(_day(b.now))
        return frozen(a.now) == frozen(b.now)
    except Unfit:
        return False


def _day(now: datetime) -> datetime:
    """The start of `now`'s day, in its zone (`frozen` compares the zone too)."""
    return now.replace(hour=0, minute=0, second=0, microsecond=0, fold=0)
