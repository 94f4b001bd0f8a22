"""A sentence read with the digits that stand for letters written as those letters (blind 29,
claims59).

"Ich könnt3 Ihnen Freitag um zehn eintragen", "V0rm3rkung läuft": the clause reader folds such
words itself (`normalize`), but the whole-sentence readers (`amended`, `reworded`, ...) match
the text as written, so a disguised word hides what the plain sentence says. `in_letters` gives
the sentence with each such word spelled out, for `decide` to read instead, as `visible` does
for silent characters. Only words whose spelled-out form a dictionary knows change: "10uhr",
"3pm", "2x" and reference codes stay as written.
"""

from __future__ import annotations

import re

from agent.claims import morph
from agent.claims.normalize import letters_for_digits

_WORD = re.compile(r"[^\W_]+")


def in_letters(sentence: str) -> str | None:
    """`sentence` with its digit-disguised words spelled out, or None if it has none."""
    if not any(c.isdigit() for c in sentence):
        return None
    words = [m for m in _WORD.finditer(sentence) if _mixed(m.group())]
    if not words:
        return None
    disguised = any(letters_for_digits(m.group().lower()) != m.group().lower() for m in words)
    out, last = [], 0
    for m in words:
        word = m.group()
        plain = letters_for_digits(word.lower(), disguised)
        if plain == word.lower() or not morph.is_known(plain):
            continue
        out += [
            sentence[last : m.start()],
            plain[0].upper() + plain[1:] if word[0].isupper() else plain,
        ]
        last = m.end()
    if not out:
        return None
    return "".join(out) + sentence[last:]


def _mixed(word: str) -> bool:
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
