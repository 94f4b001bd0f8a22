"""A status read off the calendar in English without "that" (blind 31, claims64): "I can see your
Friday appointment's been cancelled", "I see the booking has been moved". The frame only tells
where the speaker read it (convention 84: a status read off the calendar is the claim of that
status); the readers took "I can see your Friday appointment" for the booking and lost the
clause. The clause is read alone.

Only a clause in the perfect passive ("has been", "'s been", "was") after "I (can) see" / "it
shows": what the agent sees as the caller's appointment alone ("I can see your appointment on
Friday") is left to the readers.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_FRAME = lazy(
    r"^\W*(?:i\s+can\s+see|i\s+see|i'm\s+seeing|i\s+can\s+tell|it\s+shows|the\s+calendar\s+"
    r"shows)\s+(?:(?:here|now|that)\s+)*(?=(?:your|the)\s)"
)
_PASSIVE = lazy(r"\b(?:has|have|'s|is|was|were)\s+been\s+\w+")


def seen_status(sentence: str, lang: str) -> str | None:
    """The clause a calendar frame reports ("your Friday appointment's been cancelled"), or None."""
    if lang != "en":
        return None
    text = fold(sentence).text
    frame = _FRAME.match(text)
    if frame is None or not _PASSIVE.search(text, frame.end()):
        return None
    return text[frame.end() :]
