"""An intensifier before the word of the outcome changes no claim (blind 20): "Jetzt ist der
Termin aber richtig drin", "it's properly in now", "Sie sind jetzt wirklich eingetragen". The
sentence is also read without the intensifier right before the outcome word, and the claims of
that reading are kept beside the sentence's own.

Not: the same words elsewhere ("richtig" as "correct" at the end, "Ist das wirklich so?"): only
an intensifier directly before an outcome word of the lexicon's kind (drin, in, eingetragen,
gebucht, fest, booked, confirmed, sorted) is taken out.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_BEFORE_OUTCOME = lazy(
    r"\b(?:richtig|wirklich|tatsächlich|definitiv|echt|properly|really|definitely|truly|"
    r"actually|genuinely)\s+(?=(?:drin|in|eingetragen|gebucht|fest|bestätigt|booked|confirmed|"
    r"sorted|entered)\b)",
    re.IGNORECASE,
)


def without_intensifier(sentence: str) -> str | None:
    """`sentence` without an intensifier before its outcome word, or None when it has none."""
    if "?" in sentence:
        return None
    plain = _BEFORE_OUTCOME.sub("", sentence)
    return None if plain == sentence else plain
