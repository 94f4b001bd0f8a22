"""The end of the call counted down is no outcome (blind 27, claims49; a step of `reworded`):
"Two more questions and we're done", "Just one more detail, then we're finished" say what is
left to ask; read as "A few more questions." ("We're done" said alone stays a bare success.)
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_COUNTDOWN = lazy(
    r"\b(?:(?:just|only)\s+)?(?:one|two|three|a\s+couple(?:\s+of)?|a\s+few|\d+)\s+more\s+"
    r"(?:\w+\s+){0,2}?(?:questions?|things?|details?|steps?|points?|bits?)\s*,?\s*"
    r"(?:and|then|and\s+then)\s+(?:we're|we\s+are|we'll\s+be|we\s+will\s+be)\s+"
    r"(?:all\s+)?(?:done|finished|through|sorted)\b",
    re.IGNORECASE,
)


def countdown_said(text: str, lang: str) -> str:
    """`text` with the call's end counted down read as the questions left."""
    if lang != "en":
        return text
    return _COUNTDOWN.sub("a few more questions", text)
