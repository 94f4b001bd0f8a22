"""Words of folded text replaced one by one, each new letter keeping an origin in the original
text, so spans still point into the sentence the guard holds (misheard words, regional forms)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from agent.claims.lazy_pattern import lazy

# fix(word, start, end, out so far) -> the word to write instead (or the word itself); a pure
# function of what it is given (it may be asked twice about a word)
WordFix = Callable[[str, int, int, list[str]], str]

# a run of letters (`str.isalpha`) and, beyond them, only the few numeric characters that are
# no decimal digit ("²", "½"); a run holding one of those is left to the letter-by-letter walk
_LETTERS = lazy(r"[^\W\d_]+")


def map_words(chars: list[str], origin: Sequence[int], fix: WordFix) -> tuple[list[str], list[int]]:
    """`chars` with each run of letters replaced by `fix`'s answer: a kept letter keeps its
    origin, letters added take the last one's."""
    text = "".join(chars)
    if len(text) != len(chars):  # an item of several characters
        return _map_walked(chars, origin, fix)
    runs = _LETTERS.findall(text)
    if not all(run.isalpha() for run in runs):
        return _map_walked(chars, origin, fix)
    if _keeps_every_word(chars, text, fix):
        return list(chars), list(origin)  # most sentences: no word to replace
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


def _keeps_every_word(chars: list[str], text: str, fix: WordFix) -> bool:
    """Whether `fix` keeps every letter run of `text` as it is. While it has kept every word
    before one, the text written so far is `chars` up to that word, so `fix` is asked what the
    full walk would ask it; at the first word it changes, the walk is left to `map_words`."""
    for m in _LETTERS.finditer(text):
        i = m.start()
        word = m.group()
        if fix(word, i, m.end(), chars[:i]) != word:
            return False
    return True


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
