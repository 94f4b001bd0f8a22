"""Whether a day phrase was said in English ("on 4/8", "for 6/4, please", "4/8 in the
morning"). An English caller may write a slash date month first (US) or day first (UK), so a
slash date readable in both orders is asked when said in English or in an English call (W6, W8);
a German one or a bare one in a German call ("am 4/8", "4/8") is day first (tests/corpus/README.md).
Only words no German phrase uses count.
Works on normalized text."""

from __future__ import annotations

import re

from tools.when.lexicon import ENGLISH_NEAR_DAYS, ENGLISH_WEEKDAYS

_ENGLISH_WORDS = re.compile(
    r"\b(?:on|the|at|for|please|of|by|around|next|this|morning|afternoon|evening|night|noon"
    r"|pm|before|after|would|like|could|can|you|is|it|works|with|and|or|maybe|how|about"
    r"|what|week|month|" + "|".join((*ENGLISH_WEEKDAYS, *ENGLISH_NEAR_DAYS)) + r")\b"
)


def said_in_english(text: str) -> bool:
    """True when `text` has a word only an English phrase has."""
    return _ENGLISH_WORDS.search(text) is not None


__all__ = ["said_in_english"]
