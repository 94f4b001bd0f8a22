"""A stutter is not a word (blind 34, claims77): "It's c-c-cancelled", "It's с-cancelled, yes"
(a Cyrillic "с"), "Sie sind ge-gebucht", "It's m-moved, no, cancelled". A fragment of one to three
letters and a hyphen, repeated or not, before a word it begins (read with its lookalike letters
folded) is said again by that word: the sentence is read without the fragments, so the word is
read, and a repair after it takes back the word, not the stutter.

Not: a fragment that does not begin the next word ("E-Mail", "T-Shirt", "Dauerwellen- und
Färbetermin"), a word cut off before a comma or pause ("ge-, äh, ja": `broken_off`, `cut_words`).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_STUTTER = lazy(r"(?<![\w-])((?:[^\W\d_]{1,3}-)+)([^\W\d_]+)")


def without_stutter(sentence: str, lang: str) -> str | None:
    """`sentence` without its stutters (see above), or None when it has none."""
    if "-" not in sentence:
        return None
    changed = False

    def plain(m) -> str:
        nonlocal changed
        word = normalize(m.group(2))
        fragments = m.group(1).rstrip("-").split("-")
        if all(word.startswith(normalize(f)) for f in fragments):
            changed = True
            return m.group(2)
        return m.group(0)

    out = _STUTTER.sub(plain, sentence)
    return out if changed else None
