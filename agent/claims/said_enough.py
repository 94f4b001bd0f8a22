"""An opener saying no more needs saying, before a claim (claims38, found by the probe after
blind 22): "Say no more: you're booked for Friday", "Nothing more to say: …", "Mehr muss ich
nicht sagen: Sie sind eingetragen", "Sag nichts mehr, …". The clause reader takes the negated
verb of saying for a matrix that denies what follows; said to a caller, the claim after it
stands. The rest of the sentence is read as a sentence of its own and its claims are added.

Not: "Say no more." alone (nothing follows), "I can't say yet whether you're booked" (no
opener: the claim is governed by the verb).
"""

from __future__ import annotations

from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold
from agent.claims.restated import as_whole

_OPENER = lazy(
    r"^\W*(?:(?:say|said)\s+no\s+more|nothing\s+(?:more|else)\s+(?:to\s+say|needs\s+saying)|"
    r"(?:need|must)\s+i\s+say\s+more|"
    r"(?:sag|sagen\s+sie)\s+nichts\s+mehr|mehr\s+(?:muss|brauche)\s+ich\s+(?:nicht|nichts)\s+"
    r"(?:zu\s+)?sagen|(?:da\s+)?muss\s+ich\s+nichts\s+mehr\s+sagen)\s*[:,;.!?–—-]+\s*"
)


def said_enough(sentence: str, read: Callable[[str], tuple[Claim, ...]]) -> tuple[Claim, ...]:
    """The claims of what follows a "say no more" opener, spanning the whole sentence."""
    m = _OPENER.match(fold(sentence).text)
    if m is None:
        return ()
    rest = sentence[fold(sentence).span(m.start(), m.end())[1] :]
    if not rest.strip():
        return ()
    return as_whole(sentence, read(rest))
