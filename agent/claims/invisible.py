"""A sentence read as it is heard: without the characters that are never spoken.

"Ge\u200bbookt ist noch nichts", "Con\u00adfirmed ist da noch gar nichts": a zero-width space,
a soft hyphen or a bidi mark is silent, so the caller hears the plain word; a Cyrillic "а" inside
a Latin word ("rausgegаngen") is heard as the Latin "a". The clause reader
folds such characters itself, but the whole-sentence readers (`amended`, `not_yet_made`, ...)
match the text as written; `visible` gives the sentence without them, for `decide` to read
instead (blind 28, claims52).
"""

from __future__ import annotations

import re
import unicodedata

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import latin_lookalike

_WORD = lazy(r"\w+")


def visible(sentence: str) -> str | None:
    """`sentence` without its format characters (Unicode category Cf) and with the letters of
    another script inside a Latin word written as the Latin letters they are heard as, or None
    if it has neither."""
    kept = "".join(ch for ch in sentence if unicodedata.category(ch) != "Cf")
    if any(ord(ch) > 0x24F for ch in kept):
        kept = _WORD.sub(_heard_word, kept)
    return kept if kept != sentence else None


def _heard_word(m: re.Match[str]) -> str:
    """ "rausgegаngen" (a Cyrillic а) -> "rausgegangen" (blind 32, claims67: the whole-sentence
    readers match the word as written); a word with no Latin letter is left as it is."""
    word = m.group()
    if not any(ch.isascii() and ch.isalpha() for ch in word):
        return word
    return "".join(latin_lookalike(ch) if ord(ch) > 0x24F else ch for ch in word)
