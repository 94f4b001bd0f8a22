"""A second outcome joined to a denied first ("Nothing's been cancelled or moved", "Es wurde nichts
storniert oder verschoben"), read as done (blind 28's false blocks, claims53): one job, dropping
the outcome read from the words after "or"/"oder" that the denial before it governs.

"nothing … X or Y" denies both, as a negated auxiliary before the pair does ("I haven't cancelled
or moved anything", blind 56): the appointment stands (conventions 26, 92), and Y is no outcome
of its own. Read alone, the bare "moved" after "or" was a move, false on the day the call kept.
Only the claims read from the second participle (starting in it: "moved anything"), and only where the denial itself
was read (the appointment stands); "Nothing's been cancelled, it's been moved" (a comma, no
"or") is left as it is.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE})
_PART = (
    r"(?:cancell?ed|moved|rescheduled|changed|booked|touched|storniert|abgesagt|verschoben|"
    r"verlegt|geändert|gebucht|umgebucht)"
)
_NOTHING_OR = lazy(
    r"\b(?:nothing(?:'s|\s+has|\s+was|\s+is)?\s+(?:been\s+|got\s+)?|"
    r"(?:es\s+)?(?:wurde|ist|wird)\s+nichts\s+|nichts\s+(?:wurde|ist)\s+|"
    # a negated auxiliary before the pair (blind 56, claims149): "I haven't cancelled or moved
    # anything", "It wasn't cancelled or moved"
    r"(?:i|we|it|that|this|they|he|she|you|appointment|booking)\s+(?:haven't|hasn't|hadn't|"
    r"wasn't|weren't|isn't|aren't|(?:have|has|had|was|were|is|are)\s+not)\s+(?:been\s+)?)"
    rf"(?:\w+\s+)?{_PART}\s+(?:or|oder|noch)\s+(?P<second>{_PART})\b"
)


def without_nothing_or(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without an outcome read from the second participle of a denied pair."""
    if not claims:
        return claims
    folded = fold(sentence)
    m = _NOTHING_OR.search(folded.text)
    if m is None:
        return claims
    start, end = folded.span(*m.span("second"))
    kept = tuple(c for c in claims if not (c.kind in _OUTCOMES and start <= c.start < end))
    # the denial must have been read ("stands"); with nothing left, the sentence would claim
    # nothing, and "nothing moved" is false after a move: left as it was
    return kept if kept else claims
