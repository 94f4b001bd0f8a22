"""Words of folded text replaced one by one, each new letter keeping an origin in the original
text, so spans still point into the sentence the guard holds (misheard words, regional forms)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# fix(word, start, end, out so far) -> the word to write instead (or the word itself)
WordFix = Callable[[str, int, int, list[str]], str]

# a run of letters (`str.isalpha`) and, beyond them, only the few numeric characters that are
# no decimal digit ("²", "½"); a run holding one of those is left to the letter-by-letter walk
_LETTERS = re.compile(r"[^\W\d_]+")


def map_words(chars: list[str], origin: Sequence[int], fix: WordFix) -> tuple[list[str], list[int]]:
    """`chars` with each run of letters replaced by `fix`'s answer: a kept letter keeps its
    origin, letters added take the last one's."""
    text = "".join(chars)
    if len(text) != len(chars):  # an item of several characters
        return _map_walked(chars, origin, fix)
    runs = _LETTERS.findall(text)
    if not all(run.isalpha() for run in runs):
        return _map_walked(chars, origin, fix)
    # the runs found at C speed are exactly the letter runs: what lies between them is copied
    # in slices, `fix` still sees the text written so far before each word
    out: list[str] = []
    org: list[int] = []
    last = 0
    for m in _LETTERS.finditer(text):
        i, j = m.span()
        out.extend(chars[last:i])
        org.extend(origin[last:i])
        fixed = fix(m.group(), i, j, out)
        out.extend(fixed)
        org.extend(origin[i : i + min(len(fixed), j - i)])
        org.extend(origin[j - 1 : j] * (len(fixed) - (j - i)))
        last = j
    out.extend(chars[last:])
    org.extend(origin[last:])
    return out, org


def _map_walked(
    chars: list[str], origin: Sequence[int], fix: WordFix
) -> tuple[list[str], list[int]]:
    """`map_words` letter by letter, for text with a numeric character that is no digit."""
    out: list[str] = []
    org: list[int] = []
    i, n = 0, len(chars)
    while i < n:
        if not chars[i].isalpha():
            out.append(chars[i])
            org.append(origin[i])
            i += 1
            continue
        j = i
        while j < n and chars[j].isalpha():
            j += 1
        fixed = fix("".join(chars[i:j]), i, j, out)
        out.extend(fixed)
        org.extend(origin[i : i + min(len(fixed), j - i)])
        org.extend(origin[j - 1 : j] * (len(fixed) - (j - i)))
        i = j
    return out, org
