"""A sentence with its digits for letters read as the letters (blind 29: "Ich könnt3 Ihnen
Freitag um zehn bei Fabian eintragen"). The readers fold such words when they read a sentence
(`normalize.fold`), but the rewording steps (`reworded`) and the readers of raw text see the
sentence as written, so a claim disguised in one word of a rewording's pattern slipped through.
Read the sentence as heard instead, as `invisible.visible` does for unheard characters: the same
word rule as `fold` (a time, a unit or an ordinal stays digits), a word in capitals kept in capitals.

Blind 36 (claims88): a word spelled out letter by letter ("I'm s o r r y to say …", "L e i d e r
ist …") is read as the word (`unspelled`), as `fold` joins it: the frame readers see the raw text,
so a frame spelled out was no frame to them and the clause it carries was read bare.
"""

from __future__ import annotations

from agent.claims.normalize import dispelled, leet_words


def unleeted(sentence: str) -> str | None:
    """`sentence` with its disguised words spelt out, or None when it has none."""
    out, pos = [], 0
    for m, plain in leet_words(sentence):
        if len(plain) != len(m.group()):
            continue  # a letter whose lower case is longer ("İ"): left as written
        out.append(sentence[pos : m.start()])
        out.append(_cased(plain, m.group()))
        pos = m.end()
    if not out:
        return None
    return "".join(out) + sentence[pos:]


def _cased(plain: str, written: str) -> str:
    """`plain` with the letters as `written` (a word in capitals spelt in capitals)."""
    upper = not any(c.islower() for c in written)
    return "".join(
        w if w.isalpha() and w not in "@$" else (p.upper() if upper else p)
        for p, w in zip(plain, written, strict=True)
    )


def unspelled(sentence: str) -> str | None:
    """`sentence` with its spelled-out words joined, or None when it has none."""
    joined = dispelled(sentence)
    return None if joined == sentence else joined
