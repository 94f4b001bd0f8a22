"""An outcome only hoped for is no claim (blind 58, claims161).

"Hopefully you're all booked in.", "Hoffentlich sind Sie jetzt eingetragen.": the speaker wishes
the outcome, and says they do not know it (as "I hope you're booked in" and "Hoffentlich hat das
geklappt" read); the clause the hope opens claims nothing. Not the visit looked forward to
("Hopefully see you Friday!": `day_wished`), nor a clause after it of its own ("Hopefully you
like it – your appointment is booked").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

_HOPED = lazy(r"^\W*(?:(?:so|and|also|und|na)\W+)?(?:hopefully|hoffentlich)\b(?!\W+see\b)")
_CLAUSE_END = lazy(r"[;:–—]|\s-\s|[.!?](?:\s|$)|,\s+(?:but|aber|and|und)\b")


def without_hoped(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without those of the clause a hope opens (see above)."""
    if not claims or _HOPED.match(sentence.lower()) is None:
        return claims
    end = _CLAUSE_END.search(sentence.lower())
    stop = end.start() if end else len(sentence)
    return tuple(c for c in claims if c.kind is ClaimKind.FOLLOW_UP or c.start >= stop)
