"""A meeting agreed with the caller in everyday words (blind 25, claims43).

"Wir sind verabredet!", "Dann sind wir verabredet, Freitag um zehn!", "Dann haben wir ein Date,
haha": said by the salon to the caller, the speaker and the caller meet at the appointment, as
"It's a date!" does: read as "Sie sind gebucht" with what the sentence names (the blind round's
label). `date_agreed` gives that statement, read as any sentence (`amended`).

Not: the speaker's own plans ("Ich bin heute Abend noch verabredet"), a meeting with someone else
("mit meiner Freundin"), a question or a condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_AGREED = lazy(
    r"\b(?:wir\s+sind|sind\s+wir)\s+(?:(?:also|dann|ja|jetzt|fest)\s+)*verabredet\b|"
    r"\b(?:wir\s+haben|haben\s+wir)\s+(?:(?:also|dann|ja|jetzt)\s+)*ein\s+date\b",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:mit|wenn|falls|sobald|ob)\b", re.IGNORECASE)


def date_agreed(sentence: str, lang: str) -> str | None:
    """`sentence` with the agreed meeting said as the booking, or None (see above)."""
    if lang != "de" or _NOT.search(sentence) or not _AGREED.search(sentence):
        return None
    return _AGREED.sub("sind Sie gebucht", sentence, count=1)
