"""The speaker's own doubt asked aloud and settled in the next sentence (blind 55's hedging voice,
claims172): "I think it's Friday at ten — or was it Saturday? The system says Friday, anyway.",
"Ich meine, Sie hatten Freitag um zehn, oder war es Donnerstag? Laut System jedenfalls Freitag."

The question "or was it …?" / "oder war es …?" asks nobody: the speaker doubts the guess before it
and settles it after, so what is said after it is the answer ("The system says Friday, anyway.").
Not: a doubt left open (nothing after the question: the
sentence asks, and claims nothing), a question to the caller ("… – or would Saturday suit you
better?": no "was it"), a settling sentence that is itself a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

# ", or was it Saturday?", " – oder war es doch Donnerstag?", "— or was that Saturday?"
_DOUBT = lazy(
    r"\s*[,;–—-]\s*(?:or|oder)\s+(?:was|were|is|war|ist|wäre|hatten\s+sie|did\s+you\s+have)\s+"
    r"(?:it|that|es|das|der|er|sie)?\b[^?.!]{0,40}\?\s+(?=\S)",
    re.IGNORECASE,
)


def without_self_doubt(sentence: str, lang: str) -> str | None:
    """What settles a doubt the speaker asks in `sentence` (above), or None."""
    found = _DOUBT.search(sentence)
    if found is None:
        return None
    rest = sentence[found.end() :]
    if "?" in rest or not any(ch.isalpha() for ch in rest):
        return None  # the doubt not settled, or settled by another question
    return rest
