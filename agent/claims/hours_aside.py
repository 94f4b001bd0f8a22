"""A reply that opens with the salon's hours, read without them (blind 28, claims50).

"We're open till eight on Thursdays. I've moved you to Thursday at three. Does that work?":
a first sentence about the salon's hours ("open late", "geöffnet", "Ruhetag") makes the reply
read as talk about the salon's days (`salon_wide`), and the move after it is lost. The hours
are true in every state and claim nothing; `without_hours` gives the rest of the reply, read as
any sentence. None when the reply does not open with such a sentence or has nothing after it.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_HOURS = lazy(
    r"^\s*[^.!?]*\b(?:open|opens|closed|close|geöffnet|offen|geschlossen|ruhetag)\b[^.!?]*[.!]\s+",
    re.IGNORECASE,
)
_CLAIM_WORD = lazy(
    r"\b(?:book|booked|moved|cancel|cancelled|gebucht|verschoben|storniert|eingetragen)\b",
    re.IGNORECASE,
)


def without_hours(sentence: str, lang: str) -> str | None:
    """The reply after its opening sentence about the salon's hours, or None."""
    match = _HOURS.match(sentence)
    if not match or _CLAIM_WORD.search(match.group(0)):
        return None
    rest = sentence[match.end() :].strip()
    return rest or None
