"""Words of folded text replaced one by one, each new letter keeping an origin in the original
text, so spans still point into the sentence the guard holds (misheard words, regional forms)."""

from __future__ import annotations

from collections.abc import Callable

# fix(word, start, end, out so far) -> the word to write instead (or the word itself)
WordFix = Callable[[str, int, int, list[str]], str]


def map_words(chars: list[str], origin: list[int], fix: WordFix) -> tuple[list[str], list[int]]:
    """`chars` with each run of letters replaced by `fix`'s answer: a kept letter keeps its
    origin, letters added take the last one's."""
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
