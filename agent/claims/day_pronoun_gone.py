"""A day's appointment said gone by a pronoun that takes up the day (blind 26, claims45).

"Den Freitag können Sie vergessen, der ist raus", "Der Freitag – der ist weg": the pronoun takes
up the day named before it, so the appointment on that day is gone (`gone` with the day), as
"Der ist raus" alone says of the caller's appointment (`pronoun_gone`, convention of blind 7).
`day_gone` gives "Am Freitag werden Sie nicht mehr erwartet" (gone, not which act), read as any sentence (`amended`, `restated`).
Not: a question, a condition, a pronoun taking up something else ("Fabian ist krank, der ist
raus").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY = r"(?P<day>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_GONE = lazy(
    r"^\W*(?:den|der)\s+" + _DAY + r"\b[^.?!]*?[,–—-]\s*(?:der|den)\s+(?:ist|sind)\s+"
    r"(?:(?:leider|jetzt|also|schon)\s+)*(?:raus|weg|futsch|gestrichen|hinfällig)\b",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob)\b", re.IGNORECASE)


def day_gone(sentence: str, lang: str) -> str | None:
    """The day's appointment said gone, or None (see above)."""
    m = None if lang != "de" or _NOT.search(sentence) else _GONE.match(sentence)
    return f"Am {m['day'].capitalize()} werden Sie nicht mehr erwartet." if m else None
