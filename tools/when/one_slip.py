"""The words of a fixed vocabulary one slip (one letter inserted, dropped or changed) from a word.

The day and time reader asks this of every unknown word it may repair ("Mitwoch", "Bus und
Bettag", "dreißich"); scanning the whole vocabulary each time was a good part of a phrase's time.
Words whose lengths differ by two or more are never one slip apart, so only the words of the
same length and the lengths either side are compared: the same answer, a fraction of the work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein


class OneSlip:
    """A vocabulary by word length, for `near`."""

    def __init__(self, words: Iterable[str]) -> None:
        by_length: defaultdict[int, list[str]] = defaultdict(list)
        for word in dict.fromkeys(words):
            by_length[len(word)].append(word)
        self._by_length = {n: tuple(ws) for n, ws in by_length.items()}

    def near(self, word: str) -> list[str]:
        """The vocabulary's words at most one slip from `word` (itself included, if known)."""
        n = len(word)
        return [
            known
            for length in (n - 1, n, n + 1)
            for known in self._by_length.get(length, ())
            if Levenshtein.distance(word, known, score_cutoff=1) <= 1
        ]
