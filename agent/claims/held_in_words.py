"""A hold told in words the slot reader does not list: "I've put a temporary hold on that slot
for you", "We've placed a short hold on Friday at ten". The slot is stated as kept for the
caller: a HELD claim with the details it names (backed only by a slot the call keeps).
Not: questions, negated or conditional sentences ("Shall I put a hold on it?")."""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.model import Claim, ClaimKind
from agent.claims.sentence_claims import claims_where

_EN = re.compile(
    r"\b(?:i've|we've|i\s+have|we\s+have|i|we)\s+(?:just\s+)?(?:put|placed)\s+an?\s+"
    r"(?:\w+\s+){1,2}hold\s+on\b"
)
_DE = re.compile(
    r"\b(?:ich|wir)\s+(?:habe|haben)\b.*\b(?:vorläufig|provisorisch|kurzzeitig)\s+"
    r"(?:für\s+sie\s+)?(?:festgehalten|zurückgehalten|eingeplant)\b"
)


def held_in_words(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """HELD claims in the words above."""
    return claims_where(sentence, _EN if lang == "en" else _DE, ClaimKind.HELD, names)
