"""A reference back to what was agreed adds nothing (blind 27, claims49; a step of `reworded`):
"Wie abgemacht: Die Absage ist durch", "Wie vereinbart habe ich den Termin gestrichen", "As
agreed, …" are read as the clause after them; "abgemacht" there is no bare success ("Abgemacht!"
stays one). Only when a clause with a verb follows ("Wie abgemacht: Freitag um zehn" keeps its
reading).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_BACK = lazy(
    r"^(?P<lead>\W*)(?:wie\s+(?:abgemacht|vereinbart|ausgemacht|verabredet|abgesprochen)|"
    r"as\s+(?:agreed|arranged))\s*[,:–—-]?\s*(?P<rest>\w.*)$",
    re.IGNORECASE,
)
_VERB = lazy(
    r"\b(?:ist|sind|habe|hab|hat|haben|wird|wurde|werden|steht|stehen|is|are|was|were|has|have|"
    r"i've|we've|it's|you're|i'm|we're)\b",
    re.IGNORECASE,
)


def without_reference_back(text: str, lang: str) -> str:
    """`text` without a leading "wie abgemacht" / "as agreed" before a clause."""
    m = _BACK.match(text)
    if m is None or not _VERB.search(m.group("rest")):
        return text
    rest = m.group("rest")
    return m.group("lead") + rest[0].upper() + rest[1:]
