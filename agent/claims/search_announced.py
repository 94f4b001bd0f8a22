"""A search announced, not its result (blind 53, claims133; convention 570: a search claims
nothing until it finds something).

"Let me see who's free on Friday.", "I'll check what's free on Saturday.", "Ich schaue mal, wer
am Samstag Zeit hat.", "Mal sehen, was am Freitag frei ist." name a day and "free" as what is
looked for: no slot is said free. The AVAILABLE claims read in them are dropped. Not: a result
("Let me see … – Fabian is free at ten": a time named after the search), a sentence without the
question word of the search.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_SEARCH = lazy(
    r"^\W*(?:(?:okay|ok|right|so|also|gut|moment),?\s+)*"
    r"(?:let\s+me|i'll|i\s+will|ich\s+schaue?|ich\s+sehe|schauen\s+wir|mal\s+sehen|"
    r"lassen\s+sie\s+mich)\s+(?:\w+\s+){0,2}?(?:see|check|look|find\s+out|nach(?:sehen|schauen)?|"
    r"schauen|sehen|prüfen|gucken)?\s*(?:\w+\s+){0,1}?"
    r"(?:who|what|whether|if|wer|was|ob|wann|when|which|welche\w*)\b[^.!?;:–—]*[.!]?\s*$"
)


def without_search_announced(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the free slots a search announced only looks for (see above)."""
    if not any(c.kind is ClaimKind.AVAILABLE for c in claims):
        return claims
    if not _SEARCH.search(normalize(sentence)):
        return claims
    return tuple(c for c in claims if c.kind is not ClaimKind.AVAILABLE)
