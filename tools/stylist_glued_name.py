"""A first and last name the recogniser glued into one word: "Mehmetyilmaz", "Sophiebrandt",
"Brandtsophie", "mehmetjilmas". The word is split where both halves are one stylist's first and
last name (each at least a spelling variant, either order; where it splits so in several
places, the one most alike to the names), so the two words are matched as if
said apart: sound-alikes stay asked ("Lenahofmann" as "Lena Hofmann"), and a first name glued to a
surname of nobody in the team ("Sophieschneider") stays one word that names nobody clearly. A word
that already is a name part is left alone; so is one whose best splits are several.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tools.text_fold import fold

_SHORTEST_PART = 3


def _splits(word: str, names: Iterable[tuple[str, str]], alike: Callable[[str, str], int]):
    """(how alike, where) for each place the word splits into a stylist's two names."""
    for first, last in names:
        for a, b in ((first, last), (last, first)):
            for i in range(_SHORTEST_PART, len(word) - _SHORTEST_PART + 1):
                left, right = alike(word[:i], a), alike(word[i:], b)
                if left and right:
                    yield left + right, i


def unglued_name(text: str, names: list[tuple[str, str]], alike: Callable[[str, str], int]) -> str:
    """`text` with each word that is a stylist's first and last name glued together split in
    two (`names`: the folded first and last names; `alike(said, part)`: how alike, 0 when not
    even a spelling variant)."""
    parts = {p for pair in names for p in pair}

    def one(m: re.Match[str]) -> str:
        word = fold(m[0])
        if len(word) < 2 * _SHORTEST_PART or " " in word or any(alike(word, p) for p in parts):
            return m[0]
        splits = set(_splits(word, names, alike))
        best = max((score for score, _ in splits), default=0)
        at = {i for score, i in splits if score == best}
        if len(at) != 1:
            return m[0]
        i = at.pop()
        return f"{word[:i]} {word[i:]}"

    return re.sub(r"\w+", one, text)
