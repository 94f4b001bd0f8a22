"""A second appointment said not booked beside a booking (blind 25, claims43; convention 56).

"Ihr Termin ist gebucht, und für Samstag bei Lena ist nichts eingetragen", "Your appointment is
booked, and there's nothing with Lena on Saturday", "The perm is booked, but Saturday's
highlights aren't in yet": mixed sentences are read by their parts; the joined clause denies a
booking of what it names, a NOT_BOOKED claim of that day, stylist or service (false where such
an appointment is booked, true beside another one).

Not: a clause naming nothing (left to the clause readers), a question, a condition.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_JOINED = lazy(r"[,;–—]\s*(?:und|aber|doch|and|but)\b|\s(?:aber|but)\s")
_DENIED = lazy(
    r"\bnichts\s+(?:\w+\s+)?(?:eingetragen|gebucht|drin)\b|\b(?:ist|sind)\s+(?:noch\s+)?nicht\s+"
    r"(?:eingetragen|gebucht|drin)\b|\bthere(?:'s|\s+is)\s+nothing\s+(?:with|for|on)\b|"
    r"\b(?:isn't|aren't|is\s+not|are\s+not)\s+(?:in|booked)(?:\s+yet)?\b|\bnothing(?:'s|\s+is)\s+"
    r"(?:booked|in)\s+(?:for|with|on)\b"
)
_NOT_STATED = lazy(r"\?|\b(?:wenn|falls|sobald|ob|if|once|unless|whether)\b")


def other_part_denied(sentence: str, names: Names) -> tuple[Claim, ...]:
    """NOT_BOOKED claims of the joined clauses that deny a named booking (above)."""
    text = fold(sentence).text
    if _NOT_STATED.search(text):
        return ()
    out = []
    for joint in _JOINED.finditer(text):
        clause = text[joint.end() :]
        if not _DENIED.search(clause):
            continue
        d = read_details(clause, names)
        if not d.empty:
            part = ClaimDetails(((Role.ANY, d),))
            out.append(Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), part))
    return tuple(out)
