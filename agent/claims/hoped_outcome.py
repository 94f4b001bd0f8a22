"""An outcome only hoped for is no claim (blind 58, claims161).

"Hopefully you're all booked in.", "Hoffentlich sind Sie jetzt eingetragen.": the speaker wishes
the outcome, and says they do not know it (as "I hope you're booked in" and "Hoffentlich hat das
geklappt" read): a hope said alone claims nothing. Not the visit looked forward to ("Hopefully
see you Friday!": `day_wished`), nor a sentence with a clause after the hope ("Hopefully that's
you booked, it looks that way": the second clause affirms it).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

_HOPED = lazy(r"^\W*(?:(?:so|and|also|und|na)\W+)?(?:hopefully|hoffentlich)\b(?!\W+see\b)")
# a second clause or sentence: its words may claim of their own ("Hopefully that's you booked, it
# looks that way" affirms it): only a hope said alone is read here
_MORE = lazy(r"[,;:–—]|\s-\s|[.!?]\s+\S")


def without_hoped(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the outcome a hope said alone wishes for (see above)."""
    text = sentence.lower()
    if not claims or _HOPED.match(text) is None or _MORE.search(text.strip()):
        return claims
    return tuple(c for c in claims if c.kind is ClaimKind.FOLLOW_UP)
