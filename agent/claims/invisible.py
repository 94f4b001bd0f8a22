"""A sentence read as it is heard: without the characters that are never spoken.

"Ge\u200bbookt ist noch nichts", "Con\u00adfirmed ist da noch gar nichts": a zero-width space,
a soft hyphen or a bidi mark is silent, so the caller hears the plain word. The clause reader
folds such characters itself, but the whole-sentence readers (`amended`, `not_yet_made`, ...)
match the text as written; `visible` gives the sentence without them, for `decide` to read
instead (blind 28, claims52).
"""

from __future__ import annotations

import unicodedata


def visible(sentence: str) -> str | None:
    """`sentence` without its format characters (Unicode category Cf), or None if it has none."""
    kept = "".join(ch for ch in sentence if unicodedata.category(ch) != "Cf")
    return kept if kept != sentence else None
