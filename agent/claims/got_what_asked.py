"""The caller's request read back and said granted (blind 25, claims43).

"You asked for Friday at ten, and that's what you've got", "Sie wollten Freitag um zehn, und
genau das haben Sie jetzt": the read-back (convention 46, neutral alone) is turned into a claim
by "that's what you've got": a BOOKED claim of what the request names.

Not: the read-back alone, a question, "what you'd get" (a condition).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_GRANTED = lazy(
    r"\b(?:that's|that\s+is|and\s+that's)\s+(?:exactly\s+)?what\s+you(?:'ve|\s+have)\s+got\b|"
    r"\b(?:and\s+)?you(?:'ve|\s+have)\s+got\s+it\b|"
    r"\b(?:genau\s+)?(?:das|den|die)\s+haben\s+sie\s+(?:jetzt\s+|nun\s+|auch\s+)*(?:bekommen|auch)?\b"
)
_ASKED = lazy(
    r"\b(?:asked\s+for|wanted|wished\s+for|wollten|wünschten|hatten\s+sich\s+\w+\s+gewünscht)\b"
)


def got_what_asked(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A BOOKED claim of the request said granted (above)."""
    text = fold(sentence).text
    if "?" in text or not (_ASKED.search(text) and _GRANTED.search(text)):
        return ()
    d = read_details(text, names)
    details = ClaimDetails(((Role.ANY, d),)) if not d.empty else ClaimDetails()
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), details),)
