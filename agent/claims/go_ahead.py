"""The periphrasis "go ahead and …" said as the verb it leads to (blind 55, claims152; a step of
`reworded`): "I'll go ahead and book Thursday at three for you" is "I'll book Thursday at three
for you", "I've gone ahead and booked you in" is "I've booked you in", "Shall I go ahead and book
it?" is "Shall I book it?". The phrase adds eagerness, not an act or a tense of its own (the verb
after it carries the tense), so the readers of that verb read the sentence as they would without
it: an announced booking (convention 670), an offer (2), an offer on the caller's yes (620), a
booking told. "Go ahead" without "and" ("Should I go ahead?", "Go ahead, I'm listening") is left.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_GO_AHEAD = lazy(r"\b(?:go|goes|going|went|gone)\s+ahead\s+and\s+(?=\w)", re.IGNORECASE)


def without_go_ahead(text: str, lang: str) -> str:
    """`text` with "go ahead and" before a verb left out (English only)."""
    if lang != "en" or "ahead" not in text.lower():
        return text
    return _GO_AHEAD.sub("", text)
