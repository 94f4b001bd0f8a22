"""A move said with its direction: "einen Tag nach hinten geschoben", "nach vorne gelegt",
"vorverlegt", "pushed back", "brought forward".

The clause reader reads the move, but a direction without an amount, or with one the clause
reader does not carry over, is lost, so a move the other way passes. A RESCHEDULED claim is added
with the direction (and the amount the words name): backed only by a move that went that way.
Not: the time of the act ("earlier today"), a move offered or asked about (questions,
conditions, "kann", "could"), a sentence with both directions ("fünf Stunden später, dafür einen
Tag früher": the hour of day one way, the day the other).
"""

from __future__ import annotations

import dataclasses

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE

_LATER = lazy(
    r"\b(?:nach\s+hinten|später|pushed\s+back|put\s+back|moved\s+back|later|postponed)\b|"
    # the verb and "back" apart ("set your appointment back a bit"), not a return ("back to")
    r"\b(?:set|put|pushed|moved|bumped|nudged|shifted)\s+(?:\w+\s+){1,3}?back\b(?!\s+(?:to|into|in)\b)|"
    # "pushed it back to Thursday" (blind 35, claims80): a push back is never a return
    r"\bpushed\s+(?:\w+\s+){1,3}?back\s+to\b"
)
_EARLIER = lazy(
    r"\b(?:nach\s+vorne?|vorverlegt|vorgezogen|vorgerückt|früher|eher|brought\s+forward|"
    r"moved\s+(?:up|forward)|pulled\s+forward|forward|earlier)\b"
)
_ACT_TIME = lazy(r"\b(?:earlier|later)\s+(?:today|this|on)\b|\bvon\s+früher\b")
# the piece itself says the move (not "kommen Sie bitte zehn Minuten früher")
_MOVED = lazy(
    r"\b(?:\w*schoben|\w*legt|\w*gerückt|vorgezogen|umgebucht|termin|moved|pushed|brought|"
    r"shifted|put|set|bumped|nudged|rescheduled|postponed|appointment)\b"
)
_NOT_STATED = lazy(r"\b(?:wenn|falls|ob|kann|könnte|if|whether|can|could|would)\b")


def with_direction(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` plus, for each move said with its direction, a RESCHEDULED claim that names it."""
    moves = [c for c in claims if c.kind is ClaimKind.RESCHEDULED]
    if not moves:
        return claims
    folded = fold(sentence)
    text = _ACT_TIME.sub(" ", folded.text)
    if bool(_LATER.search(text)) == bool(_EARLIER.search(text)):
        return claims  # none, or both ("fünf Stunden später, dafür einen Tag früher")
    added = []
    for m in CLAUSE_PIECE.finditer(text):
        piece = m.group()
        later, earlier = _LATER.search(piece), _EARLIER.search(piece)
        if bool(later) == bool(earlier) or piece.rstrip().endswith("?"):
            continue
        if _NOT_STATED.search(piece) or not _MOVED.search(piece):
            continue
        start, end = folded.span(m.start(), m.end())
        if not any(c.start < end and start < c.end for c in moves):
            continue
        sign = 1 if later else -1
        details = read_details(piece, names)
        shifts = {(n, unit, sign if unit != "clock" else s) for n, unit, s in details.shifts}
        if not any(s == sign for _, _, s in shifts):
            shifts.add((1, "way", sign))  # the direction alone
        details = dataclasses.replace(details, shifts=frozenset(shifts))
        added.append(Claim(ClaimKind.RESCHEDULED, start, end, ClaimDetails(((Role.ANY, details),))))
    return claims + tuple(added)
