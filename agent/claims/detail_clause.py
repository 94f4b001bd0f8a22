"""A clause after the claim that only adds the appointment's details, in words the detail test
word by word does not take (blind 29, claims59).

"Friday at ten worked out, though it's with Sophie", "It's gone through: Friday at ten, men's cut
with Fabian": the later clause says with whom and what, so the claim carries those details (a
wrong one makes it false) — opened by "it is" / "that is", or naming a service in several words
whose first words are no detail words alone ("men's cut", "gents' cut", "kids' haircut").
Not: a clause of the sentence's start, one with any other word ("men's cut booked", "but not
with Sophie").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from agent.claims.details import Names, read_details

_OPENERS = (("it", "is"), ("that", "is"), ("this", "is"))
_CONTRAST = frozenset({"though", "but", "although"})


@lru_cache(maxsize=16)
def _service_words(names: Names) -> frozenset[str]:
    """Every word of the salon's service names and aliases, and the short heads "cut", "trim"."""
    out = {"cut", "trim"}
    for _, forms in names.services:
        for form in forms:
            out |= set(re.findall(r"[^\W\d_]+", form.lower()))
    return frozenset(out)


def only_details(
    words: Sequence[str], detail: Callable[[str], bool], names: Names, filler: frozenset[str]
) -> bool:
    """Whether the later clause `words` names details and nothing else (see above); `detail`
    is the reader's own word test (details, names, `filler`). Filler alone names nothing ("…,
    it's a date": an idiom of its own)."""
    ws = list(words)
    if ws[:1] and ws[0] in _CONTRAST:
        ws = ws[1:]
    opened = tuple(ws[:2]) in _OPENERS
    if opened:
        ws = ws[2:]
    rest = [w for w in ws if not detail(w)]
    if not ws or len(rest) == len(ws) or all(w in filler for w in ws if w not in rest):
        return False
    if not rest:
        return opened  # plain detail words alone: the word test has them already
    return set(rest) <= _service_words(names) and bool(read_details(" ".join(rest), names).services)
